"""The demo's disclosure register and printed documents: handovers to the justice house and other services that
the person's consent covers, a case consultation beyond it with its reason, the person's own copy, the case that
arrived as a transfer package from the consultant of the prison it came from, and session notes printed along the
way, all in the language the case file is written in (demo_disclosure_material). Every demo of a few cases shows
each kind at least once; the files are fictional, so are their fingerprints.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from trajectapp.domain.case import Case
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.disclosures import (
    Basis,
    ConsentCheck,
    DisclosedItem,
    Disclosure,
    DisclosureDirection,
    DisclosureParty,
    OutputFormat,
    PartyKind,
)
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.traject import ConsentDecision, ConsentPurpose, Transfer
from trajectapp.services.demo_disclosure_material import WORDS, DisclosureWords
from trajectapp.services.demo_drawing import drawn
from trajectapp.services.demo_stories import DemoStory
from trajectapp.services.disclosures import write_disclosure
from trajectapp.services.prints import record_saved
from trajectapp.store.audit import AuditBatch
from trajectapp.store.disclosures import DisclosureRepository

JUSTICE_HOUSE = "justitiehuis"
CASE_CONSULTATION = "livc-r"
# Of the cases that could show each kind, about this share does (the first that can always does).
_SHARES = {"covered": 0.35, "overridden": 0.1, "own_copy": 0.12, "received": 0.6, "printed": 0.3}
# The sessions held by today, each as (session id, when it began).
_Held = list[tuple[int, datetime]]


@dataclass
class DisclosuresStory:
    case_id: int
    entries: list[Disclosure] = field(default_factory=list)
    # Entries of documents saved as a PDF, by their index in `entries`: (document key, record id), for the
    # "document.saved" audit entry the save flow writes with them.
    saved_as_pdf: dict[int, tuple[str, int | None]] = field(default_factory=dict)
    printed: list[tuple[str, int | None]] = field(default_factory=list)  # (document key, record id)


class DisclosuresStoryteller:
    def __init__(self, rng: random.Random, today: date, service_ids: dict[str, int], service_names: dict[int, str]):
        self.rng, self.today = rng, today
        self._service_ids, self._service_names = service_ids, service_names
        self._shown: set[str] = set()

    def _happens(self, kind: str) -> bool:
        if kind not in self._shown or self.rng.random() < _SHARES[kind]:
            self._shown.add(kind)
            return True
        return False

    def story(self, case: Case, story: DemoStory, session_ids: list[int]) -> DisclosuresStory:
        told, words = DisclosuresStory(stored_id(case.id)), WORDS[story.language]
        held = [
            (session_id, session.starts_at)
            for session_id, session in zip(session_ids, story.sessions, strict=True)
            if session.status == "held" and session.starts_at.date() <= self.today
        ]
        if story.transfer is not None and self._happens("received"):
            told.entries.append(self._received(case, story.transfer, words))
        if held:
            for shared in (self._covered(case, story, held, words), self._overridden(case, story, held, words)):
                if shared is not None:
                    told.entries.append(shared)
            if story.accepted_on is not None and self._happens("own_copy"):
                session_id, starts_at = self.rng.choice(held)
                held_on = starts_at.date()
                notes = words.items["session_notes"].format(day=_shown(held_on))
                entry = self._sent(
                    case,
                    DisclosureParty(PartyKind.PERSON, case.name),
                    held_on,
                    words.own_copy_purpose,
                    Basis.CONSENT,
                    (DisclosedItem(f"session_notes:{session_id}", notes),),
                    words.file_names["session_notes"].format(day=held_on.isoformat()),
                    ConsentCheck.NOT_APPLICABLE,
                )
                told.saved_as_pdf[len(told.entries)] = ("session_notes", session_id)
                told.entries.append(entry)
            if self._happens("printed"):
                for session_id, _starts_at in self.rng.sample(held, min(len(held), self.rng.randint(1, 3))):
                    told.printed.append(("session_notes", session_id))
                if self.rng.random() < 0.3:
                    told.printed.append(("case_summary", None))
        return told

    # --- the kinds -------------------------------------------------------------------------------------

    def _covered(self, case: Case, story: DemoStory, held: _Held, words: DisclosureWords) -> Disclosure | None:
        """A handover the person's consent covers: to the justice house where it has consent, else another."""
        given = [
            c
            for c in story.consents
            if c.purpose is ConsentPurpose.SHARE_WITH_SERVICE
            and c.decision is ConsentDecision.GIVEN
            and c.revoked_on is None
            and c.decided_on
        ]
        given.sort(key=lambda c: c.partner_service_id != self._service_ids.get(JUSTICE_HOUSE))
        if not given or not self._happens("covered"):
            return None
        consent = given[0]
        # Every consent in `given` is to share with a service, and was decided on a day.
        decided_on, service_id = drawn(consent.decided_on), drawn(consent.partner_service_id)
        after = [(sid, at) for sid, at in held if at.date() >= decided_on] or held[-1:]
        session_id, starts_at = after[-1]
        day = min(max(starts_at.date(), decided_on) + timedelta(days=self.rng.randint(0, 3)), self.today)
        items = (
            DisclosedItem("person:name", words.items["name"]),
            DisclosedItem("person:prison", words.items["prison"]),
            DisclosedItem("person:expected_release", words.items["expected_release"]),
            DisclosedItem(f"session:{session_id}", words.items["session"].format(day=_shown(starts_at.date()))),
        )
        name = self._service_names[service_id]
        to_justice_house = service_id == self._service_ids.get(JUSTICE_HOUSE)
        return self._sent(
            case,
            DisclosureParty(PartyKind.PARTNER_SERVICE, name, service_id),
            day,
            self.rng.choice(words.justice_house_purposes if to_justice_house else words.handover_purposes),
            Basis.CONSENT,
            items,
            words.file_names["handover"].format(day=day.isoformat()),
            ConsentCheck.COVERED,
        )

    def _overridden(self, case: Case, story: DemoStory, held: _Held, words: DisclosureWords) -> Disclosure | None:
        """A legally regulated case consultation that no consent covers: shared with the reason recorded."""
        service_id = self._service_ids.get(CASE_CONSULTATION)
        covered = {
            c.partner_service_id for c in story.consents if c.decision is ConsentDecision.GIVEN and c.revoked_on is None
        }
        if service_id is None or service_id in covered or not self._happens("overridden"):
            return None
        _session_id, starts_at = self.rng.choice(held)
        day = min(starts_at.date() + timedelta(days=self.rng.randint(1, 10)), self.today)
        items = (
            DisclosedItem("person:name", words.items["name"]),
            DisclosedItem("person:legal_status", words.items["legal_status"]),
            DisclosedItem(
                "person:offence_category", words.items["offence_category"], frozenset({DataCategory.OFFENCES})
            ),
            DisclosedItem("section:traject", words.items["traject"]),
        )
        return self._sent(
            case,
            DisclosureParty(PartyKind.PARTNER_SERVICE, self._service_names[service_id], service_id),
            day,
            words.consultation_purpose,
            Basis.CASE_CONSULTATION,
            items,
            words.file_names["case_consultation"].format(day=day.isoformat()),
            ConsentCheck.OVERRIDDEN,
            override_reason=self.rng.choice(words.consultation_reasons),
        )

    def _received(self, case: Case, transfer: Transfer, words: DisclosureWords) -> Disclosure:
        """The case file as it came with the person from the prison before, from the consultant there."""
        sender = words.sender.format(consultant=self.rng.choice(words.other_consultants), prison=transfer.from_prison)
        items = (
            DisclosedItem("person:name", words.items["name"]),
            DisclosedItem("person:date_of_birth", words.items["date_of_birth"]),
            DisclosedItem("section:traject", words.items["traject_and_consents"]),
            DisclosedItem("section:sessions", words.items["sessions"]),
        )
        return Disclosure(
            None,
            stored_id(case.id),
            self._moment(transfer.transferred_on),
            DisclosureDirection.RECEIVED,
            DisclosureParty(PartyKind.CONSULTANT, sender),
            words.received_purpose.format(prison=transfer.to_prison),
            Basis.LEGAL_OBLIGATION,
            "",
            ConsentCheck.NOT_APPLICABLE,
            "",
            items,
            OutputFormat.TRANSFER_PACKAGE,
            words.file_names["transfer"].format(day=transfer.transferred_on.isoformat()),
            *self._file(60_000, 900_000),
        )

    def _sent(
        self,
        case: Case,
        party: DisclosureParty,
        day: date,
        purpose: str,
        basis: Basis,
        items: tuple[DisclosedItem, ...],
        file_name: str,
        consent: ConsentCheck,
        *,
        override_reason: str = "",
    ) -> Disclosure:
        output = (
            OutputFormat.UNENCRYPTED_PDF
            if party.kind is PartyKind.PERSON and self.rng.random() < 0.5
            else OutputFormat.ENCRYPTED_PDF
        )
        return Disclosure(
            None,
            stored_id(case.id),
            self._moment(day),
            DisclosureDirection.SENT,
            party,
            purpose,
            basis,
            "",
            consent,
            override_reason,
            items,
            output,
            file_name,
            *self._file(30_000, 400_000),
        )

    def _moment(self, day: date) -> datetime:
        at = time(self.rng.randint(9, 16), self.rng.choice((0, 15, 30, 45)))
        return datetime.combine(min(day, self.today), at, tzinfo=UTC)

    def _file(self, smallest: int, largest: int) -> tuple[int, str]:
        """A fictional file's size and SHA-256: no file exists, so none is made to fingerprint."""
        return self.rng.randint(smallest, largest), f"{self.rng.getrandbits(256):064x}"


def _shown(day: date) -> str:
    """A day as the items of the register show it to a Belgian reader: 14/03/2026. File names keep ISO dates."""
    return day.strftime("%d/%m/%Y")


def write_disclosures(repository: DisclosureRepository, audit: AuditBatch, told: DisclosuresStory) -> None:
    """The entries and prints of one case, with the audit entries the services write for the same steps."""
    for index, entry in enumerate(told.entries):
        if index in told.saved_as_pdf:
            document, record_id = told.saved_as_pdf[index]
            protected = entry.output_format is OutputFormat.ENCRYPTED_PDF
            record_saved(audit, document=document, case_id=told.case_id, record_id=record_id, protected=protected)
        write_disclosure(repository, audit, entry)
    for document, record_id in told.printed:
        audit.record("document.printed", told.case_id, record_type=document, record_id=record_id, summary=document)

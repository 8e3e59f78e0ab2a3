"""A vault filled with fictional case files, for demonstrations, screenshots and benchmarks.

Each person comes with a traject, partner services, consent, contacts and
actions (see `demo_stories`), and once the traject gets that far with needs,
factors, strengths, a perspective, goals and a plan (see `demo_needs`), and
some with what was shared, received and printed (see `demo_disclosures`), all
drawn from generators seeded with the seed and dated relative to one
"today": the same seed on the same day gives the same
vault, and a demo made on any day has releases coming up, recent contacts and
overdue actions. The names come from the seed alone, so they stay the same
from day to day. The case files are written in Dutch, as a Flemish consultant
writes them, but for one written in French by a consultant in a Brussels or
Walloon prison (see `language_of`).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path

from trajectapp.domain.case import Case
from trajectapp.domain.factors import FactorCategory
from trajectapp.domain.languages import Language
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import Action
from trajectapp.services import demo_material as material
from trajectapp.services import demo_needs_material as needs_material
from trajectapp.services.demo_disclosures import DisclosuresStoryteller, write_disclosures
from trajectapp.services.demo_needs import NeedsStoryteller
from trajectapp.services.demo_needs_writer import NeedsWriter
from trajectapp.services.demo_sessions import SessionsStory, SessionsStoryteller
from trajectapp.services.demo_stories import DemoStory, Storyteller
from trajectapp.services.demo_words import DUTCH, FRENCH
from trajectapp.services.opening import create_vault
from trajectapp.services.partners import default_services
from trajectapp.store.audit import AuditBatch, AuditRepository
from trajectapp.store.cases import CaseRepository
from trajectapp.store.catalogues import FactorCategoryRepository, LifeDomainRepository
from trajectapp.store.connection import Connection, transaction
from trajectapp.store.consents import ConsentRepository
from trajectapp.store.contacts import ActionRepository, SessionRepository
from trajectapp.store.disclosures import DisclosureRepository
from trajectapp.store.partners import InvolvementRepository, PartnerRepository
from trajectapp.store.traject import TrajectRepository
from trajectapp.store.written import read_back
from trajectapp.vault.kdf import KdfParams

_MEN_SHARE = 0.88
_PREFERRED_NAME_SHARE = 0.6
# Dates of birth: most people are in their twenties or thirties. A fixed
# window, not today's date, so that a seed gives the same people every day.
_BORN_EARLIEST = date(1962, 1, 1).toordinal()
_BORN_LATEST = date(2006, 12, 31).toordinal()
_BORN_MOST_OFTEN = date(1996, 6, 1).toordinal()
# Redraws allowed per person when a name is already taken: names stay
# unique until the pools run dry, after which a repeat is accepted.
_REDRAWS = 50
# The person whose case file is in French, whatever the seed: the second, so
# that a demo of a single case is in Dutch like the rest.
_WRITTEN_IN_FRENCH = 1
# The consultant whose vault it is writes Dutch: what they added to the
# catalogues is named in Dutch.
_VAULT_LANGUAGE = DUTCH


def language_of(index: int) -> str:
    """The language the case file of the `index`-th person made (from 0) is written in, and the person speaks."""
    return FRENCH if index == _WRITTEN_IN_FRENCH else DUTCH


def create_demo_vault(
    folder: Path, passphrase: str, *, cases: int, seed: int, kdf: KdfParams | None = None, today: date | None = None
) -> int:
    """Create a vault in `folder` holding `cases` fictional case files as they stand on `today`; returns how many.

    Argon2id is calibrated on this machine unless `kdf` is given. The vault is
    locked again before returning.
    """
    people = _people(cases, seed)
    vault, _recovery_key = create_vault(folder, passphrase, kdf)
    try:
        # A page cache of up to 256 MiB while the files go in: the indexes stay in memory instead of being
        # read back and decrypted page by page as the vault grows (10,000 cases: 23 s -> 19 s).
        vault.connection.execute("PRAGMA cache_size = -262144")  # in KiB
        # One transaction: thousands of case files are written in seconds, not minutes.
        with transaction(vault.connection):
            writer = _Writer(vault.connection)
            day = today or date.today()
            teller = Storyteller(random.Random(f"{seed}:stories"), day, writer.service_ids)
            # A generator of its own, so that the rest of each story is the same with or without it.
            needs_teller = NeedsStoryteller(
                random.Random(f"{seed}:needs"), day, writer.service_ids, writer.domain_ids, writer.category_ids
            )
            sessions_teller = SessionsStoryteller(
                random.Random(f"{seed}:sessions"), day, writer.service_ids, writer.domain_ids
            )
            register_teller = DisclosuresStoryteller(
                random.Random(f"{seed}:disclosures"), day, writer.service_ids, writer.service_names
            )
            transferred = set(teller.rng.sample(range(cases), (cases + 7) // 8))  # about one in eight
            for index, (person, background) in enumerate(people):
                language = language_of(index)
                case = writer.add_case(teller.person(person, background, language))
                story = teller.story(case, transferred=index in transferred, language=language)
                woman = _is_woman(person, background)
                needs_story = needs_teller.story(case, story, woman)
                sessions_story = sessions_teller.story(case, story, len(needs_story.factors), woman)
                story = replace(story, sessions=sessions_story.sessions)
                writer.write(story)
                writer.write_follow_ups(story.case_id, sessions_story)
                writer.needs.write(story.case_id, needs_story)
                writer.tag_factors(
                    story.case_id, sessions_story, [f.first_noted_on.first_day for f in needs_story.factors]
                )
                write_disclosures(writer.register, writer.audit, register_teller.story(case, story, writer.session_ids))
                writer.audit.flush()
            writer.audit.flush()  # with no cases, the catalogue entries are still to be written
            AuditRepository(vault.connection).record("demo.filled")
    finally:
        vault.lock()
    return len(people)


# --- the people -------------------------------------------------------------------------------


def _people(count: int, seed: int) -> list[tuple[Case, material.Background]]:
    """`count` fictional people with the background their names come from; the same for the same seed."""
    rng = random.Random(seed)
    numbers = rng.sample(range(100_000, 1_000_000), count)
    taken: set[str] = set()
    people = []
    for index, number in enumerate(numbers):
        for _ in range(_REDRAWS):
            background, given, surname = _person_name(rng)
            name = f"{given} {surname}"
            if name not in taken:
                break
        taken.add(name)
        first_given = given.replace("-", " ").split()[0]
        preferred = material.PREFERRED_NAMES.get(first_given, "") if rng.random() < _PREFERRED_NAME_SHARE else ""
        born = date.fromordinal(round(rng.triangular(_BORN_EARLIEST, _BORN_LATEST, _BORN_MOST_OFTEN)))
        # One draw whichever language's prisons it is from, so that the language changes no one else.
        prison = rng.choices(*zip(*material.WORDS[language_of(index)].prisons, strict=True))[0]
        person = Case(None, name, preferred, born, prison, str(number), document_language=Language(language_of(index)))
        people.append((person, background))
    return people


def _is_woman(person: Case, background: material.Background) -> bool:
    return person.name.replace("-", " ").split()[0] in background.women


def _person_name(rng: random.Random) -> tuple[material.Background, str, str]:
    background = rng.choices(material.BACKGROUNDS, material.BACKGROUND_WEIGHTS)[0]
    given_names = background.men if rng.random() < _MEN_SHARE else background.women
    given = rng.choice(given_names)
    if rng.random() < background.second_name_share:
        second = rng.choice(given_names)
        if second != given:
            given = f"{given}{background.second_name_joiner}{second}"
    return background, given, rng.choice(background.surnames)


# --- writing the case files --------------------------------------------------------------------


class _Writer:
    """Writes through the repositories, with the audit entries the services write for the same change."""

    def __init__(self, connection: Connection):
        self.cases = CaseRepository(connection)
        self.traject = TrajectRepository(connection)
        self.involvements = InvolvementRepository(connection)
        self.consents = ConsentRepository(connection)
        self.sessions = SessionRepository(connection)
        self.actions = ActionRepository(connection)
        self.register = DisclosureRepository(connection)
        self.audit = AuditBatch(AuditRepository(connection))
        # The shipped defaults, which every new vault holds, by key.
        by_name = {
            service.name: stored_id(service.id) for service in PartnerRepository(connection).all(include_hidden=True)
        }
        self.service_ids = {key: by_name[service.name] for key, service in default_services()}
        self.service_names = {service_id: name for name, service_id in by_name.items()}
        self.domain_ids = LifeDomainRepository(connection).ids_by_default_key()
        self.category_ids = FactorCategoryRepository(connection).ids_by_default_key()
        # What a consultant adds to the catalogues, as save_domain and save_factor_category would.
        own = needs_material.WORDS[_VAULT_LANGUAGE]
        for key, name in own.own_domains.items():
            self.domain_ids[key] = stored_id(LifeDomainRepository(connection).add(LifeDomain(None, name)).id)
            self.audit.record("domains.added", record_type="life_domain", record_id=self.domain_ids[key])
        for key, name in own.own_factor_categories.items():
            self.category_ids[key] = stored_id(FactorCategoryRepository(connection).add(FactorCategory(None, name)).id)
            self.audit.record(
                "factor_categories.added", record_type="factor_category", record_id=self.category_ids[key]
            )
        self.needs = NeedsWriter(connection, self.audit)

    def add_case(self, person: Case) -> Case:
        case = self.cases.add(person)
        self.audit.record("case.created", case.id, record_type="case", record_id=case.id)
        return case

    def write(self, story: DemoStory) -> None:
        audit, case_id = self.audit, story.case_id
        for decision in story.participation:
            decision_id = self.traject.add_participation(decision).id
            audit.record(
                "traject.participation",
                case_id,
                record_type="participation",
                record_id=decision_id,
                summary=decision.status.value,
            )
        for change in story.phases:
            change_id = self.traject.add_phase_change(change).id
            audit.record(
                "traject.phase_changed",
                case_id,
                record_type="phase_change",
                record_id=change_id,
                summary=change.phase.value,
            )
        if story.transfer:
            transfer_id = self.traject.add_transfer(story.transfer).id
            self.cases.update(replace(read_back(self.cases.get, case_id), prison=story.transfer.to_prison))
            audit.record("traject.transferred", case_id, record_type="transfer", record_id=transfer_id)
        for involvement in story.involvements:
            involvement_id = self.involvements.add(involvement).id
            audit.record("case.service_linked", case_id, record_type="involvement", record_id=involvement_id)
        for consent in story.consents:
            consent_id = self.consents.add(consent).id
            audit.record(
                "consent.recorded",
                case_id,
                record_type="consent",
                record_id=consent_id,
                summary=f"{consent.purpose.value}: {consent.decision.value}",
            )
            if consent.revoked_on:
                audit.record("consent.revoked", case_id, record_type="consent", record_id=consent_id)
        saved_sessions = []
        for session in story.sessions:
            held = session.status == "held"
            stored = self.sessions.add(replace(session, status="planned") if session.status == "cancelled" else session)
            session_id = stored_id(stored.id)
            saved_sessions.append(session_id)
            audit.record(
                "session.recorded" if held else "session.planned", case_id, record_type="session", record_id=session_id
            )
            if session.status == "cancelled":
                self.sessions.set_status(session_id, "cancelled")
                audit.record("session.cancelled", case_id, record_type="session", record_id=session_id)
        self._session_ids = saved_sessions
        for action in story.actions:
            self._add_action(action)

    @property
    def session_ids(self) -> list[int]:
        """The ids of the sessions last written, in the order of the story's sessions."""
        return self._session_ids

    def write_follow_ups(self, case_id: int, told: SessionsStory) -> None:
        """The actions agreed in the sessions just written."""
        for index, action in told.follow_ups:
            self._add_action(replace(action, session_id=self._session_ids[index]))

    def tag_factors(self, case_id: int, told: SessionsStory, noted_on: list[date]) -> None:
        """The factors a session touched, once the needs story has written them (as update_session would)."""
        for index, which in told.factor_tags:
            if noted_on[which] <= told.sessions[index].starts_at.date():
                session_id = self._session_ids[index]
                self.sessions.tag_factors(session_id, [self.needs.factor_ids[which]])
                self.audit.record("session.updated", case_id, record_type="session", record_id=session_id)

    def _add_action(self, action: Action) -> None:
        saved = self.actions.add(action)
        self.audit.record("action.added", action.case_id, record_type="action", record_id=saved.id)
        if action.done_on:
            self.audit.record("action.done", action.case_id, record_type="action", record_id=saved.id)

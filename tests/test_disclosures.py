"""The disclosure register on a real vault: what an entry keeps, what it refuses, the consent question, and that
no entry can be changed or removed afterwards, whatever writes to the database."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.disclosures import (
    Basis,
    ConsentCheck,
    DisclosedItem,
    DisclosureDirection,
    DisclosureParty,
    OutputFormat,
    PartyKind,
)
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.text import InvalidText
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose
from trajectapp.services import case_file, partners
from trajectapp.services.case_file import CaseNotFound
from trajectapp.services.disclosures import (
    consent_covers,
    covering_consents,
    disclosures,
    is_bare_file_name,
    record_disclosure,
)
from trajectapp.store import connection as db
from trajectapp.store.audit import AuditRepository
from trajectapp.ui.messages import message_text

PDF = b"%PDF-1.7 fictional content for the register"
ITEMS = (
    DisclosedItem("person:name", "Name"),
    DisclosedItem("session:4", "Individual conversation on 2031-03-04 14:00, held", frozenset({DataCategory.HEALTH})),
)


@pytest.fixture
def case(make_case):
    return make_case("Çelik Ağaoğlu")


@pytest.fixture
def service(vault):
    return partners.save_service(vault, PartnerService(None, "Justitiehuis Brugge"))


def consent(vault, case, service, decision=ConsentDecision.GIVEN, revoked_on=None):
    saved = case_file.record_consent(
        vault,
        Consent(
            None, case.id, ConsentPurpose.SHARE_WITH_SERVICE, decision, date(2031, 1, 5), service.id, date(2031, 1, 6)
        ),
    )
    return case_file.revoke_consent(vault, consent_id=saved.id, on=revoked_on) if revoked_on else saved


def send(vault, case, party, **changes):
    fields = {
        "case_id": case.id,
        "party": party,
        "purpose": "Voorbereiding casusoverleg",
        "basis": Basis.CONSENT,
        "items": ITEMS,
        "output_format": OutputFormat.ENCRYPTED_PDF,
        "file_name": "overleg.pdf",
        "content": PDF,
    }
    return record_disclosure(vault, **{**fields, **changes})


def test_an_entry_keeps_who_what_why_and_the_file_s_fingerprint(vault, case, service):
    consent(vault, case, service)
    party = DisclosureParty(PartyKind.PARTNER_SERVICE, service.name, service.id)
    saved = send(vault, case, party)
    [kept] = disclosures(vault, case.id)
    assert kept == saved
    assert (kept.direction, kept.party, kept.basis, kept.consent) == (
        DisclosureDirection.SENT,
        party,
        Basis.CONSENT,
        ConsentCheck.COVERED,
    )
    assert kept.items == ITEMS and kept.output_format is OutputFormat.ENCRYPTED_PDF
    assert (kept.file_name, kept.file_size, kept.file_sha256) == (
        "overleg.pdf",
        len(PDF),
        hashlib.sha256(PDF).hexdigest(),
    )
    assert kept.disclosed_at.tzinfo is not None and not kept.carried_over
    # The audit trail says that it happened, never to whom or what.
    entry = AuditRepository(vault.connection).for_case(case.id)[0]
    assert (entry.event, entry.record_id) == ("disclosure.recorded", saved.id)
    assert service.name not in entry.summary and "overleg" not in entry.summary


def test_the_register_is_per_case_and_for_the_whole_vault(vault, case, make_case):
    other = make_case("Yasmina El Idrissi")
    person = DisclosureParty(PartyKind.PERSON, "Yasmina")
    send(vault, other, person)
    send(vault, case, DisclosureParty(PartyKind.PERSON, "Çelik"))
    assert [d.case_id for d in disclosures(vault)] == [other.id, case.id]
    assert [d.case_id for d in disclosures(vault, other.id)] == [other.id]
    assert disclosures(vault, other.id)[0].consent is ConsentCheck.NOT_APPLICABLE


@pytest.mark.parametrize("how", ["given", "refused", "pending", "revoked", "other service", "no service"])
def test_consent_covers_a_service_only_while_given_and_not_revoked(vault, case, service, how):
    other = partners.save_service(vault, PartnerService(None, "CAW Brugge"))
    decision = {"refused": ConsentDecision.REFUSED, "pending": ConsentDecision.PENDING}.get(how, ConsentDecision.GIVEN)
    consent(
        vault,
        case,
        other if how == "other service" else service,
        decision,
        date(2031, 2, 1) if how == "revoked" else None,
    )
    assert consent_covers(vault, case.id, None if how == "no service" else service.id) is (how == "given")
    assert [c.partner_service_id for c in covering_consents(vault, case.id, service.id)] == (
        [service.id] if how in ("given", "no service") else []
    )


def test_beyond_the_consent_a_reason_is_needed_and_kept(vault, case, service):
    party = DisclosureParty(PartyKind.PARTNER_SERVICE, service.name, service.id)
    with pytest.raises(InvalidValue) as refused:
        send(vault, case, party)
    assert refused.value.field == "override_reason"
    saved = send(vault, case, party, basis=Basis.LEGAL_OBLIGATION, override_reason="Vordering van het parket")
    assert (saved.consent, saved.override_reason) == (ConsentCheck.OVERRIDDEN, "Vordering van het parket")
    colleague = send(vault, case, DisclosureParty(PartyKind.CONSULTANT, "Anna"), override_reason="Overdracht")
    assert colleague.consent is ConsentCheck.OVERRIDDEN
    # Where consent covers it, no reason is asked for, and none is kept.
    consent(vault, case, service)
    assert send(vault, case, party, override_reason="not needed").override_reason == ""


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"party": DisclosureParty(PartyKind.PERSON, "  ")}, "party_name"),
        ({"party": DisclosureParty(PartyKind.CONSULTANT, "Anna", 1)}, "party"),
        ({"party": DisclosureParty(PartyKind.PARTNER_SERVICE, "Gone", 999)}, "party"),
        ({"purpose": " "}, "purpose"),
        ({"basis": Basis.OTHER}, "basis_explanation"),
        ({"items": ()}, "items"),
        ({"file_name": "/home/consultant/overleg.pdf"}, "file_name"),
        ({"file_name": "C:\\Users\\overleg.pdf"}, "file_name"),
        ({"file_name": ".."}, "file_name"),
        ({"purpose": "bel\x07"}, "purpose"),
    ],
)
def test_what_the_register_cannot_keep_is_refused_and_nothing_is_written(vault, case, changes, field):
    before, changes = AuditRepository(vault.connection).count(), dict(changes)
    with pytest.raises((InvalidValue, InvalidText)) as refused:
        send(vault, case, changes.pop("party", DisclosureParty(PartyKind.PERSON, "Çelik")), **changes)
    assert refused.value.field == field and message_text(refused.value)
    assert disclosures(vault) == [] and AuditRepository(vault.connection).count() == before


def test_an_unknown_case_is_refused(vault):
    with pytest.raises(CaseNotFound):
        record_disclosure(
            vault,
            case_id=42,
            party=DisclosureParty(PartyKind.PERSON, "x"),
            purpose="p",
            basis=Basis.CONSENT,
            items=ITEMS,
            output_format=OutputFormat.UNENCRYPTED_PDF,
            file_name="x.pdf",
            content=PDF,
        )


def test_inside_a_larger_step_the_entry_is_part_of_it(vault, case):
    with pytest.raises(OSError), db.transaction(vault.connection):
        send(vault, case, DisclosureParty(PartyKind.PERSON, "Çelik"))
        raise OSError("the file could not be written")
    assert disclosures(vault) == []


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE disclosures SET party_name = 'someone else'",
        "UPDATE disclosures SET file_sha256 = '0000000000000000000000000000000000000000000000000000000000000000'",
        "DELETE FROM disclosures",
        "DELETE FROM cases",
        "INSERT OR REPLACE INTO disclosures (id, case_id, disclosed_at, direction, party_kind, party_name, purpose,"
        " basis, consent, items, format, file_name, file_size, file_sha256) SELECT id, case_id, disclosed_at,"
        " direction, party_kind, 'someone else', purpose, basis, consent, items, format, file_name, file_size,"
        " file_sha256 FROM disclosures",
    ],
)
def test_an_entry_cannot_be_changed_or_removed_afterwards(vault, case, statement):
    send(vault, case, DisclosureParty(PartyKind.PERSON, "Çelik"))
    before = vault.connection.execute("SELECT * FROM disclosures").fetchall()
    with pytest.raises(db.DatabaseError):
        vault.connection.execute(statement)
    assert vault.connection.execute("SELECT * FROM disclosures").fetchall() == before


def test_the_schema_holds_the_register_to_its_rules(vault, case):
    insert = (
        "INSERT INTO disclosures (case_id, disclosed_at, direction, party_kind, party_name, purpose, basis,"
        " consent, items, format, file_name, file_size, file_sha256, override_reason, basis_explanation)"
        " VALUES (?, '2031-03-05T10:00:00+00:00', 'sent', 'person', 'X', 'p', ?, ?, '[]', 'encrypted_pdf',"
        " ?, 1, ?, ?, ?)"
    )
    good = (case.id, "consent", "not_applicable", "x.pdf", "a" * 64, "", "")
    vault.connection.execute(insert, good)
    for bad in (
        (case.id, "other", "not_applicable", "x.pdf", "a" * 64, "", ""),
        (case.id, "consent", "overridden", "x.pdf", "a" * 64, "", ""),
        (case.id, "consent", "not_applicable", "dir/x.pdf", "a" * 64, "", ""),
        (case.id, "consent", "not_applicable", "x.pdf", "A" * 64, "", ""),
        (case.id, "because", "not_applicable", "x.pdf", "a" * 64, "", ""),
    ):
        with pytest.raises(db.DatabaseError):
            vault.connection.execute(insert, bad)


def test_a_bare_file_name_has_no_folder_anywhere():
    assert is_bare_file_name("case-transfer-2031-03-05.trajectcase")
    assert is_bare_file_name("overleg Çelik.pdf")
    for name in ("", ".", "..", "a/b.pdf", "a\\b.pdf", "/x.pdf", "C:x.pdf"):
        assert not is_bare_file_name(name), name

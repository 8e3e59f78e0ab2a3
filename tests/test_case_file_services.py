"""The case-file services on a real vault: what they store, what the audit trail says, and the timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from trajectapp.domain.case import LegalStatus
from trajectapp.domain.messages import Code
from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.domain.text import InvalidText
from trajectapp.domain.traject import (
    Consent,
    ConsentDecision,
    ConsentPurpose,
    Participation,
    Phase,
    TimelineKind,
)
from trajectapp.services import case_file
from trajectapp.services.partners import InvolvementNotFound, involvements, save_involvement, save_service
from trajectapp.ui.messages import message_text

OFFENCE = "preparation of a terrorist offence (Zwevegem file 4471)"
REASONS = "Ik wil eerst mijn advocaat spreken."


def audit_rows(vault) -> list[tuple]:
    return vault.connection.execute("SELECT * FROM audit_log ORDER BY id").fetchall()


@pytest.fixture
def case(make_case):
    return make_case("Çelik Ağaoğlu", "Memo")


@pytest.fixture
def service_id(vault) -> int:
    return save_service(vault, PartnerService(None, "CAW – Justitieel Welzijnswerk")).id


# --- the person ------------------------------------------------------------------------------


def test_save_case_names_the_changed_fields_and_never_their_values(vault, case):
    edited = replace(
        case,
        offence_category=OFFENCE,
        nationality="Belgian and Turkish",
        legal_status=LegalStatus.ACCUSED,
        detention_start=date(2025, 2, 3),
    )

    saved = case_file.save_case(vault, edited)

    assert saved == edited == case_file.get_case(vault, case.id)
    entry = case_file.history(vault, case.id)[0]
    assert (entry.event, entry.record_type, entry.record_id) == ("case.updated", "case", case.id)
    assert entry.summary == "fields: nationality, legal_status, offence_category, detention_start"
    for row in audit_rows(vault):
        text = " ".join(str(value) for value in row)
        assert OFFENCE not in text and "terrorist" not in text and "Turkish" not in text and "accused" not in text


def test_save_case_with_nothing_changed_writes_nothing(vault, case):
    before = audit_rows(vault)

    assert case_file.save_case(vault, replace(case)) == case
    assert audit_rows(vault) == before


def test_save_case_of_an_unknown_case_raises_and_writes_nothing(vault, case):
    before = audit_rows(vault)

    with pytest.raises(case_file.CaseNotFound):
        case_file.save_case(vault, replace(case, id=case.id + 100, name="Nobody"))
    assert audit_rows(vault) == before


@pytest.mark.parametrize("name", ["", "   ", "\u00a0"])
def test_a_case_needs_a_name(vault, case, name):
    before = audit_rows(vault)

    with pytest.raises(InvalidText) as raised:
        case_file.save_case(vault, replace(case, name=name))
    assert raised.value.field == "name"
    assert raised.value.code is Code.TEXT_EMPTY
    assert message_text(raised.value) == "Fill in “Name”: it cannot be left empty."
    assert case_file.get_case(vault, case.id) == case
    assert audit_rows(vault) == before


def test_create_case_records_its_creation(vault, make_case):
    created = make_case("Yasmina El Idrissi")

    entry = case_file.history(vault, created.id)[0]
    assert (entry.event, entry.case_id, entry.record_type, entry.record_id, entry.summary) == (
        "case.created",
        created.id,
        "case",
        created.id,
        "",
    )


# --- the traject -------------------------------------------------------------------------------


def test_record_phase_stores_the_change_and_audits_only_the_phase(vault, case):
    change = case_file.record_phase(
        vault,
        case_id=case.id,
        phase=Phase.EXPLORING,
        on=date(2026, 3, 1),
        note="Talked about boxing",
        closing_reason="ignored unless closed",
    )

    assert change.id is not None
    assert (change.phase, change.changed_on, change.note, change.closing_reason) == (
        Phase.EXPLORING,
        date(2026, 3, 1),
        "Talked about boxing",
        "",
    )
    entry = case_file.history(vault, case.id)[0]
    assert (entry.event, entry.record_type, entry.record_id, entry.summary) == (
        "traject.phase_changed",
        "phase_change",
        change.id,
        "exploring",
    )


def test_closing_keeps_its_reason(vault, case):
    change = case_file.record_phase(
        vault, case_id=case.id, phase=Phase.CLOSED, on=date(2026, 5, 1), closing_reason="Aftercare completed"
    )

    assert change.closing_reason == "Aftercare completed"
    assert "Aftercare" not in case_file.history(vault, case.id)[0].summary


def test_record_transfer_moves_the_case_to_the_new_prison(vault, case):
    case = case_file.save_case(vault, replace(case, prison="Brugge"))

    transfer = case_file.record_transfer(
        vault, case_id=case.id, on=date(2026, 4, 2), to_prison="  Hasselt ", note="closer to family"
    )

    assert (transfer.from_prison, transfer.to_prison, transfer.transferred_on) == (
        "Brugge",
        "Hasselt",
        date(2026, 4, 2),
    )
    assert case_file.get_case(vault, case.id).prison == "Hasselt"
    entry = case_file.history(vault, case.id)[0]
    assert (entry.event, entry.record_type, entry.record_id, entry.summary) == (
        "traject.transferred",
        "transfer",
        transfer.id,
        "",
    )


def test_record_transfer_of_an_unknown_case_writes_nothing(vault, case):
    before = audit_rows(vault)

    with pytest.raises(case_file.CaseNotFound):
        case_file.record_transfer(vault, case_id=case.id + 100, on=date(2026, 4, 2), to_prison="Gent")
    assert audit_rows(vault) == before
    assert vault.connection.execute("SELECT count(*) FROM transfers").fetchone()[0] == 0


def test_record_participation_keeps_the_reasons_out_of_the_audit_trail(vault, case):
    decision = case_file.record_participation(
        vault, case_id=case.id, status=Participation.DECLINED, on=date(2026, 1, 9), reasons=REASONS
    )

    assert (decision.status, decision.decided_on, decision.reasons) == (
        Participation.DECLINED,
        date(2026, 1, 9),
        REASONS,
    )
    entry = case_file.history(vault, case.id)[0]
    assert (entry.event, entry.record_type, entry.record_id, entry.summary) == (
        "traject.participation",
        "participation",
        decision.id,
        "declined",
    )
    assert not any("advocaat" in " ".join(map(str, row)) for row in audit_rows(vault))


# --- consent -------------------------------------------------------------------------------------


def test_consent_is_recorded_decided_and_revoked(vault, case, service_id):
    asked = case_file.record_consent(
        vault,
        Consent(
            None,
            case.id,
            ConsentPurpose.SHARE_WITH_SERVICE,
            ConsentDecision.PENDING,
            date(2026, 2, 1),
            service_id,
            allowed="Attendance",
            not_allowed="Nothing about family",
        ),
    )
    assert not asked.in_force

    given = case_file.decide_consent(vault, consent_id=asked.id, decision=ConsentDecision.GIVEN, on=date(2026, 2, 3))
    assert (given.decision, given.decided_on, given.allowed, given.not_allowed) == (
        ConsentDecision.GIVEN,
        date(2026, 2, 3),
        "Attendance",
        "Nothing about family",
    )
    assert given.in_force

    narrowed = case_file.decide_consent(
        vault,
        consent_id=asked.id,
        decision=ConsentDecision.GIVEN,
        on=date(2026, 2, 4),
        allowed="Dates only",
        not_allowed="",
    )
    assert (narrowed.allowed, narrowed.not_allowed) == ("Dates only", "")

    revoked = case_file.revoke_consent(vault, consent_id=asked.id, on=date(2026, 3, 1))
    assert revoked.revoked_on == date(2026, 3, 1)
    assert not revoked.in_force
    assert case_file.consents(vault, case.id) == [revoked]

    entries = [(e.event, e.record_type, e.record_id, e.summary) for e in reversed(case_file.history(vault, case.id))]
    assert entries[1:] == [
        ("consent.recorded", "consent", asked.id, "share_with_service: pending"),
        ("consent.decided", "consent", asked.id, "given"),
        ("consent.decided", "consent", asked.id, "given"),
        ("consent.revoked", "consent", asked.id, ""),
    ]
    assert not any("Attendance" in " ".join(map(str, row)) for row in audit_rows(vault))


@pytest.mark.parametrize("change", ["decide", "revoke"])
def test_deciding_or_revoking_an_unknown_consent_raises_and_writes_nothing(vault, case, change):
    before = audit_rows(vault)

    with pytest.raises(case_file.ConsentNotFound):
        if change == "decide":
            case_file.decide_consent(vault, consent_id=999, decision=ConsentDecision.GIVEN, on=date(2026, 1, 1))
        else:
            case_file.revoke_consent(vault, consent_id=999, on=date(2026, 1, 1))
    assert audit_rows(vault) == before


# --- the timeline and the history ------------------------------------------------------------


def test_the_timeline_reads_top_to_bottom(vault, case, service_id):
    on = date(2026, 1, 10)
    # Written out of order on purpose; same-day entries follow the order of TimelineKind.
    consent = case_file.record_consent(
        vault, Consent(None, case.id, ConsentPurpose.STATISTICS, ConsentDecision.PENDING, date(2026, 1, 5))
    )
    case_file.decide_consent(vault, consent_id=consent.id, decision=ConsentDecision.GIVEN, on=on)
    case_file.revoke_consent(vault, consent_id=consent.id, on=date(2026, 6, 1))
    case_file.record_participation(vault, case_id=case.id, status=Participation.ACCEPTED, on=on)
    case_file.record_transfer(vault, case_id=case.id, on=on, to_prison="Gent")
    case_file.record_phase(vault, case_id=case.id, phase=Phase.BUILDING_TRUST, on=on)
    case_file.record_phase(vault, case_id=case.id, phase=Phase.FIRST_CONTACT, on=date(2026, 1, 2))
    case_file.record_participation(vault, case_id=case.id, status=Participation.OFFERED, on=date(2026, 1, 2))
    case_file.record_phase(vault, case_id=case.id, phase=Phase.EXPLORING, on=date(2026, 3, 1))
    pending = case_file.record_consent(
        vault,
        Consent(
            None, case.id, ConsentPurpose.SHARE_WITH_SERVICE, ConsentDecision.PENDING, date(2026, 2, 1), service_id
        ),
    )

    timeline = case_file.timeline(vault, case.id)

    assert [(entry.on, entry.kind) for entry in timeline] == [
        (date(2026, 1, 2), TimelineKind.PHASE),
        (date(2026, 1, 2), TimelineKind.PARTICIPATION),
        (on, TimelineKind.PHASE),
        (on, TimelineKind.TRANSFER),
        (on, TimelineKind.PARTICIPATION),
        (on, TimelineKind.CONSENT),
        (date(2026, 2, 1), TimelineKind.CONSENT),
        (date(2026, 3, 1), TimelineKind.PHASE),
        (date(2026, 6, 1), TimelineKind.CONSENT_REVOKED),
    ]
    assert timeline[6].record == pending
    assert [entry.record.phase for entry in timeline if entry.kind is TimelineKind.PHASE] == [
        Phase.FIRST_CONTACT,
        Phase.BUILDING_TRUST,
        Phase.EXPLORING,
    ]


def test_two_changes_on_one_day_keep_the_order_they_were_made_in(vault, case):
    on = date(2026, 2, 2)
    first = case_file.record_phase(vault, case_id=case.id, phase=Phase.CRITICAL_REFLECTION, on=on)
    second = case_file.record_phase(vault, case_id=case.id, phase=Phase.BUILDING_TRUST, on=on)

    assert [entry.record for entry in case_file.timeline(vault, case.id)] == [first, second]


def test_history_is_the_cases_own_entries_newest_first(vault, case, make_case):
    other = make_case("Jens Peeters")
    case_file.record_phase(vault, case_id=case.id, phase=Phase.FIRST_CONTACT, on=date(2026, 1, 1))
    case_file.record_phase(vault, case_id=other.id, phase=Phase.FIRST_CONTACT, on=date(2026, 1, 1))
    case_file.record_participation(vault, case_id=case.id, status=Participation.OFFERED, on=date(2026, 1, 1))

    history = case_file.history(vault, case.id)

    assert [entry.event for entry in history] == ["traject.participation", "traject.phase_changed", "case.created"]
    assert {entry.case_id for entry in history} == {case.id}
    assert [entry.id for entry in history] == sorted((entry.id for entry in history), reverse=True)


def test_an_involvement_is_changed_only_through_its_own_case_and_only_when_something_changed(
    vault, make_case, service_id
):
    first, other = make_case("Çelik Ağaoğlu"), make_case("Zoë Verbruggen")
    involvement = save_involvement(vault, Involvement(None, first.id, service_id, contact_person="Nadia"))
    entries = len(audit_rows(vault))
    assert save_involvement(vault, involvement) == involvement
    assert len(audit_rows(vault)) == entries  # nothing changed: nothing written
    with pytest.raises(InvolvementNotFound):
        save_involvement(vault, replace(involvement, case_id=other.id, needs="a stolen record"))
    assert involvements(vault, other.id) == [] and involvements(vault, first.id) == [involvement]
    changed = save_involvement(vault, replace(involvement, needs="Housing after release"))
    assert involvements(vault, first.id) == [changed]
    [(event, summary)] = vault.connection.execute("SELECT event, summary FROM audit_log ORDER BY id DESC LIMIT 1")
    assert event == "case.service_updated" and summary == "fields: needs"

"""Sessions in full, their notes and drafts, follow-up actions from them, and the audit of prints, on a real vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import Goal, GoalStatus, Party, Step, StepStatus
from trajectapp.domain.sessions import Focus, Participant, Session, SessionParty, note_draft_form
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.domain.text import InvalidText
from trajectapp.services import contacts, factors, needs, plan
from trajectapp.services.caseload import caseload_ids, caseload_rows
from trajectapp.services.drafts import has_draft, keep_draft, take_draft
from trajectapp.services.partners import save_service
from trajectapp.services.prints import record_print
from trajectapp.services.sensitivity import data_categories
from trajectapp.store.audit import AuditRepository

NOTE = """# How it went
Çelik Ağaoğlu was open today. Zoë Verbruggen joined for the last part.

# Agreed
- Nadia El Ouafi proposes a second mediation.
- He says صبر (patience) helps.

*Next time*: the family visit."""
TODAY = date(2026, 6, 15)
AT = datetime(2026, 6, 10, 14, 30, 45)


@pytest.fixture
def case(make_case):
    return make_case("Çelik Ağaoğlu")


@pytest.fixture
def domains(vault) -> dict[str, int]:
    needs.add_default_domains(vault)
    factors.add_default_factor_categories(vault)
    return {d.name: d.id for d in needs.list_domains(vault)}


@pytest.fixture
def service(vault):
    return save_service(vault, PartnerService(None, "Justitiehuis Antwerpen"))


def events(vault) -> list:
    return vault.connection.execute("SELECT event, record_type, summary FROM audit_log ORDER BY id").fetchall()


def test_a_session_keeps_everything_the_issue_asks_for(vault, case, domains, service):
    family = domains["Family, partner and children"]
    session = contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=AT,
        held=True,
        kind="multi_agency",
        duration_minutes=90,
        location="  Visiting room 2 ",
        focus=Focus.PLANNING,
        participants=[
            Participant(SessionParty.PERSON),
            Participant(SessionParty.SERVICE, service.id),
            Participant(SessionParty.FAMILY, name="Nadia El Ouafi"),
            Participant(SessionParty.OTHER, name="interpreter"),
        ],
        domain_ids=[family],
        goods=[PrimaryGood.RELATEDNESS],
        note=NOTE,
    )
    again = contacts.get_session(vault, session.id)
    assert again == session == contacts.sessions(vault, case.id)[0]
    assert again.starts_at == datetime(2026, 6, 10, 14, 30)
    assert again.location == "Visiting room 2" and again.duration_minutes == 90 and again.focus is Focus.PLANNING
    assert [p.party for p in again.participants] == list(SessionParty)
    assert again.participants[1].service_id == service.id and again.participants[2].name == "Nadia El Ouafi"
    assert again.domain_ids == (family,) and again.goods == (PrimaryGood.RELATEDNESS,) and again.note == NOTE
    assert ("session.recorded", "session", "") in events(vault)


def test_the_old_way_of_adding_a_contact_still_works(vault, case):
    planned = contacts.add_session(vault, case_id=case.id, starts_at=AT, held=False)
    assert (planned.status, planned.kind, planned.note, planned.participants) == ("planned", "individual", "", ())
    contacts.set_session_status(vault, case_id=case.id, session_id=planned.id, status="held")
    assert contacts.sessions(vault, case.id)[0].status == "held"
    with pytest.raises(ValueError):
        contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True, kind="party")


def test_updating_a_session_replaces_its_details_and_tags(vault, case, domains, service):
    session = contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=AT,
        held=True,
        domain_ids=[domains["Housing"]],
        participants=[Participant(SessionParty.SERVICE, service.id)],
    )
    factor = factors.save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.AWAY,
            FactorKind.PULL,
            factors.list_factor_categories(vault)[0].id,
            ApproximateDate(2026, 1, 1),
        ),
    )
    changed = contacts.update_session(
        vault,
        session=replace(
            session,
            kind="family",
            duration_minutes=60,
            focus=Focus.RELATION,
            participants=(),
            domain_ids=(domains["Family, partner and children"],),
            factor_ids=(factor.id,),
            note=NOTE,
        ),
    )
    assert changed.kind == "family" and changed.participants == () and changed.factor_ids == (factor.id,)
    assert changed.domain_ids == (domains["Family, partner and children"],) and changed.note == NOTE
    assert changed.status == "held" and changed.case_id == case.id
    assert events(vault)[-1] == ("session.updated", "session", "")


def test_a_session_refuses_what_it_cannot_keep_and_writes_nothing(vault, case, make_case, domains):
    before = len(events(vault))
    other = make_case("Zoë Verbruggen")
    bad = [
        {"duration_minutes": 0},
        {"duration_minutes": 24 * 60 + 1},
        {"duration_minutes": True},
        {"location": "a\x00b"},
        {"location": "x" * 201},
        {"focus": "planning"},
        {"note": "bad\x07note"},
        {"participants": [Participant(SessionParty.SERVICE)]},
        {"participants": [Participant(SessionParty.FAMILY, service_id=1)]},
        {"participants": [Participant("family")]},
        {"domain_ids": [0]},
        {"goods": ["life"]},
        {"starts_at": datetime(1800, 1, 1)},
    ]
    for wrong in bad:
        with pytest.raises((InvalidValue, InvalidText)):
            contacts.add_session(vault, **{"case_id": case.id, "starts_at": AT, "held": True, **wrong})
    factor = factors.save_factor(
        vault,
        Factor(
            None,
            other.id,
            Direction.TOWARDS,
            FactorKind.PUSH,
            factors.list_factor_categories(vault)[0].id,
            ApproximateDate(2026, 1, 1),
        ),
    )
    with pytest.raises(InvalidValue):
        contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True, factor_ids=[factor.id])
    assert contacts.sessions(vault, case.id) == []
    assert [e for e in events(vault)[before:] if e[0].startswith("session")] == []


def test_the_note_is_saved_and_its_draft_is_offered_until_then(vault, case, vault_folder):
    session = contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True)
    form = note_draft_form(session.id)
    assert form == f"session:{session.id}:note"
    keep_draft(vault, form=form, content=NOTE[:40])
    keep_draft(vault, form=form, content=NOTE)  # every few seconds, the latest wins
    assert has_draft(vault, form=form)
    contacts.save_note(vault, case_id=case.id, session_id=session.id, note=NOTE)
    assert contacts.get_session(vault, session.id).note == NOTE
    assert not has_draft(vault, form=form) and take_draft(vault, form=form) is None
    assert events(vault)[-1] == ("session.note_saved", "session", "")
    with pytest.raises(InvalidText):
        contacts.save_note(vault, case_id=case.id, session_id=session.id, note="\x00")


def test_notes_left_as_drafts_are_listed_until_saved_and_details_saved_alone_leave_them(vault, case):
    first = contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True, note="Saved")
    second = contacts.add_session(vault, case_id=case.id, starts_at=AT + timedelta(days=1), held=True)
    assert contacts.unsaved_notes(vault) == []
    keep_draft(vault, form=note_draft_form(first.id), content=NOTE)
    keep_draft(vault, form=note_draft_form(second.id), content="Zoë")
    keep_draft(vault, form="session:12x:note", content="not a session's")
    keep_draft(vault, form=note_draft_form(999), content="a session that is gone")
    keep_draft(vault, form="case:1:person", content="{}")
    assert sorted(u.session.id for u in contacts.unsaved_notes(vault)) == [first.id, second.id]
    assert all(u.kept_at.tzinfo is not None for u in contacts.unsaved_notes(vault))

    contacts.update_session(vault, session=replace(first, location="Bezoekzaal 2"))  # the note as it was
    assert has_draft(vault, form=note_draft_form(first.id))
    contacts.update_session(vault, session=replace(first, note="Saved, and more"))
    assert not has_draft(vault, form=note_draft_form(first.id))
    contacts.save_note(vault, case_id=case.id, session_id=second.id, note="Zoë")
    assert contacts.unsaved_notes(vault) == []


def test_a_note_cannot_be_saved_to_a_session_of_another_case(vault, case, make_case):
    other = make_case("Nadia El Ouafi")
    session = contacts.add_session(vault, case_id=other.id, starts_at=AT, held=True)
    with pytest.raises(InvalidValue):
        contacts.save_note(vault, case_id=case.id, session_id=session.id, note="x")
    with pytest.raises(InvalidValue):
        contacts.add_action(vault, case_id=case.id, description="Call", session_id=session.id)
    assert contacts.get_session(vault, session.id).note == ""


def test_follow_up_actions_from_a_session_join_the_open_actions_overdue(vault, case, domains):
    session = contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True)
    from_session = contacts.add_action(
        vault,
        case_id=case.id,
        description="Send the summary to Zoë Verbruggen",
        owner="consultant",
        due_on=TODAY - timedelta(days=2),
        session_id=session.id,
    )
    contacts.add_action(
        vault, case_id=case.id, description="Due later", due_on=TODAY + timedelta(days=2), session_id=session.id
    )
    contacts.add_action(vault, case_id=case.id, description="Not from a session", due_on=TODAY - timedelta(days=1))
    goal = plan.save_goal(
        vault, Goal(None, case.id, "A room after release", (domains["Housing"],), status=GoalStatus.ACTIVE)
    )
    plan.save_step(
        vault,
        Step(
            None,
            goal.id,
            "Visit the CAW",
            Party.PERSON,
            due_on=TODAY - timedelta(days=3),
            status=StepStatus.NOT_STARTED,
        ),
    )
    assert from_session.session_id == session.id
    assert [a.description for a in contacts.actions_of_session(vault, session.id)] == [
        "Send the summary to Zoë Verbruggen",
        "Due later",
    ]
    assert {a.session_id for a in contacts.actions(vault, case.id)} == {session.id, None}

    def overdue() -> int:
        return caseload_rows(vault, caseload_ids(vault, today=TODAY), today=TODAY)[0].overdue_actions

    assert overdue() == 3
    contacts.complete_action(vault, case_id=case.id, action_id=from_session.id, on=TODAY)
    assert overdue() == 2


def test_tags_to_special_category_domains_and_goods_make_the_session_carry_them(vault, case, domains):
    worldview, housing = domains["Worldview, religion and ideology"], domains["Housing"]
    health = domains["Mental health and trauma"]
    plain = contacts.add_session(
        vault, case_id=case.id, starts_at=AT, held=True, domain_ids=[housing], note="He spoke about religion at length."
    )
    assert data_categories(vault, plain) == frozenset()  # the note is free text and not tagged
    tagged = contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True, domain_ids=[housing, worldview])
    assert data_categories(vault, tagged) == {DataCategory.RELIGION_IDEOLOGY}
    good = contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True, goods=[PrimaryGood.SPIRITUALITY])
    assert data_categories(vault, good) == {DataCategory.RELIGION_IDEOLOGY}
    factor = factors.save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.TOWARDS,
            FactorKind.PUSH,
            factors.list_factor_categories(vault)[0].id,
            ApproximateDate(2026, 1, 1),
            domain_id=health,
        ),
    )
    touched = contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True, factor_ids=[factor.id])
    assert data_categories(vault, touched) == {DataCategory.HEALTH}


def test_each_print_is_audited_without_its_content(vault, case):
    session = contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True, note=NOTE)
    record_print(vault, document="session_note", case_id=case.id, record_id=session.id)
    entry = AuditRepository(vault.connection).for_case(case.id)[0]
    assert (entry.event, entry.case_id, entry.record_type, entry.record_id, entry.summary) == (
        "document.printed",
        case.id,
        "session_note",
        session.id,
        "session_note",
    )
    assert entry.at
    for wrong in ("Çelik Ağaoğlu", "session note", "", "x" * 41, "Session_note"):
        with pytest.raises(InvalidValue):
            record_print(vault, document=wrong, case_id=case.id)
    assert AuditRepository(vault.connection).broken_links() == []


def test_a_session_from_the_form_is_added_or_changed_as_a_whole(vault, case):
    planned = contacts.save_session(vault, Session(None, case.id, AT, "planned", "individual", 60, "Wing B"))
    assert planned.id is not None and contacts.get_session(vault, planned.id) == planned
    moved = contacts.save_session(vault, replace(planned, location="Visiting room"))
    assert moved.id == planned.id and contacts.get_session(vault, planned.id).location == "Visiting room"
    with pytest.raises(InvalidValue) as refused:
        contacts.save_session(vault, Session(None, case.id, AT, "cancelled", "individual"))
    assert refused.value.field == "status"
    assert [session.id for session in contacts.sessions(vault, case.id)] == [planned.id]

"""The agenda of this week and the next across the caseload, on a real vault with a fixed today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from trajectapp.domain.agenda import agenda_end
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import Goal, GoalStatus, Party, Step, StepStatus
from trajectapp.domain.traject import Participation, Phase
from trajectapp.services import case_file, contacts, needs, plan
from trajectapp.services.agenda import active_cases, agenda
from trajectapp.services.partners import save_service

TODAY = date(2026, 6, 17)  # a Wednesday: this week runs from Monday 15 to Sunday 21 June, the next to the 28th
LAST_DAY = date(2026, 6, 28)


def days(count: int) -> timedelta:
    return timedelta(days=count)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)


def planned(vault, case, starts_at: datetime, **details):
    return contacts.add_session(vault, case_id=case.id, starts_at=starts_at, held=False, **details)


def of(vault, **thresholds):
    return agenda(
        vault,
        today=TODAY,
        release_within_days=thresholds.get("release", 90),
        no_contact_days=thresholds.get("no_contact", 21),
    )


def session_days(found) -> dict[date, list[tuple[str, datetime]]]:
    return {day.day: [(s.case_name, s.starts_at) for s in day.sessions] for day in found.days if day.sessions}


@pytest.fixture
def housing(vault) -> int:
    needs.add_default_domains(vault)
    return needs.list_domains(vault)[2].id


def closed_and_declined(vault, make_case):
    closed = make_case("Closed Case")
    case_file.record_phase(vault, case_id=closed.id, phase=Phase.CLOSED, on=TODAY - days(30))
    declined = make_case("Declined Case")
    case_file.record_participation(vault, case_id=declined.id, status=Participation.DECLINED, on=TODAY - days(30))
    return closed, declined


@pytest.mark.parametrize(
    "today, end",
    [
        (date(2026, 6, 15), date(2026, 6, 29)),  # Monday
        (date(2026, 6, 17), date(2026, 6, 29)),
        (date(2026, 6, 21), date(2026, 6, 29)),  # Sunday: still this week
        (date(2026, 6, 22), date(2026, 7, 6)),
        (date(2026, 12, 28), date(2027, 1, 11)),  # over the new year
    ],
)
def test_the_agenda_runs_from_today_to_the_end_of_next_week(today, end):
    assert agenda_end(today) == end


def test_planned_sessions_from_today_to_the_end_of_next_week_by_day_and_time(vault, make_case):
    yasmina, zoe = make_case("Yasmina El Idrissi"), make_case("Zoë Verbruggen")
    early_today = planned(vault, yasmina, at(TODAY, 8, 30), duration_minutes=60, location="Visiting room 2")
    planned(vault, zoe, at(TODAY, 14))
    planned(vault, yasmina, at(TODAY + days(1), 10), kind="family")
    planned(vault, zoe, at(LAST_DAY, 23, 30))  # Sunday of next week
    planned(vault, yasmina, at(LAST_DAY + days(1), 0))  # the week after: not yet
    planned(vault, zoe, at(TODAY - days(1), 10))  # yesterday: gone by
    planned(vault, zoe, at(TODAY - days(2), 10))  # earlier this week: gone by
    contacts.add_session(vault, case_id=zoe.id, starts_at=at(TODAY + days(2), 9), held=True)  # not planned
    cancelled = planned(vault, zoe, at(TODAY + days(3), 9))
    contacts.set_session_status(vault, case_id=zoe.id, session_id=cancelled.id, status="cancelled")

    found = of(vault)

    assert session_days(found) == {
        TODAY: [("Yasmina El Idrissi", at(TODAY, 8, 30)), ("Zoë Verbruggen", at(TODAY, 14))],
        TODAY + days(1): [("Yasmina El Idrissi", at(TODAY + days(1), 10))],
        LAST_DAY: [("Zoë Verbruggen", at(LAST_DAY, 23, 30))],
    }
    first = found.days[0].sessions[0]
    assert (first.session_id, first.case_id, first.kind, first.duration_minutes, first.location) == (
        early_today.id,
        yasmina.id,
        "individual",
        60,
        "Visiting room 2",
    )
    assert found.days[1].sessions[0].kind == "family"
    assert (found.today, found.end) == (TODAY, LAST_DAY + days(1))


def test_only_active_cases_are_on_the_agenda(vault, make_case, housing):
    active = make_case("Active Case")
    for case in (active, *closed_and_declined(vault, make_case)):
        planned(vault, case, at(TODAY + days(1), 10))
        contacts.add_action(vault, case_id=case.id, description="Call the justice house", due_on=TODAY)
        goal = plan.save_goal(vault, Goal(None, case.id, "A place to live", (housing,), status=GoalStatus.ACTIVE))
        plan.save_step(vault, Step(None, goal.id, "Visit the social housing office", due_on=TODAY - days(3)))
        case_file.save_case(vault, replace(case_file.get_case(vault, case.id), expected_release=TODAY + days(10)))
        contacts.add_session(vault, case_id=case.id, starts_at=at(TODAY - days(40), 10), held=True)

    found = of(vault)

    listed = {session.case_id for day in found.days for session in day.sessions}
    listed |= {task.case_id for day in found.days for task in day.tasks}
    listed |= {task.case_id for task in found.overdue}
    listed |= {release.case_id for release in found.releases} | {case.case_id for case in found.no_contact}
    assert listed == {active.id}
    assert active_cases(vault, today=TODAY) == [(active.id, "Active Case")]


def test_actions_due_in_the_two_weeks_and_overdue_ones_first(vault, make_case):
    case = make_case("Yasmina El Idrissi")

    def action(description, due_on, owner=""):
        return contacts.add_action(vault, case_id=case.id, description=description, owner=owner, due_on=due_on)

    long_ago = action("Ask for the prison's workshop", TODAY - days(40), "the consultant")
    yesterday = action("Call the justice house", TODAY - days(1))
    today = action("Send the CV", TODAY, "Yasmina")
    last_day = action("Book the driving test", LAST_DAY)
    action("Renew the ID card", LAST_DAY + days(1))  # the week after
    action("Find a dentist", None)  # no date: not on an agenda
    done = action("Phone her sister", TODAY - days(3))
    contacts.complete_action(vault, case_id=case.id, action_id=done.id, on=TODAY - days(1))

    found = of(vault)

    assert [(task.kind, task.record_id, task.due_on) for task in found.overdue] == [
        ("action", long_ago.id, TODAY - days(40)),
        ("action", yesterday.id, TODAY - days(1)),
    ]
    assert found.overdue[0].who == "the consultant" and found.overdue[0].what == "Ask for the prison's workshop"
    due = {day.day: [(task.record_id, task.who) for task in day.tasks] for day in found.days}
    assert due == {TODAY: [(today.id, "Yasmina")], LAST_DAY: [(last_day.id, "")]}


def test_open_steps_of_goals_still_on_fall_due_like_actions(vault, make_case, housing):
    case = make_case("Çelik Ağaoğlu")
    service = save_service(vault, PartnerService(None, "OCMW Gent"))
    active = plan.save_goal(vault, Goal(None, case.id, "A place to live", (housing,), status=GoalStatus.ACTIVE))
    future = plan.save_goal(vault, Goal(None, case.id, "A studio later", (housing,), status=GoalStatus.FUTURE))
    achieved = plan.save_goal(vault, Goal(None, case.id, "ID card", (housing,), status=GoalStatus.ACHIEVED))

    def step(goal, what, due_on, status=StepStatus.NOT_STARTED, **who):
        return plan.save_step(vault, Step(None, goal.id, what, due_on=due_on, status=status, **who))

    overdue = step(future, "Save a deposit", TODAY - days(5), StepStatus.CANNOT_BE_DONE_YET)
    tomorrow = step(active, "Apply for social housing", TODAY + days(1), party=Party.SERVICE, service_id=service.id)
    next_week = step(active, "Visit the flat", TODAY + days(8), party=Party.FAMILY, party_name="his sister Samira")
    step(active, "Sign the lease", None)
    step(active, "Ask the landlord", TODAY + days(2), StepStatus.DONE)
    step(active, "Ask another landlord", TODAY - days(2), StepStatus.NO_LONGER_NEEDED)
    step(achieved, "Photo for the card", TODAY + days(1))
    step(active, "Move in", LAST_DAY + days(1))

    found = of(vault)

    [late] = found.overdue
    assert (late.kind, late.record_id, late.goal, late.party, late.who) == (
        "step",
        overdue.id,
        "A studio later",
        Party.PERSON,
        "",
    )
    due = {day.day: [(task.kind, task.record_id, task.who, task.party) for task in day.tasks] for day in found.days}
    assert due == {
        TODAY + days(1): [("step", tomorrow.id, "OCMW Gent", Party.SERVICE)],
        TODAY + days(8): [("step", next_week.id, "his sister Samira", Party.FAMILY)],
    }


def test_a_day_holds_its_sessions_and_what_falls_due_on_it(vault, make_case, housing):
    case = make_case("Nadia El Ouafi")
    planned(vault, case, at(TODAY + days(2), 10))
    action = contacts.add_action(vault, case_id=case.id, description="Bring the forms", due_on=TODAY + days(2))
    goal = plan.save_goal(vault, Goal(None, case.id, "A place to live", (housing,), status=GoalStatus.ACTIVE))
    step = plan.save_step(vault, Step(None, goal.id, "Fill in the forms", due_on=TODAY + days(2)))

    [day] = of(vault).days

    assert day.day == TODAY + days(2)
    assert [session.starts_at for session in day.sessions] == [at(TODAY + days(2), 10)]
    assert [(task.kind, task.record_id) for task in day.tasks] == [("action", action.id), ("step", step.id)]


def test_releases_and_contacts_by_the_caseload_thresholds(vault, make_case):
    def released(name, offset):
        case = make_case(name)
        case_file.save_case(vault, replace(case, expected_release=TODAY + days(offset)))
        return case

    soon, later = released("Soon", 10), released("Later", 55)
    released("Too far", 91)
    released("Gone", -1)
    seen_long_ago, seen_lately = make_case("Seen long ago"), make_case("Seen lately")
    coming = make_case("Coming soon")
    contacts.add_session(vault, case_id=seen_long_ago.id, starts_at=at(TODAY - days(40), 10), held=True)
    contacts.add_session(vault, case_id=seen_lately.id, starts_at=at(TODAY - days(3), 10), held=True)
    contacts.add_session(vault, case_id=coming.id, starts_at=at(TODAY - days(25), 10), held=True)
    appointment = planned(vault, coming, at(TODAY + days(4), 11))

    found = of(vault)

    assert [(r.case_id, r.on, r.days) for r in found.releases] == [
        (soon.id, TODAY + days(10), 10),
        (later.id, TODAY + days(55), 55),
    ]
    assert [(c.case_id, c.days) for c in found.no_contact] == [(seen_long_ago.id, 40), (coming.id, 25)]
    assert found.no_contact[0].next_session is None
    assert found.no_contact[1].next_session.session_id == appointment.id
    assert (found.release_window_days, found.no_contact_days) == (90, 21)

    narrower = of(vault, release=30, no_contact=30)
    assert [r.case_id for r in narrower.releases] == [soon.id]
    assert [c.case_id for c in narrower.no_contact] == [seen_long_ago.id]


def test_an_empty_caseload_has_an_empty_agenda(vault, make_case):
    assert of(vault).is_empty
    make_case("Nothing planned")
    found = of(vault)
    assert found.is_empty and found.days == () and found.overdue == ()


def test_active_cases_by_name_blind_to_accents(vault, make_case):
    made = {name: make_case(name).id for name in ("Zoë Verbruggen", "Çelik Ağaoğlu", "Bram Claes")}
    closed_and_declined(vault, make_case)
    assert active_cases(vault, today=TODAY) == [
        (made["Bram Claes"], "Bram Claes"),
        (made["Çelik Ağaoğlu"], "Çelik Ağaoğlu"),
        (made["Zoë Verbruggen"], "Zoë Verbruggen"),
    ]

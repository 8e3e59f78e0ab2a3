"""Reintegration goals, steps, progress notes and plan versions with agreements, on a real vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.needs import AssessmentItem, LifeDomain
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import (
    Change,
    Goal,
    GoalStatus,
    Party,
    PlanAgreement,
    PlanAnswer,
    Step,
    StepStatus,
)
from trajectapp.domain.strengths import PrimaryGood, Strength, StrengthCategory
from trajectapp.domain.text import InvalidText
from trajectapp.services import needs, plan, strengths
from trajectapp.services.partners import ServiceNotFound, save_service
from trajectapp.services.sensitivity import data_categories
from trajectapp.store.audit import AuditRepository

TODAY = date(2026, 6, 15)


@pytest.fixture
def domains(vault) -> dict[str, int]:
    needs.add_default_domains(vault)
    return {d.name: d.id for d in needs.list_domains(vault)}


@pytest.fixture
def case(make_case):
    return make_case("Bilal Benali")


@pytest.fixture
def caw(vault) -> int:
    return save_service(vault, PartnerService(None, "CAW – Justitieel Welzijnswerk")).id


@pytest.fixture
def housing_goal(vault, domains, case) -> Goal:
    return plan.save_goal(
        vault,
        Goal(
            None,
            case.id,
            "A place to live after release",
            (domains["Housing"], domains["Finances and paperwork"]),
            "A rental contract before release.",
            date(2026, 12, 1),
            GoalStatus.ACTIVE,
        ),
    )


def audit_text(vault) -> str:
    return " ".join(str(v) for row in vault.connection.execute("SELECT * FROM audit_log") for v in row)


def audit_count(vault) -> int:
    return AuditRepository(vault.connection).count()


def test_every_enum_value_has_words():
    for kind in (GoalStatus, Party, StepStatus, PlanAnswer, Change):
        assert all(value.label.strip() for value in kind)


# --- goals ------------------------------------------------------------------------------------


def test_a_goal_is_linked_to_domains_and_optionally_a_need_a_strength_and_a_good(vault, domains, case):
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2026, 3, 2))
    need = needs.save_assessment_item(
        vault, AssessmentItem(None, assessment.id, domains["Leisure, passions and talents"], situation=3)
    )
    boxing = strengths.save_strength(vault, Strength(None, case.id, StrengthCategory.PASSION, "Boxing"))
    goal = Goal(
        None,
        case.id,
        "  Back to boxing ",
        (domains["Leisure, passions and talents"], domains["Network, friends and community"]),
        "Member of a club.",
        date(2027, 1, 1),
        GoalStatus.FUTURE,
        "",
        need.id,
        boxing.id,
        PrimaryGood.EXCELLENCE_IN_PLAY,
    )

    saved = plan.save_goal(vault, goal)

    # As stored: the title trimmed, the domains in catalogue order.
    assert saved == replace(
        goal,
        id=saved.id,
        title="Back to boxing",
        domain_ids=(domains["Network, friends and community"], domains["Leisure, passions and talents"]),
    )
    assert plan.goals(vault, case.id) == [saved]
    assert needs.domain_in_use(vault, domains["Network, friends and community"])


def test_a_goal_needs_a_domain_and_links_within_the_same_case(vault, domains, case, make_case):
    other = make_case("Nour Haddad")
    foreign = strengths.save_strength(vault, Strength(None, other.id, StrengthCategory.SKILL, "Cooking"))
    goal = Goal(None, case.id, "Work after release", (domains["Education, training and work"],))
    for change, field in (
        ({"domain_ids": ()}, "domain_ids"),
        ({"strength_id": foreign.id}, "strength_id"),
        ({"need_item_id": 12345}, "need_item_id"),
        ({"target_on": date(2101, 1, 1)}, "target_on"),
    ):
        with pytest.raises(InvalidValue) as raised:
            plan.save_goal(vault, replace(goal, **change))
        assert raised.value.field == field
    with pytest.raises(needs.DomainNotFound):
        plan.save_goal(vault, replace(goal, domain_ids=(999,)))
    assert plan.goals(vault, case.id) == []


def test_a_dropped_goal_says_why_and_the_trail_says_only_that_it_was_dropped(vault, housing_goal):
    with pytest.raises(InvalidText) as raised:
        plan.save_goal(vault, replace(housing_goal, status=GoalStatus.DROPPED))
    assert raised.value.field == "dropped_reason"
    dropped = plan.save_goal(
        vault,
        replace(housing_goal, status=GoalStatus.DROPPED, dropped_reason="His sister cannot take him in after all."),
    )
    assert dropped.status is GoalStatus.DROPPED and dropped.dropped_reason.startswith("His sister")
    entry = AuditRepository(vault.connection).for_case(housing_goal.case_id)[0]
    assert (entry.event, entry.summary) == ("goal.updated", "fields: status, dropped_reason; status: dropped")
    assert "sister" not in audit_text(vault) and "place to live" not in audit_text(vault)
    active = plan.save_goal(vault, replace(dropped, status=GoalStatus.ACTIVE))
    assert active.dropped_reason == ""  # a reason belongs to a dropped goal only


def test_saving_a_goal_unchanged_or_with_its_domains_in_another_order_writes_nothing(vault, housing_goal):
    before = audit_count(vault)
    assert plan.save_goal(vault, replace(housing_goal, domain_ids=housing_goal.domain_ids[::-1])) == housing_goal
    assert audit_count(vault) == before


def test_progress_notes_are_added_and_kept_in_date_order(vault, housing_goal):
    later = plan.add_progress_note(vault, goal_id=housing_goal.id, on=date(2026, 5, 1), note="Registered.")
    earlier = plan.add_progress_note(vault, goal_id=housing_goal.id, on=date(2026, 4, 1), note="First talk.")
    assert plan.progress_notes(vault, housing_goal.id) == [earlier, later]
    with pytest.raises(InvalidText):
        plan.add_progress_note(vault, goal_id=housing_goal.id, on=date(2026, 4, 1), note=" ")
    with pytest.raises(plan.GoalNotFound):
        plan.add_progress_note(vault, goal_id=999, on=date(2026, 4, 1), note="x")


# --- steps ------------------------------------------------------------------------------------


def test_steps_say_who_does_them(vault, housing_goal, caw):
    by_service = plan.save_step(
        vault, Step(None, housing_goal.id, "Register with social housing", Party.SERVICE, caw, due_on=date(2026, 7, 1))
    )
    by_family = plan.save_step(
        vault,
        Step(
            None,
            housing_goal.id,
            "Ask whether he can stay",
            Party.FAMILY,
            party_name=" his sister ",
            due_on=date(2026, 6, 1),
        ),
    )
    by_person = plan.save_step(vault, Step(None, housing_goal.id, "Visit two rooms", Party.PERSON, caw, "someone"))
    assert (by_family.party_name, by_person.service_id, by_person.party_name) == ("his sister", None, "")
    assert plan.steps(vault, housing_goal.id) == [by_family, by_service, by_person]  # soonest due first, undated last
    with pytest.raises(InvalidValue) as raised:
        plan.save_step(vault, Step(None, housing_goal.id, "Call", Party.SERVICE))
    assert raised.value.field == "service_id"
    with pytest.raises(ServiceNotFound):
        plan.save_step(vault, Step(None, housing_goal.id, "Call", Party.SERVICE, 999))


def test_a_step_moves_through_its_statuses(vault, housing_goal):
    step = plan.save_step(vault, Step(None, housing_goal.id, "Open a bank account"))
    for status in (StepStatus.IN_PROGRESS, StepStatus.CANNOT_BE_DONE_YET, StepStatus.DONE):
        step = plan.set_step_status(vault, step_id=step.id, status=status)
        assert plan.steps(vault, housing_goal.id) == [step] and step.status is status
    entry = AuditRepository(vault.connection).for_case(housing_goal.case_id)[0]
    assert entry.summary == "fields: status; status: done"
    with pytest.raises(plan.StepNotFound):
        plan.set_step_status(vault, step_id=999, status=StepStatus.DONE)


def test_overdue_steps_are_open_steps_of_goals_still_on_due_before_today(vault, domains, case, housing_goal):
    def step(goal: Goal, due: date | None, status: StepStatus = StepStatus.NOT_STARTED) -> Step:
        return plan.save_step(vault, Step(None, goal.id, f"step due {due}", due_on=due, status=status))

    overdue = [
        step(housing_goal, date(2026, 6, 14)),
        step(housing_goal, date(2026, 1, 1), StepStatus.IN_PROGRESS),
        step(housing_goal, date(2026, 6, 1), StepStatus.CANNOT_BE_DONE_YET),
    ]
    step(housing_goal, TODAY)  # due today is not overdue
    step(housing_goal, None)
    step(housing_goal, date(2026, 6, 1), StepStatus.DONE)
    step(housing_goal, date(2026, 6, 1), StepStatus.NO_LONGER_NEEDED)
    achieved = plan.save_goal(
        vault, Goal(None, case.id, "ID card", (domains["Finances and paperwork"],), status=GoalStatus.ACHIEVED)
    )
    step(achieved, date(2026, 6, 1))  # a goal that is achieved or dropped has no open actions

    assert sorted(s.id for s in plan.overdue_steps(vault, case.id, TODAY)) == sorted(s.id for s in overdue)
    assert len(plan.case_steps(vault, case.id)) == 8


# --- plan versions ----------------------------------------------------------------------------


def test_a_plan_version_keeps_the_goals_and_steps_as_they_were(vault, domains, case, housing_goal, caw):
    step = plan.save_step(
        vault, Step(None, housing_goal.id, "Register with social housing", Party.SERVICE, caw, due_on=date(2026, 7, 1))
    )
    dropped = plan.save_goal(
        vault,
        Goal(
            None,
            case.id,
            "Welding",
            (domains["Education, training and work"],),
            status=GoalStatus.DROPPED,
            dropped_reason="Chose cooking.",
        ),
    )

    first = plan.make_plan_version(vault, case_id=case.id, on=date(2026, 5, 1), note="Multi-agency meeting.")

    assert [g.goal_id for g in first.goals] == [housing_goal.id]  # dropped goals are left out
    [kept] = first.goals
    assert (kept.title, kept.status, kept.target_on) == (housing_goal.title, GoalStatus.ACTIVE, date(2026, 12, 1))
    assert [d.name for d in kept.domains] == ["Housing", "Finances and paperwork"]
    assert [(s.step_id, s.who, s.status) for s in kept.steps] == [
        (step.id, "CAW – Justitieel Welzijnswerk", StepStatus.NOT_STARTED)
    ]

    plan.save_goal(vault, replace(housing_goal, title="A studio in Gent"))
    plan.set_step_status(vault, step_id=step.id, status=StepStatus.DONE)
    needs.save_domain(vault, replace(needs.get_domain(vault, domains["Housing"]), name="Wonen"))
    save_service(vault, PartnerService(caw, "CAW Oost-Vlaanderen"))

    assert plan.get_plan_version(vault, first.id) == first
    chosen = plan.make_plan_version(vault, case_id=case.id, on=date(2026, 5, 2), goal_ids=[dropped.id])
    assert [g.goal_id for g in chosen.goals] == [dropped.id]  # chosen goals go in whatever their status
    assert [v.id for v in plan.plan_versions(vault, case.id)] == [first.id, chosen.id]


def test_a_plan_needs_a_goal(vault, case, domains):
    with pytest.raises(InvalidValue):
        plan.make_plan_version(vault, case_id=case.id, on=date(2026, 5, 1))
    goal = plan.save_goal(vault, Goal(None, case.id, "Work", (domains["Education, training and work"],)))
    with pytest.raises(plan.GoalNotFound):
        plan.make_plan_version(vault, case_id=case.id, on=date(2026, 5, 1), goal_ids=[goal.id, 999])
    assert plan.plan_versions(vault, case.id) == []


def test_each_party_says_whether_it_agrees_and_a_later_answer_replaces_its_earlier(vault, case, housing_goal, caw):
    version = plan.make_plan_version(vault, case_id=case.id, on=date(2026, 5, 1))
    person = plan.record_agreement(
        vault,
        PlanAgreement(
            None,
            version.id,
            Party.PERSON,
            PlanAnswer.COULD_NOT_ANSWER,
            reason="Ik moet erover nadenken.",
            answered_on=date(2026, 5, 1),
        ),
    )
    plan.record_agreement(vault, PlanAgreement(None, version.id, Party.CONSULTANT, PlanAnswer.AGREES))
    plan.record_agreement(
        vault,
        PlanAgreement(
            None,
            version.id,
            Party.SERVICE,
            PlanAnswer.DOES_NOT_AGREE,
            caw,
            reason="Housing is not realistic before release.",
        ),
    )
    again = plan.record_agreement(
        vault, replace(person, id=None, answer=PlanAnswer.AGREES, reason="Ja.", answered_on=date(2026, 5, 8))
    )

    answers = plan.get_plan_version(vault, version.id).agreements
    assert again.id == person.id
    assert [(a.party, a.answer) for a in answers] == [
        (Party.PERSON, PlanAnswer.AGREES),
        (Party.CONSULTANT, PlanAnswer.AGREES),
        (Party.SERVICE, PlanAnswer.DOES_NOT_AGREE),
    ]
    events = [(e.event, e.summary) for e in AuditRepository(vault.connection).for_case(case.id)[:2]]
    assert events == [
        ("plan.agreement_changed", "person: agrees"),
        ("plan.agreement_recorded", "service: does_not_agree"),
    ]
    assert "nadenken" not in audit_text(vault) and "realistic" not in audit_text(vault)


def test_an_answer_cannot_come_before_the_version_or_from_an_unknown_party(vault, case, housing_goal):
    version = plan.make_plan_version(vault, case_id=case.id, on=date(2026, 5, 1))
    for agreement, error in (
        (PlanAgreement(None, version.id, Party.PERSON, PlanAnswer.AGREES, answered_on=date(2026, 4, 30)), InvalidValue),
        (PlanAgreement(None, version.id, Party.SERVICE, PlanAnswer.AGREES), InvalidValue),
        (PlanAgreement(None, version.id, Party.SERVICE, PlanAnswer.AGREES, 999), ServiceNotFound),
        (PlanAgreement(None, version.id, Party.OTHER, PlanAnswer.AGREES), InvalidText),
        (PlanAgreement(None, 999, Party.PERSON, PlanAnswer.AGREES), plan.PlanVersionNotFound),
    ):
        with pytest.raises(error):
            plan.record_agreement(vault, agreement)
    assert plan.get_plan_version(vault, version.id).agreements == ()


def test_two_versions_compare_goal_by_goal_step_by_step_and_party_by_party(vault, domains, case, housing_goal, caw):
    kept = plan.save_step(vault, Step(None, housing_goal.id, "Register", Party.SERVICE, caw, due_on=date(2026, 7, 1)))
    gone = plan.save_step(vault, Step(None, housing_goal.id, "Ask the sister", Party.FAMILY, party_name="his sister"))
    work = plan.save_goal(
        vault, Goal(None, case.id, "Work", (domains["Education, training and work"],), status=GoalStatus.ACTIVE)
    )
    first = plan.make_plan_version(vault, case_id=case.id, on=date(2026, 5, 1))
    plan.record_agreement(vault, PlanAgreement(None, first.id, Party.PERSON, PlanAnswer.DOES_NOT_AGREE))
    plan.record_agreement(vault, PlanAgreement(None, first.id, Party.SERVICE, PlanAnswer.AGREES, caw))

    plan.set_step_status(vault, step_id=kept.id, status=StepStatus.DONE)
    plan.save_goal(vault, replace(work, status=GoalStatus.DROPPED, dropped_reason="Not now."))
    added_step = plan.save_step(vault, Step(None, housing_goal.id, "Visit rooms"))
    papers = plan.save_goal(vault, Goal(None, case.id, "Papers", (domains["Finances and paperwork"],)))
    second = plan.make_plan_version(vault, case_id=case.id, on=date(2026, 8, 1), goal_ids=[housing_goal.id, papers.id])
    plan.record_agreement(vault, PlanAgreement(None, second.id, Party.PERSON, PlanAnswer.AGREES))
    plan.record_agreement(vault, PlanAgreement(None, second.id, Party.CONSULTANT, PlanAnswer.AGREES))
    first, second = plan.plan_versions(vault, case.id)

    comparison = plan.compare_plan_versions(first, second)

    assert comparison.has_changes and (comparison.older_id, comparison.newer_id) == (first.id, second.id)
    by_goal = {g.goal_id: g for g in comparison.goals}
    assert [g.goal_id for g in comparison.goals] == [housing_goal.id, papers.id, work.id]
    assert (by_goal[papers.id].change, by_goal[work.id].change) == (Change.ADDED, Change.REMOVED)
    housing = by_goal[housing_goal.id]
    assert housing.change is Change.CHANGED and housing.fields == ()
    steps = {s.step_id: s for s in housing.steps}
    assert steps[kept.id].change is Change.CHANGED
    assert [(f.field, f.before, f.after) for f in steps[kept.id].fields] == [
        ("status", StepStatus.NOT_STARTED, StepStatus.DONE)
    ]
    assert (steps[gone.id].change, steps[added_step.id].change) == (Change.UNCHANGED, Change.ADDED)
    answers = {(a.party, a.service_id): a for a in comparison.agreements}
    assert (answers[Party.PERSON, None].before, answers[Party.PERSON, None].after) == (
        PlanAnswer.DOES_NOT_AGREE,
        PlanAnswer.AGREES,
    )
    assert answers[Party.CONSULTANT, None].change is Change.ADDED
    assert answers[Party.SERVICE, caw].change is Change.REMOVED
    same = plan.compare_plan_versions(second, second)
    assert not same.has_changes and all(g.change is Change.UNCHANGED for g in same.goals)


def test_goals_and_plans_hold_the_categories_of_their_domains(vault, domains, case):
    faith = (domains["Worldview, religion and ideology"], domains["Identity, belonging and meaning"])
    worldview = plan.save_goal(vault, Goal(None, case.id, "Questions about faith", faith, status=GoalStatus.ACTIVE))
    sleep = plan.save_goal(
        vault, Goal(None, case.id, "Sleep better", (domains["Mental health and trauma"],), status=GoalStatus.ACTIVE)
    )
    plain = plan.save_goal(
        vault,
        Goal(None, case.id, "Church choir", (domains["Leisure, passions and talents"],), good=PrimaryGood.SPIRITUALITY),
    )
    work = plan.save_goal(vault, Goal(None, case.id, "Work", (domains["Education, training and work"],)))
    step = plan.save_step(vault, Step(None, sleep.id, "Referral"))
    note = plan.add_progress_note(vault, goal_id=worldview.id, on=date(2026, 1, 1), note="First talk.")

    assert data_categories(vault, worldview) == {DataCategory.RELIGION_IDEOLOGY}
    assert data_categories(vault, sleep) == data_categories(vault, step) == {DataCategory.HEALTH}
    assert data_categories(vault, plain) == {DataCategory.RELIGION_IDEOLOGY}
    assert data_categories(vault, note) == {DataCategory.RELIGION_IDEOLOGY}
    assert data_categories(vault, work) == frozenset()
    version = plan.make_plan_version(vault, case_id=case.id, on=date(2026, 5, 1))
    assert data_categories(vault, version) == {DataCategory.RELIGION_IDEOLOGY, DataCategory.HEALTH}
    assert data_categories(vault, version.goals[-1]) == frozenset()


def test_a_domain_named_only_in_an_old_plan_version_is_still_in_use(vault, domains, case):
    own = needs.save_domain(vault, LifeDomain(None, "Online life"))
    goal = plan.save_goal(vault, Goal(None, case.id, "A phone plan", (own.id,), status=GoalStatus.ACTIVE))
    plan.make_plan_version(vault, case_id=case.id, on=date(2026, 5, 1))
    plan.save_goal(vault, replace(goal, domain_ids=(domains["Network, friends and community"],)))

    assert needs.domain_in_use(vault, own.id)
    with pytest.raises(needs.DomainInUse):
        needs.delete_domain(vault, own.id)

"""Reintegration goals, their steps, and dated versions of the plan with who agrees to it.

A plan version holds the goals and steps as they stood on its date (a
snapshot), so editing a goal later never changes an old version; two
versions compare field by field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING

from trajectapp.domain.columns import Column, choice, day, line, ref, text
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


class GoalStatus(Labelled):
    FUTURE = "future", QT_TRANSLATE_NOOP("Labels", "For later")
    ACTIVE = "active", QT_TRANSLATE_NOOP("Labels", "Working on it")
    ACHIEVED = "achieved", QT_TRANSLATE_NOOP("Labels", "Achieved")
    DROPPED = "dropped", QT_TRANSLATE_NOOP("Labels", "Dropped")  # always with a reason


class Party(Labelled):
    """Who does a step, or who agrees to a plan."""

    PERSON = "person", QT_TRANSLATE_NOOP("Labels", "The person")
    CONSULTANT = "consultant", QT_TRANSLATE_NOOP("Labels", "The consultant")
    SERVICE = "service", QT_TRANSLATE_NOOP("Labels", "A partner service")  # from the directory
    FAMILY = "family", QT_TRANSLATE_NOOP("Labels", "Family")
    OTHER = "other", QT_TRANSLATE_NOOP("Labels", "Someone else")


class StepStatus(Labelled):
    NOT_STARTED = "not_started", QT_TRANSLATE_NOOP("Labels", "Not started")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP("Labels", "In progress")
    CANNOT_BE_DONE_YET = "cannot_be_done_yet", QT_TRANSLATE_NOOP("Labels", "Cannot be done yet")
    NO_LONGER_NEEDED = "no_longer_needed", QT_TRANSLATE_NOOP("Labels", "No longer needed")
    DONE = "done", QT_TRANSLATE_NOOP("Labels", "Done")


# A step in one of these is finished with: never open, never overdue.
CLOSED_STEP_STATUSES = frozenset({StepStatus.DONE, StepStatus.NO_LONGER_NEEDED})
# Only the steps of goals in one of these count as open actions.
OPEN_GOAL_STATUSES = frozenset({GoalStatus.FUTURE, GoalStatus.ACTIVE})


class PlanAnswer(Labelled):
    AGREES = "agrees", QT_TRANSLATE_NOOP("Labels", "Agrees")
    DOES_NOT_AGREE = "does_not_agree", QT_TRANSLATE_NOOP("Labels", "Does not agree")
    COULD_NOT_ANSWER = "could_not_answer", QT_TRANSLATE_NOOP("Labels", "Could not answer")


class Change(Labelled):
    ADDED = "added", QT_TRANSLATE_NOOP("Labels", "Added")
    REMOVED = "removed", QT_TRANSLATE_NOOP("Labels", "Removed")
    CHANGED = "changed", QT_TRANSLATE_NOOP("Labels", "Changed")
    UNCHANGED = "unchanged", QT_TRANSLATE_NOOP("Labels", "Unchanged")


@dataclass(frozen=True)
class Goal:
    """A reintegration goal, linked to one or more life domains."""

    id: int | None
    case_id: int
    title: str
    domain_ids: tuple[int, ...]
    success: str = ""  # what success looks like
    target_on: date | None = None
    status: GoalStatus = GoalStatus.FUTURE
    dropped_reason: str = ""  # needed when DROPPED
    need_item_id: int | None = None  # the assessment item (a need) it answers, if any
    strength_id: int | None = None  # the strength it builds on, if any
    good: PrimaryGood | None = None  # the Good Lives good it serves, if any


GOAL_GROUP = QT_TRANSLATE_NOOP("Fields", "Goal")
TITLE_MAX = 500  # a goal's title, a step's what
GOAL_TEXT_MAX = 20_000
# The fields of the `goals` row, in the order of the goal's form and documents; the life domains of a goal are
# records of their own (goal_domains).
GOAL_FIELDS: tuple[Column, ...] = (
    line("title", QT_TRANSLATE_NOOP("Fields", "Goal"), limit=TITLE_MAX, required=True, group=GOAL_GROUP),
    text("success", QT_TRANSLATE_NOOP("Fields", "Success looks like"), group=GOAL_GROUP, limit=GOAL_TEXT_MAX),
    day("target_on", True, QT_TRANSLATE_NOOP("Fields", "Target date"), group=GOAL_GROUP),
    choice("status", GoalStatus, label=QT_TRANSLATE_NOOP("Fields", "Status"), group=GOAL_GROUP),
    text("dropped_reason", QT_TRANSLATE_NOOP("Fields", "Why dropped"), group=GOAL_GROUP, limit=GOAL_TEXT_MAX),
    ref("need_item_id", "assessment_items", True, QT_TRANSLATE_NOOP("Fields", "Answers the need"), group=GOAL_GROUP),
    ref("strength_id", "strengths", True, QT_TRANSLATE_NOOP("Fields", "Builds on"), group=GOAL_GROUP),
    choice("good", PrimaryGood, True, QT_TRANSLATE_NOOP("Fields", "Serves the good"), group=GOAL_GROUP),
)


@dataclass(frozen=True)
class Step:
    id: int | None
    goal_id: int
    what: str
    party: Party = Party.PERSON
    service_id: int | None = None  # who, when the party is SERVICE
    party_name: str = ""  # who, in words, for FAMILY or OTHER ("his sister Samira")
    due_on: date | None = None
    status: StepStatus = StepStatus.NOT_STARTED

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STEP_STATUSES

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class ProgressNote:
    id: int | None
    goal_id: int
    noted_on: date
    note: str


# --- plan versions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanDomain:
    """A life domain as it was named and tagged when the version was made."""

    id: int
    name: str
    sensitivity: DataCategory | None


@dataclass(frozen=True)
class PlanStep:
    step_id: int
    what: str
    party: Party
    who: str  # the service's name or the party's name as it was; empty for the person and the consultant
    due_on: date | None
    status: StepStatus
    service_id: int | None = None


@dataclass(frozen=True)
class PlanGoal:
    goal_id: int
    title: str
    domains: tuple[PlanDomain, ...]
    success: str
    target_on: date | None
    status: GoalStatus
    dropped_reason: str
    steps: tuple[PlanStep, ...]
    good: PrimaryGood | None = None


@dataclass(frozen=True)
class PlanAgreement:
    """Whether one party agrees to one plan version; `reason` in their own words."""

    id: int | None
    version_id: int
    party: Party
    answer: PlanAnswer
    service_id: int | None = None  # for SERVICE
    party_name: str = ""  # for FAMILY or OTHER
    reason: str = ""
    answered_on: date | None = None

    @property
    def party_key(self) -> tuple[str, int | None, str]:
        """Who answered: one answer per party and version."""
        name = self.party_name.strip().casefold() if self.party in (Party.FAMILY, Party.OTHER) else ""
        return self.party.value, self.service_id if self.party is Party.SERVICE else None, name


@dataclass(frozen=True)
class PlanVersion:
    id: int | None
    case_id: int
    made_on: date
    note: str = ""
    goals: tuple[PlanGoal, ...] = ()
    agreements: tuple[PlanAgreement, ...] = ()


def snapshot_goal(
    goal: Goal, steps: Iterable[Step], domains: Mapping[int, LifeDomain], service_names: Mapping[int, str]
) -> PlanGoal:
    """A goal and its steps as a plan version keeps them, with names as they are now."""
    plan_domains = tuple(
        PlanDomain(domain_id, domains[domain_id].name, domains[domain_id].sensitivity) for domain_id in goal.domain_ids
    )
    plan_steps = tuple(
        PlanStep(
            stored_id(step.id),
            step.what,
            step.party,
            # A step for a SERVICE always names one (the store's CHECK holds it to that).
            service_names[step.service_id]
            if step.party is Party.SERVICE and step.service_id is not None
            else step.party_name,
            step.due_on,
            step.status,
            step.service_id,
        )
        for step in steps
    )
    return PlanGoal(
        stored_id(goal.id),
        goal.title,
        plan_domains,
        goal.success,
        goal.target_on,
        goal.status,
        goal.dropped_reason,
        plan_steps,
        goal.good,
    )


# --- comparing two versions ------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: object
    after: object


@dataclass(frozen=True)
class StepComparison:
    step_id: int
    what: str  # as in the newer version, or the older one for a removed step
    change: Change
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class GoalComparison:
    goal_id: int
    title: str  # as in the newer version, or the older one for a removed goal
    change: Change  # CHANGED when a field or any of its steps changed
    fields: tuple[FieldChange, ...] = ()
    steps: tuple[StepComparison, ...] = ()


@dataclass(frozen=True)
class AgreementComparison:
    party: Party
    service_id: int | None
    party_name: str
    before: PlanAnswer | None  # None: no answer recorded in that version
    after: PlanAnswer | None
    change: Change


@dataclass(frozen=True)
class PlanComparison:
    older_id: int | None
    newer_id: int | None
    goals: tuple[GoalComparison, ...]
    agreements: tuple[AgreementComparison, ...]

    @property
    def has_changes(self) -> bool:
        items: tuple[GoalComparison | AgreementComparison, ...] = (*self.goals, *self.agreements)
        return any(item.change is not Change.UNCHANGED for item in items)


def _field_changes(before: DataclassInstance, after: DataclassInstance, skip: set[str]) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(f.name, getattr(before, f.name), getattr(after, f.name))
        for f in fields(before)
        if f.name not in skip and getattr(before, f.name) != getattr(after, f.name)
    )


def _compare_steps(older: tuple[PlanStep, ...], newer: tuple[PlanStep, ...]) -> tuple[StepComparison, ...]:
    before = {step.step_id: step for step in older}
    after_ids = {step.step_id for step in newer}
    found = []
    for step in newer:
        if step.step_id not in before:
            found.append(StepComparison(step.step_id, step.what, Change.ADDED))
            continue
        changed = _field_changes(before[step.step_id], step, {"step_id"})
        found.append(StepComparison(step.step_id, step.what, Change.CHANGED if changed else Change.UNCHANGED, changed))
    found += [
        StepComparison(step.step_id, step.what, Change.REMOVED) for step in older if step.step_id not in after_ids
    ]
    return tuple(found)


def compare_plan_versions(older: PlanVersion, newer: PlanVersion) -> PlanComparison:
    """What changed from `older` to `newer`: goals and steps in the newer order, removed ones after them."""
    before = {goal.goal_id: goal for goal in older.goals}
    after_ids = {goal.goal_id for goal in newer.goals}
    goals = []
    for goal in newer.goals:
        if goal.goal_id not in before:
            steps = tuple(StepComparison(step.step_id, step.what, Change.ADDED) for step in goal.steps)
            goals.append(GoalComparison(goal.goal_id, goal.title, Change.ADDED, (), steps))
            continue
        old = before[goal.goal_id]
        changed = _field_changes(old, goal, {"goal_id", "steps"})
        steps = _compare_steps(old.steps, goal.steps)
        moved = changed or any(step.change is not Change.UNCHANGED for step in steps)
        goals.append(
            GoalComparison(goal.goal_id, goal.title, Change.CHANGED if moved else Change.UNCHANGED, changed, steps)
        )
    for goal in older.goals:
        if goal.goal_id not in after_ids:
            steps = tuple(StepComparison(step.step_id, step.what, Change.REMOVED) for step in goal.steps)
            goals.append(GoalComparison(goal.goal_id, goal.title, Change.REMOVED, (), steps))
    return PlanComparison(older.id, newer.id, tuple(goals), _compare_agreements(older.agreements, newer.agreements))


def _compare_agreements(
    older: tuple[PlanAgreement, ...], newer: tuple[PlanAgreement, ...]
) -> tuple[AgreementComparison, ...]:
    before = {agreement.party_key: agreement for agreement in older}
    after = {agreement.party_key: agreement for agreement in newer}
    found = []
    for key in [*after, *(key for key in before if key not in after)]:
        old, new = before.get(key), after.get(key)
        shown = new or before[key]
        if old is None:
            change = Change.ADDED
        elif new is None:
            change = Change.REMOVED
        else:
            change = Change.UNCHANGED if old.answer is new.answer else Change.CHANGED
        found.append(
            AgreementComparison(
                shown.party,
                shown.service_id,
                shown.party_name,
                old.answer if old else None,
                new.answer if new else None,
                change,
            )
        )
    return tuple(found)

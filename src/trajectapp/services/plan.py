"""Reintegration goals, their steps and progress notes, and dated versions of the plan with who agrees to them.

A plan version is a snapshot of the goals and steps on its date: later edits
to a goal never change it. Audit summaries name fields and enum values
(a status, an answer), never text, and never a life domain by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from trajectapp.domain.checks import InvalidValue, check_choice, check_date, check_id, check_length
from trajectapp.domain.messages import Code, RecordNotFound
from trajectapp.domain.plan import (
    GOAL_FIELDS,
    TITLE_MAX,
    Goal,
    GoalStatus,
    Party,
    PlanAgreement,
    PlanAnswer,
    PlanComparison,
    PlanGoal,
    PlanVersion,
    ProgressNote,
    Step,
    StepStatus,
    compare_plan_versions,
    snapshot_goal,
)
from trajectapp.domain.record_checks import check_texts
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.domain.text import InvalidText, check_text
from trajectapp.services.case_file import get_case
from trajectapp.services.needs import DomainNotFound
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import ServiceNotFound
from trajectapp.services.record_changes import (
    CaseRecords,
    check_link,
    fields_summary,
    found,
    store_change,
)
from trajectapp.store.audit import AuditRepository, field_changes
from trajectapp.store.catalogues import LifeDomainRepository
from trajectapp.store.connection import Connection, transaction
from trajectapp.store.needs import AssessmentRepository
from trajectapp.store.partners import PartnerRepository
from trajectapp.store.plan import GoalRepository, StepRepository
from trajectapp.store.plan_versions import PlanVersionRepository
from trajectapp.store.strengths import StrengthRepository
from trajectapp.store.written import read_back

__all__ = [
    "TITLE_MAX",
    "GoalNotFound",
    "PlanComparison",
    "PlanVersionNotFound",
    "StepNotFound",
    "add_progress_note",
    "case_steps",
    "compare_plan_versions",
    "get_goal",
    "get_plan_version",
    "goals",
    "make_plan_version",
    "overdue_steps",
    "plan_versions",
    "progress_notes",
    "record_agreement",
    "save_goal",
    "save_step",
    "set_step_status",
    "steps",
]


class GoalNotFound(RecordNotFound):
    missing = Code.GOAL_NOT_FOUND


class StepNotFound(RecordNotFound):
    missing = Code.STEP_NOT_FOUND


STEPS = CaseRecords(StepRepository, "goal_step", ("step.added", "step.updated"), StepNotFound, owner="goal_id")


class PlanVersionNotFound(RecordNotFound):
    missing = Code.PLAN_VERSION_NOT_FOUND


def _require_goal(connection: Connection, goal_id: int) -> Goal:
    return found(GoalRepository(connection).get, goal_id, GoalNotFound)


# --- goals ------------------------------------------------------------------------------------


def goals(vault: OpenVault, case_id: int) -> list[Goal]:
    """In the order they were set, dropped ones included."""
    return GoalRepository(vault.connection).for_case(case_id)


def get_goal(vault: OpenVault, goal_id: int) -> Goal:
    return _require_goal(vault.connection, goal_id)


def _check_goal(goal: Goal) -> Goal:
    """The goal as it will be stored: title trimmed, domains once each, a reason only when dropped."""
    check_text("title", goal.title, required=True)
    check_length("title", goal.title.strip(), TITLE_MAX)
    check_text("success", goal.success, multiline=True)
    check_date("target_on", goal.target_on)
    check_choice("status", goal.status, GoalStatus)
    check_text("dropped_reason", goal.dropped_reason, multiline=True, required=goal.status is GoalStatus.DROPPED)
    check_id("need_item_id", goal.need_item_id, required=False)
    check_id("strength_id", goal.strength_id, required=False)
    check_choice("good", goal.good, PrimaryGood, required=False)
    check_texts(GOAL_FIELDS, goal)  # and any other text field the description names
    if not isinstance(goal.domain_ids, (tuple, list)) or not goal.domain_ids:
        raise InvalidValue("domain_ids", Code.GOAL_WITHOUT_DOMAIN)
    for domain_id in goal.domain_ids:
        check_id("domain_ids", domain_id)
    return replace(
        goal,
        title=goal.title.strip(),
        domain_ids=tuple(dict.fromkeys(goal.domain_ids)),
        dropped_reason=goal.dropped_reason if goal.status is GoalStatus.DROPPED else "",
    )


def _check_goal_links(connection: Connection, goal: Goal) -> None:
    domains = LifeDomainRepository(connection)
    for domain_id in goal.domain_ids:
        found(domains.get, domain_id, DomainNotFound)
    if (
        goal.need_item_id is not None
        and AssessmentRepository(connection).case_of_item(goal.need_item_id) != goal.case_id
    ):
        raise InvalidValue("need_item_id", Code.NEED_NOT_IN_CASE)
    if goal.strength_id is not None:
        strength = StrengthRepository(connection).get(goal.strength_id)
        if strength is None or strength.case_id != goal.case_id:
            raise InvalidValue("strength_id", Code.STRENGTH_NOT_IN_CASE)


def save_goal(vault: OpenVault, goal: Goal) -> Goal:
    """Add (id None) or change a goal; returns it as stored. Nothing is written when nothing changed."""
    goal = _check_goal(goal)
    with transaction(vault.connection):
        connection = vault.connection
        get_case(vault, goal.case_id)
        _check_goal_links(connection, goal)
        repository, audit = GoalRepository(connection), AuditRepository(connection)
        if goal.id is None:
            saved = repository.add(goal)
            audit.record("goal.added", goal.case_id, record_type="goal", record_id=saved.id, summary=goal.status.value)
            return read_back(repository.get, saved.id)
        before = repository.get(goal.id)
        if before is None or before.case_id != goal.case_id:
            raise GoalNotFound(goal.id)
        wanted = replace(
            goal,
            domain_ids=tuple(sorted(goal.domain_ids, key=before.domain_ids.index))
            if set(goal.domain_ids) == set(before.domain_ids)
            else goal.domain_ids,
        )
        changed = field_changes(before, wanted)
        if not changed:
            return before
        repository.update(wanted)
        audit.record(
            "goal.updated",
            goal.case_id,
            record_type="goal",
            record_id=goal.id,
            summary=_with_status(changed, goal.status),
        )
    return get_goal(vault, goal.id)


def _with_status(changed: Sequence[str], status: GoalStatus | StepStatus) -> str:
    """The audit summary of a change, with the new status when it changed (a value of a fixed list)."""
    summary = fields_summary(changed)
    return summary + f"; status: {status.value}" if "status" in changed else summary


def progress_notes(vault: OpenVault, goal_id: int) -> list[ProgressNote]:
    """Oldest first."""
    return GoalRepository(vault.connection).notes(goal_id)


def add_progress_note(vault: OpenVault, *, goal_id: int, on: date, note: str) -> ProgressNote:
    check_date("noted_on", on, required=True)
    check_text("note", note, multiline=True, required=True)
    with transaction(vault.connection):
        goal = _require_goal(vault.connection, goal_id)
        saved = GoalRepository(vault.connection).add_note(ProgressNote(None, goal_id, on, note))
        AuditRepository(vault.connection).record(
            "goal.note_added", goal.case_id, record_type="goal_note", record_id=saved.id
        )
    return saved


# --- steps ------------------------------------------------------------------------------------


def steps(vault: OpenVault, goal_id: int) -> list[Step]:
    """The steps under one goal, soonest due first."""
    return StepRepository(vault.connection).for_goal(goal_id)


def case_steps(vault: OpenVault, case_id: int) -> list[Step]:
    """Every step of every goal of the case, goal by goal."""
    return StepRepository(vault.connection).for_case(case_id)


def overdue_steps(vault: OpenVault, case_id: int, today: date) -> list[Step]:
    """Open steps of goals still on (future or active) due before `today`: what the caseload counts."""
    return StepRepository(vault.connection).overdue(case_id, today)


def _check_step(step: Step) -> Step:
    check_id("goal_id", step.goal_id)
    check_text("what", step.what, required=True)
    check_length("what", step.what.strip(), TITLE_MAX)
    check_choice("party", step.party, Party)
    check_choice("status", step.status, StepStatus)
    check_date("due_on", step.due_on)
    check_text("party_name", step.party_name)
    check_length("party_name", step.party_name)
    service_id, party_name = _party_as_stored(step.party, step.service_id, step.party_name, Code.STEP_WITHOUT_SERVICE)
    return replace(step, what=step.what.strip(), service_id=service_id, party_name=party_name)


def _party_as_stored(
    party: Party, service_id: int | None, party_name: str, without_service: Code
) -> tuple[int | None, str]:
    """(service_id, party_name) of a step's or an answer's party as stored: a partner service must be named and
    is kept only for a service, a name only for family or someone else. InvalidValue `without_service` for a
    service party without its service."""
    if party is Party.SERVICE:
        if service_id is None:
            raise InvalidValue("service_id", without_service)
        check_id("service_id", service_id)
    named = party in (Party.FAMILY, Party.OTHER)
    return (service_id if party is Party.SERVICE else None), (party_name.strip() if named else "")


def save_step(vault: OpenVault, step: Step) -> Step:
    """Add (id None) or change a step under its goal; returns it as stored."""
    step = _check_step(step)
    with transaction(vault.connection):
        connection = vault.connection
        goal = _require_goal(connection, step.goal_id)
        check_link(PartnerRepository(connection).get, step.service_id, ServiceNotFound)
        return STEPS.save(
            connection, step, case_id=goal.case_id, summary=lambda changed: _with_status(changed, step.status)
        )


def set_step_status(vault: OpenVault, *, step_id: int, status: StepStatus) -> Step:
    check_choice("status", status, StepStatus)
    before = found(StepRepository(vault.connection).get, step_id, StepNotFound)
    return save_step(vault, replace(before, status=status))


# --- plan versions ----------------------------------------------------------------------------


def plan_versions(vault: OpenVault, case_id: int) -> list[PlanVersion]:
    """Every version of the case's plan, oldest first, each with its agreements."""
    return PlanVersionRepository(vault.connection).for_case(case_id)


def get_plan_version(vault: OpenVault, version_id: int) -> PlanVersion:
    return found(PlanVersionRepository(vault.connection).get, version_id, PlanVersionNotFound)


def _snapshot(connection: Connection, goals: list[Goal]) -> tuple[PlanGoal, ...]:
    domains = {stored_id(domain.id): domain for domain in LifeDomainRepository(connection).all(include_hidden=True)}
    names = {stored_id(service.id): service.name for service in PartnerRepository(connection).all(include_hidden=True)}
    steps = StepRepository(connection)
    return tuple(snapshot_goal(goal, steps.for_goal(stored_id(goal.id)), domains, names) for goal in goals)


def make_plan_version(
    vault: OpenVault, *, case_id: int, on: date, note: str = "", goal_ids: list[int] | None = None
) -> PlanVersion:
    """A dated version of the plan holding the goals and steps as they are now.

    `goal_ids` chooses the goals, in the order given; by default every goal not dropped, in the order set.
    """
    check_date("made_on", on, required=True)
    check_text("note", note, multiline=True)
    if goal_ids is not None:
        for goal_id in goal_ids:
            check_id("goal_ids", goal_id)
    with transaction(vault.connection):
        connection = vault.connection
        get_case(vault, case_id)
        of_case = {goal.id: goal for goal in GoalRepository(connection).for_case(case_id)}
        if goal_ids is None:
            chosen = [goal for goal in of_case.values() if goal.status is not GoalStatus.DROPPED]
        else:
            unknown = [goal_id for goal_id in goal_ids if goal_id not in of_case]
            if unknown:
                raise GoalNotFound(unknown[0])
            chosen = [of_case[goal_id] for goal_id in dict.fromkeys(goal_ids)]
        if not chosen:
            raise InvalidValue("goal_ids", Code.PLAN_WITHOUT_GOAL)
        version = PlanVersionRepository(connection).add(
            PlanVersion(None, case_id, on, note, _snapshot(connection, chosen))
        )
        AuditRepository(connection).record(
            "plan.version_made",
            case_id,
            record_type="plan_version",
            record_id=version.id,
            summary=f"goals: {len(chosen)}",
        )
    return version


def _check_agreement(agreement: PlanAgreement) -> PlanAgreement:
    check_id("version_id", agreement.version_id)
    check_choice("party", agreement.party, Party)
    check_choice("answer", agreement.answer, PlanAnswer)
    check_text("party_name", agreement.party_name)
    check_length("party_name", agreement.party_name)
    check_text("reason", agreement.reason, multiline=True)
    check_date("answered_on", agreement.answered_on)
    service_id, party_name = _party_as_stored(
        agreement.party, agreement.service_id, agreement.party_name, Code.ANSWER_WITHOUT_SERVICE
    )
    if agreement.party is Party.OTHER and not party_name:
        raise InvalidText("party_name", Code.ANSWER_WITHOUT_PARTY)
    return replace(agreement, service_id=service_id, party_name=party_name)


def record_agreement(vault: OpenVault, agreement: PlanAgreement) -> PlanAgreement:
    """Whether one party agrees to one plan version; a party's later answer to the same version replaces the earlier."""
    agreement = _check_agreement(agreement)
    with transaction(vault.connection):
        connection = vault.connection
        versions = PlanVersionRepository(connection)
        version = found(versions.get, agreement.version_id, PlanVersionNotFound)
        if agreement.answered_on is not None and agreement.answered_on < version.made_on:
            raise InvalidValue("answered_on", Code.ANSWER_BEFORE_VERSION)
        check_link(PartnerRepository(connection).get, agreement.service_id, ServiceNotFound)
        before = next((a for a in version.agreements if a.party_key == agreement.party_key), None)
        audit = AuditRepository(connection)
        summary = f"{agreement.party.value}: {agreement.answer.value}"
        if before is None:
            saved = versions.add_agreement(replace(agreement, id=None))
            audit.record(
                "plan.agreement_recorded",
                version.case_id,
                record_type="plan_agreement",
                record_id=saved.id,
                summary=summary,
            )
            return saved
        return store_change(
            audit,
            before,
            replace(agreement, id=before.id),
            versions.update_agreement,
            event="plan.agreement_changed",
            case_id=version.case_id,
            record_type="plan_agreement",
            summary=lambda _changed: summary,
        )

"""Writes the demo's needs and plans (a NeedsStory, see demo_needs) through the repositories, with the audit
entries the services write for the same changes."""

from __future__ import annotations

from dataclasses import replace

from trajectapp.domain.needs import Assessment
from trajectapp.domain.plan import Goal, GoalStatus, PlanVersion, Step, snapshot_goal
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.strengths import Strength
from trajectapp.services.demo_needs import NeedsStory
from trajectapp.services.demo_plans import DemoGoal, DemoPlanVersion
from trajectapp.store.audit import AuditBatch, field_changes
from trajectapp.store.catalogues import LifeDomainRepository
from trajectapp.store.connection import Connection
from trajectapp.store.factors import FactorRepository
from trajectapp.store.needs import AssessmentRepository, ExternalAssessmentRepository
from trajectapp.store.partners import PartnerRepository
from trajectapp.store.plan import GoalRepository, StepRepository
from trajectapp.store.plan_versions import PlanVersionRepository
from trajectapp.store.strengths import GoodLivesRepository, PerspectiveRepository, StrengthRepository


class NeedsWriter:
    """Writes a NeedsStory through the repositories, with the audit entries the services write for the same change."""

    def __init__(self, connection: Connection, audit: AuditBatch):
        self.audit = audit
        self.assessments = AssessmentRepository(connection)
        self.external = ExternalAssessmentRepository(connection)
        self.factors = FactorRepository(connection)
        self.strengths = StrengthRepository(connection)
        self.goods = GoodLivesRepository(connection)
        self.perspectives = PerspectiveRepository(connection)
        self.goals = GoalRepository(connection)
        self.steps = StepRepository(connection)
        self.plans = PlanVersionRepository(connection)
        self._domains = {stored_id(d.id): d for d in LifeDomainRepository(connection).all(include_hidden=True)}
        self._service_names = {stored_id(s.id): s.name for s in PartnerRepository(connection).all(include_hidden=True)}
        self.factor_ids: list[int] = []  # of the last story's factors, in its order

    def write(self, case_id: int, needs: NeedsStory) -> None:
        latest = self._write_assessments(case_id, needs.assessments)
        audit = self.audit
        for record in needs.external:
            record_id = self.external.add(record).id
            audit.record(
                "external_assessment.recorded", case_id, record_type="external_assessment", record_id=record_id
            )
        self.factor_ids = []  # of this story's factors, in its order
        for factor in needs.factors:
            self.factor_ids.append(stored_id(self.factors.add(factor).id))
            audit.record("factor.added", case_id, record_type="factor", record_id=self.factor_ids[-1])
        strengths = []
        for strength in needs.strengths:
            strengths.append(self.strengths.add(strength))
            audit.record("strength.added", case_id, record_type="strength", record_id=strengths[-1].id)
        for entry in needs.goods:
            entry_id = self.goods.add(entry).id
            audit.record("good_lives.recorded", case_id, record_type="good_lives", record_id=entry_id)
        for perspective in needs.perspectives:
            perspective_id = self.perspectives.add(perspective).id
            audit.record("perspective.recorded", case_id, record_type="perspective", record_id=perspective_id)
        goals = [self._write_goal(case_id, demo, latest, strengths) for demo in needs.goals]
        for plan in needs.plans:
            self._write_plan(case_id, plan, goals)

    def _write_assessments(self, case_id: int, assessments: list[Assessment]) -> Assessment | None:
        """Each later assessment starts as a copy of the one before, then changes: as start_assessment does."""
        audit, previous = self.audit, None
        for assessment in assessments:
            copied = previous.items if previous else ()
            saved = self.assessments.add(
                Assessment(
                    None, case_id, assessment.assessed_on, assessment.note, previous.id if previous else None, copied
                )
            )
            audit.record(
                "assessment.started",
                case_id,
                record_type="assessment",
                record_id=saved.id,
                summary=f"from assessment {previous.id}" if previous else "",
            )
            assessment_id = stored_id(saved.id)
            now = {item.domain_id: item for item in saved.items}
            for item in assessment.items:
                old = now.get(item.domain_id)
                if old is None:
                    now[item.domain_id] = self.assessments.add_item(item, assessment_id=assessment_id)
                    audit.record(
                        "assessment.item_added",
                        case_id,
                        record_type="assessment_item",
                        record_id=now[item.domain_id].id,
                        summary=f"domain {item.domain_id}",
                    )
                    continue
                wanted = replace(item, id=old.id, assessment_id=assessment_id)
                changed = field_changes(old, wanted)
                if changed:
                    now[item.domain_id] = self.assessments.update_item(wanted)
                    audit.record(
                        "assessment.item_updated",
                        case_id,
                        record_type="assessment_item",
                        record_id=old.id,
                        summary=f"domain {item.domain_id}; fields: " + ", ".join(changed),
                    )
            previous = replace(saved, items=tuple(now.values()))
        return previous

    def _write_goal(
        self, case_id: int, demo: DemoGoal, latest: Assessment | None, strengths: list[Strength]
    ) -> tuple[Goal, list[Step]]:
        need = latest.item_for(demo.need_domain_id) if latest and demo.need_domain_id else None
        strength = strengths[demo.strength_index].id if demo.strength_index is not None else None
        goal = self.goals.add(replace(demo.goal, need_item_id=need.id if need else None, strength_id=strength))
        goal_id = stored_id(goal.id)
        audit = self.audit
        audit.record("goal.added", case_id, record_type="goal", record_id=goal.id, summary=goal.status.value)
        steps = []
        for step in demo.steps:
            steps.append(self.steps.add(replace(step, goal_id=goal_id)))
            audit.record("step.added", case_id, record_type="goal_step", record_id=steps[-1].id)
        for note in demo.notes:
            saved = self.goals.add_note(replace(note, goal_id=goal_id))
            audit.record("goal.note_added", case_id, record_type="goal_note", record_id=saved.id)
        return goal, steps

    def _write_plan(self, case_id: int, plan: DemoPlanVersion, goals: list[tuple[Goal, list[Step]]]) -> None:
        snapshot = []
        for g, status in plan.goal_status.items():
            goal, steps = goals[g]
            then = [
                replace(step, status=plan.step_status[g, s])
                for s, step in enumerate(steps)
                if (g, s) in plan.step_status
            ]
            reason = goal.dropped_reason if status is GoalStatus.DROPPED else ""
            snapshot.append(
                snapshot_goal(
                    replace(goal, status=status, dropped_reason=reason), then, self._domains, self._service_names
                )
            )
        version = self.plans.add(PlanVersion(None, case_id, plan.made_on, plan.note, tuple(snapshot)))
        self.audit.record(
            "plan.version_made",
            case_id,
            record_type="plan_version",
            record_id=version.id,
            summary=f"goals: {len(snapshot)}",
        )
        for agreement in plan.agreements:
            saved = self.plans.add_agreement(replace(agreement, version_id=stored_id(version.id)))
            self.audit.record(
                "plan.agreement_recorded",
                case_id,
                record_type="plan_agreement",
                record_id=saved.id,
                summary=f"{agreement.party.value}: {agreement.answer.value}",
            )

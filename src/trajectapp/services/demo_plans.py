"""The demo's goals and versions of the plan, for a case that reached reintegration planning: goals with steps
and progress notes, and versions of the plan that the person, the consultant and a partner service answered."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from trajectapp.domain.plan import (
    Goal,
    GoalStatus,
    Party,
    PlanAgreement,
    PlanAnswer,
    ProgressNote,
    Step,
    StepStatus,
)
from trajectapp.domain.traject import Participation
from trajectapp.services import demo_needs_material as material
from trajectapp.services.demo_drawing import Drawing, drawn
from trajectapp.services.demo_stories import DemoStory
from trajectapp.services.demo_words import DUTCH, for_person

if TYPE_CHECKING:
    from trajectapp.services.demo_needs import NeedsStory


def _days(count: int) -> timedelta:
    return timedelta(days=count)


@dataclass
class DemoGoal:
    goal: Goal
    steps: list[Step]
    notes: list[ProgressNote]
    need_domain_id: int | None = None  # linked to the latest assessment's item for this domain
    strength_index: int | None = None  # linked to this strength of the story


@dataclass
class DemoPlanVersion:
    """A version as it was made: which goals, with the statuses they had on that day."""

    made_on: date
    note: str
    goal_status: dict[int, GoalStatus]  # goal index -> status then, in the version's order
    step_status: dict[tuple[int, int], StepStatus]  # (goal index, step index) -> status then; absent: not yet a step
    agreements: list[PlanAgreement]


class PlanStoryteller(Drawing):
    """Draws a case's goals and plan from the case's own generator; the needs storyteller, which tells the rest
    of the case's needs with the same generator, is one. `service_ids` and `domain_ids` map the shipped defaults'
    keys to the vault's ids."""

    def __init__(self, rng: random.Random, today: date, service_ids: dict[str, int], domain_ids: dict[str, int]):
        super().__init__(rng, today)
        self._case_id = 0
        self._services, self._domains = service_ids, domain_ids
        self._dropped_one = False
        self._woman = False
        self._words = material.WORDS[DUTCH]  # the words of the case being told

    # --- drawing --------------------------------------------------------------------------------

    def _said(self, text: str) -> str:
        """`text` written for the man or the woman the case is about."""
        return for_person(text, self._woman)

    # --- goals and the plan -------------------------------------------------------------------

    def _goals(self, needs: NeedsStory, story: DemoStory, planning: date, end: date, ended: bool) -> None:
        rng, today = self.rng, self.today
        last = needs.assessments[-1]
        low = {item.domain_id for item in last.items if item.situation is not None and item.situation <= 6}
        pool = list(self._words.goals)
        weights = [3 if any(self._domains[key] in low for key in goal.domains) else 1 for goal in pool]
        chosen = []
        for _ in range(rng.randint(2, 4)):
            index = rng.choices(range(len(pool)), weights)[0]
            chosen.append(pool.pop(index))
            weights.pop(index)
        latest_due = end if ended else today + _days(120)
        for template in chosen:
            status = self._goal_status(ended)
            reason = ""
            if status is GoalStatus.DROPPED:
                reason = (
                    self._words.withdrawn_goal_reason
                    if ended and story.participation[-1].status is Participation.WITHDRAWN
                    else self._said(rng.choice(self._words.dropped_reasons))
                )
            first_due = planning + _days(14)
            dues = sorted(self._day(first_due, max(first_due, latest_due)) for _ in template.steps)
            steps = [
                Step(
                    None,
                    0,
                    self._said(what),
                    party,
                    self._services[who] if party is Party.SERVICE else None,
                    self._said(who) if party in (Party.FAMILY, Party.OTHER) else "",
                    due,
                    self._step_status(status, due, ended),
                )
                for (what, party, who), due in zip(template.steps, dues, strict=True)
            ]
            notes = [
                ProgressNote(None, 0, self._day(planning, end), self._said(rng.choice(self._words.progress_notes)))
                for _ in range(rng.choices((0, 1, 2), (40, 45, 15))[0])
            ]
            domain_ids = tuple(self._domains[key] for key in template.domains)
            need = next((d for d in domain_ids if last.item_for(d) is not None), None)
            needs.goals.append(
                DemoGoal(
                    Goal(
                        None,
                        self._case_id,
                        self._said(template.title),
                        domain_ids,
                        self._said(template.success),
                        planning + _days(rng.randint(90, 400)),
                        status,
                        reason,
                        good=template.good,
                    ),
                    sorted(steps, key=lambda s: drawn(s.due_on)),
                    sorted(notes, key=lambda n: n.noted_on),
                    need if rng.random() < 0.6 else None,
                    rng.randrange(len(needs.strengths)) if rng.random() < 0.3 else None,
                )
            )

    def _goal_status(self, ended: bool) -> GoalStatus:
        if not self._dropped_one or self.rng.random() < 0.06:
            self._dropped_one = True
            return GoalStatus.DROPPED
        if ended:
            return GoalStatus.ACHIEVED if self.rng.random() < 0.75 else GoalStatus.DROPPED
        return self._pick(((GoalStatus.ACTIVE, 70), (GoalStatus.FUTURE, 18), (GoalStatus.ACHIEVED, 12)))

    def _step_status(self, goal: GoalStatus, due: date, ended: bool) -> StepStatus:
        if goal is GoalStatus.ACHIEVED:
            return StepStatus.DONE if self.rng.random() < 0.9 else StepStatus.NO_LONGER_NEEDED
        if goal is GoalStatus.DROPPED:
            return StepStatus.DONE if self.rng.random() < 0.3 else StepStatus.NO_LONGER_NEEDED
        if due < self.today:
            return self._pick(
                (
                    (StepStatus.DONE, 55),
                    (StepStatus.IN_PROGRESS, 20),
                    (StepStatus.NOT_STARTED, 15),
                    (StepStatus.CANNOT_BE_DONE_YET, 10),
                )
            )
        return self._pick(
            ((StepStatus.NOT_STARTED, 60), (StepStatus.IN_PROGRESS, 35), (StepStatus.CANNOT_BE_DONE_YET, 5))
        )

    def _plans(self, needs: NeedsStory, story: DemoStory, planning: date, end: date) -> None:
        rng = self.rng
        first = min(self._day(planning + _days(14), planning + _days(60)), max(end, planning))
        second = first + _days(rng.randint(60, 200))
        two = second <= end and rng.random() < 0.6
        late_goal = len(needs.goals) - 1 if two and len(needs.goals) > 1 and rng.random() < 0.4 else None
        involved = [i.service_id for i in story.involvements] or [self._services["justitiehuis"]]
        service = rng.choice(involved)
        goals_then, steps_then = {}, {}
        for g, demo in enumerate(needs.goals):
            if g == late_goal:
                continue
            goals_then[g] = GoalStatus.FUTURE if demo.goal.status is GoalStatus.FUTURE else GoalStatus.ACTIVE
            kept = len(demo.steps) - (1 if two and rng.random() < 0.4 else 0)
            for s, step in enumerate(demo.steps[:kept]):
                steps_then[g, s] = (
                    (StepStatus.DONE if rng.random() < 0.5 else StepStatus.IN_PROGRESS)
                    if drawn(step.due_on) < first
                    else StepStatus.NOT_STARTED
                )
        needs.plans.append(self._version(first, goals_then, steps_then, service, later=False))
        if not two:
            return
        goals_then, steps_then = {}, {}
        for g, demo in enumerate(needs.goals):
            if demo.goal.status is GoalStatus.DROPPED:
                continue
            open_steps = False
            for s, step in enumerate(demo.steps):
                status = step.status
                if drawn(step.due_on) > second and status is not StepStatus.CANNOT_BE_DONE_YET:
                    status = (
                        StepStatus.IN_PROGRESS
                        if status in (StepStatus.DONE, StepStatus.IN_PROGRESS)
                        else StepStatus.NOT_STARTED
                    )
                steps_then[g, s] = status
                open_steps |= status not in (StepStatus.DONE, StepStatus.NO_LONGER_NEEDED)
            # Not yet achieved on that day while a step was still open.
            achieved_later = demo.goal.status is GoalStatus.ACHIEVED and open_steps
            goals_then[g] = GoalStatus.ACTIVE if achieved_later else demo.goal.status
        if goals_then:
            needs.plans.append(self._version(second, goals_then, steps_then, service, later=True))

    def _version(
        self,
        made_on: date,
        goals_then: dict[int, GoalStatus],
        steps_then: dict[tuple[int, int], StepStatus],
        service_id: int,
        later: bool,
    ) -> DemoPlanVersion:
        """A version of the plan with a note and the answers of the person, the consultant and `service_id`."""
        return DemoPlanVersion(
            made_on,
            self._said(self.rng.choice(self._words.plan_notes)),
            goals_then,
            steps_then,
            self._agreements(made_on, service_id, later),
        )

    def _agreements(self, made_on: date, service_id: int, later: bool) -> list[PlanAgreement]:
        rng = self.rng
        answered = min(made_on + _days(rng.randint(0, 10)), max(made_on, self.today))
        weights = (85, 10, 5) if later else (60, 25, 15)
        answer = rng.choices(list(PlanAnswer), weights)[0]
        said = {
            PlanAnswer.AGREES: self._words.person_agrees,
            PlanAnswer.DOES_NOT_AGREE: self._words.person_disagrees,
            PlanAnswer.COULD_NOT_ANSWER: self._words.person_could_not_answer,
        }[answer]
        service_answer = PlanAnswer.AGREES if rng.random() < 0.9 else PlanAnswer.DOES_NOT_AGREE
        service_said = (
            self._words.service_agrees if service_answer is PlanAnswer.AGREES else self._words.service_disagrees
        )
        return [
            PlanAgreement(None, 0, Party.PERSON, answer, reason=self._said(rng.choice(said)), answered_on=answered),
            PlanAgreement(None, 0, Party.CONSULTANT, PlanAnswer.AGREES, answered_on=made_on),
            PlanAgreement(
                None,
                0,
                Party.SERVICE,
                service_answer,
                service_id,
                reason=self._said(rng.choice(service_said)),
                answered_on=answered,
            ),
        ]

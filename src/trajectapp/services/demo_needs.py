"""The demo's needs and plans: assessments, factors, strengths, goods, perspectives, goals and plan versions.

A case that reached the exploring phase gets assessments a few months apart
(values moving plausibly), factors, strengths, goods and its perspective; one
that reached reintegration planning also gets goals with steps and versions
of the plan that the person, the consultant and a partner service answered
(demo_plans).
Everything is dated inside the case's own story and drawn from its own
seeded generator, so the rest of the demo is the same as without it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from trajectapp.domain.case import Case
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorStatus
from trajectapp.domain.needs import Assessment, AssessmentItem, ExternalAssessment, Motivation, Views
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.strengths import GoodLivesEntry, Importance, Perspective, Strength
from trajectapp.domain.traject import Participation, Phase
from trajectapp.services import demo_needs_material as material
from trajectapp.services.demo_drawing import drawn
from trajectapp.services.demo_plans import DemoGoal, DemoPlanVersion, PlanStoryteller
from trajectapp.services.demo_stories import DemoStory

_EXPLORING_OR_LATER = (
    Phase.EXPLORING,
    Phase.CRITICAL_REFLECTION,
    Phase.REINTEGRATION_PLANNING,
    Phase.RELEASE_PREPARATION,
    Phase.AFTERCARE,
)
_PLANNING_OR_LATER = (Phase.REINTEGRATION_PLANNING, Phase.RELEASE_PREPARATION, Phase.AFTERCARE)
_ALWAYS_ASSESSED = ("housing", "education-work", "family")
_DRIFT = ((-1, 10), (0, 45), (1, 30), (2, 15))  # how a score moves from one assessment to the next
_VIEWS = ((Views.AGREE, 50), (Views.PARTLY, 20), (Views.DISAGREE, 20), (Views.NOT_COMPARED, 10))
_IMPORTANCE = (
    (Importance.VERY_IMPORTANT, 35),
    (Importance.IMPORTANT, 40),
    (Importance.SOMEWHAT_IMPORTANT, 20),
    (Importance.NOT_IMPORTANT, 5),
)


def _days(count: int) -> timedelta:
    return timedelta(days=count)


def _clamp(value: int) -> int:
    return max(1, min(10, value))


@dataclass
class NeedsStory:
    assessments: list[Assessment] = field(default_factory=list)  # each holds every item, carried over or new
    external: list[ExternalAssessment] = field(default_factory=list)
    factors: list[Factor] = field(default_factory=list)
    strengths: list[Strength] = field(default_factory=list)
    goods: list[GoodLivesEntry] = field(default_factory=list)
    perspectives: list[Perspective] = field(default_factory=list)
    goals: list[DemoGoal] = field(default_factory=list)
    plans: list[DemoPlanVersion] = field(default_factory=list)


class NeedsStoryteller(PlanStoryteller):
    """`service_ids`, `domain_ids` and `category_ids` map the shipped defaults' keys to the vault's ids."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        service_ids: dict[str, int],
        domain_ids: dict[str, int],
        category_ids: dict[str, int],
    ):
        super().__init__(rng, today, service_ids, domain_ids)
        self._categories = category_ids
        self._external_one = False

    def story(self, case: Case, story: DemoStory, woman: bool) -> NeedsStory:
        needs = NeedsStory()
        reached: dict[Phase, date] = {}
        for change in story.phases:
            reached.setdefault(change.phase, change.changed_on)
        exploring = min((reached[p] for p in _EXPLORING_OR_LATER if p in reached), default=None)
        if exploring is None:
            return needs
        self._woman, self._case_id, self._words = woman, stored_id(case.id), material.WORDS[story.language]
        held = sorted({s.starts_at.date() for s in story.sessions if s.status == "held"})
        end = max([exploring, *held])
        seen = [day for day in held if day >= exploring] or [exploring]
        self._assessments(needs, seen)
        self._external(needs, case, exploring)
        self._factors(needs, exploring, end, any(phase in reached for phase in _EXPLORING_OR_LATER[1:]))
        self._strengths_and_goods(needs)
        planning = min((reached[p] for p in _PLANNING_OR_LATER if p in reached), default=None)
        self._perspectives(needs, seen, planning)
        if planning is not None:
            ended = story.contact_end is not None and (
                Phase.CLOSED in reached or story.participation[-1].status is Participation.WITHDRAWN
            )
            self._goals(needs, story, planning, end, ended)
            if needs.goals:
                self._plans(needs, story, planning, end)
        return needs

    # --- assessments --------------------------------------------------------------------------

    def _item(self, key: str, situation: int) -> AssessmentItem:
        rng, text = self.rng, self._words.domains[key]
        views = self._pick(_VIEWS)
        person = {
            Views.AGREE: situation,
            Views.PARTLY: _clamp(situation + rng.choice((-1, 1))),
            Views.DISAGREE: _clamp(situation + rng.choice((2, 3, 4, -2))),
            Views.NOT_COMPARED: None,
        }[views]
        if rng.random() < 0.08:
            motivation = Motivation.DOES_NOT_WANT_TO_ANSWER
        elif situation >= 8:
            motivation = rng.choice((Motivation.KEEPING_IT_UP, Motivation.TAKING_STEPS))
        elif situation >= 5:
            motivation = rng.choice((Motivation.TAKING_STEPS, Motivation.WANTS_TO_CHANGE, Motivation.UNSURE))
        else:
            motivation = rng.choice((Motivation.NO_NEED_TO_CHANGE, Motivation.UNSURE, Motivation.WANTS_TO_CHANGE))
        step, owner = rng.choice(text.next_steps) if situation <= 7 else ("", None)
        said = self._said
        return AssessmentItem(
            None,
            0,
            self._domains[key],
            situation,
            person,
            motivation,
            said(rng.choice(text.person_view)) if views is not Views.NOT_COMPARED else "",
            said(rng.choice(text.consultant_view)),
            views,
            said(rng.choice(text.own_words)) if rng.random() < 0.7 else "",
            said(rng.choice(text.support)) if situation <= 7 else "",
            said(step),
            self._services[owner] if owner else None,
        )

    def _assessments(self, needs: NeedsStory, seen: list[date]) -> None:
        rng = self.rng
        first = seen[rng.randint(0, min(2, len(seen) - 1))]
        dates = [first]
        while len(dates) < 3:
            later = [day for day in seen if day >= dates[-1] + _days(75)]
            if not later or rng.random() < 0.25:
                break
            dates.append(later[min(len(later) - 1, rng.randint(0, 2))])
        others = [key for key in self._words.domains if key not in _ALWAYS_ASSESSED]
        keys = [*_ALWAYS_ASSESSED, *rng.sample(others, rng.randint(3, 7))]
        items = {key: self._item(key, rng.randint(*self._words.domains[key].start)) for key in keys}
        for index, on in enumerate(dates):
            if index:
                for key, item in list(items.items()):
                    situation = drawn(item.situation)
                    moved = _clamp(situation + self._pick(_DRIFT))
                    if moved != situation or rng.random() < 0.2:
                        person = item.person_situation
                        items[key] = (
                            self._item(key, moved)
                            if rng.random() < 0.5
                            else replace(
                                item,
                                situation=moved,
                                person_situation=None if person is None else _clamp(person + moved - situation),
                            )
                        )
                for key in rng.sample([k for k in others if k not in items], rng.randint(0, 2)):
                    items[key] = self._item(key, rng.randint(*self._words.domains[key].start))
            note = "" if index or rng.random() < 0.6 else self._words.first_assessment_note
            needs.assessments.append(Assessment(None, self._case_id, on, note, None, tuple(items.values())))

    def _external(self, needs: NeedsStory, case: Case, exploring: date) -> None:
        if self._external_one and self.rng.random() >= 0.25:
            return
        self._external_one = True
        tool, other, author, held_at, note = self.rng.choice(self._words.external_assessments)
        done = self._day(case.detention_start, exploring) if case.detention_start else None
        where = held_at.format(prison=case.prison)
        needs.external.append(ExternalAssessment(None, self._case_id, tool, done, author, where, other, note))

    # --- factors, strengths, goods, perspectives ---------------------------------------------------

    def _factors(self, needs: NeedsStory, exploring: date, end: date, reflecting: bool) -> None:
        rng = self.rng
        towards = [f for f in self._words.factors if f[0] is Direction.TOWARDS]
        away = [f for f in self._words.factors if f[0] is Direction.AWAY]
        chosen = rng.sample(towards, rng.randint(1, 2)) + rng.sample(away, rng.randint(1, 1 + reflecting))
        for direction, kind, category, domain, evidence in chosen:
            if direction is Direction.TOWARDS:
                noted = self._day(exploring, min(end, exploring + _days(60)))
                status = (
                    self._pick(((FactorStatus.ACTIVE, 30), (FactorStatus.WEAKENING, 45), (FactorStatus.GONE, 25)))
                    if reflecting
                    else FactorStatus.ACTIVE
                )
            else:
                noted = self._day(exploring, end)
                status = FactorStatus.ACTIVE if rng.random() < 0.85 else FactorStatus.WEAKENING
            needs.factors.append(
                Factor(
                    None,
                    self._case_id,
                    direction,
                    kind,
                    self._categories[category],
                    ApproximateDate.of(noted),
                    status,
                    self._domains[domain] if domain else None,
                    self._said(evidence),
                )
            )

    def _strengths_and_goods(self, needs: NeedsStory) -> None:
        rng = self.rng
        said = self._said
        for category, description, since, pick_up in rng.sample(self._words.strengths, rng.randint(2, 3)):
            needs.strengths.append(
                Strength(None, self._case_id, category, said(description), said(since), said(pick_up))
            )
        for good in rng.sample(list(self._words.goods), rng.randint(2, 5)):
            before, routes = self._words.goods[good]
            route = said(rng.choice(routes)) if rng.random() < 0.8 else ""
            needs.goods.append(
                GoodLivesEntry(None, self._case_id, good, self._pick(_IMPORTANCE), said(rng.choice(before)), route)
            )

    def _perspectives(self, needs: NeedsStory, seen: list[date], planning: date | None) -> None:
        rng = self.rng
        first, second = ([self._said(text) for text in told] for told in rng.sample(self._words.perspectives, 2))
        on = seen[min(len(seen) - 1, rng.randint(0, 3))]
        needs.perspectives.append(Perspective(None, self._case_id, on, *first))
        later = [day for day in seen if day >= on + _days(90)]
        if later and (planning is not None or rng.random() < 0.3):
            needs.perspectives.append(Perspective(None, self._case_id, rng.choice(later), *second))

"""The words of the demo's needs, factors, strengths, perspectives and plans, read from
resources/demo/<language>/needs.json.

All fictional. What the person says is in their own words; what the consultant writes is as a consultant writes it
in that language, "{hij|ze}" written for a man or a woman. Domains, factor categories and services are named by the
keys of the shipped catalogues.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trajectapp.domain.factors import Direction, FactorKind
from trajectapp.domain.needs import RiskTool
from trajectapp.domain.plan import Party
from trajectapp.domain.strengths import PrimaryGood, StrengthCategory
from trajectapp.services.demo_words import LANGUAGES, as_tuples, demo_words


@dataclass(frozen=True)
class DomainWords:
    start: tuple[int, int]  # where the situation usually stands at a first assessment
    own_words: tuple[str, ...]
    person_view: tuple[str, ...]
    consultant_view: tuple[str, ...]
    support: tuple[str, ...]
    next_steps: tuple[tuple[str, str | None], ...]  # (step, key of the service that owns it)


@dataclass(frozen=True)
class GoalWords:
    title: str
    domains: tuple[str, ...]
    success: str
    steps: tuple[tuple[str, Party, str], ...]  # (what, who, service key or the party's name)
    good: PrimaryGood | None = None


def _goal(words: dict[str, Any]) -> GoalWords:
    steps = tuple((step["what"], Party(step["who"]), step["service_or_name"]) for step in words["steps"])
    good = PrimaryGood(words["good"]) if words["good"] else None
    return GoalWords(words["title"], as_tuples(words["domains"]), words["success"], steps, good)


@dataclass(frozen=True)
class NeedsWords:
    """One language's words for the needs and the plans."""

    domains: dict[str, DomainWords]  # by the key of the shipped domain, or of one the consultant added
    # What the consultant added to the shipped catalogues: key -> name.
    own_domains: dict[str, str]
    own_factor_categories: dict[str, str]
    # (direction, kind, category key, domain key or None, evidence in the consultant's words)
    factors: tuple[tuple[Direction, FactorKind, str, str | None, str], ...]
    # (category, what, since when, how it could be picked up again)
    strengths: tuple[tuple[StrengthCategory, str, str, str], ...]
    # For each good: how it was pursued before (the milieu included) and pro-social routes towards it.
    goods: dict[PrimaryGood, tuple[tuple[str, ...], tuple[str, ...]]]
    # (what do you want to do, who do you wish to be), in the person's words; a later version often follows the first.
    perspectives: tuple[tuple[str, str], ...]
    goals: tuple[GoalWords, ...]
    dropped_reasons: tuple[str, ...]
    withdrawn_goal_reason: str  # a goal dropped because the person withdrew from the traject
    first_assessment_note: str
    progress_notes: tuple[str, ...]
    plan_notes: tuple[str, ...]
    # What the person says about a version of the plan, in their own words, and what a service says.
    person_agrees: tuple[str, ...]
    person_disagrees: tuple[str, ...]
    person_could_not_answer: tuple[str, ...]
    service_agrees: tuple[str, ...]
    service_disagrees: tuple[str, ...]
    # (instrument, its name when another, author, where it is held, note)
    external_assessments: tuple[tuple[RiskTool, str, str, str, str], ...]


def _needs_words(language: str) -> NeedsWords:
    words = demo_words("needs.json", language)
    return NeedsWords(
        domains={key: DomainWords(**as_tuples(domain)) for key, domain in words["domains"].items()},
        own_domains=words["own_domains"],
        own_factor_categories=words["own_factor_categories"],
        factors=tuple(
            (Direction(f["direction"]), FactorKind(f["kind"]), f["category"], f["domain"], f["evidence"])
            for f in words["factors"]
        ),
        strengths=tuple(
            (StrengthCategory(s["category"]), s["what"], s["since"], s["pick_up"]) for s in words["strengths"]
        ),
        goods={
            PrimaryGood(good): (as_tuples(ways["pursued_before"]), as_tuples(ways["prosocial_routes"]))
            for good, ways in words["goods"].items()
        },
        perspectives=tuple((p["want_to_do"], p["wish_to_be"]) for p in words["perspectives"]),
        goals=tuple(_goal(goal) for goal in words["goals"]),
        dropped_reasons=as_tuples(words["dropped_reasons"]),
        withdrawn_goal_reason=words["withdrawn_goal_reason"],
        first_assessment_note=words["first_assessment_note"],
        progress_notes=as_tuples(words["progress_notes"]),
        plan_notes=as_tuples(words["plan_notes"]),
        person_agrees=as_tuples(words["person_agrees"]),
        person_disagrees=as_tuples(words["person_disagrees"]),
        person_could_not_answer=as_tuples(words["person_could_not_answer"]),
        service_agrees=as_tuples(words["service_agrees"]),
        service_disagrees=as_tuples(words["service_disagrees"]),
        external_assessments=tuple(
            (RiskTool(e["tool"]), e["other_name"], e["author"], e["held_at"], e["note"])
            for e in words["external_assessments"]
        ),
    )


WORDS = {language: _needs_words(language) for language in LANGUAGES}

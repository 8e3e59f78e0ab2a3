"""The words of the demo's needs, factors, strengths, perspectives and plans, read from resources/demo/needs.json.

All fictional. What the person says is in their own words and language; what the consultant writes is in English.
Domains, factor categories and services are named by the keys of the shipped catalogues.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trajectapp.domain.factors import Direction, FactorKind
from trajectapp.domain.needs import RiskTool
from trajectapp.domain.plan import Party
from trajectapp.domain.strengths import PrimaryGood, StrengthCategory
from trajectapp.services.demo_words import as_tuples, demo_words


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


_WORDS = demo_words("needs.json")

DOMAINS = {key: DomainWords(**as_tuples(words)) for key, words in _WORDS["domains"].items()}
# What the consultant added to the shipped catalogues: key -> name.
OWN_DOMAINS: dict[str, str] = _WORDS["own_domains"]
OWN_FACTOR_CATEGORIES: dict[str, str] = _WORDS["own_factor_categories"]
# (direction, kind, category key, domain key or None, evidence in the consultant's words)
FACTORS = tuple(
    (Direction(f["direction"]), FactorKind(f["kind"]), f["category"], f["domain"], f["evidence"])
    for f in _WORDS["factors"]
)
# (category, what, since when, how it could be picked up again)
STRENGTHS = tuple((StrengthCategory(s["category"]), s["what"], s["since"], s["pick_up"]) for s in _WORDS["strengths"])
# For each good: how it was pursued before (the milieu included) and pro-social routes towards it.
GOODS = {
    PrimaryGood(good): (as_tuples(words["pursued_before"]), as_tuples(words["prosocial_routes"]))
    for good, words in _WORDS["goods"].items()
}
# (what do you want to do, who do you wish to be), in the person's words; a later version often follows the first.
PERSPECTIVES = tuple((p["want_to_do"], p["wish_to_be"]) for p in _WORDS["perspectives"])
GOALS = tuple(_goal(words) for words in _WORDS["goals"])
DROPPED_REASONS = as_tuples(_WORDS["dropped_reasons"])
PROGRESS_NOTES = as_tuples(_WORDS["progress_notes"])
PLAN_NOTES = as_tuples(_WORDS["plan_notes"])
# What the person says about a version of the plan, in their own words.
PERSON_AGREES = as_tuples(_WORDS["person_agrees"])
PERSON_DISAGREES = as_tuples(_WORDS["person_disagrees"])
PERSON_COULD_NOT_ANSWER = as_tuples(_WORDS["person_could_not_answer"])
SERVICE_AGREES = as_tuples(_WORDS["service_agrees"])
SERVICE_DISAGREES = as_tuples(_WORDS["service_disagrees"])
# (instrument, its name when another, author, where it is held, note)
EXTERNAL_ASSESSMENTS = tuple(
    (RiskTool(e["tool"]), e["other_name"], e["author"], e["held_at"], e["note"]) for e in _WORDS["external_assessments"]
)

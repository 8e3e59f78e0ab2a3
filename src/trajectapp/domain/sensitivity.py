"""Which special categories a record of needs, factors or goals holds, through the life domains it is filed under.

A record filed under a tagged domain holds that domain's category: an item of
"mental health and trauma" is health data, a goal linked to "worldview,
religion and ideology" is religion and ideology data. Fields tagged in the
schema itself (field_categories) add theirs; services.sensitivity puts both together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.plan import Goal, PlanGoal, PlanVersion
from trajectapp.domain.strengths import PrimaryGood


def of_domains(domain_ids: Iterable[int | None], domains: Mapping[int, LifeDomain]) -> frozenset[DataCategory]:
    """The categories of the domains with these ids; an id the catalogue does not know adds nothing."""
    found = set()
    for domain_id in domain_ids:
        domain = domains.get(domain_id) if domain_id is not None else None
        if domain is not None and domain.sensitivity is not None:
            found.add(domain.sensitivity)
    return frozenset(found)


def of_good(good: PrimaryGood | None) -> frozenset[DataCategory]:
    """Spirituality is where religion and worldview are spoken of."""
    return frozenset({DataCategory.RELIGION_IDEOLOGY}) if good is PrimaryGood.SPIRITUALITY else frozenset()


def of_goal(goal: Goal, domains: Mapping[int, LifeDomain]) -> frozenset[DataCategory]:
    return of_domains(goal.domain_ids, domains) | of_good(goal.good)


def of_plan_goal(goal: PlanGoal) -> frozenset[DataCategory]:
    """From the domains as tagged when the version was made."""
    tagged = frozenset(domain.sensitivity for domain in goal.domains if domain.sensitivity is not None)
    return tagged | of_good(goal.good)


def of_plan_version(version: PlanVersion) -> frozenset[DataCategory]:
    found: frozenset[DataCategory] = frozenset()
    for goal in version.goals:
        found |= of_plan_goal(goal)
    return found

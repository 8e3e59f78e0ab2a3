"""What a goal can be linked to, as its dialog offers it: the life domains, the needs of the latest assessment
(each in a few words) and the person's strengths."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from trajectapp.domain.dates import short_date
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.plan import Goal
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.strengths import Strength
from trajectapp.services.needs import assessments, list_domains
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.strengths import strengths
from trajectapp.ui.labels import captioned, catalogue_text, label


@dataclass(frozen=True)
class NeedOption:
    """A need a goal can answer: one item of an assessment, in a few words."""

    item_id: int
    text: str
    domain_id: int


@dataclass(frozen=True)
class GoalChoices:
    """What a goal can be linked to: the life domains (hidden ones only if the goal uses them), the person's
    needs and strengths."""

    domains: Sequence[LifeDomain]
    needs: Sequence[NeedOption] = ()
    strengths: Sequence[Strength] = ()


def goal_choices(vault: OpenVault, case_id: int, goal: Goal | None = None) -> GoalChoices:
    """The domains the catalogue lists (and any hidden one the goal uses), the needs of the latest assessment (and
    the one the goal answers), and the person's strengths."""
    every_domain = list_domains(vault, include_hidden=True)
    used = set(goal.domain_ids) if goal else set()
    domains = [d for d in every_domain if not d.hidden or d.id in used]
    names = {stored_id(d.id): catalogue_text(d.name) for d in every_domain}
    return GoalChoices(domains, _needs(vault, case_id, goal, names), strengths(vault, case_id))


def _needs(vault: OpenVault, case_id: int, goal: Goal | None, names: dict[int, str]) -> list[NeedOption]:
    every = assessments(vault, case_id)
    if not every:
        return []
    latest = every[-1]
    items = [(latest, item) for item in latest.items]
    if goal is not None and goal.need_item_id is not None and all(i.id != goal.need_item_id for i in latest.items):
        items += [(a, item) for a in every[:-1] for item in a.items if item.id == goal.need_item_id]
    options = []
    for assessment, item in items:
        said = next(
            (text for text in (item.support_needed, item.next_step, item.own_words, item.person_view) if text.strip()),
            "",
        )
        if not said and item.situation is None:
            continue
        words = short_text(said, 60) if said else label(item.stage)
        text = f"{captioned(names.get(item.domain_id, ''), words)} ({short_date(assessment.assessed_on)})"
        options.append(NeedOption(stored_id(item.id), text, item.domain_id))
    return options


def short_text(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"

"""What an export takes out of one case, as plain data: exactly the selected items, nothing else, for a handover
document or the person's own copy to lay out. No store, no Qt, so it can be rendered on a worker thread.

Records that were not selected are absent, and so are links to them: a goal whose need was not selected has no
need_item_id, a session tagged with a factor that stays behind does not list it, an action from a session that
stays behind has no session_id. Catalogue names (life domains, factor categories, partner services) are there for
every entry that the selected records name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from trajectapp.domain.disclosures import DisclosedItem, Disclosure
from trajectapp.domain.factors import Factor
from trajectapp.domain.needs import Assessment, ExternalAssessment, LifeDomain
from trajectapp.domain.partners import Involvement
from trajectapp.domain.plan import Goal, PlanVersion, ProgressNote, Step
from trajectapp.domain.sessions import Action, Session
from trajectapp.domain.strengths import GoodLivesEntry, Perspective, Strength
from trajectapp.domain.traject import TimelineEntry


@dataclass(frozen=True)
class CaseContent:
    """The selected part of one case. Lists are oldest first, as the case file shows them."""

    case_id: int
    items: tuple[DisclosedItem, ...]  # exactly what is included, in tree order: what the register records
    person: Mapping[str, object] = field(default_factory=dict)  # selected Case fields by name, values as in Case
    timeline: tuple[TimelineEntry, ...] = ()
    involvements: tuple[Involvement, ...] = ()
    assessments: tuple[Assessment, ...] = ()  # each with only its selected items (domains)
    risk_assessments: tuple[ExternalAssessment, ...] = ()
    factors: tuple[Factor, ...] = ()
    strengths: tuple[Strength, ...] = ()
    goods: tuple[GoodLivesEntry, ...] = ()
    perspectives: tuple[Perspective, ...] = ()
    goals: tuple[Goal, ...] = ()
    steps: Mapping[int, tuple[Step, ...]] = field(default_factory=dict)  # by goal id, selected steps only
    progress_notes: Mapping[int, tuple[ProgressNote, ...]] = field(default_factory=dict)  # by goal id
    plan_versions: tuple[PlanVersion, ...] = ()
    sessions: tuple[Session, ...] = ()
    actions: tuple[Action, ...] = ()
    disclosures: tuple[Disclosure, ...] = ()  # earlier entries of the register, when selected
    domains: Mapping[int, LifeDomain] = field(default_factory=dict)  # the whole catalogue, hidden ones too
    factor_categories: Mapping[int, str] = field(default_factory=dict)
    service_names: Mapping[int, str] = field(default_factory=dict)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(item.key for item in self.items)

    @property
    def holds_special_categories(self) -> bool:
        return any(item.categories for item in self.items)

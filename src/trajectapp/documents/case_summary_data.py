"""What the case summary prints, as plain data gathered from the case file: no store, no Qt, so that the summary can
be built on a worker thread from a copy taken on the GUI thread."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from trajectapp.domain.audit import AuditSeal
from trajectapp.domain.case import Case
from trajectapp.domain.factors import Factor
from trajectapp.domain.needs import Assessment, ChartData, LifeDomain
from trajectapp.domain.partners import Involvement
from trajectapp.domain.plan import Goal, PlanVersion, Step
from trajectapp.domain.strengths import GoodLivesEntry, Perspective, Strength
from trajectapp.domain.traject import TimelineEntry


@dataclass(frozen=True)
class CaseSummaryData:
    """One case as the summary needs it. Lists are oldest first; `chart` holds the first and the latest
    assessment (or only the one, or None when there is none)."""

    case: Case
    timeline: tuple[TimelineEntry, ...] = ()
    domains: tuple[LifeDomain, ...] = ()  # the catalogue, hidden domains included
    assessments: tuple[Assessment, ...] = ()
    chart: ChartData | None = None
    factors: tuple[Factor, ...] = ()
    factor_categories: Mapping[int, str] = field(default_factory=dict)
    strengths: tuple[Strength, ...] = ()
    goods: tuple[GoodLivesEntry, ...] = ()
    perspectives: tuple[Perspective, ...] = ()
    goals: tuple[Goal, ...] = ()
    steps: Mapping[int, tuple[Step, ...]] = field(default_factory=dict)  # by goal id
    plan_versions: tuple[PlanVersion, ...] = ()
    service_names: Mapping[int, str] = field(default_factory=dict)  # every partner service, by id
    involvements: tuple[Involvement, ...] = ()
    seal: AuditSeal | None = None  # the vault's audit seal as the case is gathered: printed on the last page

    @property
    def latest_assessment(self) -> Assessment | None:
        return self.assessments[-1] if self.assessments else None

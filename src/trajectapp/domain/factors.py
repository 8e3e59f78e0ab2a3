"""Push and pull factors: what drew the person towards violent extremism, and what draws them away from it."""

from __future__ import annotations

from dataclasses import dataclass

from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled


class Direction(Labelled):
    TOWARDS = "towards_extremism", QT_TRANSLATE_NOOP("Labels", "Towards extremism")
    AWAY = "away_from_extremism", QT_TRANSLATE_NOOP("Labels", "Away from extremism")


class FactorKind(Labelled):
    PUSH = "push", QT_TRANSLATE_NOOP("Labels", "Push factor")
    PULL = "pull", QT_TRANSLATE_NOOP("Labels", "Pull factor")
    PERSONAL = "personal", QT_TRANSLATE_NOOP("Labels", "Personal factor")
    PROTECTIVE = "protective", QT_TRANSLATE_NOOP("Labels", "Protective factor")


class FactorStatus(Labelled):
    ACTIVE = "active", QT_TRANSLATE_NOOP("Labels", "Active")
    WEAKENING = "weakening", QT_TRANSLATE_NOOP("Labels", "Weakening")
    GONE = "gone", QT_TRANSLATE_NOOP("Labels", "Gone")


@dataclass(frozen=True)
class FactorCategory:
    """One entry of the editable list of factor categories."""

    id: int | None
    name: str
    hidden: bool = False
    position: int = 0
    shipped: bool = False  # one of the shipped defaults: hidden, never deleted


@dataclass(frozen=True)
class Factor:
    id: int | None
    case_id: int
    direction: Direction
    kind: FactorKind
    category_id: int
    first_noted_on: ApproximateDate  # often known only to the year: "since 2015"
    status: FactorStatus = FactorStatus.ACTIVE
    domain_id: int | None = None  # the life domain it belongs to, if any
    evidence: str = ""  # in the consultant's words

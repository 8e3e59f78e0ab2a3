"""Push and pull factors: what drew the person towards violent extremism, and what draws them away from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from trajectapp.domain.wording import QT_TRANSLATE_NOOP


class Direction(Enum):
    TOWARDS = "towards_extremism"
    AWAY = "away_from_extremism"


class FactorKind(Enum):
    PUSH = "push"
    PULL = "pull"
    PERSONAL = "personal"
    PROTECTIVE = "protective"


class FactorStatus(Enum):
    ACTIVE = "active"
    WEAKENING = "weakening"
    GONE = "gone"


LABELS: dict[Enum, str] = {
    Direction.TOWARDS: QT_TRANSLATE_NOOP("Labels", "Towards extremism"),
    Direction.AWAY: QT_TRANSLATE_NOOP("Labels", "Away from extremism"),
    FactorKind.PUSH: QT_TRANSLATE_NOOP("Labels", "Push factor"),
    FactorKind.PULL: QT_TRANSLATE_NOOP("Labels", "Pull factor"),
    FactorKind.PERSONAL: QT_TRANSLATE_NOOP("Labels", "Personal factor"),
    FactorKind.PROTECTIVE: QT_TRANSLATE_NOOP("Labels", "Protective factor"),
    FactorStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    FactorStatus.WEAKENING: QT_TRANSLATE_NOOP("Labels", "Weakening"),
    FactorStatus.GONE: QT_TRANSLATE_NOOP("Labels", "Gone"),
}


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
    first_noted_on: date
    status: FactorStatus = FactorStatus.ACTIVE
    domain_id: int | None = None  # the life domain it belongs to, if any
    evidence: str = ""  # in the consultant's words

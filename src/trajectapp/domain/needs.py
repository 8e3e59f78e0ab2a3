"""Needs by life domain: the catalogue of domains, dated assessments, and external risk assessments on record.

The 1–10 scale and the motivation to change are worded in our own terms,
not in those of any licensed tool. Each stage of the scale covers two points.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled

SITUATION_LOW, SITUATION_HIGH = 1, 10


class SituationStage(Labelled):
    """Where things stand in a life domain; two points of the 1–10 scale each, in this order (1–2 first)."""

    NOT_TALKING_YET = "not_talking_yet", QT_TRANSLATE_NOOP("Labels", "Not talking about this yet")
    STARTING_TO_LOOK = "starting_to_look", QT_TRANSLATE_NOOP("Labels", "Starting to look at it, and to name it")
    WORKING_WITH_MUCH_SUPPORT = (
        "working_with_much_support",
        QT_TRANSLATE_NOOP("Labels", "Working on it, with a lot of support"),
    )
    MOVING_FORWARD = "moving_forward", QT_TRANSLATE_NOOP("Labels", "Moving forward, some support still needed")
    STABLE = "stable", QT_TRANSLATE_NOOP("Labels", "Stable, manages with little support")


def stage_of(situation: int) -> SituationStage:
    if not SITUATION_LOW <= situation <= SITUATION_HIGH:
        raise ValueError(f"the situation is scored from {SITUATION_LOW} to {SITUATION_HIGH}")
    return list(SituationStage)[(situation - 1) // 2]


def points_of(stage: SituationStage) -> tuple[int, int]:
    """The two points of the scale a stage covers, e.g. (3, 4)."""
    first = list(SituationStage).index(stage) * 2 + 1
    return first, first + 1


class Motivation(Labelled):
    """The person's motivation to change things in a domain, as they say it."""

    DOES_NOT_WANT_TO_ANSWER = "does_not_want_to_answer", QT_TRANSLATE_NOOP("Labels", "Does not want to answer")
    NO_NEED_TO_CHANGE = "no_need_to_change", QT_TRANSLATE_NOOP("Labels", "Sees no reason to change anything here")
    UNSURE = "unsure", QT_TRANSLATE_NOOP("Labels", "Not sure whether to change anything")
    WANTS_TO_CHANGE = "wants_to_change", QT_TRANSLATE_NOOP("Labels", "Wants to change it, not yet sure how")
    TAKING_STEPS = "taking_steps", QT_TRANSLATE_NOOP("Labels", "Already taking steps")
    KEEPING_IT_UP = "keeping_it_up", QT_TRANSLATE_NOOP("Labels", "Wants to hold on to what has been reached")


class Views(Labelled):
    """Whether the person and the consultant see a domain the same way; a disagreement is recorded as one."""

    NOT_COMPARED = "not_compared", QT_TRANSLATE_NOOP("Labels", "Not compared yet")
    AGREE = "agree", QT_TRANSLATE_NOOP("Labels", "They see it the same way")
    PARTLY = "partly", QT_TRANSLATE_NOOP("Labels", "They partly agree")
    DISAGREE = "disagree", QT_TRANSLATE_NOOP("Labels", "They see it differently")


class RiskTool(Labelled):
    """External risk assessments the case can note; they are never scored in Trajectapp."""

    VERA_2R = "vera_2r", QT_TRANSLATE_NOOP("Labels", "VERA-2R")
    ERG = "erg", QT_TRANSLATE_NOOP("Labels", "ERG 22+")  # Extremism Risk Guidance (ERG 22+)
    OTHER = "other", QT_TRANSLATE_NOOP("Labels", "Another instrument")


@dataclass(frozen=True)
class LifeDomain:
    """One domain of the catalogue; data recorded under it inherits its sensitivity."""

    id: int | None
    name: str
    sensitivity: DataCategory | None = None
    hidden: bool = False
    position: int = 0  # catalogue order; the store puts a new domain last
    shipped: bool = False  # one of the shipped defaults: never deleted, its sensitivity fixed


@dataclass(frozen=True)
class AssessmentItem:
    """One domain in one assessment. Text fields are in the words of whoever said them."""

    id: int | None
    assessment_id: int
    domain_id: int
    situation: int | None = None  # 1–10 as recorded in the assessment; None: not scored
    person_situation: int | None = None  # 1–10 as the person sees it, when they give a score
    motivation: Motivation | None = None
    person_view: str = ""
    consultant_view: str = ""
    views: Views = Views.NOT_COMPARED
    own_words: str = ""  # what the person said, in their words
    support_needed: str = ""
    next_step: str = ""
    next_step_service_id: int | None = None  # the partner service that owns the next step

    @property
    def stage(self) -> SituationStage | None:
        return stage_of(self.situation) if self.situation is not None else None


@dataclass(frozen=True)
class Assessment:
    """A dated assessment of a case's needs; kept forever. `items` has at most one item per domain."""

    id: int | None
    case_id: int
    assessed_on: date
    note: str = ""
    started_from: int | None = None  # the assessment it was copied from
    items: tuple[AssessmentItem, ...] = ()

    def item_for(self, domain_id: int) -> AssessmentItem | None:
        return next((item for item in self.items if item.domain_id == domain_id), None)


@dataclass(frozen=True)
class ExternalAssessment:
    """That a risk assessment was made elsewhere, by whom and where it is kept; never its content."""

    id: int | None
    case_id: int
    tool: RiskTool
    done_on: date | None = None
    author: str = ""
    held_at: str = ""  # where the report is kept, e.g. "PSD file, prison of Brugge"
    other_tool: str = ""  # the instrument's name when `tool` is OTHER
    note: str = ""


# --- for the star chart ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartDomain:
    id: int
    name: str
    sensitivity: DataCategory | None
    hidden: bool


@dataclass(frozen=True)
class ChartSeries:
    """One assessment's scores: domain id -> 1–10, None where the domain was not scored."""

    assessment_id: int
    assessed_on: date
    values: dict[int, int | None]
    person_values: dict[int, int | None]


@dataclass(frozen=True)
class ChartData:
    """The chart's axes (domains in catalogue order) and one series per assessment, oldest first."""

    domains: tuple[ChartDomain, ...]
    series: tuple[ChartSeries, ...]

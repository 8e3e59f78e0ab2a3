"""Strengths and old passions, the Good Lives lens, and the person's perspective in their own words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from trajectapp.domain.wording import QT_TRANSLATE_NOOP


class StrengthCategory(Enum):
    PASSION = "passion"
    SKILL = "skill"
    RELATIONSHIP = "relationship"
    VALUE = "value"
    ACHIEVEMENT = "achievement"
    PROTECTIVE_FACTOR = "protective_factor"


class PrimaryGood(Enum):
    """The eleven primary goods of the Good Lives Model, in the model's own order."""

    LIFE = "life"
    KNOWLEDGE = "knowledge"
    EXCELLENCE_IN_PLAY = "excellence_in_play"
    EXCELLENCE_IN_WORK = "excellence_in_work"
    AGENCY = "agency"
    INNER_PEACE = "inner_peace"
    RELATEDNESS = "relatedness"
    COMMUNITY = "community"
    SPIRITUALITY = "spirituality"
    PLEASURE = "pleasure"
    CREATIVITY = "creativity"


class Importance(Enum):
    """How important a good is to the person, as they say."""

    NOT_IMPORTANT = "not_important"
    SOMEWHAT_IMPORTANT = "somewhat_important"
    IMPORTANT = "important"
    VERY_IMPORTANT = "very_important"


LABELS: dict[Enum, str] = {
    StrengthCategory.PASSION: QT_TRANSLATE_NOOP("Labels", "Passion"),
    StrengthCategory.SKILL: QT_TRANSLATE_NOOP("Labels", "Skill"),
    StrengthCategory.RELATIONSHIP: QT_TRANSLATE_NOOP("Labels", "Relationship"),
    StrengthCategory.VALUE: QT_TRANSLATE_NOOP("Labels", "Value"),
    StrengthCategory.ACHIEVEMENT: QT_TRANSLATE_NOOP("Labels", "Achievement"),
    StrengthCategory.PROTECTIVE_FACTOR: QT_TRANSLATE_NOOP("Labels", "Protective factor"),
    PrimaryGood.LIFE: QT_TRANSLATE_NOOP("Labels", "Life: staying healthy, safe and well"),
    PrimaryGood.KNOWLEDGE: QT_TRANSLATE_NOOP("Labels", "Knowledge: learning and understanding"),
    PrimaryGood.EXCELLENCE_IN_PLAY: QT_TRANSLATE_NOOP("Labels", "Excellence in play: being good at a pastime"),
    PrimaryGood.EXCELLENCE_IN_WORK: QT_TRANSLATE_NOOP("Labels", "Excellence in work: doing work well"),
    PrimaryGood.AGENCY: QT_TRANSLATE_NOOP("Labels", "Agency: making one's own choices"),
    PrimaryGood.INNER_PEACE: QT_TRANSLATE_NOOP("Labels", "Inner peace: calm, free of turmoil"),
    PrimaryGood.RELATEDNESS: QT_TRANSLATE_NOOP("Labels", "Relatedness: close bonds with others"),
    PrimaryGood.COMMUNITY: QT_TRANSLATE_NOOP("Labels", "Community: belonging to a wider group"),
    PrimaryGood.SPIRITUALITY: QT_TRANSLATE_NOOP("Labels", "Spirituality: meaning and purpose"),
    PrimaryGood.PLEASURE: QT_TRANSLATE_NOOP("Labels", "Pleasure: feeling good, enjoying things"),
    PrimaryGood.CREATIVITY: QT_TRANSLATE_NOOP("Labels", "Creativity: making something new"),
    Importance.NOT_IMPORTANT: QT_TRANSLATE_NOOP("Labels", "Not important to them now"),
    Importance.SOMEWHAT_IMPORTANT: QT_TRANSLATE_NOOP("Labels", "Somewhat important"),
    Importance.IMPORTANT: QT_TRANSLATE_NOOP("Labels", "Important"),
    Importance.VERY_IMPORTANT: QT_TRANSLATE_NOOP("Labels", "Very important"),
}


@dataclass(frozen=True)
class Strength:
    """A strength or an old passion, and how it could be picked up again."""

    id: int | None
    case_id: int
    category: StrengthCategory
    description: str
    since: str = ""  # since when, in words: "since primary school", "2015-2018"
    pick_up: str = ""  # how it could be picked up again


@dataclass(frozen=True)
class GoodLivesEntry:
    """One primary good for one person; `id` None while nothing has been recorded for it."""

    id: int | None
    case_id: int
    good: PrimaryGood
    importance: Importance | None = None
    pursued_before: str = ""  # how they pursued it before, including through the extremist milieu
    prosocial_route: str = ""  # a pro-social route towards it

    @property
    def is_blank(self) -> bool:
        return self.importance is None and not self.pursued_before.strip() and not self.prosocial_route.strip()


@dataclass(frozen=True)
class Perspective:
    """One dated version of the person's perspective, in their own words; every version is kept."""

    id: int | None
    case_id: int
    noted_on: date
    want_to_do: str = ""  # "what do you want to do?"
    wish_to_be: str = ""  # "who do you wish to be?"

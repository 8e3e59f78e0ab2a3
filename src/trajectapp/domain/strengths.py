"""Strengths and old passions, the Good Lives lens, and the person's perspective in their own words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled


class StrengthCategory(Labelled):
    PASSION = "passion", QT_TRANSLATE_NOOP("Labels", "Passion")
    SKILL = "skill", QT_TRANSLATE_NOOP("Labels", "Skill")
    RELATIONSHIP = "relationship", QT_TRANSLATE_NOOP("Labels", "Relationship")
    VALUE = "value", QT_TRANSLATE_NOOP("Labels", "Value")
    ACHIEVEMENT = "achievement", QT_TRANSLATE_NOOP("Labels", "Achievement")
    PROTECTIVE_FACTOR = "protective_factor", QT_TRANSLATE_NOOP("Labels", "Protective factor")


class PrimaryGood(Labelled):
    """The eleven primary goods of the Good Lives Model, in the model's own order."""

    LIFE = "life", QT_TRANSLATE_NOOP("Labels", "Life: staying healthy, safe and well")
    KNOWLEDGE = "knowledge", QT_TRANSLATE_NOOP("Labels", "Knowledge: learning and understanding")
    EXCELLENCE_IN_PLAY = (
        "excellence_in_play",
        QT_TRANSLATE_NOOP("Labels", "Excellence in play: being good at a pastime"),
    )
    EXCELLENCE_IN_WORK = "excellence_in_work", QT_TRANSLATE_NOOP("Labels", "Excellence in work: doing work well")
    AGENCY = "agency", QT_TRANSLATE_NOOP("Labels", "Agency: making one's own choices")
    INNER_PEACE = "inner_peace", QT_TRANSLATE_NOOP("Labels", "Inner peace: calm, free of turmoil")
    RELATEDNESS = "relatedness", QT_TRANSLATE_NOOP("Labels", "Relatedness: close bonds with others")
    COMMUNITY = "community", QT_TRANSLATE_NOOP("Labels", "Community: belonging to a wider group")
    SPIRITUALITY = "spirituality", QT_TRANSLATE_NOOP("Labels", "Spirituality: meaning and purpose")
    PLEASURE = "pleasure", QT_TRANSLATE_NOOP("Labels", "Pleasure: feeling good, enjoying things")
    CREATIVITY = "creativity", QT_TRANSLATE_NOOP("Labels", "Creativity: making something new")


class Importance(Labelled):
    """How important a good is to the person, as they say."""

    NOT_IMPORTANT = "not_important", QT_TRANSLATE_NOOP("Labels", "Not important to them now")
    SOMEWHAT_IMPORTANT = "somewhat_important", QT_TRANSLATE_NOOP("Labels", "Somewhat important")
    IMPORTANT = "important", QT_TRANSLATE_NOOP("Labels", "Important")
    VERY_IMPORTANT = "very_important", QT_TRANSLATE_NOOP("Labels", "Very important")


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

"""The material the demo vault is made of: names and the traject's weights from resources/demo/people.json, and for
each language the places and the words people and consultants use, from resources/demo/<language>/people.json.

Every person, contact and story there is fictional; the prisons and partner services are real institutions. A case
file is written in one language (see `demo`): the consultant writes in it, and the person speaks it.
"""

from __future__ import annotations

from dataclasses import dataclass

from trajectapp.services.demo_words import LANGUAGES, as_tuples, demo_words, words_in

Weighted = tuple[tuple[str, int], ...]  # ((value, weight), ...)


@dataclass(frozen=True)
class Background:
    key: str  # names the background's nationalities and languages in each language's words
    men: tuple[str, ...]
    women: tuple[str, ...]
    surnames: tuple[str, ...]
    weight: int
    # Share of people with two given names, and how the two are written.
    second_name_share: float = 0.0
    second_name_joiner: str = " "


@dataclass(frozen=True)
class PeopleWords:
    """One language's words for the people and their traject."""

    prisons: Weighted  # where a consultant who writes this language works
    nationalities: dict[str, Weighted]  # by background key
    languages: dict[str, Weighted]  # languages spoken, by background key
    offence_categories: Weighted  # named neutrally after the Criminal Code
    person_notes: tuple[str, ...]
    # Participation, in the person's own words.
    accepted_reasons: tuple[str, ...]
    declined_reasons: tuple[str, ...]
    accepted_after_declining: tuple[str, ...]
    paused_reasons: tuple[str, ...]
    resumed_reasons: tuple[str, ...]
    withdrawn_reasons: tuple[str, ...]
    # The traject, in the consultant's words.
    phase_notes: dict[str, tuple[str, ...]]  # by phase
    closed_after_aftercare: tuple[str, ...]
    closed_after_withdrawal: tuple[str, ...]
    transfer_notes: tuple[str, ...]
    # Partner services, by the keys of the shipped defaults; their contact people are invented.
    service_needs: dict[str, tuple[str, ...]]  # the needs each service works on
    sharing_allowed: tuple[str, ...]
    sharing_not_allowed: tuple[str, ...]
    contact_given_names: tuple[str, ...]
    contact_surnames: tuple[str, ...]
    actions: tuple[tuple[str, str], ...]  # (description, who does it); "{person}" is the name the person goes by


_SHARED = demo_words("people.json")

BACKGROUNDS = tuple(Background(**as_tuples(background)) for background in _SHARED["backgrounds"])
BACKGROUND_WEIGHTS = tuple(background.weight for background in BACKGROUNDS)
PREFERRED_NAMES: dict[str, str] = _SHARED["preferred_names"]  # short forms some people go by
SERVICE_WEIGHTS = as_tuples(_SHARED["service_weights"])  # which services a case is likely to involve
INSIDE_ONLY = frozenset(_SHARED["inside_only"])  # services inside the prison only: their involvement ends at release
SESSION_KINDS = as_tuples(_SHARED["session_kinds"])
SESSION_TIMES = as_tuples(_SHARED["session_times"])

WORDS = {language: words_in(PeopleWords, "people.json", language) for language in LANGUAGES}

"""The material the demo vault is made of: names, places, and the words people and consultants use, read from
resources/demo/people.json.

Every person, contact and story there is fictional; the prisons and partner services are real institutions. Text a
detainee says is in their own words and language; what the consultant writes is in English, the app's source
language.
"""

from __future__ import annotations

from dataclasses import dataclass

from trajectapp.services.demo_words import as_tuples, demo_words


@dataclass(frozen=True)
class Background:
    men: tuple[str, ...]
    women: tuple[str, ...]
    surnames: tuple[str, ...]
    weight: int
    nationalities: tuple[tuple[str, int], ...]  # (nationality, weight)
    languages: tuple[tuple[str, int], ...]  # (languages spoken, weight)
    # Share of people with two given names, and how the two are written.
    second_name_share: float = 0.0
    second_name_joiner: str = " "


_WORDS = demo_words("people.json")

BACKGROUNDS = tuple(Background(**as_tuples(background)) for background in _WORDS["backgrounds"])
BACKGROUND_WEIGHTS = tuple(background.weight for background in BACKGROUNDS)
PREFERRED_NAMES: dict[str, str] = _WORDS["preferred_names"]  # short forms some people go by
PRISONS = as_tuples(_WORDS["prisons"])  # (prison, weight): most in Flanders, a few in Brussels or Wallonia

# --- the person's file --------------------------------------------------------------------

OFFENCE_CATEGORIES = as_tuples(_WORDS["offence_categories"])  # named neutrally after the Criminal Code
PERSON_NOTES = as_tuples(_WORDS["person_notes"])

# --- participation, in the person's own words ----------------------------------------------

ACCEPTED_REASONS = as_tuples(_WORDS["accepted_reasons"])
DECLINED_REASONS = as_tuples(_WORDS["declined_reasons"])
ACCEPTED_AFTER_DECLINING = as_tuples(_WORDS["accepted_after_declining"])
PAUSED_REASONS = as_tuples(_WORDS["paused_reasons"])
RESUMED_REASONS = as_tuples(_WORDS["resumed_reasons"])
WITHDRAWN_REASONS = as_tuples(_WORDS["withdrawn_reasons"])

# --- the traject, in the consultant's words ------------------------------------------------

PHASE_NOTES = as_tuples(_WORDS["phase_notes"])
CLOSED_AFTER_AFTERCARE = as_tuples(_WORDS["closed_after_aftercare"])
CLOSED_AFTER_WITHDRAWAL = as_tuples(_WORDS["closed_after_withdrawal"])
TRANSFER_NOTES = as_tuples(_WORDS["transfer_notes"])

# --- partner services (keys of the shipped defaults) ----------------------------------------

SERVICE_WEIGHTS = as_tuples(_WORDS["service_weights"])  # which services a case is likely to involve
INSIDE_ONLY = frozenset(_WORDS["inside_only"])  # services inside the prison only: their involvement ends at release
SERVICE_NEEDS = as_tuples(_WORDS["service_needs"])  # the needs each service works on
SHARING_ALLOWED = as_tuples(_WORDS["sharing_allowed"])
SHARING_NOT_ALLOWED = as_tuples(_WORDS["sharing_not_allowed"])
CONTACT_GIVEN_NAMES = as_tuples(_WORDS["contact_given_names"])  # contact people at the services: invented
CONTACT_SURNAMES = as_tuples(_WORDS["contact_surnames"])

# --- contacts and actions -------------------------------------------------------------------

SESSION_KINDS = as_tuples(_WORDS["session_kinds"])
SESSION_TIMES = as_tuples(_WORDS["session_times"])
ACTIONS = as_tuples(_WORDS["actions"])  # (description, who does it); "{person}" is the name the person goes by

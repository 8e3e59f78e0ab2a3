"""Words for the demo's session notes: what a consultant writes after a talk, in simple markup, with the
life domains and Good Lives goods each kind of talk touches, read from resources/demo/sessions.json. All of it
invented."""

from __future__ import annotations

from dataclasses import dataclass

from trajectapp.services.demo_words import as_tuples, demo_words


@dataclass(frozen=True)
class NoteWords:
    """One kind of talk: its focus, what it touches (domain keys, goods), and its note."""

    focus: str
    domains: tuple[str, ...]
    goods: tuple[str, ...]
    note: str


_WORDS = demo_words("sessions.json")

LOCATIONS = as_tuples(_WORDS["locations"])  # where a contact happens, by kind of session: (place, weight)
DURATIONS = as_tuples(_WORDS["durations"])
FAMILY = as_tuples(_WORDS["family"])  # family and others named in notes and as participants
OTHERS = as_tuples(_WORDS["others"])
MEETING_SERVICES = as_tuples(_WORDS["meeting_services"])  # who comes to multi-agency meetings, by weight
FOLLOW_UPS = as_tuples(_WORDS["follow_ups"])  # follow-up actions agreed in a session: (what, who)
NOTES = tuple(NoteWords(**as_tuples(note)) for note in _WORDS["notes"])

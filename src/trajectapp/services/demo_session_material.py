"""Words for the demo's sessions: what a consultant writes after a talk, in simple markup, with the life domains and
Good Lives goods each kind of talk touches, and where and with whom the talks happen, from
resources/demo/<language>/sessions.json; how long they last and who comes to a meeting, from
resources/demo/sessions.json. All of it invented."""

from __future__ import annotations

from dataclasses import dataclass

from trajectapp.services.demo_words import LANGUAGES, as_tuples, demo_words


@dataclass(frozen=True)
class NoteWords:
    """One kind of talk: its focus, what it touches (domain keys, goods), and its note."""

    focus: str
    domains: tuple[str, ...]
    goods: tuple[str, ...]
    note: str  # "{person}" is the name the person goes by; "{hij|ze}" is written for a man or a woman


@dataclass(frozen=True)
class SessionWords:
    """One language's words for the sessions."""

    locations: dict[str, tuple[tuple[str, int], ...]]  # where a contact happens, by kind of session: (place, weight)
    family: tuple[str, ...]  # family members who take part
    # Others named in notes and as participants: the mediator first, the interpreter fourth.
    others: tuple[str, ...]
    follow_ups: tuple[tuple[str, str], ...]  # follow-up actions agreed in a session: (what, who)
    notes: tuple[NoteWords, ...]


def _session_words(language: str) -> SessionWords:
    words = as_tuples(demo_words("sessions.json", language))
    notes = tuple(NoteWords(**note) for note in words["notes"])
    return SessionWords(words["locations"], words["family"], words["others"], words["follow_ups"], notes)


_SHARED = demo_words("sessions.json")

DURATIONS = as_tuples(_SHARED["durations"])
MEETING_SERVICES = as_tuples(_SHARED["meeting_services"])  # who comes to multi-agency meetings, by weight

WORDS = {language: _session_words(language) for language in LANGUAGES}

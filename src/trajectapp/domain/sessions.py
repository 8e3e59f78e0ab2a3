"""Sessions with the person (planned, held or cancelled), who took part, what they touched, the note, and
the follow-up actions that come from them.

The note is text with simple markup (`# heading`, `- item`, `*emphasis*`), kept exactly as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.columns import Column, choice, line, moment, text, whole
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled

# The kinds of contact, as the store keeps them, and their words on screen and on paper.
KIND_WORDS = {
    "individual": QT_TRANSLATE_NOOP("Labels", "Individual conversation"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family contact"),
    "multi_agency": QT_TRANSLATE_NOOP("Labels", "Multi-agency meeting"),
    "case_consultation": QT_TRANSLATE_NOOP("Labels", "Case consultation"),
    "phone_video": QT_TRANSLATE_NOOP("Labels", "Phone or video"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
SESSION_KINDS = tuple(KIND_WORDS)
SESSION_STATUSES = ("planned", "held", "cancelled")
# A session longer than a day is a slip, not a session.
LONGEST_SESSION_MINUTES = 24 * 60


class Focus(Labelled):
    RELATION = "relation", QT_TRANSLATE_NOOP("Labels", "Building the relation")
    CRITICAL_REFLECTION = "critical_reflection", QT_TRANSLATE_NOOP("Labels", "Critical reflection")
    PRACTICAL_SUPPORT = "practical_support", QT_TRANSLATE_NOOP("Labels", "Practical support")
    PLANNING = "planning", QT_TRANSLATE_NOOP("Labels", "Planning")


class SessionParty(Labelled):
    """Who took part besides the consultant."""

    PERSON = "person", QT_TRANSLATE_NOOP("Labels", "The person")
    SERVICE = "service", QT_TRANSLATE_NOOP("Labels", "A partner service")  # from the directory
    FAMILY = "family", QT_TRANSLATE_NOOP("Labels", "Family")
    OTHER = "other", QT_TRANSLATE_NOOP("Labels", "Someone else")


@dataclass(frozen=True)
class Participant:
    party: SessionParty
    service_id: int | None = None  # for SessionParty.SERVICE only
    name: str = ""  # who, for family and others (optional)


@dataclass(frozen=True)
class Session:
    id: int | None
    case_id: int
    starts_at: datetime
    status: str  # planned, held, cancelled
    kind: str = "individual"
    duration_minutes: int | None = None
    location: str = ""
    focus: Focus | None = None
    note: str = ""
    participants: tuple[Participant, ...] = ()
    domain_ids: tuple[int, ...] = ()  # the life domains it touched
    factor_ids: tuple[int, ...] = ()  # the push and pull factors it touched
    goods: tuple[PrimaryGood, ...] = ()  # the Good Lives goods it touched


SESSION_GROUP = QT_TRANSLATE_NOOP("Fields", "Session")
# The fields of the `sessions` row, in the order the session's form and documents show them. The status is set by
# planning, recording or cancelling a session, and the note is written in its own editor: neither is on the form.
# Who took part and what it touched are records of their own (session_participants, session_domains...).
SESSION_FIELDS: tuple[Column, ...] = (
    moment("starts_at", QT_TRANSLATE_NOOP("Fields", "When"), group=SESSION_GROUP),
    choice("status", SESSION_STATUSES, label=QT_TRANSLATE_NOOP("Fields", "Status")),
    choice("kind", KIND_WORDS, label=QT_TRANSLATE_NOOP("Fields", "Kind"), group=SESSION_GROUP),
    whole(
        "duration_minutes",
        1,
        LONGEST_SESSION_MINUTES,
        True,
        QT_TRANSLATE_NOOP("Fields", "Duration"),
        group=SESSION_GROUP,
    ),
    line("location", QT_TRANSLATE_NOOP("Fields", "Where"), limit=NAME_MAX, group=SESSION_GROUP),
    choice("focus", Focus, True, QT_TRANSLATE_NOOP("Fields", "Focus"), group=SESSION_GROUP),
    text("note", QT_TRANSLATE_NOOP("Fields", "Note")),
)


@dataclass(frozen=True)
class Action:
    """A follow-up action: what, who, by when; from a session or not."""

    id: int | None
    case_id: int
    description: str
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None
    session_id: int | None = None


@dataclass(frozen=True)
class UnsavedNote:
    """A note typed and kept as a draft (every few seconds, or at a lock), never saved."""

    session: Session
    kept_at: datetime  # when the draft was last kept, in UTC


def note_draft_form(session_id: int) -> str:
    """The drafts key under which a session's note is kept while it is being typed."""
    return f"session:{session_id}:note"


def session_of_note_draft(form: str) -> int | None:
    """The session whose note a drafts key holds; None for a key of anything else."""
    prefix, _, rest = form.partition(":")
    number, _, suffix = rest.partition(":")
    if prefix != "session" or suffix != "note" or not number.isascii() or not number.isdigit():
        return None
    return int(number)

"""The agenda of this week and the next across the caseload: appointments, what falls due, releases coming up,
and cases without contact for too long."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from trajectapp.domain.plan import Party

# This week and the next.
AGENDA_WEEKS = 2


def agenda_end(today: date) -> date:
    """The first day after the agenda: the Monday after next (weeks start on Monday)."""
    return today - timedelta(days=today.weekday()) + timedelta(weeks=AGENDA_WEEKS)


@dataclass(frozen=True)
class PlannedSession:
    session_id: int
    case_id: int
    case_name: str
    starts_at: datetime
    kind: str  # as domain.sessions.SESSION_KINDS
    duration_minutes: int | None = None
    location: str = ""


@dataclass(frozen=True)
class DueTask:
    """An open follow-up action ("action") or an open step of a goal still on ("step"), with a due date."""

    kind: str  # "action" or "step"
    record_id: int
    case_id: int
    case_name: str
    what: str
    due_on: date
    who: str = ""  # the action's owner; for a step, the service's or the person's name, if any
    party: Party | None = None  # for a step: who takes it
    goal: str = ""  # for a step: the goal's title


@dataclass(frozen=True)
class AgendaDay:
    day: date
    sessions: tuple[PlannedSession, ...] = ()  # by time
    tasks: tuple[DueTask, ...] = ()


@dataclass(frozen=True)
class Release:
    case_id: int
    case_name: str
    on: date
    days: int  # from today


@dataclass(frozen=True)
class NoContact:
    case_id: int
    case_name: str
    days: int  # since the last contact held
    next_session: PlannedSession | None = None  # the first one planned in the agenda's weeks, if any


@dataclass(frozen=True)
class Agenda:
    today: date
    end: date  # the first day after the agenda
    overdue: tuple[DueTask, ...] = ()  # due before today, oldest first
    days: tuple[AgendaDay, ...] = ()  # from today, only the days with something on them
    releases: tuple[Release, ...] = ()  # soonest first
    no_contact: tuple[NoContact, ...] = ()  # longest first
    release_window_days: int = 0  # releases this many days ahead or fewer are listed
    no_contact_days: int = 0  # cases without contact for more days than this are listed

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.days or self.releases or self.no_contact)

"""The agenda: this week and the next across the active cases, day by day, with what is overdue first, and the
releases and the contacts that need attention by the caseload's own thresholds."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import groupby

from trajectapp.domain.agenda import Agenda, AgendaDay, NoContact, PlannedSession, Release, agenda_end
from trajectapp.services.caseload import needs_attention
from trajectapp.services.open_vault import OpenVault
from trajectapp.store.agenda import AgendaQuery

__all__ = ["Agenda", "active_cases", "agenda", "agenda_end"]


def agenda(vault: OpenVault, *, today: date, release_within_days: int, no_contact_days: int) -> Agenda:
    """From `today` to the end of next week (weeks start on Monday); only active cases."""
    end = agenda_end(today)
    query = AgendaQuery(vault.connection, today)
    sessions = query.planned_sessions(today, end)
    tasks = query.tasks_due_before(end)
    overdue = tuple(task for task in tasks if task.due_on < today)
    by_day: dict[date, AgendaDay] = {}
    for day, planned in groupby(sessions, key=lambda session: session.starts_at.date()):
        by_day[day] = AgendaDay(day, sessions=tuple(planned))
    for day, due in groupby((task for task in tasks if task.due_on >= today), key=lambda task: task.due_on):
        by_day[day] = AgendaDay(day, by_day[day].sessions if day in by_day else (), tuple(due))
    first_session: dict[int, PlannedSession] = {}
    for session in sessions:
        first_session.setdefault(session.case_id, session)
    releases, no_contact = [], []
    # The caseload's attention list already applies both thresholds to the active cases.
    for item in needs_attention(
        vault, today=today, release_within_days=release_within_days, no_contact_days=no_contact_days
    ):
        if item.detail is None:  # a pending decision or consent: no number of days, and not on the agenda
            continue
        if item.reason == "release":
            releases.append(Release(item.case_id, item.name, today + timedelta(days=item.detail), item.detail))
        elif item.reason == "no_contact":
            no_contact.append(NoContact(item.case_id, item.name, item.detail, first_session.get(item.case_id)))
    return Agenda(
        today,
        end,
        overdue,
        tuple(by_day[day] for day in sorted(by_day)),
        tuple(releases),
        tuple(no_contact),
        release_within_days,
        no_contact_days,
    )


def active_cases(vault: OpenVault, *, today: date) -> list[tuple[int, str]]:
    """(id, name) of the cases that are neither closed nor declined, by name: the ones to plan a session in."""
    return AgendaQuery(vault.connection, today).active_cases()

"""AgendaQuery: the appointments and the open actions and goal steps falling due in the active cases, for the
agenda; which cases are active and which actions and steps are open is the caseload's definition."""

from __future__ import annotations

from datetime import date, datetime, time

from trajectapp.domain.agenda import DueTask, PlannedSession
from trajectapp.domain.plan import Party
from trajectapp.store.caseload import ACTIVE_CASES, OPEN_ACTION, OPEN_STEP
from trajectapp.store.columns import iso, to_enum
from trajectapp.store.connection import Connection

_SESSIONS = f"""
WITH active AS ({ACTIVE_CASES})
SELECT s.id, s.case_id, k.name, s.starts_at, s.kind, s.duration_minutes, s.location
FROM sessions s JOIN active k ON k.id = s.case_id
WHERE s.status = 'planned' AND s.starts_at >= :start AND s.starts_at < :end
ORDER BY s.starts_at, name_key(k.name), s.id
"""

_TASKS = f"""
WITH active AS ({ACTIVE_CASES})
SELECT * FROM (
    SELECT 'action' AS kind, a.id AS id, a.case_id, k.name AS name, a.description, a.due_on AS due_on,
        a.owner, NULL, ''
    FROM actions a JOIN active k ON k.id = a.case_id
    WHERE {OPEN_ACTION} AND a.due_on < :end
    UNION ALL
    SELECT 'step', s.id, g.case_id, k.name, s.what, s.due_on, coalesce(p.name, s.party_name), s.party, g.title
    FROM goals g JOIN goal_steps s ON s.goal_id = g.id JOIN active k ON k.id = g.case_id
        LEFT JOIN partner_services p ON p.id = s.service_id
    WHERE {OPEN_STEP} AND s.due_on < :end
)
ORDER BY due_on, name_key(name), kind, id
"""


class AgendaQuery:
    def __init__(self, connection: Connection, today: date):
        self._connection = connection
        self._today = today

    def _params(self, start: date, end: date) -> dict[str, str | None]:
        # The caseload's rows, which say which cases are active, take `today` and `now` too.
        return {
            "today": iso(self._today),
            "now": iso(datetime.combine(self._today, time.min)),
            "start": iso(datetime.combine(start, time.min)),
            "end": iso(datetime.combine(end, time.min)),
        }

    def planned_sessions(self, start: date, end: date) -> list[PlannedSession]:
        """Sessions planned from the start of `start` to before `end`, by time."""
        rows = self._connection.execute(_SESSIONS, self._params(start, end))
        return [PlannedSession(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4], r[5], r[6]) for r in rows]

    def tasks_due_before(self, end: date) -> list[DueTask]:
        """Open actions and goal steps due before `end` (overdue ones too), by due date."""
        params = self._params(self._today, end) | {"end": iso(end)}
        # Due before `end`: every row has a due date.
        rows = self._connection.execute(_TASKS, params)
        return [
            DueTask(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5]), r[6] or "", to_enum(Party, r[7]), r[8])
            for r in rows
        ]

    def active_cases(self) -> list[tuple[int, str]]:
        """(id, name) of every active case, by name."""
        rows = self._connection.execute(
            f"SELECT id, name FROM ({ACTIVE_CASES}) ORDER BY name_key(name), id", self._params(self._today, self._today)
        )
        return [(r[0], r[1]) for r in rows]

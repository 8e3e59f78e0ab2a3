"""SessionRepository and ActionRepository: contacts, appointments and follow-up actions.

Only what the caseload needs for now; the sessions issue adds notes and more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from trajectapp.store.columns import iso, to_date, to_datetime
from trajectapp.store.connection import Connection


@dataclass(frozen=True)
class Session:
    id: int | None
    case_id: int
    starts_at: datetime
    status: str  # planned, held, cancelled
    kind: str = "individual"


@dataclass(frozen=True)
class Action:
    id: int | None
    case_id: int
    description: str
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None


class SessionRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, session: Session) -> Session:
        cursor = self._connection.execute(
            "INSERT INTO sessions (case_id, starts_at, status, kind) VALUES (?, ?, ?, ?)",
            (session.case_id, iso(session.starts_at), session.status, session.kind),
        )
        return Session(cursor.lastrowid, session.case_id, session.starts_at, session.status, session.kind)

    def set_status(self, session_id: int, status: str) -> None:
        self._connection.execute("UPDATE sessions SET status = ? WHERE id = ?", (status, session_id))

    def for_case(self, case_id: int) -> list[Session]:
        rows = self._connection.execute(
            "SELECT id, case_id, starts_at, status, kind FROM sessions WHERE case_id = ? ORDER BY starts_at", (case_id,)
        )
        return [Session(r[0], r[1], to_datetime(r[2]), r[3], r[4]) for r in rows]


class ActionRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, action: Action) -> Action:
        cursor = self._connection.execute(
            "INSERT INTO actions (case_id, description, owner, due_on, done_on) VALUES (?, ?, ?, ?, ?)",
            (action.case_id, action.description, action.owner, iso(action.due_on), iso(action.done_on)),
        )
        return Action(cursor.lastrowid, action.case_id, action.description, action.owner, action.due_on, action.done_on)

    def complete(self, action_id: int, on: date) -> None:
        self._connection.execute("UPDATE actions SET done_on = ? WHERE id = ?", (iso(on), action_id))

    def for_case(self, case_id: int) -> list[Action]:
        rows = self._connection.execute(
            "SELECT id, case_id, description, owner, due_on, done_on FROM actions WHERE case_id = ?"
            " ORDER BY done_on IS NOT NULL, due_on", (case_id,)
        )
        return [Action(r[0], r[1], r[2], r[3], to_date(r[4]), to_date(r[5])) for r in rows]

"""SessionRepository and ActionRepository: contacts, appointments, session notes and follow-up actions. A session's
own row is stored field by field as domain.sessions describes it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import SESSION_FIELDS, Action, Participant, Session, SessionParty
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.store.columns import iso, loaded_values, stored_values, to_date
from trajectapp.store.connection import Connection, Cursor
from trajectapp.store.written import inserted_id

__all__ = ["Action", "ActionRepository", "Session", "SessionRepository"]

# Column names come from the description, never from input. An update changes everything but the case and the status.
_FIELDS = [column.name for column in SESSION_FIELDS]
_SESSION_COLUMNS = ", ".join(["id", "case_id", *_FIELDS])
_UPDATED = [column for column in SESSION_FIELDS if column.name != "status"]
# A session's row: its id, its case, then the values of SESSION_FIELDS as the store keeps them.
_SessionRow = tuple[int, int, *tuple[object, ...]]


class SessionRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, session: Session) -> Session:
        cursor = self._connection.execute(
            f"INSERT INTO sessions (case_id, {', '.join(_FIELDS)}) VALUES (?, {', '.join('?' * len(_FIELDS))})",
            (session.case_id, *stored_values(SESSION_FIELDS, session)),
        )
        session_id = inserted_id(cursor)
        self._write_links(session_id, session)
        return _with_id(session, session_id)

    def update(self, session: Session) -> None:
        """Everything but the case and the status; participants and tags are replaced."""
        assignments = ", ".join(f"{column.name} = ?" for column in _UPDATED)
        self._connection.execute(
            f"UPDATE sessions SET {assignments} WHERE id = ?", (*stored_values(_UPDATED, session), session.id)
        )
        for table in ("session_participants", "session_domains", "session_factors", "session_goods"):
            # Table names come from the line above, never from input.
            self._connection.execute(f"DELETE FROM {table} WHERE session_id = ?", (session.id,))
        self._write_links(stored_id(session.id), session)

    def tag_factors(self, session_id: int, factor_ids: list[int]) -> None:
        self._connection.executemany(
            "INSERT OR IGNORE INTO session_factors (session_id, factor_id) VALUES (?, ?)",
            [(session_id, factor_id) for factor_id in factor_ids],
        )

    def set_status(self, session_id: int, status: str) -> None:
        self._connection.execute("UPDATE sessions SET status = ? WHERE id = ?", (status, session_id))

    def set_note(self, session_id: int, note: str) -> None:
        self._connection.execute("UPDATE sessions SET note = ? WHERE id = ?", (note, session_id))

    def get(self, session_id: int) -> Session | None:
        rows = self._connection.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        found = self._sessions(rows.fetchall(), "s.id = ?", session_id)
        return found[0] if found else None

    def for_case(self, case_id: int) -> list[Session]:
        rows = self._connection.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE case_id = ? ORDER BY starts_at, id", (case_id,)
        )
        return self._sessions(rows.fetchall(), "s.case_id = ?", case_id)

    def _write_links(self, session_id: int, session: Session) -> None:
        execute = self._connection.executemany
        # Most sessions have few links; an empty executemany still costs a statement (the demo writes thousands).
        if session.participants:
            execute(
                "INSERT INTO session_participants (session_id, party, service_id, party_name) VALUES (?, ?, ?, ?)",
                [(session_id, p.party.value, p.service_id, p.name) for p in session.participants],
            )
        if session.domain_ids:
            execute(
                "INSERT INTO session_domains (session_id, domain_id) VALUES (?, ?)",
                [(session_id, domain_id) for domain_id in dict.fromkeys(session.domain_ids)],
            )
        if session.factor_ids:
            execute(
                "INSERT INTO session_factors (session_id, factor_id) VALUES (?, ?)",
                [(session_id, factor_id) for factor_id in dict.fromkeys(session.factor_ids)],
            )
        if session.goods:
            execute(
                "INSERT INTO session_goods (session_id, good) VALUES (?, ?)",
                [(session_id, good.value) for good in dict.fromkeys(session.goods)],
            )

    def _sessions(self, rows: list[_SessionRow], which: str, key: int) -> list[Session]:
        """Sessions from their rows, with the participants and tags of the sessions `which` selects."""
        if not rows:
            return []
        # `which` is one of two fixed conditions above, never input.
        participants: defaultdict[int, list[Participant]] = defaultdict(list)
        domains: defaultdict[int, list[int]] = defaultdict(list)
        factors: defaultdict[int, list[int]] = defaultdict(list)
        goods: defaultdict[int, list[PrimaryGood]] = defaultdict(list)
        for session_id, party, service_id, name in self._connection.execute(
            "SELECT p.session_id, p.party, p.service_id, p.party_name FROM session_participants p"
            f" JOIN sessions s ON s.id = p.session_id WHERE {which} ORDER BY p.id",
            (key,),
        ):
            participants[session_id].append(Participant(SessionParty(party), service_id, name))
        for table, column, into in (
            ("session_domains", "domain_id", domains),
            ("session_factors", "factor_id", factors),
        ):
            for session_id, linked_id in self._links(table, column, which, key):
                into[session_id].append(linked_id)
        for session_id, good in self._links("session_goods", "good", which, key):
            goods[session_id].append(PrimaryGood(good))
        return [
            Session(
                id=r[0],
                case_id=r[1],
                **loaded_values(SESSION_FIELDS, r[2:]),
                participants=tuple(participants[r[0]]),
                domain_ids=tuple(domains[r[0]]),
                factor_ids=tuple(factors[r[0]]),
                goods=tuple(goods[r[0]]),
            )
            for r in rows
        ]

    def _links(self, table: str, column: str, which: str, key: int) -> Cursor:
        """(session id, linked value) of the sessions `which` selects, from one link table, in the order written."""
        # Table and column come from _sessions, never from input.
        return self._connection.execute(
            f"SELECT t.session_id, t.{column} FROM {table} t JOIN sessions s ON s.id = t.session_id"
            f" WHERE {which} ORDER BY t.rowid",
            (key,),
        )


def _with_id(session: Session, session_id: int) -> Session:
    return replace(session, id=session_id)


class ActionRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, action: Action) -> Action:
        cursor = self._connection.execute(
            "INSERT INTO actions (case_id, description, owner, due_on, done_on, session_id) VALUES (?, ?, ?, ?, ?, ?)",
            (
                action.case_id,
                action.description,
                action.owner,
                iso(action.due_on),
                iso(action.done_on),
                action.session_id,
            ),
        )
        return replace(action, id=cursor.lastrowid)

    def complete(self, action_id: int, on: date) -> None:
        self._connection.execute("UPDATE actions SET done_on = ? WHERE id = ?", (iso(on), action_id))

    def for_case(self, case_id: int) -> list[Action]:
        return self._actions("case_id = ?", case_id)

    def for_session(self, session_id: int) -> list[Action]:
        return self._actions("session_id = ?", session_id)

    def _actions(self, which: str, key: int) -> list[Action]:
        # `which` is one of two fixed conditions above, never input.
        rows = self._connection.execute(
            f"SELECT id, case_id, description, owner, due_on, done_on, session_id FROM actions WHERE {which}"
            " ORDER BY done_on IS NOT NULL, due_on",
            (key,),
        )
        return [Action(r[0], r[1], r[2], r[3], to_date(r[4]), to_date(r[5]), r[6]) for r in rows]

"""SessionRepository and ActionRepository: contacts, appointments, session notes and follow-up actions. A session's
own row is stored field by field as domain.sessions describes it."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from trajectapp.domain.case_tables import TABLES_BY_NAME
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import Action, Participant, Session, SessionParty
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.store.columns import iso
from trajectapp.store.connection import Connection, Cursor
from trajectapp.store.record_tables import CaseRecordRepository, RecordTable, Row

__all__ = ["Action", "ActionRepository", "Session", "SessionRepository"]

# A session's status changes only through set_status (planned, held, cancelled), never through an update.
_SESSIONS = RecordTable(TABLES_BY_NAME["sessions"], Session, order="starts_at, id", fixed=("status",))


class SessionRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, session: Session) -> Session:
        added = _SESSIONS.added(self._connection, session)
        self._write_links(stored_id(added.id), session)
        return added

    def update(self, session: Session) -> None:
        """Everything but the case and the status; participants and tags are replaced."""
        _SESSIONS.update(self._connection, session)
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
        found = self._sessions(_SESSIONS.rows(self._connection, "id = ?", (session_id,)), "s.id = ?", session_id)
        return found[0] if found else None

    def for_case(self, case_id: int) -> list[Session]:
        rows = _SESSIONS.rows(self._connection, "case_id = ?", (case_id,))
        return self._sessions(rows, "s.case_id = ?", case_id)

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

    def _sessions(self, rows: list[Row], which: str, key: int) -> list[Session]:
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
            _SESSIONS.from_row(
                r,
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


class ActionRepository(CaseRecordRepository[Action]):
    """Open actions first, soonest due first."""

    records = RecordTable(TABLES_BY_NAME["actions"], Action, order="done_on IS NOT NULL, due_on")

    def complete(self, action_id: int, on: date) -> None:
        self._connection.execute("UPDATE actions SET done_on = ? WHERE id = ?", (iso(on), action_id))

    def for_session(self, session_id: int) -> list[Action]:
        return self.records.where(self._connection, "session_id = ?", (session_id,))

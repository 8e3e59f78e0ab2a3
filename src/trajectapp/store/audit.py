"""AuditRepository: the vault's own trail of events (names, never content)."""

from __future__ import annotations

from trajectapp.store.clock import now_iso
from trajectapp.store.connection import Connection


class AuditRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def record(self, event: str, case_id: int | None = None) -> None:
        self._connection.execute(
            "INSERT INTO audit_log (at, event, case_id) VALUES (?, ?, ?)", (now_iso(), event, case_id)
        )

    def events(self) -> list[str]:
        return [row[0] for row in self._connection.execute("SELECT event FROM audit_log ORDER BY id")]

    def count(self) -> int:
        return self._connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]

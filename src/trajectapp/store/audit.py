"""AuditRepository: the vault's own trail of events, hash-chained.

Each entry names what happened and to which record, never content. Its hash
covers its own fields and the previous entry's hash, so an entry altered or
removed from the middle breaks the chain for every entry after it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from typing import TYPE_CHECKING

from trajectapp.domain.audit import AuditEntry
from trajectapp.store.clock import now_iso
from trajectapp.store.connection import Connection

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

GENESIS = "0" * 64
_COLUMNS = "id, at, event, case_id, record_type, record_id, summary, previous_hash, hash"


# json.dumps(..., ensure_ascii=False) would build a new encoder for every entry; this one gives the same text.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def entry_hash(
    previous: str, at: str, event: str, case_id: int | None, record_type: str, record_id: int | None, summary: str
) -> str:
    payload = _ENCODER.encode([previous, at, event, case_id, record_type, record_id, summary])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def _head(self) -> str:
        row = self._connection.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row and row[0] else GENESIS

    def record(
        self,
        event: str,
        case_id: int | None = None,
        *,
        record_type: str = "",
        record_id: int | None = None,
        summary: str = "",
    ) -> None:
        """Append an entry; call inside the transaction that makes the change."""
        previous, at = self._head(), now_iso()
        digest = entry_hash(previous, at, event, case_id, record_type, record_id, summary)
        self._connection.execute(
            "INSERT INTO audit_log (at, event, case_id, record_type, record_id, summary, previous_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (at, event, case_id, record_type, record_id, summary, previous, digest),
        )

    def record_many(self, entries: list[tuple[str, int | None, str, int | None, str]]) -> None:
        """Append (event, case_id, record_type, record_id, summary) entries in order, chained as record() chains
        them: for writing thousands at once (the demo vault)."""
        previous, at = self._head(), now_iso()
        rows = []
        for event, case_id, record_type, record_id, summary in entries:
            digest = entry_hash(previous, at, event, case_id, record_type, record_id, summary)
            rows.append((at, event, case_id, record_type, record_id, summary, previous, digest))
            previous = digest
        self._connection.executemany(
            "INSERT INTO audit_log (at, event, case_id, record_type, record_id, summary, previous_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def seal_unchained(self) -> int:
        """Chain the entries written before the chain existed (schema version 1); returns how many."""
        rows = self._connection.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE hash IS NULL ORDER BY id").fetchall()
        previous = GENESIS
        for row in rows:
            entry = AuditEntry(*row)
            digest = entry_hash(
                previous, entry.at, entry.event, entry.case_id, entry.record_type, entry.record_id, entry.summary
            )
            self._connection.execute(
                "UPDATE audit_log SET previous_hash = ?, hash = ? WHERE id = ?", (previous, digest, entry.id)
            )
            previous = digest
        return len(rows)

    def broken_links(self) -> list[int]:
        """Ids of the entries where the chain does not hold; empty when it is whole."""
        broken, previous = [], GENESIS
        for row in self._connection.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY id"):
            entry = AuditEntry(*row)
            expected = entry_hash(
                previous, entry.at, entry.event, entry.case_id, entry.record_type, entry.record_id, entry.summary
            )
            if entry.previous_hash != previous or entry.hash != expected:
                broken.append(entry.id)
            previous = entry.hash or ""
        return broken

    def for_case(self, case_id: int) -> list[AuditEntry]:
        rows = self._connection.execute(
            f"SELECT {_COLUMNS} FROM audit_log WHERE case_id = ? ORDER BY id DESC", (case_id,)
        )
        return [AuditEntry(*row) for row in rows]

    def events(self) -> list[str]:
        return [row[0] for row in self._connection.execute("SELECT event FROM audit_log ORDER BY id")]

    def count(self) -> int:
        row: tuple[int] = self._connection.execute("SELECT count(*) FROM audit_log").fetchone()
        return row[0]


def field_changes(before: DataclassInstance, after: DataclassInstance, skip: tuple[str, ...] = ("id",)) -> list[str]:
    """Names of the dataclass fields that differ: what an audit summary may say, never the values."""
    return [f.name for f in fields(before) if f.name not in skip and getattr(before, f.name) != getattr(after, f.name)]


class AuditBatch:
    """Collects entries with AuditRepository.record's signature and writes them chained in one go on flush().

    For writing thousands of records at once (the demo vault); nothing else
    may write to the trail between the first record() and flush().
    """

    def __init__(self, repository: AuditRepository):
        self._repository = repository
        self._entries: list[tuple[str, int | None, str, int | None, str]] = []

    def record(
        self,
        event: str,
        case_id: int | None = None,
        *,
        record_type: str = "",
        record_id: int | None = None,
        summary: str = "",
    ) -> None:
        self._entries.append((event, case_id, record_type, record_id, summary))

    def flush(self) -> None:
        if self._entries:
            self._repository.record_many(self._entries)
            self._entries = []

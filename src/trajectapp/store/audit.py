"""AuditRepository: the vault's own trail of events, chained by HMAC and sealed.

Each entry names what happened and to which record, never content. Its hash
covers its own fields and the previous entry's hash, so an entry altered or
removed from the middle breaks the chain for every entry after it. Entries
written since migration 0008 are keyed (store/audit_key.py); the seal holds the
number of entries and the last hash, so removing the last ones is found too.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from typing import TYPE_CHECKING

from trajectapp.domain.audit import AuditEntry, AuditSeal, SealFinding
from trajectapp.store.audit_key import ENCODER
from trajectapp.store.clock import now_iso
from trajectapp.store.connection import Connection

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

GENESIS = "0" * 64
_COLUMNS = "id, at, event, case_id, record_type, record_id, summary, previous_hash, hash"
_INSERT = (
    "INSERT INTO audit_log (at, event, case_id, record_type, record_id, summary, previous_hash, hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_Entry = tuple[str, int | None, str, int | None, str]  # event, case id, record type, record id, summary


def entry_hash(
    previous: str, at: str, event: str, case_id: int | None, record_type: str, record_id: int | None, summary: str
) -> str:
    """The plain hash of the entries written before the trail was keyed."""
    payload = ENCODER.encode([previous, at, event, case_id, record_type, record_id, summary])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def _head(self) -> str:
        row = self._connection.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row and row[0] else GENESIS

    def _keyed_hash(self, previous: str, at: str, entry: _Entry) -> str:
        row: tuple[str] = self._connection.execute(
            "SELECT audit_entry_mac(?, ?, ?, ?, ?, ?, ?)", (previous, at, *entry)
        ).fetchone()
        return row[0]

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
        self.record_many([(event, case_id, record_type, record_id, summary)])

    def record_many(self, entries: list[_Entry]) -> None:
        """Append (event, case_id, record_type, record_id, summary) entries in order, chained and sealed as one:
        for writing thousands at once (the demo vault) as for one. Call inside the transaction that makes the
        change."""
        previous, at = self._head(), now_iso()
        rows = []
        for entry in entries:
            digest = self._keyed_hash(previous, at, entry)
            rows.append((at, *entry, previous, digest))
            previous = digest
        # The entries and the seal are written together even where a caller forgot its transaction: a seal one
        # step behind would read as damage.
        self._connection.execute("SAVEPOINT audit_entries")
        try:
            self._connection.executemany(_INSERT, rows)
            # Counted on from the seal, never from the table: entries removed before these stay missing.
            self._connection.execute(
                "UPDATE audit_seal SET entries = entries + ?, last_hash = ?,"
                " mac = audit_seal_mac(keyed_from, entries + ?, ?)",
                (len(rows), previous, len(rows), previous),
            )
        except BaseException:
            self._connection.execute("ROLLBACK TO audit_entries")
            self._connection.execute("RELEASE audit_entries")
            raise
        self._connection.execute("RELEASE audit_entries")

    def chain_unchained(self) -> int:
        """Chain the entries written before the chain existed (schema version 1); returns how many.

        Only the migration from version 1 calls this: on a later vault, an entry without a hash was emptied.
        """
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

    def seal_as_it_stands(self) -> None:
        """Write the first seal: entries from the next one on are keyed. Only migration 0008 calls this."""
        row: tuple[int, int] = self._connection.execute(
            "SELECT coalesce(max(id), 0), count(*) FROM audit_log"
        ).fetchone()
        last_id, entries = row
        self._connection.execute(
            "INSERT INTO audit_seal (id, keyed_from, entries, last_hash, mac)"
            " VALUES (1, ?1, ?2, ?3, audit_seal_mac(?1, ?2, ?3))",
            (last_id + 1, entries, self._head()),
        )

    def seal(self) -> AuditSeal | None:
        """The seal as stored, or None in a vault without one."""
        row = self._connection.execute("SELECT keyed_from, entries, last_hash, mac FROM audit_seal").fetchone()
        return AuditSeal(*row) if row else None

    def seal_finding(self) -> SealFinding:
        """How the stored seal compares with the trail (a vault with a seal's schema)."""
        row = self._connection.execute(
            "SELECT entries, last_hash, mac = audit_seal_mac(keyed_from, entries, last_hash) FROM audit_seal"
        ).fetchone()
        if row is None:
            return SealFinding.MISSING
        entries, last_hash, authentic = row
        if not authentic:
            return SealFinding.FORGED
        if self.count() < entries:
            return SealFinding.ENTRIES_REMOVED
        if self.count() != entries or self._head() != last_hash:
            return SealFinding.DIFFERENT_END
        return SealFinding.WHOLE

    def broken_links(self, *, keyed: bool = True) -> list[int]:
        """Ids of the entries where the chain does not hold; empty when it is whole.

        From the seal's `keyed_from` on an entry's hash must be its HMAC; a vault from before the seal
        (`keyed=False`, for `check`, which never migrates) has plain hashes only.
        """
        seal = self.seal() if keyed else None
        keyed_from = seal.keyed_from if seal else (1 if keyed else None)
        broken, previous = [], GENESIS
        rows = self._connection.execute(
            f"SELECT {_COLUMNS}, CASE WHEN id >= ? THEN audit_entry_mac(previous_hash, at, event, case_id,"
            " record_type, record_id, summary) END FROM audit_log ORDER BY id",
            (keyed_from,),
        )
        for row in rows:
            entry, keyed_hash = AuditEntry(*row[:-1]), row[-1]
            expected = keyed_hash or entry_hash(
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

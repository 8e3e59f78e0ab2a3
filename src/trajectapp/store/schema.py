"""Applies the SQL migrations in order, each in one transaction with `PRAGMA user_version`."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

from trajectapp.store.audit import AuditRepository
from trajectapp.store.connection import Connection, schema_version_of

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class SchemaTooNew(Exception):
    pass


class BrokenLinks(Exception):
    """A migration left a row that refers to one that is not there; it was rolled back."""


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) for every migration file, in order."""
    found = []
    for entry in resources.files("trajectapp.store.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [version for version, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migration files must be numbered 0001, 0002, ... without gaps")
    return found


# What SQL cannot do, done in the same transaction as the migration: chaining the trail of a first-schema vault
# (before 0008 makes its entries unchangeable) and sealing the trail as it stands. Here, and not on every unlock,
# so that a hash or a seal emptied later is never made good again.
_COMPLETING_STEPS: dict[int, Callable[[Connection], object]] = {
    2: lambda connection: AuditRepository(connection).chain_unchained(),
    8: lambda connection: AuditRepository(connection).seal_as_it_stands(),
}


def latest_version() -> int:
    return len(migrations())


def migrate(connection: Connection, before_migrating: Callable[[int], None] = lambda version: None) -> list[int]:
    """Bring the schema up to date; returns the versions applied.

    `before_migrating(current_version)` runs once before the first change to
    an existing schema (the vault backs itself up there).
    """
    current = schema_version_of(connection)
    pending = [(version, sql) for version, sql in migrations() if version > current]
    if current > latest_version():
        raise SchemaTooNew(current)
    if pending and current > 0:
        before_migrating(current)
    # SQLite changes a column's CHECK only by making its table again, and dropping the old table would cascade
    # into the rows that refer to it (a factor's sessions): foreign keys are off while migrations run, as SQLite's
    # own recipe for it says, and every link is checked before each one commits. The pragma has no effect inside a
    # transaction, so it is set here, around them.
    enforced = connection.execute("PRAGMA foreign_keys").fetchone()[0]
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        for version, sql in pending:
            _apply(connection, version, sql)
    finally:
        connection.execute(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")
    return [version for version, _ in pending]


def _apply(connection: Connection, version: int, sql: str) -> None:
    """One migration in one transaction: the schema change and the version bump land together or not at all."""
    try:
        connection.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version:d};")
        if version in _COMPLETING_STEPS:
            _COMPLETING_STEPS[version](connection)
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise BrokenLinks(version)
        connection.execute("COMMIT")
    except Exception:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise

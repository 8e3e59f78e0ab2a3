"""Applies the SQL migrations in order, each in one transaction with `PRAGMA user_version`."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

from trajectapp.store.connection import Connection, schema_version_of

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class SchemaTooNew(Exception):
    pass


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
    for version, sql in pending:
        try:
            # One script, one transaction: the schema change and the version
            # bump land together or not at all.
            connection.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version:d};\nCOMMIT;")
        except Exception:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return [version for version, _ in pending]

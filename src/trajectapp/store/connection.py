"""Opening the SQLCipher database with a raw key, and explicit transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from trajectapp.domain.messages import Code, Refusal
from trajectapp.domain.names import name_key

if TYPE_CHECKING:
    # sqlcipher3 ships no types. It is the standard library's sqlite3 module built against SQLCipher, with the same
    # interface, so the standard library's declarations describe it (rows are untyped in both). Re-exported for the
    # repositories and services that name them.
    from sqlite3 import Connection as Connection
    from sqlite3 import Cursor as Cursor
    from sqlite3 import DatabaseError as DatabaseError
else:
    from sqlcipher3 import Connection as Connection
    from sqlcipher3 import Cursor as Cursor
    from sqlcipher3 import DatabaseError as DatabaseError


class UnreadableDatabase(Exception):
    """SQLCipher could not read the first page with the key it was given."""


class NotWritten(Refusal):
    """The disk refused a write (full, read-only, gone): nothing of the transaction was kept, and the person can
    act on it, so it is a refusal with a code and not a database error."""


# SQLite's primary result codes for a disk that refused a write, and what the person is told for each.
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14
_REFUSED_WRITES = {
    _SQLITE_FULL: Code.DISK_FULL,
    _SQLITE_READONLY: Code.FOLDER_READ_ONLY,
    _SQLITE_IOERR: Code.DISK_WRITE_FAILED,
    _SQLITE_CANTOPEN: Code.DISK_WRITE_FAILED,
}


def open_database(path: Path, key: bytes) -> Connection:
    """Open (or create) the database at `path`, keyed with the raw 256-bit `key`.

    The connection is in autocommit mode; write through `transaction()`.
    It may be opened on a worker thread and then used on the GUI thread, never
    on both at once.
    """
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    connection: Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # Without this SQLCipher writes its own diagnostics to stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        # PRAGMA key takes no bound parameter; this is only ever hex we produced.
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        connection.close()
        raise UnreadableDatabase(str(error)) from error
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA temp_store = MEMORY")
    # Used to sort and search names blind to case and accents.
    connection.create_function("name_key", 1, name_key, deterministic=True)
    return connection


def page_errors(path: Path, key: bytes) -> list[str]:
    """SQLCipher's page-by-page HMAC check; an empty list means every page is sound."""
    connection: Connection = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
    finally:
        connection.close()


def structure_errors(connection: Connection) -> list[str]:
    """SQLite's own integrity check of the b-trees; an empty list means sound."""
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


@contextmanager
def transaction(connection: Connection) -> Iterator[Connection]:
    """Everything written inside is kept, or none of it; a disk that refuses the write raises NotWritten."""
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            _end(connection)
            raise
        try:
            connection.execute("COMMIT")
        except BaseException:
            # A refused commit (a deferred constraint, a full disk) can leave the transaction open: end it, so that
            # none of it stays and the next transaction can begin.
            _end(connection)
            raise
    except sqlcipher3.OperationalError as error:
        code = _REFUSED_WRITES.get(getattr(error, "sqlite_errorcode", 0) & 0xFF)
        if code is None:
            raise
        raise NotWritten(code, file=database_file(connection)) from error


def _end(connection: Connection) -> None:
    """Roll back what is left: SQLite rolls back by itself after some errors (a full disk), and a second ROLLBACK
    would raise and hide the first error."""
    if connection.in_transaction:
        connection.execute("ROLLBACK")


def database_file(connection: Connection) -> str:
    """The file the connection writes to, as the person would look for it."""
    for _seq, name, file in connection.execute("PRAGMA database_list"):
        if name == "main":
            return str(file)
    return ""


def close(connection: Connection) -> None:
    """Fold the write-ahead log back into the database and close."""
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseError:
        pass  # full or read-only: the log stays whole beside the database, and the next opening folds it in
    finally:
        connection.close()


def schema_version_of(connection: Connection) -> int:
    row: tuple[int] = connection.execute("PRAGMA user_version").fetchone()
    return row[0]

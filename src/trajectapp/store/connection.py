"""Opening the SQLCipher database with a raw key, and explicit transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from trajectapp.domain.messages import Code, Refusal
from trajectapp.domain.names import name_key
from trajectapp.store.audit_key import give_audit_key

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


def open_database(path: Path, key: bytes, *, read_only: bool = False, beside_a_writer: bool = False) -> Connection:
    """Open (or create) the database at `path`, keyed with the raw 256-bit `key`.

    The connection is in autocommit mode; write through `transaction()`.
    It may be opened on a worker thread and then used on the GUI thread, never
    on both at once. A `read_only` one writes nothing (see `_read_only_address`) and is closed with
    `close_read_only`; `beside_a_writer` says another connection of this process may write the file meanwhile, so
    it is never taken as unchanging (the integrity check that runs while the vault is open).
    """
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    connection: Connection = sqlcipher3.connect(
        _read_only_address(path, beside_a_writer) if read_only else str(path),
        isolation_level=None,
        check_same_thread=False,
        uri=read_only,
    )
    try:
        # Without this SQLCipher writes its own diagnostics to stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        # PRAGMA key takes no bound parameter; this is only ever hex we produced.
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        connection.close()
        raise UnreadableDatabase(str(error)) from error
    connection.execute("PRAGMA temp_store = MEMORY")  # sorting and checking never spill plaintext to a temp file
    if not read_only:
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    # Used to sort and search names blind to case and accents.
    connection.create_function("name_key", 1, name_key, deterministic=True)
    give_audit_key(connection, key)
    return connection


def wipe_freed_memory() -> None:
    """From now on SQLCipher wipes every block of memory it frees in this process, so the key's text in a PRAGMA
    key statement and decrypted pages are not left behind after a lock. Process-wide and for good: the interactive
    application asks for it at start; bulk work (the demo, the tests) does not, as it makes writes several times
    slower (a 1,000-case demo: 3.7 s without, 28 s with)."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_memory_security = ON")
    finally:
        connection.close()


def _read_only_address(path: Path, beside_a_writer: bool = False) -> str:
    """The database as a URI SQLite opens without writing. Without a write-ahead log to read (no -wal file, or an
    empty one), and with no writer beside it, it is opened as immutable: no log, no shared-memory index, not a byte
    written. A log left by a crash
    holds commits that must be read, and SQLite then rebuilds its shared-memory index (-shm, which holds no data of
    its own) to read it; the database and the log stay as they are."""
    log = path.with_name(path.name + "-wal")
    settled = not beside_a_writer and (not log.exists() or log.stat().st_size == 0)
    return path.absolute().as_uri() + ("?mode=ro&immutable=1" if settled else "?mode=ro")


def page_errors(path: Path, key: bytes, *, read_only: bool = False) -> list[str]:
    """SQLCipher's page-by-page HMAC check; an empty list means every page is sound."""
    connection: Connection = sqlcipher3.connect(
        _read_only_address(path) if read_only else str(path), isolation_level=None, uri=read_only
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return cipher_page_errors(connection)
    finally:
        connection.close()


def cipher_page_errors(connection: Connection) -> list[str]:
    """`page_errors` on a connection already open; it reads every page of the file, and cannot be interrupted."""
    return [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]


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


def close_read_only(connection: Connection) -> None:
    """Close a connection opened read-only: there is nothing to fold back, and it may not write."""
    connection.close()


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

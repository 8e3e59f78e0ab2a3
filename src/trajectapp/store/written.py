"""The ids and records around a repository's writes: the id the store gave a new row, the id of a record being
changed, and a record as it now stands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from trajectapp.store.connection import Cursor

Record = TypeVar("Record")


def inserted_id(cursor: Cursor) -> int:
    """The id of the row that `cursor` has just inserted."""
    if cursor.lastrowid is None:
        raise ValueError("the statement inserted no row")
    return cursor.lastrowid


def stored_id(record_id: int | None) -> int:
    """The id of a record that is in the store: one without an id has never been stored, so it cannot be changed."""
    if record_id is None:
        raise ValueError("a record without an id has never been stored")
    return record_id


def read_back(read: Callable[[int], Record | None], record_id: int | None) -> Record:
    """The record with `record_id`, read with `read` right after writing it. That it is not there is a bug (the
    services check that a record exists before they change it), so this raises rather than answer None."""
    record = read(stored_id(record_id))
    if record is None:
        raise LookupError(f"record {record_id} is not in the store")
    return record

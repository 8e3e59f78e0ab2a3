"""What a repository gives back after a write: the id the store gave a new row, and a record as it now stands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from trajectapp.domain.record_ids import stored_id
from trajectapp.store.connection import Cursor

Record = TypeVar("Record")


def inserted_id(cursor: Cursor) -> int:
    """The id of the row that `cursor` has just inserted."""
    if cursor.lastrowid is None:
        raise ValueError("the statement inserted no row")
    return cursor.lastrowid


def read_back(read: Callable[[int], Record | None], record_id: int | None) -> Record:
    """The record with `record_id`, read with `read` right after writing it. That it is not there is a bug (the
    services check that a record exists before they change it), so this raises rather than answer None."""
    record = read(stored_id(record_id))
    if record is None:
        raise LookupError(f"record {record_id} is not in the store")
    return record

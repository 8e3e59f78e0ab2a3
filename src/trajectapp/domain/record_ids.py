"""A record's id: None until the store has given it one, and then what everything reading the record refers to it by."""

from __future__ import annotations


def stored_id(record_id: int | None) -> int:
    """The id of a record that is in the store: one without an id has never been stored, so nothing can refer to it."""
    if record_id is None:
        raise ValueError("a record without an id has never been stored")
    return record_id

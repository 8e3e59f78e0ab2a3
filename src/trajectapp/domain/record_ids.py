"""A record's id: None until the store has given it one, and then what everything reading the record refers to it by."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

Linked = TypeVar("Linked")


def stored_id(record_id: int | None) -> int:
    """The id of a record that is in the store: one without an id has never been stored, so nothing can refer to it."""
    if record_id is None:
        raise ValueError("a record without an id has never been stored")
    return record_id


def linked(records: Mapping[int, Linked], record_id: int | None) -> Linked | None:
    """What an optional link (a session's partner service, say) points to among `records`, by id; None when the link
    is empty or points to none of them."""
    return None if record_id is None else records.get(record_id)

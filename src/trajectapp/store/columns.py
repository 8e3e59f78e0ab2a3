"""Converting between domain values and the text the store keeps (ISO dates, enum values)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=Enum)


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    return value.isoformat()


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def to_datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def to_enum(kind: type[E], text: str | None) -> E | None:
    return kind(text) if text is not None else None

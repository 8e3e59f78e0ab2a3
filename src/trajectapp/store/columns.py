"""Converting between domain values and the text the store keeps (ISO dates, approximate dates as ISO text cut to
what is known, enum values), column by column as the record descriptions (domain.columns) type them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from trajectapp.domain.columns import Column, Kind
from trajectapp.domain.dates import ApproximateDate

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


def stored(column: Column, value: object) -> object:
    """`value` as the store keeps it in `column`."""
    if value is None:
        return None
    if column.kind in (Kind.DATE, Kind.DATETIME) and isinstance(value, date):
        return iso(value)
    if isinstance(value, ApproximateDate):
        return value.iso
    if isinstance(value, Enum):
        return value.value
    return value


def loaded(column: Column, value: Any) -> object:
    """What the store keeps in `column` as the domain's value: a date, an approximate date, a datetime, an enum
    member."""
    if value is None:
        return None
    if column.kind is Kind.DATE:
        return to_date(value)
    if column.kind is Kind.APPROXIMATE_DATE:
        return ApproximateDate.from_iso(value)
    if column.kind is Kind.DATETIME:
        return to_datetime(value)
    if column.enum is not None:
        return column.enum(value)
    return value


def stored_values(columns: Iterable[Column], record: object) -> list[object]:
    """The stored values of `record`'s fields, in the order of `columns`."""
    return [stored(column, getattr(record, column.name)) for column in columns]


# Any, not object: the values go by name into a record's constructor (`Case(id, **values)`), each of the type its
# column describes, which a static type of the whole dict cannot say.
def loaded_values(columns: Iterable[Column], row: Iterable[object]) -> dict[str, Any]:
    """A row's values by field name, as the domain keeps them, in the order of `columns`."""
    return {column.name: loaded(column, value) for column, value in zip(columns, row, strict=True)}

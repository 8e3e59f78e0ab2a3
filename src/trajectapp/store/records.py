"""Reading a record by its id, and the records of a case in their order, as the repositories do. Table, columns
and order are constants of the repositories, never input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from trajectapp.store.connection import Connection

Record = TypeVar("Record")
Row = tuple[Any, ...]


def record_by_id(
    connection: Connection, table: str, columns: str, record_id: int, record: Callable[[Row], Record]
) -> Record | None:
    row = connection.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return record(row) if row else None


def records_of_case(
    connection: Connection, table: str, columns: str, case_id: int, record: Callable[[Row], Record], *, order: str
) -> list[Record]:
    """The case's records in `order` (an ORDER BY clause; empty: as the store finds them)."""
    ordered = f" ORDER BY {order}" if order else ""
    rows = connection.execute(f"SELECT {columns} FROM {table} WHERE case_id = ?{ordered}", (case_id,))
    return [record(row) for row in rows]

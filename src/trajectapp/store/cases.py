"""CaseRepository: the people on the caseload, stored field by field as domain.case describes them."""

from __future__ import annotations

from trajectapp.domain.case import CASE_FIELDS, Case
from trajectapp.domain.names import name_key
from trajectapp.store.clock import now_iso
from trajectapp.store.columns import loaded_values, stored_values
from trajectapp.store.connection import Connection
from trajectapp.store.written import inserted_id, read_back

# Column names come from the description, never from input. Not a store.record_tables record: a case belongs to no
# case or parent, and the store stamps when it was created and last changed.
_FIELDS = [column.name for column in CASE_FIELDS]
_COLUMNS = ", ".join(["id", *_FIELDS])
# A case's row: its id, then the values of CASE_FIELDS as the store keeps them.
_Row = tuple[int, *tuple[object, ...]]


def _case(row: _Row) -> Case:
    return Case(row[0], **loaded_values(CASE_FIELDS, row[1:]))


class CaseRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, case: Case) -> Case:
        stamp = now_iso()
        cursor = self._connection.execute(
            f"INSERT INTO cases ({', '.join(_FIELDS)}, created_at, updated_at)"
            f" VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)",
            (*stored_values(CASE_FIELDS, case), stamp, stamp),
        )
        return read_back(self.get, inserted_id(cursor))

    def update(self, case: Case) -> Case:
        assignments = ", ".join(f"{name} = ?" for name in _FIELDS)
        self._connection.execute(
            f"UPDATE cases SET {assignments}, updated_at = ? WHERE id = ?",
            (*stored_values(CASE_FIELDS, case), now_iso(), case.id),
        )
        return read_back(self.get, case.id)

    def get(self, case_id: int) -> Case | None:
        row = self._connection.execute(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        return _case(row) if row else None

    def all(self) -> list[Case]:
        """Every case, in the order a person expects: Çelik with the Cs, not after Zoë."""
        cases = [_case(row) for row in self._connection.execute(f"SELECT {_COLUMNS} FROM cases")]
        return sorted(cases, key=lambda case: (name_key(case.name), case.id))

    def count(self) -> int:
        row: tuple[int] = self._connection.execute("SELECT count(*) FROM cases").fetchone()
        return row[0]


def changed_fields(before: Case, after: Case) -> list[str]:
    """Names of the fields that differ: what an audit summary may say, never the values."""
    return [name for name in _FIELDS if getattr(before, name) != getattr(after, name)]

"""CaseRepository: the people on the caseload."""

from __future__ import annotations

from dataclasses import fields

from trajectapp.domain.case import Case, LegalStatus
from trajectapp.domain.names import name_key
from trajectapp.store.clock import now_iso
from trajectapp.store.columns import iso, to_date
from trajectapp.store.connection import Connection

# Every field of Case but the id, in order; the table has a column of each name.
_FIELDS = [f.name for f in fields(Case) if f.name != "id"]
_DATE_FIELDS = {f.name for f in fields(Case) if f.type == "date | None"}
_COLUMNS = ", ".join(["id", *_FIELDS])


def _case(row: tuple) -> Case:
    values = dict(zip(["id", *_FIELDS], row))
    for name in _DATE_FIELDS:
        values[name] = to_date(values[name])
    values["legal_status"] = LegalStatus(values["legal_status"])
    return Case(**values)


def _stored(case: Case) -> list:
    values = []
    for name in _FIELDS:
        value = getattr(case, name)
        if name in _DATE_FIELDS:
            value = iso(value)
        elif isinstance(value, LegalStatus):
            value = value.value
        values.append(value)
    return values


class CaseRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, case: Case) -> Case:
        stamp = now_iso()
        cursor = self._connection.execute(
            f"INSERT INTO cases ({', '.join(_FIELDS)}, created_at, updated_at)"
            f" VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)",
            (*_stored(case), stamp, stamp),
        )
        return self.get(cursor.lastrowid)

    def update(self, case: Case) -> Case:
        assignments = ", ".join(f"{name} = ?" for name in _FIELDS)
        self._connection.execute(
            f"UPDATE cases SET {assignments}, updated_at = ? WHERE id = ?", (*_stored(case), now_iso(), case.id)
        )
        return self.get(case.id)

    def get(self, case_id: int) -> Case | None:
        row = self._connection.execute(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        return _case(row) if row else None

    def all(self) -> list[Case]:
        """Every case, in the order a person expects: Çelik with the Cs, not after Zoë."""
        cases = [_case(row) for row in self._connection.execute(f"SELECT {_COLUMNS} FROM cases")]
        return sorted(cases, key=lambda case: (name_key(case.name), case.id))

    def count(self) -> int:
        return self._connection.execute("SELECT count(*) FROM cases").fetchone()[0]


def changed_fields(before: Case, after: Case) -> list[str]:
    """Names of the fields that differ: what an audit summary may say, never the values."""
    return [name for name in _FIELDS if getattr(before, name) != getattr(after, name)]

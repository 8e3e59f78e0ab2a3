"""FactorRepository: the push and pull factors of a case."""

from __future__ import annotations

from datetime import date

from trajectapp.domain.factors import Direction, Factor, FactorKind, FactorStatus
from trajectapp.store.columns import iso
from trajectapp.store.connection import Connection

_COLUMNS = "id, case_id, direction, kind, category_id, first_noted_on, status, domain_id, evidence"
_Row = tuple[int, int, str, str, int, str, str, int | None, str]


def _factor(r: _Row) -> Factor:
    return Factor(
        r[0], r[1], Direction(r[2]), FactorKind(r[3]), r[4], date.fromisoformat(r[5]), FactorStatus(r[6]), r[7], r[8]
    )


class FactorRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, factor: Factor) -> Factor:
        cursor = self._connection.execute(
            "INSERT INTO factors (case_id, direction, kind, category_id, first_noted_on, status, domain_id, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                factor.case_id,
                factor.direction.value,
                factor.kind.value,
                factor.category_id,
                iso(factor.first_noted_on),
                factor.status.value,
                factor.domain_id,
                factor.evidence,
            ),
        )
        return Factor(
            cursor.lastrowid,
            factor.case_id,
            factor.direction,
            factor.kind,
            factor.category_id,
            factor.first_noted_on,
            factor.status,
            factor.domain_id,
            factor.evidence,
        )

    def update(self, factor: Factor) -> Factor:
        self._connection.execute(
            "UPDATE factors SET direction = ?, kind = ?, category_id = ?, first_noted_on = ?, status = ?,"
            " domain_id = ?, evidence = ? WHERE id = ?",
            (
                factor.direction.value,
                factor.kind.value,
                factor.category_id,
                iso(factor.first_noted_on),
                factor.status.value,
                factor.domain_id,
                factor.evidence,
                factor.id,
            ),
        )
        return factor

    def get(self, factor_id: int) -> Factor | None:
        row = self._connection.execute(f"SELECT {_COLUMNS} FROM factors WHERE id = ?", (factor_id,)).fetchone()
        return _factor(row) if row else None

    def for_case(self, case_id: int) -> list[Factor]:
        rows = self._connection.execute(
            f"SELECT {_COLUMNS} FROM factors WHERE case_id = ? ORDER BY first_noted_on, id", (case_id,)
        )
        return [_factor(row) for row in rows]

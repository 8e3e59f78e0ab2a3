"""FactorRepository: the push and pull factors of a case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from trajectapp.domain.factors import Direction, Factor, FactorKind, FactorStatus
from trajectapp.store.columns import iso
from trajectapp.store.connection import Connection
from trajectapp.store.records import record_by_id, records_of_case

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
        return replace(factor, id=cursor.lastrowid)

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
        return record_by_id(self._connection, "factors", _COLUMNS, factor_id, _factor)

    def for_case(self, case_id: int) -> list[Factor]:
        return records_of_case(self._connection, "factors", _COLUMNS, case_id, _factor, order="first_noted_on, id")

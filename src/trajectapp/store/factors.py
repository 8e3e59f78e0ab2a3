"""FactorRepository: the push and pull factors of a case."""

from __future__ import annotations

from trajectapp.domain.case_tables import TABLES_BY_NAME
from trajectapp.domain.factors import Factor
from trajectapp.store.record_tables import CaseRecordRepository, RecordTable


class FactorRepository(CaseRecordRepository[Factor]):
    records = RecordTable(TABLES_BY_NAME["factors"], Factor, order="first_noted_on, id")

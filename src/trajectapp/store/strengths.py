"""StrengthRepository, GoodLivesRepository and PerspectiveRepository: what the person has and wants."""

from __future__ import annotations

from trajectapp.domain.case_tables import TABLES_BY_NAME
from trajectapp.domain.strengths import GoodLivesEntry, Perspective, Strength
from trajectapp.store.record_tables import CaseRecordRepository, RecordTable


class StrengthRepository(CaseRecordRepository[Strength]):
    records = RecordTable(TABLES_BY_NAME["strengths"], Strength)


class GoodLivesRepository(CaseRecordRepository[GoodLivesEntry]):
    """An entry is about one good, for good; services put the entries in the model's order."""

    records = RecordTable(TABLES_BY_NAME["good_lives"], GoodLivesEntry, fixed=("good",))


class PerspectiveRepository(CaseRecordRepository[Perspective]):
    records = RecordTable(TABLES_BY_NAME["perspectives"], Perspective, order="noted_on, id")

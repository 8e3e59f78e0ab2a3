"""AssessmentRepository (dated assessments and their items) and ExternalAssessmentRepository."""

from __future__ import annotations

from dataclasses import replace

from trajectapp.domain.case_tables import TABLES_BY_NAME
from trajectapp.domain.needs import Assessment, AssessmentItem, ExternalAssessment
from trajectapp.store.connection import Connection
from trajectapp.store.record_tables import CaseRecordRepository, RecordTable
from trajectapp.store.written import read_back

# An assessment stays a copy of the one it started from, and an item stays about its life domain.
_ASSESSMENTS = RecordTable(TABLES_BY_NAME["assessments"], Assessment, order="assessed_on, id", fixed=("started_from",))
_ITEMS = RecordTable(TABLES_BY_NAME["assessment_items"], AssessmentItem, fixed=("domain_id",))


class AssessmentRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, assessment: Assessment) -> Assessment:
        """The assessment and its items; returns both with their ids."""
        assessment_id = _ASSESSMENTS.insert(self._connection, assessment)
        added = tuple(self.add_item(item, assessment_id=assessment_id) for item in assessment.items)
        return replace(assessment, id=assessment_id, items=added)

    def update(self, assessment: Assessment) -> Assessment:
        """The date and the note; items change one by one."""
        _ASSESSMENTS.update(self._connection, assessment)
        return read_back(self.get, assessment.id)

    def get(self, assessment_id: int) -> Assessment | None:
        found = _ASSESSMENTS.get(self._connection, assessment_id)
        return replace(found, items=tuple(self.items(assessment_id))) if found else None

    def for_case(self, case_id: int) -> list[Assessment]:
        """Oldest first, each with its items in catalogue order."""
        items: dict[int | None, list[AssessmentItem]] = {}
        for item in self._items_where("a.case_id = ?", case_id):
            items.setdefault(item.assessment_id, []).append(item)
        return [
            replace(header, items=tuple(items.get(header.id, ())))
            for header in _ASSESSMENTS.of_owner(self._connection, case_id)
        ]

    def latest(self, case_id: int) -> Assessment | None:
        row = self._connection.execute(
            "SELECT id FROM assessments WHERE case_id = ? ORDER BY assessed_on DESC, id DESC LIMIT 1", (case_id,)
        ).fetchone()
        return self.get(row[0]) if row else None

    def items(self, assessment_id: int) -> list[AssessmentItem]:
        return self._items_where("i.assessment_id = ?", assessment_id)

    def _items_where(self, condition: str, key: int) -> list[AssessmentItem]:
        """Items in catalogue order, which only the life domains know: a join, so written out over the items'
        columns. `condition` is one of two constants above, never input."""
        rows = self._connection.execute(
            f"SELECT {_ITEMS.columns('i')} FROM assessment_items i JOIN assessments a ON a.id = i.assessment_id"
            f" JOIN life_domains d ON d.id = i.domain_id WHERE {condition} ORDER BY d.position, d.id",
            (key,),
        )
        return [_ITEMS.from_row(row) for row in rows]

    def add_item(self, item: AssessmentItem, assessment_id: int | None = None) -> AssessmentItem:
        """Adds `item` (to `assessment_id` when given, e.g. when copying items); its own id is not used."""
        if assessment_id is not None:
            item = replace(item, assessment_id=assessment_id)
        return _ITEMS.added(self._connection, item)

    def update_item(self, item: AssessmentItem) -> AssessmentItem:
        """Everything but where it belongs (assessment and domain)."""
        _ITEMS.update(self._connection, item)
        return item

    def get_item(self, item_id: int) -> AssessmentItem | None:
        return _ITEMS.get(self._connection, item_id)

    def item_for(self, assessment_id: int, domain_id: int) -> AssessmentItem | None:
        found = _ITEMS.where(self._connection, "assessment_id = ? AND domain_id = ?", (assessment_id, domain_id))
        return found[0] if found else None

    def case_of_item(self, item_id: int) -> int | None:
        row = self._connection.execute(
            "SELECT a.case_id FROM assessment_items i JOIN assessments a ON a.id = i.assessment_id WHERE i.id = ?",
            (item_id,),
        ).fetchone()
        return row[0] if row else None


class ExternalAssessmentRepository(CaseRecordRepository[ExternalAssessment]):
    records = RecordTable(
        TABLES_BY_NAME["external_assessments"], ExternalAssessment, order="done_on IS NULL, done_on, id"
    )

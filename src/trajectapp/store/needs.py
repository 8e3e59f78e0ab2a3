"""AssessmentRepository (dated assessments and their items) and ExternalAssessmentRepository."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from trajectapp.domain.needs import Assessment, AssessmentItem, ExternalAssessment, Motivation, RiskTool, Views
from trajectapp.store.columns import iso, to_date, to_enum
from trajectapp.store.connection import Connection
from trajectapp.store.records import record_by_id, records_of_case
from trajectapp.store.written import inserted_id, read_back

_ASSESSMENT = "id, case_id, assessed_on, note, started_from"
# Every field of AssessmentItem but the id, in order; the table has a column of each name.
_ITEM_FIELDS = (
    "assessment_id",
    "domain_id",
    "situation",
    "person_situation",
    "motivation",
    "person_view",
    "consultant_view",
    "views",
    "own_words",
    "support_needed",
    "next_step",
    "next_step_service_id",
)
_ITEM = ", ".join(("id", *_ITEM_FIELDS))
_EXTERNAL = "id, case_id, tool, done_on, author, held_at, other_tool, note"
_AssessmentRow = tuple[int, int, str, str, int | None]
# The stored values of _ITEM_FIELDS, and a row of _ITEM: the id, then those.
_ItemValues = tuple[int, int, int | None, int | None, str | None, str, str, str, str, str, str, int | None]
_ItemRow = tuple[int, *_ItemValues]
_ExternalRow = tuple[int, int, str, str | None, str, str, str, str]


def _assessment(r: _AssessmentRow) -> Assessment:
    return Assessment(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4])


def _item(r: _ItemRow) -> AssessmentItem:
    return AssessmentItem(
        r[0], r[1], r[2], r[3], r[4], to_enum(Motivation, r[5]), r[6], r[7], Views(r[8]), r[9], r[10], r[11], r[12]
    )


def _item_values(item: AssessmentItem) -> _ItemValues:
    return (
        item.assessment_id,
        item.domain_id,
        item.situation,
        item.person_situation,
        item.motivation.value if item.motivation else None,
        item.person_view,
        item.consultant_view,
        item.views.value,
        item.own_words,
        item.support_needed,
        item.next_step,
        item.next_step_service_id,
    )


def _external(r: _ExternalRow) -> ExternalAssessment:
    return ExternalAssessment(r[0], r[1], RiskTool(r[2]), to_date(r[3]), r[4], r[5], r[6], r[7])


class AssessmentRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, assessment: Assessment) -> Assessment:
        """The assessment and its items; returns both with their ids."""
        cursor = self._connection.execute(
            "INSERT INTO assessments (case_id, assessed_on, note, started_from) VALUES (?, ?, ?, ?)",
            (assessment.case_id, iso(assessment.assessed_on), assessment.note, assessment.started_from),
        )
        assessment_id = inserted_id(cursor)
        added = tuple(self.add_item(item, assessment_id=assessment_id) for item in assessment.items)
        return replace(assessment, id=assessment_id, items=added)

    def update(self, assessment: Assessment) -> Assessment:
        """The date and the note; items change one by one."""
        self._connection.execute(
            "UPDATE assessments SET assessed_on = ?, note = ? WHERE id = ?",
            (iso(assessment.assessed_on), assessment.note, assessment.id),
        )
        return read_back(self.get, assessment.id)

    def get(self, assessment_id: int) -> Assessment | None:
        row = self._connection.execute(
            f"SELECT {_ASSESSMENT} FROM assessments WHERE id = ?", (assessment_id,)
        ).fetchone()
        return replace(_assessment(row), items=tuple(self.items(assessment_id))) if row else None

    def for_case(self, case_id: int) -> list[Assessment]:
        """Oldest first, each with its items in catalogue order."""
        headers = [
            _assessment(r)
            for r in self._connection.execute(
                f"SELECT {_ASSESSMENT} FROM assessments WHERE case_id = ? ORDER BY assessed_on, id", (case_id,)
            )
        ]
        items: dict[int | None, list[AssessmentItem]] = {header.id: [] for header in headers}
        for row in self._connection.execute(
            f"SELECT {', '.join('i.' + name for name in _ITEM.split(', '))} FROM assessment_items i"
            " JOIN assessments a ON a.id = i.assessment_id JOIN life_domains d ON d.id = i.domain_id"
            " WHERE a.case_id = ? ORDER BY d.position, d.id",
            (case_id,),
        ):
            items[row[1]].append(_item(row))
        return [replace(header, items=tuple(items[header.id])) for header in headers]

    def latest(self, case_id: int) -> Assessment | None:
        row = self._connection.execute(
            "SELECT id FROM assessments WHERE case_id = ? ORDER BY assessed_on DESC, id DESC LIMIT 1", (case_id,)
        ).fetchone()
        return self.get(row[0]) if row else None

    def items(self, assessment_id: int) -> list[AssessmentItem]:
        rows = self._connection.execute(
            f"SELECT {', '.join('i.' + name for name in _ITEM.split(', '))} FROM assessment_items i"
            " JOIN life_domains d ON d.id = i.domain_id WHERE i.assessment_id = ? ORDER BY d.position, d.id",
            (assessment_id,),
        )
        return [_item(row) for row in rows]

    def add_item(self, item: AssessmentItem, assessment_id: int | None = None) -> AssessmentItem:
        """Adds `item` (to `assessment_id` when given, e.g. when copying items); its own id is not used."""
        values = _item_values(item)
        if assessment_id is not None:
            values = (assessment_id, *values[1:])
        cursor = self._connection.execute(
            f"INSERT INTO assessment_items ({', '.join(_ITEM_FIELDS)}) VALUES ({', '.join('?' * len(_ITEM_FIELDS))})",
            values,
        )
        return _item((inserted_id(cursor), *values))

    def update_item(self, item: AssessmentItem) -> AssessmentItem:
        """Everything but where it belongs (assessment and domain)."""
        names = _ITEM_FIELDS[2:]
        self._connection.execute(
            f"UPDATE assessment_items SET {', '.join(f'{name} = ?' for name in names)} WHERE id = ?",
            (*_item_values(item)[2:], item.id),
        )
        return item

    def get_item(self, item_id: int) -> AssessmentItem | None:
        row = self._connection.execute(f"SELECT {_ITEM} FROM assessment_items WHERE id = ?", (item_id,)).fetchone()
        return _item(row) if row else None

    def item_for(self, assessment_id: int, domain_id: int) -> AssessmentItem | None:
        row = self._connection.execute(
            f"SELECT {_ITEM} FROM assessment_items WHERE assessment_id = ? AND domain_id = ?",
            (assessment_id, domain_id),
        ).fetchone()
        return _item(row) if row else None

    def case_of_item(self, item_id: int) -> int | None:
        row = self._connection.execute(
            "SELECT a.case_id FROM assessment_items i JOIN assessments a ON a.id = i.assessment_id WHERE i.id = ?",
            (item_id,),
        ).fetchone()
        return row[0] if row else None


class ExternalAssessmentRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, record: ExternalAssessment) -> ExternalAssessment:
        cursor = self._connection.execute(
            "INSERT INTO external_assessments (case_id, tool, done_on, author, held_at, other_tool, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.case_id,
                record.tool.value,
                iso(record.done_on),
                record.author,
                record.held_at,
                record.other_tool,
                record.note,
            ),
        )
        return replace(record, id=cursor.lastrowid)

    def update(self, record: ExternalAssessment) -> ExternalAssessment:
        self._connection.execute(
            "UPDATE external_assessments SET tool = ?, done_on = ?, author = ?, held_at = ?, other_tool = ?, note = ?"
            " WHERE id = ?",
            (
                record.tool.value,
                iso(record.done_on),
                record.author,
                record.held_at,
                record.other_tool,
                record.note,
                record.id,
            ),
        )
        return record

    def get(self, record_id: int) -> ExternalAssessment | None:
        return record_by_id(self._connection, "external_assessments", _EXTERNAL, record_id, _external)

    def for_case(self, case_id: int) -> list[ExternalAssessment]:
        return records_of_case(
            self._connection,
            "external_assessments",
            _EXTERNAL,
            case_id,
            _external,
            order="done_on IS NULL, done_on, id",
        )

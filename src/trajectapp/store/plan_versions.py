"""PlanVersionRepository: dated versions of the reintegration plan, kept as JSON snapshots, and who agrees to each."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from trajectapp.domain.case_tables import TABLES_BY_NAME
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.plan import (
    GoalStatus,
    Party,
    PlanAgreement,
    PlanDomain,
    PlanGoal,
    PlanStep,
    PlanVersion,
    StepStatus,
)
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.store.columns import iso, to_date, to_enum
from trajectapp.store.connection import Connection
from trajectapp.store.record_tables import RecordTable
from trajectapp.store.records import record_by_id, records_of_case

SNAPSHOT_FORMAT = 1
# A version's row is written out rather than read from its description (store.record_tables): its `snapshot` column
# holds the record's goals as JSON, and its agreements are rows of their own.
_VERSION = "id, case_id, made_on, note, snapshot"
_VersionRow = tuple[int, int, str, str, str]
# Who agrees stays as it was added; their answer changes.
_AGREEMENTS = RecordTable(TABLES_BY_NAME["plan_agreements"], PlanAgreement, fixed=("party", "service_id"))


def snapshot_json(goals: tuple[PlanGoal, ...]) -> str:
    document = {
        "format": SNAPSHOT_FORMAT,
        "goals": [
            {
                "goal_id": goal.goal_id,
                "title": goal.title,
                "success": goal.success,
                "target_on": iso(goal.target_on),
                "status": goal.status.value,
                "dropped_reason": goal.dropped_reason,
                "good": goal.good.value if goal.good else None,
                "domains": [
                    {"id": d.id, "name": d.name, "sensitivity": d.sensitivity.value if d.sensitivity else None}
                    for d in goal.domains
                ],
                "steps": [
                    {
                        "step_id": s.step_id,
                        "what": s.what,
                        "party": s.party.value,
                        "who": s.who,
                        "service_id": s.service_id,
                        "due_on": iso(s.due_on),
                        "status": s.status.value,
                    }
                    for s in goal.steps
                ],
            }
            for goal in goals
        ],
    }
    return json.dumps(document, ensure_ascii=False)


def goals_of_snapshot(text: str) -> tuple[PlanGoal, ...]:
    document = json.loads(text)
    if document.get("format") != SNAPSHOT_FORMAT:
        raise ValueError(f"unknown plan snapshot format: {document.get('format')!r}")
    return tuple(
        PlanGoal(
            goal["goal_id"],
            goal["title"],
            tuple(PlanDomain(d["id"], d["name"], to_enum(DataCategory, d["sensitivity"])) for d in goal["domains"]),
            goal["success"],
            to_date(goal["target_on"]),
            GoalStatus(goal["status"]),
            goal["dropped_reason"],
            tuple(
                PlanStep(
                    s["step_id"],
                    s["what"],
                    Party(s["party"]),
                    s["who"],
                    to_date(s["due_on"]),
                    StepStatus(s["status"]),
                    s["service_id"],
                )
                for s in goal["steps"]
            ),
            to_enum(PrimaryGood, goal["good"]),
        )
        for goal in document["goals"]
    )


class PlanVersionRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, version: PlanVersion) -> PlanVersion:
        """The version and its snapshot; agreements are added one by one."""
        cursor = self._connection.execute(
            "INSERT INTO plan_versions (case_id, made_on, note, snapshot) VALUES (?, ?, ?, ?)",
            (version.case_id, iso(version.made_on), version.note, snapshot_json(version.goals)),
        )
        return replace(version, id=cursor.lastrowid, agreements=())

    def get(self, version_id: int) -> PlanVersion | None:
        return record_by_id(self._connection, "plan_versions", _VERSION, version_id, self._version)

    def for_case(self, case_id: int) -> list[PlanVersion]:
        """Oldest first."""
        return records_of_case(self._connection, "plan_versions", _VERSION, case_id, self._version, order="made_on, id")

    def _version(self, r: _VersionRow) -> PlanVersion:
        return PlanVersion(
            r[0], r[1], date.fromisoformat(r[2]), r[3], goals_of_snapshot(r[4]), tuple(self.agreements(r[0]))
        )

    def agreements(self, version_id: int) -> list[PlanAgreement]:
        return _AGREEMENTS.of_owner(self._connection, version_id)

    def add_agreement(self, agreement: PlanAgreement) -> PlanAgreement:
        return _AGREEMENTS.added(self._connection, agreement)

    def update_agreement(self, agreement: PlanAgreement) -> PlanAgreement:
        _AGREEMENTS.update(self._connection, agreement)
        return agreement

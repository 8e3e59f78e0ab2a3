"""TrajectRepository: phase changes, transfers and participation decisions of a case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from trajectapp.domain.traject import Participation, ParticipationDecision, Phase, PhaseChange, Transfer
from trajectapp.store.columns import iso
from trajectapp.store.connection import Connection


class TrajectRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add_phase_change(self, change: PhaseChange) -> PhaseChange:
        cursor = self._connection.execute(
            "INSERT INTO phase_changes (case_id, phase, changed_on, note, closing_reason) VALUES (?, ?, ?, ?, ?)",
            (change.case_id, change.phase.value, iso(change.changed_on), change.note, change.closing_reason),
        )
        return replace(change, id=cursor.lastrowid)

    def phase_changes(self, case_id: int) -> list[PhaseChange]:
        rows = self._connection.execute(
            "SELECT id, case_id, phase, changed_on, note, closing_reason FROM phase_changes"
            " WHERE case_id = ? ORDER BY changed_on, id",
            (case_id,),
        )
        return [PhaseChange(r[0], r[1], Phase(r[2]), date.fromisoformat(r[3]), r[4], r[5]) for r in rows]

    def add_transfer(self, transfer: Transfer) -> Transfer:
        cursor = self._connection.execute(
            "INSERT INTO transfers (case_id, transferred_on, from_prison, to_prison, note) VALUES (?, ?, ?, ?, ?)",
            (transfer.case_id, iso(transfer.transferred_on), transfer.from_prison, transfer.to_prison, transfer.note),
        )
        return replace(transfer, id=cursor.lastrowid)

    def transfers(self, case_id: int) -> list[Transfer]:
        rows = self._connection.execute(
            "SELECT id, case_id, transferred_on, from_prison, to_prison, note FROM transfers"
            " WHERE case_id = ? ORDER BY transferred_on, id",
            (case_id,),
        )
        return [Transfer(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5]) for r in rows]

    def add_participation(self, decision: ParticipationDecision) -> ParticipationDecision:
        cursor = self._connection.execute(
            "INSERT INTO participation_decisions (case_id, status, decided_on, reasons) VALUES (?, ?, ?, ?)",
            (decision.case_id, decision.status.value, iso(decision.decided_on), decision.reasons),
        )
        return replace(decision, id=cursor.lastrowid)

    def participation(self, case_id: int) -> list[ParticipationDecision]:
        rows = self._connection.execute(
            "SELECT id, case_id, status, decided_on, reasons FROM participation_decisions"
            " WHERE case_id = ? ORDER BY decided_on, id",
            (case_id,),
        )
        return [ParticipationDecision(r[0], r[1], Participation(r[2]), date.fromisoformat(r[3]), r[4]) for r in rows]

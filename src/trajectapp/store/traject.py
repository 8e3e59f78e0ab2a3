"""TrajectRepository: phase changes, transfers and participation decisions of a case, each kept in date order."""

from __future__ import annotations

from trajectapp.domain.case_tables import TABLES_BY_NAME
from trajectapp.domain.traject import ParticipationDecision, PhaseChange, Transfer
from trajectapp.store.connection import Connection
from trajectapp.store.record_tables import RecordTable

_PHASE_CHANGES = RecordTable(TABLES_BY_NAME["phase_changes"], PhaseChange, order="changed_on, id")
_TRANSFERS = RecordTable(TABLES_BY_NAME["transfers"], Transfer, order="transferred_on, id")
_PARTICIPATION = RecordTable(TABLES_BY_NAME["participation_decisions"], ParticipationDecision, order="decided_on, id")


class TrajectRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add_phase_change(self, change: PhaseChange) -> PhaseChange:
        return _PHASE_CHANGES.added(self._connection, change)

    def phase_changes(self, case_id: int) -> list[PhaseChange]:
        return _PHASE_CHANGES.of_owner(self._connection, case_id)

    def add_transfer(self, transfer: Transfer) -> Transfer:
        return _TRANSFERS.added(self._connection, transfer)

    def transfers(self, case_id: int) -> list[Transfer]:
        return _TRANSFERS.of_owner(self._connection, case_id)

    def add_participation(self, decision: ParticipationDecision) -> ParticipationDecision:
        return _PARTICIPATION.added(self._connection, decision)

    def participation(self, case_id: int) -> list[ParticipationDecision]:
        return _PARTICIPATION.of_owner(self._connection, case_id)

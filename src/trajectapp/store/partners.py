"""PartnerRepository (the directory) and InvolvementRepository (services on a case)."""

from __future__ import annotations

from trajectapp.domain.case_tables import TABLES_BY_NAME
from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.store.connection import Connection
from trajectapp.store.record_tables import CaseRecordRepository, RecordTable
from trajectapp.store.records import record_by_id
from trajectapp.store.written import inserted_id, read_back

_SERVICE = "id, name, kind, organisation, contact_people, phone, email, notes, hidden"
_ServiceRow = tuple[int, str, str, str, str, str, str, str, int]


def _service(r: _ServiceRow) -> PartnerService:
    return PartnerService(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]))


class PartnerRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, service: PartnerService, default_key: str | None = None) -> PartnerService:
        cursor = self._connection.execute(
            "INSERT INTO partner_services (name, kind, organisation, contact_people, phone, email, notes, hidden,"
            " default_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                service.name,
                service.kind,
                service.organisation,
                service.contact_people,
                service.phone,
                service.email,
                service.notes,
                int(service.hidden),
                default_key,
            ),
        )
        return read_back(self.get, inserted_id(cursor))

    def update(self, service: PartnerService) -> PartnerService:
        self._connection.execute(
            "UPDATE partner_services SET name = ?, kind = ?, organisation = ?, contact_people = ?, phone = ?,"
            " email = ?, notes = ?, hidden = ? WHERE id = ?",
            (
                service.name,
                service.kind,
                service.organisation,
                service.contact_people,
                service.phone,
                service.email,
                service.notes,
                int(service.hidden),
                service.id,
            ),
        )
        return read_back(self.get, service.id)

    def get(self, service_id: int) -> PartnerService | None:
        return record_by_id(self._connection, "partner_services", _SERVICE, service_id, _service)

    def all(self, include_hidden: bool = False) -> list[PartnerService]:
        where = "" if include_hidden else " WHERE hidden = 0"
        rows = self._connection.execute(f"SELECT {_SERVICE} FROM partner_services{where} ORDER BY name_key(name), id")
        return [_service(row) for row in rows]

    def default_keys(self) -> set[str]:
        rows = self._connection.execute("SELECT default_key FROM partner_services WHERE default_key IS NOT NULL")
        return {row[0] for row in rows}


class InvolvementRepository(CaseRecordRepository[Involvement]):
    records = RecordTable(TABLES_BY_NAME["involvements"], Involvement, order="since IS NULL, since, id")

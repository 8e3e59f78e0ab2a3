"""PartnerRepository (the directory) and InvolvementRepository (services on a case)."""

from __future__ import annotations

from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.store.columns import iso, to_date
from trajectapp.store.connection import Connection
from trajectapp.store.records import record_by_id, records_of_case
from trajectapp.store.written import inserted_id, read_back

_SERVICE = "id, name, kind, organisation, contact_people, phone, email, notes, hidden"
_INVOLVEMENT = "id, case_id, service_id, since, until, contact_person, needs"
_ServiceRow = tuple[int, str, str, str, str, str, str, str, int]
_InvolvementRow = tuple[int, int, int, str | None, str | None, str, str]


def _service(r: _ServiceRow) -> PartnerService:
    return PartnerService(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]))


def _involvement(r: _InvolvementRow) -> Involvement:
    return Involvement(r[0], r[1], r[2], to_date(r[3]), to_date(r[4]), r[5], r[6])


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


class InvolvementRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, involvement: Involvement) -> Involvement:
        cursor = self._connection.execute(
            "INSERT INTO involvements (case_id, service_id, since, until, contact_person, needs)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                involvement.case_id,
                involvement.service_id,
                iso(involvement.since),
                iso(involvement.until),
                involvement.contact_person,
                involvement.needs,
            ),
        )
        return read_back(self.get, inserted_id(cursor))

    def update(self, involvement: Involvement) -> Involvement:
        self._connection.execute(
            "UPDATE involvements SET service_id = ?, since = ?, until = ?, contact_person = ?, needs = ? WHERE id = ?",
            (
                involvement.service_id,
                iso(involvement.since),
                iso(involvement.until),
                involvement.contact_person,
                involvement.needs,
                involvement.id,
            ),
        )
        return read_back(self.get, involvement.id)

    def get(self, involvement_id: int) -> Involvement | None:
        return record_by_id(self._connection, "involvements", _INVOLVEMENT, involvement_id, _involvement)

    def for_case(self, case_id: int) -> list[Involvement]:
        return records_of_case(
            self._connection, "involvements", _INVOLVEMENT, case_id, _involvement, order="since IS NULL, since, id"
        )

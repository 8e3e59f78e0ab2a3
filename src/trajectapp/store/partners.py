"""PartnerRepository (the directory) and InvolvementRepository (services on a case)."""

from __future__ import annotations

from trajectapp.domain.case_tables import CATALOGUES, PARTNER_SERVICES, TABLES_BY_NAME
from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.store.columns import loaded_values, stored_values
from trajectapp.store.connection import Connection
from trajectapp.store.record_tables import CaseRecordRepository, RecordTable
from trajectapp.store.records import record_by_id
from trajectapp.store.written import inserted_id, read_back

# The directory's fields as domain.case_tables describes them (a transfer package carries them); whether an entry is
# hidden, and the shipped default it came from (default_key), are the directory's own bookkeeping.
_FIELDS = CATALOGUES[PARTNER_SERVICES]
_WRITTEN = [*(column.name for column in _FIELDS), "hidden"]
_SERVICE = ", ".join(["id", "hidden", *(column.name for column in _FIELDS)])


def _service(row: tuple[int, int, *tuple[object, ...]]) -> PartnerService:
    """An entry from a row of _SERVICE."""
    service_id, hidden, *values = row
    return PartnerService(service_id, **loaded_values(_FIELDS, values), hidden=bool(hidden))


def _written(service: PartnerService) -> tuple[object, ...]:
    """The stored values of _WRITTEN."""
    return (*stored_values(_FIELDS, service), int(service.hidden))


class PartnerRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, service: PartnerService, default_key: str | None = None) -> PartnerService:
        cursor = self._connection.execute(
            f"INSERT INTO partner_services ({', '.join(_WRITTEN)}, default_key)"
            f" VALUES ({', '.join('?' * len(_WRITTEN))}, ?)",
            (*_written(service), default_key),
        )
        return read_back(self.get, inserted_id(cursor))

    def update(self, service: PartnerService) -> PartnerService:
        assignments = ", ".join(f"{name} = ?" for name in _WRITTEN)
        self._connection.execute(
            f"UPDATE partner_services SET {assignments} WHERE id = ?", (*_written(service), service.id)
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

"""ConsentRepository: consent per purpose, given, refused or pending, and revocable."""

from __future__ import annotations

from datetime import date

from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose
from trajectapp.store.columns import iso, to_date
from trajectapp.store.connection import Connection
from trajectapp.store.records import record_by_id, records_of_case
from trajectapp.store.written import inserted_id, read_back

_COLUMNS = "id, case_id, purpose, decision, asked_on, partner_service_id, decided_on, allowed, not_allowed, revoked_on"
_Row = tuple[int, int, str, str, str, int | None, str | None, str, str, str | None]


def _consent(r: _Row) -> Consent:
    return Consent(
        r[0],
        r[1],
        ConsentPurpose(r[2]),
        ConsentDecision(r[3]),
        date.fromisoformat(r[4]),
        r[5],
        to_date(r[6]),
        r[7],
        r[8],
        to_date(r[9]),
    )


class ConsentRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, consent: Consent) -> Consent:
        cursor = self._connection.execute(
            f"INSERT INTO consents ({_COLUMNS.removeprefix('id, ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                consent.case_id,
                consent.purpose.value,
                consent.decision.value,
                iso(consent.asked_on),
                consent.partner_service_id,
                iso(consent.decided_on),
                consent.allowed,
                consent.not_allowed,
                iso(consent.revoked_on),
            ),
        )
        return read_back(self.get, inserted_id(cursor))

    def update(self, consent: Consent) -> Consent:
        self._connection.execute(
            "UPDATE consents SET decision = ?, decided_on = ?, allowed = ?, not_allowed = ?, revoked_on = ?"
            " WHERE id = ?",
            (
                consent.decision.value,
                iso(consent.decided_on),
                consent.allowed,
                consent.not_allowed,
                iso(consent.revoked_on),
                consent.id,
            ),
        )
        return read_back(self.get, consent.id)

    def get(self, consent_id: int) -> Consent | None:
        return record_by_id(self._connection, "consents", _COLUMNS, consent_id, _consent)

    def for_case(self, case_id: int) -> list[Consent]:
        return records_of_case(self._connection, "consents", _COLUMNS, case_id, _consent, order="asked_on, id")

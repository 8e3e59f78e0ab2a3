"""DisclosureRepository: the disclosure register, written once per entry and only ever read after that."""

from __future__ import annotations

import json
from datetime import datetime

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.disclosures import (
    Basis,
    ConsentCheck,
    DisclosedItem,
    Disclosure,
    DisclosureDirection,
    DisclosureParty,
    OutputFormat,
    PartyKind,
)
from trajectapp.domain.languages import Language
from trajectapp.store.connection import Connection
from trajectapp.store.records import record_by_id, records_of_case
from trajectapp.store.written import inserted_id, read_back

# Written out rather than read from the table's description (store.record_tables): the record nests its party, names
# its format `output_format`, keeps its items as JSON and `disclosed_at` as isoformat() gives it (a "T" and the UTC
# offset, which store.columns has no conversion for), and `carried_over` is a column the description leaves to the
# importing vault. A mapping that bent to all of that would be harder to check than this list.
_FIELDS = (
    "case_id",
    "disclosed_at",
    "direction",
    "party_kind",
    "party_name",
    "party_service_id",
    "purpose",
    "basis",
    "basis_explanation",
    "consent",
    "override_reason",
    "items",
    "format",
    "file_name",
    "file_size",
    "file_sha256",
    "carried_over",
    "language",
)
_COLUMNS = ", ".join(("id", *_FIELDS))
# The stored values of _FIELDS, and a row of _COLUMNS: the id, then those.
_Stored = tuple[int, str, str, str, str, int | None, str, str, str, str, str, str, str, str, int, str, int, str | None]
_Row = tuple[int, *_Stored]


def items_json(items: tuple[DisclosedItem, ...]) -> str:
    return json.dumps(
        [
            {"key": item.key, "label": item.label, "categories": sorted(category.value for category in item.categories)}
            for item in items
        ],
        ensure_ascii=False,
    )


def items_of_json(text: str) -> tuple[DisclosedItem, ...]:
    return tuple(
        DisclosedItem(entry["key"], entry["label"], frozenset(DataCategory(c) for c in entry["categories"]))
        for entry in json.loads(text)
    )


def _disclosure(r: _Row) -> Disclosure:
    return Disclosure(
        r[0],
        r[1],
        datetime.fromisoformat(r[2]),
        DisclosureDirection(r[3]),
        DisclosureParty(PartyKind(r[4]), r[5], r[6]),
        r[7],
        Basis(r[8]),
        r[9],
        ConsentCheck(r[10]),
        r[11],
        items_of_json(r[12]),
        OutputFormat(r[13]),
        r[14],
        r[15],
        r[16],
        bool(r[17]),
        Language(r[18]) if r[18] is not None else None,
    )


def _stored(d: Disclosure) -> _Stored:
    return (
        d.case_id,
        d.disclosed_at.isoformat(),
        d.direction.value,
        d.party.kind.value,
        d.party.name,
        d.party.service_id,
        d.purpose,
        d.basis.value,
        d.basis_explanation,
        d.consent.value,
        d.override_reason,
        items_json(d.items),
        d.output_format.value,
        d.file_name,
        d.file_size,
        d.file_sha256,
        int(d.carried_over),
        d.language.value if d.language is not None else None,
    )


class DisclosureRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, disclosure: Disclosure) -> Disclosure:
        cursor = self._connection.execute(
            f"INSERT INTO disclosures ({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})",
            _stored(disclosure),
        )
        return read_back(self.get, inserted_id(cursor))

    def get(self, disclosure_id: int) -> Disclosure | None:
        return record_by_id(self._connection, "disclosures", _COLUMNS, disclosure_id, _disclosure)

    def for_case(self, case_id: int) -> list[Disclosure]:
        """Oldest first."""
        return records_of_case(
            self._connection, "disclosures", _COLUMNS, case_id, _disclosure, order="disclosed_at, id"
        )

    def all(self) -> list[Disclosure]:
        """The whole register, oldest first."""
        rows = self._connection.execute(f"SELECT {_COLUMNS} FROM disclosures ORDER BY disclosed_at, id")
        return [_disclosure(row) for row in rows]

"""Writing a checked transfer package into the vault as a new case: the catalogue entries it refers to mapped
onto the vault's own (added where missing), then every record, its refs turned into the vault's ids.

Runs inside the caller's transaction; see services.transfer for the whole import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from trajectapp.domain.case_tables import CATALOGUES, FACTOR_CATEGORIES, LIFE_DOMAINS, PARTNER_SERVICES, TABLES, Kind
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.factors import FactorCategory
from trajectapp.domain.names import name_key
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.partners import PartnerService
from trajectapp.exchange.package_document import CATALOGUES_KEY, PERSON_KEY, RECORDS, renumber_snapshot
from trajectapp.store.audit import AuditRepository
from trajectapp.store.case_rows import add_person, add_row, read_catalogue, set_link
from trajectapp.store.catalogues import FactorCategoryRepository, LifeDomainRepository
from trajectapp.store.connection import Connection
from trajectapp.store.partners import PartnerRepository

Entry = dict[str, object]


def write_case(connection: Connection, document: dict) -> int:
    """The package's case, written as a new case; returns its id. `document` has passed parse_document."""
    ids = map_catalogues(connection, document[CATALOGUES_KEY])
    case_id = add_person(connection, document[PERSON_KEY])
    later: list[tuple] = []  # links to a record of the same table, set once every record of it exists
    for table in TABLES:
        ids[table.name] = {}
        for entry in document[RECORDS][table.name]:
            values: Entry = (
                {"case_id": case_id}
                if not table.parent
                else {table.parent[0]: ids[table.parent[1]][entry[table.parent[0]]]}
            )
            for column in table.columns:
                value = entry[column.name]
                if column.kind is Kind.REF and value is not None:
                    if column.refers_to == table.name:
                        later.append((table, entry["ref"], column.name, value))
                        value = None
                    else:
                        value = ids[column.refers_to][value]
                elif column.kind is Kind.PLAN_SNAPSHOT:
                    value = json.dumps(
                        renumber_snapshot(
                            value,
                            _or_detached(ids["goals"]),
                            _or_detached(ids["goal_steps"]),
                            ids[LIFE_DOMAINS],
                            ids[PARTNER_SERVICES],
                        ),
                        ensure_ascii=False,
                    )
                elif column.kind is Kind.DISCLOSED_ITEMS:
                    value = json.dumps(value, ensure_ascii=False)
                values[column.name] = value
            values.update(table.fixed_on_import)
            row_id = add_row(connection, table, values)
            if table.has_id:
                ids[table.name][entry["ref"]] = row_id
    for table, ref, column, target in later:
        set_link(connection, table, ids[table.name][ref], column, ids[table.name][target])
    return case_id


def _or_detached(ids: Mapping[int, int]) -> Callable[[int], int]:
    """A snapshot's goal or step that came with the package gets its new id; one that did not gets a negative
    number of its own, which no record of the vault has, so that plan versions still compare goal by goal."""
    return lambda ref: ids.get(ref, -ref)


# --- the catalogues -----------------------------------------------------------------------------------------------


def map_catalogues(connection: Connection, catalogues: Mapping[str, list[Entry]]) -> dict[str, dict[int, int]]:
    """Package ref -> vault id for every catalogue entry the package carries.

    An entry is the vault's own when it comes from the same shipped default, or when its name (blind to case and
    accents) and, for a life domain, its sensitivity are the same; otherwise it is added, visible, at the end.
    """
    audit = AuditRepository(connection)
    adders = {LIFE_DOMAINS: _add_domain, FACTOR_CATEGORIES: _add_category, PARTNER_SERVICES: _add_service}
    found: dict[str, dict[int, int]] = {}
    for catalogue in CATALOGUES:
        existing = read_catalogue(connection, catalogue)
        by_default = {row["default_key"]: entry_id for entry_id, row in existing.items() if row["default_key"]}
        by_name: dict[tuple, int] = {}
        for entry_id in sorted(existing):
            by_name.setdefault(_matching(catalogue, existing[entry_id]), entry_id)
        found[catalogue] = {}
        for entry in catalogues[catalogue]:
            match = by_default.get(entry["default_key"]) or by_name.get(_matching(catalogue, entry))
            if match is None:
                match = adders[catalogue](connection, entry)
                event, record_type = _ADDED[catalogue]
                audit.record(event, record_type=record_type, record_id=match)
                by_name[_matching(catalogue, entry)] = match
            found[catalogue][entry["ref"]] = match
    return found


_ADDED = {
    LIFE_DOMAINS: ("domains.added", "life_domain"),
    FACTOR_CATEGORIES: ("factor_categories.added", "factor_category"),
    PARTNER_SERVICES: ("partners.created", "partner_service"),
}


def _matching(catalogue: str, entry: Entry) -> tuple:
    name = name_key(str(entry["name"]).strip())
    return (name, entry["sensitivity"]) if catalogue == LIFE_DOMAINS else (name,)


def _add_domain(connection: Connection, entry: Entry) -> int:
    sensitivity = DataCategory(entry["sensitivity"]) if entry["sensitivity"] else None
    return LifeDomainRepository(connection).add(LifeDomain(None, str(entry["name"]).strip(), sensitivity)).id


def _add_category(connection: Connection, entry: Entry) -> int:
    return FactorCategoryRepository(connection).add(FactorCategory(None, str(entry["name"]).strip())).id


def _add_service(connection: Connection, entry: Entry) -> int:
    fields = ("kind", "organisation", "contact_people", "phone", "email", "notes")
    service = PartnerService(None, str(entry["name"]).strip(), **{name: entry[name] for name in fields})
    return PartnerRepository(connection).add(service).id

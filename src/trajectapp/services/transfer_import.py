"""Writing a checked transfer package into the vault as a new case: the catalogue entries its case uses mapped onto
the vault's own (added where missing), then every record, its refs turned into the vault's ids.

Runs inside the caller's transaction; see services.transfer for the whole import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import cast

from trajectapp.domain.case_tables import (
    CATALOGUES,
    FACTOR_CATEGORIES,
    LIFE_DOMAINS,
    PARTNER_SERVICES,
    TABLES,
    Kind,
    Table,
)
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.factors import FactorCategory
from trajectapp.domain.names import name_key
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.record_ids import stored_id
from trajectapp.exchange.package_document import (
    CATALOGUES_KEY,
    PERSON_KEY,
    RECORDS,
    PackageDocument,
    PlanSnapshot,
    Row,
    catalogue_ids_used,
    held,
    renumber_snapshot,
)
from trajectapp.store.audit import AuditRepository
from trajectapp.store.case_rows import add_person, add_row, read_catalogue, set_link
from trajectapp.store.catalogues import FactorCategoryRepository, LifeDomainRepository
from trajectapp.store.connection import Connection
from trajectapp.store.partners import PartnerRepository


def write_case(connection: Connection, document: PackageDocument) -> int:
    """The package's case, written as a new case; returns its id. `document` has passed parse_document, so its
    refs are whole numbers and each field holds what its column describes."""
    used = catalogue_ids_used(document[RECORDS], _checked_snapshot)
    ids = map_catalogues(connection, document[CATALOGUES_KEY], used)
    case_id = add_person(connection, document[PERSON_KEY])
    # Links to a record of the same table (table, ref, link column, ref linked to), set once every record of it exists.
    later: list[tuple[Table, int, str, int]] = []
    for table in TABLES:
        ids[table.name] = {}
        for entry in document[RECORDS][table.name]:
            values: Row = (
                {"case_id": case_id}
                if not table.parent
                else {table.parent[0]: ids[table.parent[1]][held(int, entry[table.parent[0]])]}
            )
            for column in table.columns:
                value = entry[column.name]
                if column.kind is Kind.REF and value is not None:
                    if column.refers_to == table.name:
                        later.append((table, held(int, entry["ref"]), column.name, held(int, value)))
                        value = None
                    else:
                        value = ids[column.refers_to][held(int, value)]
                elif column.kind is Kind.PLAN_SNAPSHOT:
                    value = json.dumps(
                        renumber_snapshot(
                            _checked_snapshot(value),
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
                ids[table.name][held(int, entry["ref"])] = row_id
    for table, ref, link, target in later:
        set_link(connection, table, ids[table.name][ref], link, ids[table.name][target])
    return case_id


def _checked_snapshot(value: object) -> PlanSnapshot:
    """A plan snapshot of a checked package. A TypedDict cannot be told by isinstance; parse_document has checked
    every key and value of this one against the snapshot's shape, which is what makes the cast true."""
    if not isinstance(value, dict):
        raise TypeError(f"a plan snapshot was expected, not a {type(value).__name__}")
    return cast(PlanSnapshot, value)


def _or_detached(ids: Mapping[int, int]) -> Callable[[int], int]:
    """A snapshot's goal or step that came with the package gets its new id; one that did not gets a negative
    number of its own, which no record of the vault has, so that plan versions still compare goal by goal."""
    return lambda ref: ids.get(ref, -ref)


# --- the catalogues -----------------------------------------------------------------------------------------------


def map_catalogues(
    connection: Connection, catalogues: Mapping[str, list[Row]], used: Mapping[str, set[int]]
) -> dict[str, dict[int, int]]:
    """Package ref -> vault id for every catalogue entry the package carries that its case uses (`used`, refs by
    catalogue); one it carries but the case does not use is left out, so that a package cannot fill the vault's
    lists with entries nobody asked for.

    An entry is the vault's own when it comes from the same shipped default, or when its name (blind to case and
    accents) and, for a life domain, its sensitivity are the same; otherwise it is added, visible, at the end.
    """
    audit = AuditRepository(connection)
    adders = {LIFE_DOMAINS: _add_domain, FACTOR_CATEGORIES: _add_category, PARTNER_SERVICES: _add_service}
    found: dict[str, dict[int, int]] = {}
    for catalogue in CATALOGUES:
        existing = read_catalogue(connection, catalogue)
        by_default = {row["default_key"]: entry_id for entry_id, row in existing.items() if row["default_key"]}
        by_name: dict[tuple[object, ...], int] = {}
        for entry_id in sorted(existing):
            by_name.setdefault(_matching(catalogue, existing[entry_id]), entry_id)
        found[catalogue] = {}
        for entry in catalogues[catalogue]:
            if held(int, entry["ref"]) not in used[catalogue]:
                continue
            match = by_default.get(entry["default_key"]) or by_name.get(_matching(catalogue, entry))
            if match is None:
                match = adders[catalogue](connection, entry)
                event, record_type = _ADDED[catalogue]
                audit.record(event, record_type=record_type, record_id=match)
                by_name[_matching(catalogue, entry)] = match
            found[catalogue][held(int, entry["ref"])] = match
    return found


_ADDED = {
    LIFE_DOMAINS: ("domains.added", "life_domain"),
    FACTOR_CATEGORIES: ("factor_categories.added", "factor_category"),
    PARTNER_SERVICES: ("partners.created", "partner_service"),
}


def _matching(catalogue: str, entry: Row) -> tuple[object, ...]:
    name = name_key(str(entry["name"]).strip())
    return (name, entry["sensitivity"]) if catalogue == LIFE_DOMAINS else (name,)


def _add_domain(connection: Connection, entry: Row) -> int:
    sensitivity = DataCategory(held(str, entry["sensitivity"])) if entry["sensitivity"] else None
    domain = LifeDomain(None, held(str, entry["name"]).strip(), sensitivity)
    return stored_id(LifeDomainRepository(connection).add(domain).id)


def _add_category(connection: Connection, entry: Row) -> int:
    category = FactorCategory(None, held(str, entry["name"]).strip())
    return stored_id(FactorCategoryRepository(connection).add(category).id)


def _add_service(connection: Connection, entry: Row) -> int:
    def text(name: str) -> str:
        return held(str, entry[name])

    service = PartnerService(
        None,
        text("name").strip(),
        kind=text("kind"),
        organisation=text("organisation"),
        contact_people=text("contact_people"),
        phone=text("phone"),
        email=text("email"),
        notes=text("notes"),
    )
    return stored_id(PartnerRepository(connection).add(service).id)

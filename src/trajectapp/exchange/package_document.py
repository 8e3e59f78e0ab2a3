"""The content of a transfer package: one case, every field of every record, as a JSON document.

    {"format": "trajectapp-case", "version": 1,
     "created": "2031-03-05T13:30:00+00:00", "app_version": "0.1.0",
     "catalogues": {"life_domains": [...], "factor_categories": [...], "partner_services": [...]},
     "person": {"name": "...", ...},
     "records": {"phase_changes": [...], ..., "disclosures": [...]}}

Records are the tables of domain.case_tables with their stored values (dates as ISO text, choices as their stored
words). Each record has a `ref`, numbered 1, 2, ... per table inside the package (never the sending vault's ids);
links between records, and to catalogue entries, are refs. A record under another names its parent by the parent
column (`assessment_id`, `goal_id`, `version_id`, `session_id`). Catalogue entries travel by value (name,
sensitivity, the shipped default they came from) and the importing vault maps them onto its own. A plan version's
snapshot travels as a JSON object whose goal, step, domain and service ids are refs too; a goal or step of the
snapshot that is not in the package gets a ref of its own above those of the package's records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Final, TypedDict, TypeVar

from trajectapp.domain.case_tables import CATALOGUES, PERSON, TABLES, TABLES_BY_NAME, Kind

FORMAT = "trajectapp-case"
VERSION = 1
RECORDS: Final = "records"
PERSON_KEY: Final = "person"
CATALOGUES_KEY: Final = "catalogues"
# A record, a catalogue entry or the person: field name -> value, of the type its column describes.
Row = dict[str, object]
Held = TypeVar("Held")


class PackageDocument(TypedDict):
    format: str
    version: int
    created: str
    app_version: str
    catalogues: dict[str, list[Row]]
    person: Row
    records: dict[str, list[Row]]


class SnapshotDomain(TypedDict):
    id: int
    name: str
    sensitivity: str | None


class SnapshotStep(TypedDict):
    step_id: int
    what: str
    party: str
    who: str
    service_id: int | None
    due_on: str | None
    status: str


class SnapshotGoal(TypedDict):
    goal_id: int
    title: str
    success: str
    target_on: str | None
    status: str
    dropped_reason: str
    good: str | None
    domains: list[SnapshotDomain]
    steps: list[SnapshotStep]


class PlanSnapshot(TypedDict):
    """A plan version's snapshot as store.plan_versions keeps it and a package carries it."""

    format: int
    goals: list[SnapshotGoal]


# --- choosing what goes -------------------------------------------------------------------------------------------


def select_rows(person: Row, tables: Mapping[str, list[Row]], keys: frozenset[str]) -> tuple[Row, dict[str, list[Row]]]:
    """The person's fields and the records that the selection `keys` (effective: parents included) takes.

    A record goes when its key is selected, or, for a table without keys, when its parent goes. A link to a record
    that stays behind is emptied, or, where the link is needed (a session's tag of a factor), the record stays too.
    """
    chosen_person = {name: value for name, value in person.items() if f"{PERSON.key}:{name}" in keys}
    kept: dict[str, list[Row]] = {}
    for table in TABLES:
        rows = tables[table.name]
        if table.parent:
            link, parent = table.parent
            parent_ids = {row["id"] for row in kept[parent]}
            rows = [row for row in rows if row[link] in parent_ids]
        kept[table.name] = [row for row in rows if not table.key or f"{table.key}:{row['id']}" in keys]
    ids = {name: {row["id"] for row in rows} for name, rows in kept.items() if TABLES_BY_NAME[name].has_id}
    for table in TABLES:
        links = [c for c in table.columns if c.kind is Kind.REF and c.refers_to in ids]
        if not links:
            continue
        rows = []
        for row in kept[table.name]:
            missing = [c for c in links if row[c.name] is not None and row[c.name] not in ids[c.refers_to]]
            if any(not c.nullable for c in missing):
                continue
            rows.append({**row, **{c.name: None for c in missing}})
        kept[table.name] = rows
    return chosen_person, kept


# --- the document -------------------------------------------------------------------------------------------------


def build_document(
    person: Row,
    tables: Mapping[str, list[Row]],
    catalogues: Mapping[str, Mapping[int, Row]],
    *,
    created: str,
    app_version: str,
) -> PackageDocument:
    """The package document for these rows (already selected); `catalogues` holds every entry by its vault id."""
    refs = {
        table.name: {held(int, row["id"]): n for n, row in enumerate(tables[table.name], 1)}
        for table in TABLES
        if table.has_id
    }
    used = catalogue_ids_used(tables, lambda value: json.loads(held(str, value)))
    catalogue_refs = {name: {entry_id: n for n, entry_id in enumerate(sorted(used[name]), 1)} for name in CATALOGUES}
    refs.update(catalogue_refs)
    goals_ref = _counting(refs["goals"])
    steps_ref = _counting(refs["goal_steps"])

    records: dict[str, list[Row]] = {}
    for table in TABLES:
        out = []
        for row in tables[table.name]:
            entry: Row = {"ref": refs[table.name][held(int, row["id"])]} if table.has_id else {}
            if table.parent:
                link, parent = table.parent
                entry[link] = refs[parent][held(int, row[link])]
            for column in table.columns:
                value = row[column.name]
                if column.kind is Kind.REF and value is not None:
                    value = refs[column.refers_to][held(int, value)]
                elif column.kind is Kind.PLAN_SNAPSHOT:
                    value = renumber_snapshot(
                        json.loads(held(str, value)),
                        goals_ref,
                        steps_ref,
                        catalogue_refs["life_domains"],
                        catalogue_refs["partner_services"],
                    )
                elif column.kind is Kind.DISCLOSED_ITEMS:
                    value = json.loads(held(str, value))
                entry[column.name] = value
            out.append(entry)
        records[table.name] = out
    return {
        "format": FORMAT,
        "version": VERSION,
        "created": created,
        "app_version": app_version,
        CATALOGUES_KEY: {
            name: [
                {"ref": catalogue_refs[name][entry_id], **catalogues[name][entry_id]} for entry_id in sorted(used[name])
            ]
            for name in CATALOGUES
        },
        PERSON_KEY: dict(person),
        RECORDS: records,
    }


def to_bytes(document: PackageDocument) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def catalogue_ids_used(
    tables: Mapping[str, list[Row]], snapshot_of: Callable[[object], PlanSnapshot]
) -> dict[str, set[int]]:
    """The catalogue entries that the rows of `tables` (a vault's, or a package's records) refer to, directly or
    through a plan snapshot, which `snapshot_of` reads from a row's value: by catalogue, their ids or refs."""
    used: dict[str, set[int]] = {name: set() for name in CATALOGUES}
    for table in TABLES:
        for column in table.columns:
            for row in tables[table.name]:
                if column.kind is Kind.REF and column.refers_to in CATALOGUES and row[column.name] is not None:
                    used[column.refers_to].add(held(int, row[column.name]))
                elif column.kind is Kind.PLAN_SNAPSHOT:
                    snapshot = snapshot_of(row[column.name])
                    for goal in snapshot["goals"]:
                        used["life_domains"].update(domain["id"] for domain in goal["domains"])
                        used["partner_services"].update(
                            step["service_id"] for step in goal["steps"] if step["service_id"] is not None
                        )
    return used


def _counting(known: Mapping[int, int]) -> Callable[[int], int]:
    """`known`'s number for an id, or the next free number above them, the same each time for the same id."""
    extra: dict[int, int] = {}

    def number(record_id: int) -> int:
        if record_id in known:
            return known[record_id]
        return extra.setdefault(record_id, len(known) + len(extra) + 1)

    return number


def held(kind: type[Held], value: object) -> Held:
    """`value` of a row in a column of `kind`, as the store holds it or a checked package carries it: another type is
    a bug in the description or in the checks."""
    if not isinstance(value, kind):
        raise TypeError(f"a {kind.__name__} was expected, not a {type(value).__name__}")
    return value


def renumber_snapshot(
    snapshot: PlanSnapshot,
    goal: Callable[[int], int],
    step: Callable[[int], int],
    domains: Mapping[int, int],
    services: Mapping[int, int],
) -> PlanSnapshot:
    """A plan snapshot with its goal, step, domain and service ids replaced: vault ids by package refs on the way
    out, refs by the importing vault's ids on the way in."""
    return {
        **snapshot,
        "goals": [
            {
                **g,
                "goal_id": goal(g["goal_id"]),
                "domains": [{**d, "id": domains[d["id"]]} for d in g["domains"]],
                "steps": [
                    {
                        **s,
                        "step_id": step(s["step_id"]),
                        "service_id": services[s["service_id"]] if s["service_id"] is not None else None,
                    }
                    for s in g["steps"]
                ],
            }
            for g in snapshot["goals"]
        ],
    }

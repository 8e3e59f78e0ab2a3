"""Checking a transfer package's content strictly before anything of it is written: the JSON itself, the format and
version, every field's type, length, choice and date, and every link between records.

Whatever the content, the result is the document or a PackageError whose detail names the table, the entry and
the field, never what it holds. The detail stays in English: it locates a fault in a file that no person wrote, for
whoever looks into it, and the words around it are translated.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime

from trajectapp.domain.case_tables import (
    CATALOGUES,
    LIFE_DOMAINS,
    PERSON,
    TABLES,
    TABLES_BY_NAME,
    Column,
    Kind,
    Table,
)
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.messages import Code
from trajectapp.domain.text import InvalidText, check_text, without_invisible_marks
from trajectapp.exchange.package_document import (
    CATALOGUES_KEY,
    FORMAT,
    PERSON_KEY,
    RECORDS,
    VERSION,
    PackageDocument,
    Row,
)
from trajectapp.exchange.package_errors import PackageError, Problem

MAX_RECORDS = 100_000  # per table; far beyond any case, well within what a package's size allows
MAX_REF = 10**9
TEXT_MAX = 1_000_000  # characters in one field: ten times what the longest field of a form takes
SHORT_MAX = 1_000  # catalogue names, an item's key
MAX_ITEMS = 10_000  # items in one register entry
_TOP = {"format", "version", "created", "app_version", CATALOGUES_KEY, PERSON_KEY, RECORDS}
_DEFAULT_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SNAPSHOT_GOAL = {"goal_id", "title", "success", "target_on", "status", "dropped_reason", "good", "domains", "steps"}
_SNAPSHOT_STEP = {"step_id", "what", "party", "who", "service_id", "due_on", "status"}
_SENSITIVITY = next(column for column in CATALOGUES[LIFE_DOMAINS] if column.name == "sensitivity")


class _Invalid(Exception):
    pass


def parse_document(content: bytes) -> PackageDocument:
    """The package's document, checked through; PackageError (INVALID_CONTENT, TOO_NEW, UNKNOWN_VERSION) if not."""
    try:
        document = _composed(
            json.loads(content.decode("utf-8"), object_pairs_hook=_without_repeats, parse_constant=_refuse)
        )
    # ValueError: not JSON, a repeated key, a number of thousands of digits; RecursionError: nested too deep.
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _invalid("it is not a readable document") from None
    try:
        return _check_document(document)
    except _Invalid as problem:
        raise _invalid(str(problem)) from None


def problem_in(document: object) -> str | None:
    """The first thing that makes `document` no valid package content, in words; None when it is valid. A version
    Trajectapp does not know raises PackageError (TOO_NEW, UNKNOWN_VERSION) instead. Its text is checked as an
    import keeps it, so that a format character kept from before they were cleaned away does not hold a case back."""
    try:
        _check_document(_composed(document))
    except _Invalid as problem:
        return str(problem)
    return None


def _invalid(detail: str) -> PackageError:
    return PackageError(Problem.INVALID_CONTENT, Code.PACKAGE_CONTENT_INVALID, detail=detail)


def _without_repeats(pairs: list[tuple[str, object]]) -> Row:
    document = dict(pairs)
    if len(document) != len(pairs):
        raise ValueError("a key is repeated")
    return document


def _composed(value: object) -> object:
    """`value` with its text composed and without invisible format characters, as a form would keep it: a name that
    came with a package cannot look like another through a direction override or a zero-width space. Control
    characters stay, for the checks to refuse."""
    if isinstance(value, str):
        return without_invisible_marks(value)
    if isinstance(value, list):
        return [_composed(item) for item in value]
    if isinstance(value, dict):
        return {key: _composed(item) for key, item in value.items()}
    return value


def _refuse(constant: str) -> None:
    raise ValueError(f"{constant} is not a number")


def _check_document(document: object) -> PackageDocument:
    """`document` as package content, every field of it checked; _Invalid for the first that is not."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _Invalid("it is not a Trajectapp case")
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise PackageError(Problem.TOO_NEW, Code.PACKAGE_TOO_NEW)
    if version != VERSION or isinstance(version, bool):
        raise PackageError(Problem.UNKNOWN_VERSION, Code.PACKAGE_UNKNOWN_VERSION)
    _keys("the package", document, _TOP)
    created, app_version = document["created"], document["app_version"]
    _value("created", Column("created", Kind.TIMESTAMP), created)
    _value("app_version", Column("app_version", Kind.NONBLANK), app_version, SHORT_MAX)
    refs: dict[str, set[int]] = {}
    catalogues = _mapping("catalogues", document[CATALOGUES_KEY], set(CATALOGUES))
    catalogue_entries: dict[str, list[Row]] = {}
    for name, columns in CATALOGUES.items():
        entries = catalogue_entries[name] = _entries(name, catalogues[name])
        for n, entry in enumerate(entries, 1):
            where = f"{name}, entry {n}"
            _keys(where, entry, {"ref", "default_key", *(c.name for c in columns)})
            for column in columns:
                longest = SHORT_MAX if column.name == "name" else TEXT_MAX
                _value(f"{where}, {column.name}", column, entry[column.name], longest)
            key = entry["default_key"]
            if key is not None and not (isinstance(key, str) and _DEFAULT_KEY.fullmatch(key)):
                raise _Invalid(f"{where}, default_key is not a catalogue key")
        refs[name] = _refs(name, entries)
    person = document[PERSON_KEY]
    if not isinstance(person, dict) or "name" not in person:
        raise _Invalid("the person has no name")
    _keys("the person", person, {c.name for c in PERSON.columns}, all_needed=False)
    for name, value in person.items():
        _value(f"the person, {name}", PERSON.column(name), value)
    records = _mapping("records", document[RECORDS], {table.name for table in TABLES})
    record_entries: dict[str, list[Row]] = {}
    for table in TABLES:
        entries = record_entries[table.name] = _entries(table.name, records[table.name])
        for n, entry in enumerate(entries, 1):
            _check_entry(f"{table.name}, entry {n}", table, entry)
        if table.has_id:
            refs[table.name] = _refs(table.name, entries)
    for table in TABLES:
        _check_links(table, record_entries[table.name], refs)
    return {
        "format": FORMAT,
        "version": VERSION,
        "created": created,
        "app_version": app_version,
        CATALOGUES_KEY: catalogue_entries,
        PERSON_KEY: person,
        RECORDS: record_entries,
    }


def _mapping(where: str, value: object, names: set[str]) -> Row:
    if not isinstance(value, dict):
        raise _Invalid(f"{where} are not given table by table")
    _keys(where, value, names)
    return value


def _entries(where: str, value: object) -> list[Row]:
    if not isinstance(value, list) or len(value) > MAX_RECORDS:
        raise _Invalid(f"{where} is not a list of at most {MAX_RECORDS} entries")
    if not all(isinstance(entry, dict) for entry in value):
        raise _Invalid(f"{where} holds something that is not an entry")
    return value


def _keys(where: str, value: Row, expected: set[str], all_needed: bool = True) -> None:
    unknown, missing = set(value) - expected, (expected - set(value)) if all_needed else set()
    if unknown:
        raise _Invalid(f"{where} has {len(unknown)} field(s) Trajectapp does not know")
    if missing:
        raise _Invalid(f"{where} lacks {', '.join(sorted(missing))}")


def _refs(where: str, entries: list[Row]) -> set[int]:
    refs = [_ref(f"{where}, entry {n}, ref", entry["ref"]) for n, entry in enumerate(entries, 1)]
    if len(set(refs)) != len(refs):
        raise _Invalid(f"{where} has two entries with the same ref")
    return set(refs)


def _check_entry(where: str, table: Table, entry: Row) -> None:
    expected = {c.name for c in table.columns} | ({"ref"} if table.has_id else set())
    if table.parent:
        expected.add(table.parent[0])
    _keys(where, entry, expected)
    if table.parent:
        _value(f"{where}, {table.parent[0]}", Column(table.parent[0], Kind.REF), entry[table.parent[0]])
    for column in table.columns:
        _value(f"{where}, {column.name}", column, entry[column.name])
    for name, when, value in table.set_exactly_when:
        if (entry[name] is not None) != (entry[when] == value):
            raise _Invalid(f"{where}, {name} must be given exactly when {when} is {value}")
    for name, when, value in table.set_only_when:
        if entry[name] is not None and entry[when] != value:
            raise _Invalid(f"{where}, {name} may be given only when {when} is {value}")
    for name, when, value in table.needed_when:
        given = entry[name]  # text: the columns above are checked
        if entry[when] == value and not (isinstance(given, str) and given.strip()):
            raise _Invalid(f"{where}, {name} is needed when {when} is {value}")


def _check_links(table: Table, entries: list[Row], refs: dict[str, set[int]]) -> None:
    links = [(c.name, c.refers_to) for c in table.columns if c.kind is Kind.REF]
    if table.parent:
        links.append(table.parent)
    for n, entry in enumerate(entries, 1):
        for name, target in links:
            if entry[name] is not None and entry[name] not in refs[target]:
                raise _Invalid(f"{table.name}, entry {n}, {name} refers to a record the package does not hold")
        for column in table.columns:
            if column.kind is Kind.PLAN_SNAPSHOT:
                _check_snapshot(f"{table.name}, entry {n}, {column.name}", entry[column.name], refs)
    for unique in table.unique:
        seen = Counter(tuple(entry[c] for c in unique) for entry in entries)
        if any(count > 1 for count in seen.values()):
            raise _Invalid(f"{table.name} holds two entries with the same {', '.join(unique)}")


def _check_snapshot(where: str, value: object, refs: dict[str, set[int]]) -> None:
    snapshot = _plan(where, value)
    _keys(where, snapshot, {"format", "goals"})
    if type(snapshot["format"]) is not int or snapshot["format"] != 1:
        raise _Invalid(f"{where} is not a plan as Trajectapp keeps one")
    goals, steps = TABLES_BY_NAME["goals"], TABLES_BY_NAME["goal_steps"]
    for g, goal in enumerate(_list(f"{where}, goals", snapshot["goals"]), 1):
        at = f"{where}, goal {g}"
        _keys(at, goal, _SNAPSHOT_GOAL)
        _value(f"{at}, goal_id", Column("goal_id", Kind.REF), goal["goal_id"])
        _value(f"{at}, title", Column("title", Kind.TEXT), goal["title"])
        for name in ("success", "target_on", "status", "dropped_reason", "good"):
            _value(f"{at}, {name}", goals.column(name), goal[name])
        for d, domain in enumerate(_list(f"{at}, domains", goal["domains"]), 1):
            _keys(f"{at}, domain {d}", domain, {"id", "name", "sensitivity"})
            _value(f"{at}, domain {d}, id", Column("id", Kind.REF), domain["id"])
            _value(f"{at}, domain {d}, name", Column("name", Kind.TEXT), domain["name"], SHORT_MAX)
            _value(f"{at}, domain {d}, sensitivity", _SENSITIVITY, domain["sensitivity"])
            if domain["id"] not in refs[LIFE_DOMAINS]:
                raise _Invalid(f"{at}, domain {d} refers to a life domain the package does not hold")
        for s, step in enumerate(_list(f"{at}, steps", goal["steps"]), 1):
            _keys(f"{at}, step {s}", step, _SNAPSHOT_STEP)
            _value(f"{at}, step {s}, step_id", Column("step_id", Kind.REF), step["step_id"])
            _value(f"{at}, step {s}, service_id", Column("service_id", Kind.REF, True), step["service_id"])
            _value(f"{at}, step {s}, who", Column("who", Kind.TEXT), step["who"])
            for name in ("what", "party", "due_on", "status"):
                _value(f"{at}, step {s}, {name}", steps.column(name), step[name])
            if step["service_id"] is not None and step["service_id"] not in refs["partner_services"]:
                raise _Invalid(f"{at}, step {s} refers to a partner service the package does not hold")


def _list(where: str, value: object) -> list[Row]:
    if not isinstance(value, list) or len(value) > MAX_RECORDS or not all(isinstance(v, dict) for v in value):
        raise _Invalid(f"{where} is not a list of entries")
    return value


def _value(where: str, column: Column, value: object, longest: int = TEXT_MAX) -> None:
    """One field's value against its column; _Invalid with where and what if it does not fit."""
    if value is None:
        if not column.nullable:
            raise _Invalid(f"{where} is empty")
        return
    kind = column.kind
    if kind in (Kind.TEXT, Kind.NONBLANK):
        _text(where, value, longest, required=kind is Kind.NONBLANK)
    elif kind is Kind.INTEGER:
        if column.low is None or column.high is None:
            raise ValueError(f"{column.name} is described without its bounds")
        _whole_number(where, value, column.low, column.high)
    elif kind is Kind.REF:
        _whole_number(where, value, 1, MAX_REF)
    elif kind is Kind.CHOICE:
        if value not in column.choices or not isinstance(value, str):
            raise _Invalid(f"{where} is not one of the choices")
    elif kind in (Kind.DATE, Kind.APPROXIMATE_DATE, Kind.DATETIME, Kind.TIMESTAMP):
        _moment(where, kind, value)
    elif kind is Kind.SHA256:
        if not isinstance(value, str) or not _SHA256.fullmatch(value):
            raise _Invalid(f"{where} is not a SHA-256 fingerprint")
    elif kind is Kind.FILE_NAME:
        name = _text(where, value, 255, required=True)
        if "/" in name or "\\" in name or name in (".", ".."):
            raise _Invalid(f"{where} is not a file name")
    elif kind is Kind.PLAN_SNAPSHOT:
        _plan(where, value)
    elif kind is Kind.DISCLOSED_ITEMS:
        _disclosed_items(where, value)


def _whole_number(where: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _Invalid(f"{where} is not a whole number from {low} to {high}")
    return value


def _ref(where: str, value: object) -> int:
    """A ref, as _value checks one."""
    if value is None:
        raise _Invalid(f"{where} is empty")
    return _whole_number(where, value, 1, MAX_REF)


def _plan(where: str, value: object) -> Row:
    if not isinstance(value, dict):
        raise _Invalid(f"{where} is not a plan as Trajectapp keeps one")
    return value


def _text(where: str, value: object, longest: int, required: bool) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"{where} is not text")
    if len(value) > longest:
        raise _Invalid(f"{where} is longer than {longest} characters")
    try:
        check_text("field", value, multiline=True, required=required)
    except InvalidText:
        raise _Invalid(f"{where} is empty or holds an invisible control character") from None
    return value


def _moment(where: str, kind: Kind, value: object) -> None:
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError
        if kind is Kind.DATE:
            ok = date.fromisoformat(value).isoformat() == value
        elif kind is Kind.APPROXIMATE_DATE:
            ok = ApproximateDate.from_iso(value).iso == value
        else:
            moment = datetime.fromisoformat(value)
            shown = moment.isoformat(sep=" ") if kind is Kind.DATETIME else moment.isoformat()
            ok = shown == value and (moment.tzinfo is None) == (kind is Kind.DATETIME)
    except ValueError:
        ok = False
    if not ok:
        words = {
            Kind.DATE: "a date",
            Kind.APPROXIMATE_DATE: "a date, a month or a year",
            Kind.DATETIME: "a date and time",
            Kind.TIMESTAMP: "a moment with its time zone",
        }[kind]
        raise _Invalid(f"{where} is not {words}")


def _disclosed_items(where: str, value: object) -> None:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise _Invalid(f"{where} is not a list of at most {MAX_ITEMS} items")
    categories = {category.value for category in DataCategory}
    for n, item in enumerate(value, 1):
        at = f"{where}, item {n}"
        if not isinstance(item, dict):
            raise _Invalid(f"{at} is not an item")
        _keys(at, item, {"key", "label", "categories"})
        _text(f"{at}, key", item["key"], SHORT_MAX, required=True)
        _text(f"{at}, label", item["label"], SHORT_MAX * 2, required=False)
        held = item["categories"]
        if not isinstance(held, list) or not all(isinstance(c, str) and c in categories for c in held):
            raise _Invalid(f"{at}, categories are not special categories")

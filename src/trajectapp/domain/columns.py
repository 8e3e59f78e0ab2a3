"""The vocabulary that describes a kind of record once: each field's name, kind, label, data-protection category and
place on its form, and the table that holds the records. Storage, forms, exports and documents read it from here.

A record kind the person sees field by field (the person, a session, a goal) describes its fields next to its
dataclass with the constructors below; domain.case_tables puts those descriptions together with the rest of a case.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import ApproximateDate, short_date, short_moment
from trajectapp.domain.wording import Labelled

# The context of every field's label and group title, for Qt Linguist.
LABEL_CONTEXT = "Fields"


class Kind(Enum):
    TEXT = "text"  # any text; line breaks and tabs allowed unless the column is `single_line`
    NONBLANK = "nonblank"  # text that is more than spaces
    INTEGER = "integer"  # whole number within `low`..`high`
    DATE = "date"  # 2031-03-05
    APPROXIMATE_DATE = "approximate_date"  # 2031, 2031-03 or 2031-03-05: as much of a date as is known
    DATETIME = "datetime"  # 2031-03-05 14:30:00, local time as the sessions keep it
    TIMESTAMP = "timestamp"  # 2031-03-05T13:30:00+00:00, as the store stamps its own entries
    CHOICE = "choice"  # one of `choices`
    REF = "ref"  # a record of the table `refers_to`, in the same case or a catalogue
    PLAN_SNAPSHOT = "plan_snapshot"  # a plan version's goals and steps as they were (JSON)
    DISCLOSED_ITEMS = "disclosed_items"  # a register entry's list of items (JSON)
    SHA256 = "sha256"  # 64 lowercase hex digits
    FILE_NAME = "file_name"  # a file's name, without a folder


TEXT_KINDS = frozenset({Kind.TEXT, Kind.NONBLANK})


@dataclass(frozen=True)
class Column:
    """One field of a record. The attributes after `high` describe a field that a form shows and a document
    prints; a column without a `label` is bookkeeping, or shown only through its record's own words."""

    name: str
    kind: Kind
    nullable: bool = False
    choices: tuple[str, ...] = ()
    refers_to: str = ""
    low: int | None = None
    high: int | None = None
    label: str = ""  # English, marked in the LABEL_CONTEXT context
    category: DataCategory | None = None  # special-category data (GDPR art. 9 and 10), as the schema tags it
    group: str = ""  # the part of its form that shows it (English, LABEL_CONTEXT); empty: not on the form
    limit: int | None = None  # the most characters a form keeps
    single_line: bool = False  # text on one line: a name, a place
    enum: type[Labelled] | None = None  # the enum whose values `choices` are, with their words
    words: tuple[str, ...] = ()  # for choices kept as plain words: their labels, in the "Labels" context

    @property
    def required(self) -> bool:
        """A value must be given: text more than spaces, or a date, number or link that cannot be empty."""
        if self.kind in TEXT_KINDS:
            return self.kind is Kind.NONBLANK
        return not self.nullable and self.kind in (
            Kind.DATE,
            Kind.APPROXIMATE_DATE,
            Kind.DATETIME,
            Kind.INTEGER,
            Kind.REF,
        )

    def choice_word(self, value: str) -> str:
        """The label of a choice kept as plain words (a kind of session); the value itself when it has none."""
        if not self.words:
            return value
        return dict(zip(self.choices, self.words, strict=True)).get(value, value)


@dataclass(frozen=True)
class Table:
    """A kind of record in a case. `parent` (column, table) for records under another record; the rest belong
    to the case directly through their `case_id`. `key` is the selection key's prefix; a table without one
    goes wherever its parent goes. `counted_as` is what `trajectapp check` calls its rows."""

    name: str
    columns: tuple[Column, ...]
    key: str = ""
    parent: tuple[str, str] | None = None
    has_id: bool = True
    unique: tuple[tuple[str, ...], ...] = ()  # within the case; the parent column counts as a column
    # (column, when, value): `column` is set exactly when `when` equals `value`, empty otherwise.
    set_exactly_when: tuple[tuple[str, str, str], ...] = ()
    # (column, when, value): `column` must not be blank when `when` equals `value`.
    needed_when: tuple[tuple[str, str, str], ...] = ()
    # (column, when, value): `column` may be set only when `when` equals `value`.
    set_only_when: tuple[tuple[str, str, str], ...] = ()
    fixed_on_import: tuple[tuple[str, object], ...] = ()  # columns the importing vault sets itself
    counted_as: str = ""

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)


def is_blank(value: object) -> bool:
    """Whether a field holds nothing: None, text of spaces, or the choice that means "not recorded"."""
    if isinstance(value, Enum):
        value = value.value
    return value is None or (isinstance(value, str) and not value.strip())


def special_columns(columns: tuple[Column, ...]) -> dict[str, DataCategory]:
    """The fields that hold special-category data, by name."""
    return {column.name: column.category for column in columns if column.category is not None}


def shown_value(value: object) -> str:
    """A date, a moment, a number or a text as a table of a document prints it (14/03/2026, 14/03/2026 14:05, an
    approximate date as typed); empty for a blank value. Choices are words to translate, which the document does
    itself."""
    if is_blank(value):
        return ""
    if isinstance(value, datetime):
        return short_moment(value)
    if isinstance(value, date | ApproximateDate):
        return short_date(value)
    return str(value)


# --- constructors: the small vocabulary the descriptions are written in ------------------------------------------


def text(
    name: str, label: str = "", *, category: DataCategory | None = None, group: str = "", limit: int | None = None
) -> Column:
    """Text of any length and lines."""
    return Column(name, Kind.TEXT, label=label, category=category, group=group, limit=limit)


def nonblank(name: str) -> Column:
    """Text of any length and lines that is more than spaces."""
    return Column(name, Kind.NONBLANK)


def line(
    name: str,
    label: str,
    *,
    limit: int,
    required: bool = False,
    category: DataCategory | None = None,
    group: str = "",
) -> Column:
    """One line of text of at most `limit` characters: a name, a place, a number as written."""
    kind = Kind.NONBLANK if required else Kind.TEXT
    return Column(name, kind, label=label, category=category, group=group, limit=limit, single_line=True)


def day(
    name: str, nullable: bool = False, label: str = "", *, category: DataCategory | None = None, group: str = ""
) -> Column:
    return Column(name, Kind.DATE, nullable, label=label, category=category, group=group)


def approximate(
    name: str, nullable: bool = False, label: str = "", *, category: DataCategory | None = None, group: str = ""
) -> Column:
    """A date that may be known only to its month or year (domain.dates.ApproximateDate): "since 2015"."""
    return Column(name, Kind.APPROXIMATE_DATE, nullable, label=label, category=category, group=group)


def moment(name: str, label: str = "", *, group: str = "") -> Column:
    """A date and time of day, local time."""
    return Column(name, Kind.DATETIME, label=label, group=group)


def whole(name: str, low: int, high: int, nullable: bool = False, label: str = "", *, group: str = "") -> Column:
    """A whole number from `low` to `high`."""
    return Column(name, Kind.INTEGER, nullable, low=low, high=high, label=label, group=group)


def choice(
    name: str,
    values: type[Labelled] | Mapping[str, str] | tuple[str, ...],
    nullable: bool = False,
    label: str = "",
    *,
    category: DataCategory | None = None,
    group: str = "",
) -> Column:
    """One of an enum's members, or one of a few plain words (with their labels when given as a mapping)."""
    if isinstance(values, type):
        return Column(
            name,
            Kind.CHOICE,
            nullable,
            tuple(member.value for member in values),
            label=label,
            category=category,
            group=group,
            enum=values,
        )
    words = tuple(values.values()) if isinstance(values, Mapping) else ()
    return Column(name, Kind.CHOICE, nullable, tuple(values), label=label, category=category, group=group, words=words)


def ref(name: str, table: str, nullable: bool = False, label: str = "", *, group: str = "") -> Column:
    return Column(name, Kind.REF, nullable, refers_to=table, label=label, group=group)


def score(name: str) -> Column:
    return Column(name, Kind.INTEGER, True, low=1, high=10)

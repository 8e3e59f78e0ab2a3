"""A described record (domain.columns) as rows of a document's fact list: each field's label and its value in words,
translated, in the order of the description. No Qt."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from enum import Enum

from trajectapp.domain.columns import LABEL_CONTEXT, Column, Kind, is_blank, shown_value
from trajectapp.domain.selection import Translate


def field_label(column: Column, translate: Translate) -> str:
    return translate(LABEL_CONTEXT, column.label)


def fact_rows(
    columns: Iterable[Column],
    record: object,
    *,
    translate: Translate,
    label_of: Callable[[Enum], str],
    leave_out: Collection[str] = (),
    shown: Mapping[str, str] | None = None,
) -> list[tuple[str, str]]:
    """(label, value) for each labelled field of `record` but those in `leave_out`, blank values as empty strings.
    `label_of` gives an enum member's translated words; `shown` holds a document's own words for a field. Links to
    other records are left out: a document shows them through the records they name."""
    rows = []
    for column in columns:
        if not column.label or column.name in leave_out or column.kind is Kind.REF:
            continue
        if shown is not None and column.name in shown:
            value = shown[column.name]
        else:
            value = value_words(column, getattr(record, column.name), translate, label_of)
        rows.append((field_label(column, translate), value))
    return rows


def value_words(column: Column, value: object, translate: Translate, label_of: Callable[[Enum], str]) -> str:
    """One field's value in words: a choice's label, translated; a date as ISO; text as it is."""
    if is_blank(value):
        return ""
    if isinstance(value, Enum):
        return label_of(value)
    if column.words and isinstance(value, str):
        return translate("Labels", column.choice_word(value))
    return shown_value(value)

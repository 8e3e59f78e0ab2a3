"""A described record (domain.columns) as rows of a document's fact list: each field's label and its value in words,
translated, in the order of the description. No Qt."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from trajectapp.domain.columns import LABEL_CONTEXT, Column, Kind, is_blank, shown_value
from trajectapp.domain.dates import ApproximateDate, table_date
from trajectapp.domain.selection import Translate
from trajectapp.domain.wording import CONTEXT as LABELS_CONTEXT
from trajectapp.domain.wording import Labelled


def field_label(column: Column, translate: Translate) -> str:
    return translate(LABEL_CONTEXT, column.label)


def fact_rows(
    columns: Iterable[Column],
    record: object,
    *,
    translate: Translate,
    leave_out: Collection[str] = (),
    shown: Mapping[str, str] | None = None,
) -> list[tuple[str, str]]:
    """(label, value) for each labelled field of `record` but those in `leave_out`, blank values as empty strings.
    `shown` holds a document's own words for a field. Links to
    other records are left out: a document shows them through the records they name."""
    rows = []
    for column in columns:
        if not column.label or column.name in leave_out or column.kind is Kind.REF:
            continue
        if shown is not None and column.name in shown:
            value = shown[column.name]
        else:
            value = value_words(column, getattr(record, column.name), translate)
        rows.append((field_label(column, translate), value))
    return rows


def value_words(column: Column, value: object, translate: Translate) -> str:
    """One field's value in words: a choice's label, translated; a date as 14/03/2026, and an approximate one to what
    is known of it ("maart 2019" in the document's language, "2019"); text as it is."""
    if is_blank(value):
        return ""
    if isinstance(value, ApproximateDate):
        return table_date(value, translate)
    if isinstance(value, Labelled):
        return translate(LABELS_CONTEXT, value.label)
    if column.words and isinstance(value, str):
        return translate(LABELS_CONTEXT, column.choice_word(value))
    return shown_value(value)

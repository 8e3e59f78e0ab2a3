"""domain.text's rule for every text field a record's description (domain.columns) names, so that a field added to a
description is held to it without another edit: no invisible control characters (line breaks and tabs only in text
of several lines), and no blank text where the field needs some; and domain.checks' rule for every approximate
date."""

from __future__ import annotations

from collections.abc import Iterable

from trajectapp.domain.checks import check_approximate_date
from trajectapp.domain.columns import TEXT_KINDS, Column, Kind
from trajectapp.domain.text import check_text


def check_texts(columns: Iterable[Column], record: object) -> None:
    """Raise as domain.text.check_text does for the first text field of `record` it may not store."""
    for column in columns:
        if column.kind in TEXT_KINDS:
            check_text(
                column.name, getattr(record, column.name), multiline=not column.single_line, required=column.required
            )


def check_approximate_dates(columns: Iterable[Column], record: object) -> None:
    """Raise as domain.checks.check_approximate_date does for the first approximate date of `record` it refuses."""
    for column in columns:
        if column.kind is Kind.APPROXIMATE_DATE:
            check_approximate_date(column.name, getattr(record, column.name), required=column.required)

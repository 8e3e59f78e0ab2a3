"""Which dates, scores, choices and short names the case file keeps; text itself is domain.text's rule.

A service checks every value before it writes anything, so a refused value
leaves no half-written record behind.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from trajectapp.domain.dates import EARLIEST_YEAR, LATEST_YEAR, ApproximateDate
from trajectapp.domain.messages import Code, FieldRefusal

# The years of domain.dates, which the forms read dates in, as days.
EARLIEST = date(EARLIEST_YEAR, 1, 1)
LATEST = date(LATEST_YEAR, 12, 31)
# Names and titles are one line that people read in lists; a page of text is not a name.
NAME_MAX = 200


class InvalidValue(FieldRefusal, ValueError):
    """A value a field does not keep: `field` names the field, `code` says why."""


def check_date(field: str, value: object, *, required: bool = False) -> None:
    if value is None:
        if required:
            raise InvalidValue(field, Code.VALUE_NEEDED)
        return
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidValue(field, Code.NOT_A_DATE)
    if not EARLIEST <= value <= LATEST:
        raise InvalidValue(field, Code.DATE_OUT_OF_RANGE, earliest=EARLIEST.year, latest=LATEST.year)


def check_approximate_date(field: str, value: object, *, required: bool = False) -> None:
    """A date known to the day, the month or only the year (domain.dates.ApproximateDate), within the years of
    check_date."""
    if value is None:
        if required:
            raise InvalidValue(field, Code.VALUE_NEEDED)
        return
    if not isinstance(value, ApproximateDate):
        raise InvalidValue(field, Code.NOT_A_DATE)
    if not EARLIEST.year <= value.year <= LATEST.year:
        raise InvalidValue(field, Code.DATE_OUT_OF_RANGE, earliest=EARLIEST.year, latest=LATEST.year)


def check_score(field: str, value: object, low: int = 1, high: int = 10) -> None:
    """None (not scored) or a whole number from `low` to `high`."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValue(field, Code.SCORE_OUT_OF_RANGE, low=low, high=high)


def check_choice(field: str, value: object, kind: type[Enum], *, required: bool = True) -> None:
    if value is None and not required:
        return
    if not isinstance(value, kind):
        raise InvalidValue(field, Code.NOT_A_CHOICE)


def check_id(field: str, value: object, *, required: bool = True) -> None:
    """A record id: a positive whole number (or None where the link is optional)."""
    if value is None and not required:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidValue(field, Code.NOT_A_CHOICE)


def check_length(field: str, text: str, limit: int = NAME_MAX) -> None:
    """Counted without the spaces around it, which the services trim from names."""
    if len(text.strip()) > limit:
        raise InvalidValue(field, Code.TEXT_TOO_LONG, limit=limit)

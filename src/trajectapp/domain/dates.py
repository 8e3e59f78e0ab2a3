"""Dates as people in Belgium write and read them: a day as 14/03/2026 and a time as 14:05 in every language, a
date that may be known only to its year or month ("since 2015"), and a document's long form, "14 maart 2026".

The store keeps ISO text (2026-03-14, and 2015 or 2015-03 for what is known of an approximate date), which sorts;
only what a person sees or types is written here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from functools import total_ordering

from trajectapp.domain.selection import Translate
from trajectapp.domain.wording import QT_TRANSLATE_NOOP

# The context of the month names and the long date's words, for Qt Linguist.
CONTEXT = "Dates"
# A person's dates in this work fall well inside these years; anything outside is a slip, not a date that happened
# or will.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)
# The first day of a month as a long date writes it: French writes "1er mars", Dutch and English a plain 1.
FIRST_OF_THE_MONTH = QT_TRANSLATE_NOOP("Dates", "1")

_ISO_APPROXIMATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


@total_ordering
@dataclass(frozen=True)
class ApproximateDate:
    """A date known to the day, or only to its month, or only to its year. It orders as its ISO text does:
    2019 before 2019-03 before 2019-03-14 before 2019-04."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is None and self.day is not None:
            raise ValueError("a day needs its month")
        # Raises ValueError for a year, month or day that is not one (0 among them).
        date(self.year, 1 if self.month is None else self.month, 1 if self.day is None else self.day)

    @classmethod
    def of(cls, day: date) -> ApproximateDate:
        """A date known to the day."""
        return cls(day.year, day.month, day.day)

    @classmethod
    def from_iso(cls, text: str) -> ApproximateDate:
        """2019, 2019-03 or 2019-03-14 as the store keeps them; ValueError for any other text."""
        match = _ISO_APPROXIMATE.fullmatch(text)
        if match is None:
            raise ValueError(f"not an approximate date: {text!r}")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None, "the pattern asks for a year"
        return cls(year, month, day)

    @property
    def iso(self) -> str:
        """As the store keeps it: only what is known, which sorts."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def first_day(self) -> date:
        """The earliest day it may be: to compare it with today."""
        return date(self.year, 1 if self.month is None else self.month, 1 if self.day is None else self.day)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, ApproximateDate):
            return NotImplemented
        return self.iso < other.iso


# --- showing -----------------------------------------------------------------------------------------------------


def short_date(value: date | ApproximateDate) -> str:
    """A date as people here read it in a list or a field: 14/03/2026; an approximate one as typed, 03/2019 or 2019."""
    if isinstance(value, ApproximateDate):
        if value.month is None:
            return f"{value.year:04d}"
        if value.day is None:
            return f"{value.month:02d}/{value.year:04d}"
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def clock_time(moment: datetime | time) -> str:
    """A time of day on the 24-hour clock: 14:05."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def short_moment(moment: datetime) -> str:
    """A day and its time: 14/03/2026 14:05."""
    return f"{short_date(moment)} {clock_time(moment)}"


def long_date(value: date | ApproximateDate, translate: Translate) -> str:
    """A date in running text or a heading, in the language of `translate`: "14 maart 2026"; an approximate one to
    what is known of it, "maart 2019" or "2019"."""
    if isinstance(value, ApproximateDate):
        if value.month is None:
            return f"{value.year:04d}"
        month = translate(CONTEXT, MONTHS[value.month - 1])
        if value.day is None:
            return f"{month} {value.year:04d}"
        day_of_month = value.day
    else:
        month, day_of_month = translate(CONTEXT, MONTHS[value.month - 1]), value.day
    day = translate(CONTEXT, FIRST_OF_THE_MONTH) if day_of_month == 1 else str(day_of_month)
    return f"{day} {month} {value.year:04d}"


def table_date(value: date | ApproximateDate, translate: Translate) -> str:
    """A date in a table of a document: a day as 14/03/2026, a month written out in the document's language
    ("maart 2019", where 03/2019 would be read as a day), a year as it is."""
    if isinstance(value, ApproximateDate) and value.month is not None and value.day is None:
        return long_date(value, translate)
    return short_date(value)


# --- reading what a person typed ---------------------------------------------------------------------------------

# Day first, as written here (14/03/2026, 14-3-2026, 14.3.2026), and ISO (2026-03-14), as the store keeps it.
_DAY_FIRST = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
# What an approximate date may be besides a day: a month of a year (03/2019, 3-2019, 2019-03) or a year (2019).
_MONTH_FIRST = re.compile(r"([0-9]{1,2})[/.-]([0-9]{4})")
_ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")
_YEAR = re.compile(r"[0-9]{4}")


class Unreadable(Enum):
    SHAPE = "shape"  # not written as a date at all
    YEAR = "year"  # a year outside EARLIEST_YEAR..LATEST_YEAR
    NO_SUCH_DAY = "no_such_day"  # 31/02/2027, or 13/2019: written as a date, but there is none


class UnreadDate(ValueError):
    """Typed text that gives no date: `reason` says why; for NO_SUCH_DAY, `written` is what was typed, tidied up
    (31/02/2027) for a message to quote."""

    def __init__(self, reason: Unreadable, written: str = ""):
        super().__init__(reason.value)
        self.reason = reason
        self.written = written


def read_date(text: str) -> date | None:
    """The day typed in `text` (14/03/2026, 14-3-2026, 14.3.2026 or 2026-03-14); None when it is empty.
    Raises UnreadDate for anything else."""
    found = read_approximate_date(text, approximate=False)
    if found is None:
        return None
    assert found.day is not None and found.month is not None, "only a day is read"
    return date(found.year, found.month, found.day)


def read_approximate_date(text: str, *, approximate: bool = True) -> ApproximateDate | None:
    """What is known of a date typed in `text`: a day as read_date reads one, a month of a year (03/2019, 3-2019,
    2019-03) or a year (2019); None when it is empty. Raises UnreadDate for anything else. With `approximate`
    false, only a day is read."""
    text = text.strip()
    if not text:
        return None
    year, month, day = _parts(text, approximate)
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise UnreadDate(Unreadable.YEAR)
    try:
        return ApproximateDate(year, month, day)
    except ValueError:
        shown = f"{month:02d}/{year:04d}" if day is None else f"{day:02d}/{month:02d}/{year:04d}"
        raise UnreadDate(Unreadable.NO_SUCH_DAY, shown) from None


def _parts(text: str, approximate: bool) -> tuple[int, int | None, int | None]:
    """(year, month, day) as written in `text`, not yet checked to be a date."""
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
        return year, month, day
    if match := _ISO_DAY.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return year, month, day
    if approximate and (match := _MONTH_FIRST.fullmatch(text)):
        month, year = (int(part) for part in match.groups())
        return year, month, None
    if approximate and (match := _ISO_MONTH.fullmatch(text)):
        year, month = (int(part) for part in match.groups())
        return year, month, None
    if approximate and _YEAR.fullmatch(text):
        return int(text), None, None
    raise UnreadDate(Unreadable.SHAPE)

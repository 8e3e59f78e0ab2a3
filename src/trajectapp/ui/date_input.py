"""Dates as people type them: 2027-03-01, or 01/03/2027 and 1-3-2027 as written in Flanders."""

from __future__ import annotations

import re
from datetime import date

_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(text: str) -> date | None:
    """The date meant by `text`, or None when it is not a real date (2027-02-30 is not)."""
    text = text.strip()
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None

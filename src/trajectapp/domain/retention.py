"""How long a case file is kept: the retention rule, the day a case counts as closed, and the words that tell the
person until when their case file is kept (the subject-access copy says so).

RETENTION_YEARS is the service's policy, not a number the law fixes: five years after the case is closed is the
figure to confirm with the data-protection officer, and the one place to change it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from trajectapp.domain.dates import long_date
from trajectapp.domain.selection import Translate, as_written
from trajectapp.domain.traject import Phase, PhaseChange
from trajectapp.domain.wording import QT_TRANSLATE_NOOP

RETENTION_YEARS = 5
CONTEXT = "Retention"
# The number goes in as a figure, so that a change of policy needs no new translation.
KEPT_UNTIL = QT_TRANSLATE_NOOP("Retention", "This case file is kept until %1.")
KEPT_WHILE_OPEN = QT_TRANSLATE_NOOP("Retention", "This case file is kept until %1 years after the case is closed.")


def closed_on(phase_changes: Iterable[PhaseChange]) -> date | None:
    """The day the case was closed: that of its latest phase change when that is Closed; None while the case is
    open, and again once a closed case has moved on to another phase (it was reopened)."""
    latest = max(phase_changes, key=lambda change: (change.changed_on, change.id or 0), default=None)
    return latest.changed_on if latest is not None and latest.phase is Phase.CLOSED else None


def kept_until(closed: date | None) -> date | None:
    """The last day the case file is kept: RETENTION_YEARS after the day it was closed (a case closed on 29 February
    is kept until 28 February); None for an open case, whose end is not known yet."""
    if closed is None:
        return None
    year = closed.year + RETENTION_YEARS
    try:
        return closed.replace(year=year)
    except ValueError:  # 29 February, in a year that has none
        return closed.replace(year=year, day=28)


def retention_words(until: date | None, translate: Translate = as_written) -> str:
    """The sentence for the person's copy: "This case file is kept until 1 May 2036.", or for an open case
    "... until 5 years after the case is closed."."""
    if until is None:
        return translate(CONTEXT, KEPT_WHILE_OPEN).replace("%1", str(RETENTION_YEARS))
    return translate(CONTEXT, KEPT_UNTIL).replace("%1", long_date(until, translate))

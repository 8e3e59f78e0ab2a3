"""Counts and durations as the interface language writes them (1.234 and 2,5 uur in Dutch): through QLocale(), the
default locale, which the application sets to the chosen language's at start-up (QLocale.setDefault)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def whole_number(number: int) -> str:
    """1,234 in English, 1.234 in Dutch, 1 234 in French."""
    return QLocale().toString(number)


def duration_text(minutes: int) -> str:
    """A session's length: minutes under an hour, and hours from an hour on when they are whole or half hours
    ("1.5 h", "2,5 uur"); any other length in minutes, as typed. Both are written without a plural, so that no
    language needs forms of a count for them."""
    if minutes < 60 or minutes % 30:
        return QCoreApplication.translate("Numbers", "%1 min").replace("%1", whole_number(minutes))
    hours = QLocale().toString(minutes / 60, "g", 3)
    return QCoreApplication.translate("Numbers", "%1 h").replace("%1", hours)

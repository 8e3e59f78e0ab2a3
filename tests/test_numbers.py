"""Counts and durations in the interface follow its language's locale (QLocale(), the default the application sets
at start-up), never the system's: 1.234 and 2,5 h in Dutch, 1,234 and 2.5 h in British English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from trajectapp.ui.forms.fields import length_problem
from trajectapp.ui.numbers import duration_text, whole_number


@pytest.fixture
def interface_locale():
    """set(name) makes `name` the default locale, as choosing a language does; the one before comes back after."""
    before = QLocale()

    def set_default(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield set_default
    QLocale.setDefault(before)


def test_a_count_is_grouped_as_the_interface_language_groups_it(interface_locale):
    interface_locale("nl_BE")
    assert whole_number(1234567) == "1.234.567"
    interface_locale("en_GB")
    assert whole_number(1234567) == "1,234,567"
    interface_locale("fr_BE")
    assert whole_number(1234).replace("\u202f", " ").replace("\xa0", " ") == "1 234"


@pytest.mark.parametrize(
    ("minutes", "dutch", "english"),
    [
        (45, "45 min", "45 min"),
        (60, "1 h", "1 h"),
        (90, "1,5 h", "1.5 h"),
        (150, "2,5 h", "2.5 h"),
        (100, "100 min", "100 min"),  # not a whole or half hour: the minutes, as typed
        (1440, "24 h", "24 h"),
    ],
)
def test_a_session_lasts_minutes_or_hours_written_in_the_interface_language(interface_locale, minutes, dutch, english):
    interface_locale("nl_BE")
    assert duration_text(minutes) == dutch
    interface_locale("en_GB")
    assert duration_text(minutes) == english


def test_a_field_says_how_long_it_may_be_in_the_interface_language(interface_locale):
    interface_locale("nl_BE")
    assert length_problem("x" * 5001, 5000) == "Too long: 5.001 characters, where 5.000 is the most this field keeps."

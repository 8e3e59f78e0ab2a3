"""Dates as people here write and read them (domain.dates): 14/03/2026 shown and read back, approximate dates kept
to what is known, the long form of documents in their language, and the store's ISO text. No Qt."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trajectapp.domain.checks import InvalidValue, check_approximate_date
from trajectapp.domain.dates import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    ApproximateDate,
    Unreadable,
    UnreadDate,
    clock_time,
    long_date,
    read_approximate_date,
    read_date,
    short_date,
    short_moment,
    table_date,
)
from trajectapp.domain.messages import Code

DAYS = st.dates(min_value=date(EARLIEST_YEAR, 1, 1), max_value=date(LATEST_YEAR, 12, 31))


@st.composite
def approximate_dates(draw: st.DrawFn) -> ApproximateDate:
    day = draw(DAYS)
    known = draw(st.sampled_from(["year", "month", "day"]))
    if known == "year":
        return ApproximateDate(day.year)
    if known == "month":
        return ApproximateDate(day.year, day.month)
    return ApproximateDate.of(day)


# --- showing and reading back --------------------------------------------------------------------------------------


def test_a_day_is_shown_day_first_with_its_zeros():
    assert short_date(date(2026, 3, 14)) == "14/03/2026"
    assert short_date(date(2026, 1, 5)) == "05/01/2026"


def test_an_approximate_date_is_shown_as_it_was_typed():
    assert short_date(ApproximateDate(2019)) == "2019"
    assert short_date(ApproximateDate(2019, 3)) == "03/2019"
    assert short_date(ApproximateDate(2019, 3, 14)) == "14/03/2019"


def test_times_are_on_the_24_hour_clock():
    assert clock_time(time(14, 5)) == "14:05"
    assert clock_time(datetime(2026, 3, 14, 9, 0)) == "09:00"
    assert short_moment(datetime(2026, 3, 14, 14, 5, 59)) == "14/03/2026 14:05"


@given(DAYS)
def test_every_day_shown_reads_back_as_itself(day):
    assert read_date(short_date(day)) == day


@given(approximate_dates())
def test_every_approximate_date_shown_reads_back_as_itself(value):
    assert read_approximate_date(short_date(value)) == value


@given(approximate_dates())
def test_every_approximate_date_goes_through_the_store_unchanged(value):
    assert ApproximateDate.from_iso(value.iso) == value


@given(approximate_dates(), approximate_dates())
def test_approximate_dates_sort_as_their_stored_text_and_as_their_first_days(one, other):
    assert (one < other) == (one.iso < other.iso)
    if one.first_day < other.first_day:
        assert one < other


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("14/03/2026", date(2026, 3, 14)),
        ("14-3-2026", date(2026, 3, 14)),
        ("14.3.2026", date(2026, 3, 14)),
        (" 1/3/2027 ", date(2027, 3, 1)),
        ("2026-03-14", date(2026, 3, 14)),  # as the store keeps it, and as a paste from elsewhere may be
    ],
)
def test_a_day_is_read_as_written_here(typed, day):
    assert read_date(typed) == day


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2019", ApproximateDate(2019)),
        ("3/2019", ApproximateDate(2019, 3)),
        ("03/2019", ApproximateDate(2019, 3)),
        ("3-2019", ApproximateDate(2019, 3)),
        ("2019-03", ApproximateDate(2019, 3)),
        ("14/03/2019", ApproximateDate(2019, 3, 14)),
    ],
)
def test_an_approximate_date_is_read_to_what_is_known(typed, value):
    assert read_approximate_date(typed) == value


def test_an_empty_field_holds_no_date():
    assert read_date("") is None
    assert read_approximate_date("   ") is None


@pytest.mark.parametrize(
    ("typed", "reason", "written"),
    [
        ("soon", Unreadable.SHAPE, ""),
        ("14/03/26", Unreadable.SHAPE, ""),
        ("14 maart 2026", Unreadable.SHAPE, ""),
        ("2019", Unreadable.SHAPE, ""),  # a year alone is no day
        ("03/2019", Unreadable.SHAPE, ""),
        ("31/02/2027", Unreadable.NO_SUCH_DAY, "31/02/2027"),
        ("0/3/2027", Unreadable.NO_SUCH_DAY, "00/03/2027"),
        ("14/03/1850", Unreadable.YEAR, ""),
        ("14/03/2150", Unreadable.YEAR, ""),
    ],
)
def test_what_is_no_day_says_why(typed, reason, written):
    with pytest.raises(UnreadDate) as raised:
        read_date(typed)
    assert (raised.value.reason, raised.value.written) == (reason, written)


@pytest.mark.parametrize(
    ("typed", "reason", "written"),
    [("13/2019", Unreadable.NO_SUCH_DAY, "13/2019"), ("1850", Unreadable.YEAR, ""), ("19", Unreadable.SHAPE, "")],
)
def test_what_is_no_approximate_date_says_why(typed, reason, written):
    with pytest.raises(UnreadDate) as raised:
        read_approximate_date(typed)
    assert (raised.value.reason, raised.value.written) == (reason, written)


@given(st.text(max_size=20))
def test_any_text_is_read_or_refused_with_a_reason(text):
    try:
        value = read_approximate_date(text)
    except UnreadDate as refused:
        assert refused.reason in Unreadable
        return
    assert value is None or EARLIEST_YEAR <= value.year <= LATEST_YEAR


def test_an_approximate_date_cannot_be_one_that_is_not():
    for parts in ((2019, 13), (2019, 2, 30), (2019, None, 14), (2019, 0)):
        with pytest.raises(ValueError):
            ApproximateDate(*parts)
    for stored in ("19", "2019-3", "2019-03-1", "2019-03-14T10:00", "14/03/2019", ""):
        with pytest.raises(ValueError):
            ApproximateDate.from_iso(stored)


# --- the core's check --------------------------------------------------------------------------------------------


def test_the_core_keeps_approximate_dates_within_the_years_of_every_date():
    check_approximate_date("first_conviction", ApproximateDate(2019))
    check_approximate_date("first_conviction", None)
    refused = [
        ("first_conviction", None, True, Code.VALUE_NEEDED),
        ("first_conviction", date(2019, 3, 14), False, Code.NOT_A_DATE),
        ("first_conviction", "2019", False, Code.NOT_A_DATE),
        ("first_conviction", ApproximateDate(1850), False, Code.DATE_OUT_OF_RANGE),
    ]
    for field, value, required, code in refused:
        with pytest.raises(InvalidValue) as raised:
            check_approximate_date(field, value, required=required)
        assert raised.value.code is code


# --- documents -----------------------------------------------------------------------------------------------------

DUTCH = {"March": "maart", "May": "mei", "1": "1"}
FRENCH = {"March": "mars", "May": "mai", "1": "1er"}


def translated(words: dict[str, str]):
    def translate(context: str, text: str) -> str:
        assert context == "Dates", context
        return words.get(text, text)

    return translate


def test_a_document_writes_a_date_out_in_its_language():
    assert long_date(date(2026, 3, 14), translated({})) == "14 March 2026"
    assert long_date(date(2026, 3, 14), translated(DUTCH)) == "14 maart 2026"
    assert long_date(date(2026, 3, 14), translated(FRENCH)) == "14 mars 2026"


def test_the_first_of_the_month_is_written_as_each_language_writes_it():
    assert long_date(date(2026, 5, 1), translated(FRENCH)) == "1er mai 2026"
    assert long_date(date(2026, 5, 1), translated(DUTCH)) == "1 mei 2026"


def test_a_document_writes_an_approximate_date_to_what_is_known():
    assert long_date(ApproximateDate(2019), translated(DUTCH)) == "2019"
    assert long_date(ApproximateDate(2019, 3), translated(DUTCH)) == "maart 2019"
    assert long_date(ApproximateDate(2019, 3, 14), translated(DUTCH)) == "14 maart 2019"


def test_a_table_of_a_document_writes_days_as_numbers_and_a_month_out():
    dutch = translated(DUTCH)
    assert table_date(date(2026, 1, 5), dutch) == "05/01/2026"
    assert table_date(ApproximateDate(2026, 1, 5), dutch) == "05/01/2026"
    assert table_date(ApproximateDate(2019, 3), dutch) == "maart 2019"  # 03/2019 could be read as a day
    assert table_date(ApproximateDate(2015), dutch) == "2015"


@given(DAYS)
def test_every_long_date_names_its_day_month_and_year(day):
    words = long_date(day, translated({})).split()
    assert len(words) == 3
    assert (int(words[0]), words[2]) == (day.day, f"{day.year:04d}")
    assert words[1] == day.strftime("%B")  # the C locale's English month names, as the source texts are

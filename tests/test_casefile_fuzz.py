"""Odd input in every field of the person form: a message next to the field, or a clean save of exactly what
the form says; never an exception, never a half-written record, and the draft keeps every character."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from trajectapp.domain.case import LegalStatus
from trajectapp.services.case_file import get_case, save_case
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.casefile.person_form import DATE_FIELDS, LINE_LIMITS, PersonForm

# Tests never time things: no deadline. The vault and the view are shared by the examples of one test.
fuzz = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ODD_TEXTS = [
    "مرحبا بكم",  # right to left
    "שלום Zoë",  # right to left and left to right mixed
    "\u202eevil.exe",  # a right-to-left override
    "Zoe\u0308 Çelik\u0301\u0301\u0301",  # combining marks
    "👩‍👩‍👧 🇧🇪",  # emoji with joiners and flags
    "\x00\x07\x1b[31m\x7f",  # control characters only
    "tab\there\nnew line\r\nand \r back",
    "   ",
    "x" * 201,
    "é" * 6_000,  # longer than a line field will hold
    "<b>not bold</b> &amp; <script>",
    "'; DROP TABLE cases; --",
]
ODD_DATES = [
    "2027-02-30",
    "0000-01-01",
    "99999-01-01",
    "31/02/2027",
    "29/02/2024",
    "29/02/2023",
    "2024-02-29",
    "1-3-2027",
    "2027-3-1",
    " 2027-03-01 ",
    "٢٠٢٧-٠٣-٠١",
    "٠١/٠٣/٢٠٢٧",
    "2099-12-31",
    "1900-01-01",
    "1899-12-31",
    "2101-01-01",
    "01.03.2027",
    "2027/03/01",
    "today",
    "",
    "-1-01-01",
    "2027-00-10",
    "10/00/2027",
]

texts = st.one_of(st.sampled_from(ODD_TEXTS), st.text(max_size=60), st.text(min_size=190, max_size=230))
dates = st.one_of(
    st.sampled_from(ODD_DATES),
    st.text(alphabet="0123456789-/. ", max_size=12),
    st.dates().map(date.isoformat),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(lambda d: d.strftime("%d/%m/%Y")),
)
notes = st.one_of(st.sampled_from(ODD_TEXTS), st.text(max_size=400), st.just("lang " * 25_000))


@st.composite
def odd_inputs(draw) -> dict[str, object]:
    """One to four fields with odd input each."""
    every = [*LINE_LIMITS, *DATE_FIELDS, "notes", "legal_status"]
    names = draw(st.permutations(every))[: draw(st.integers(1, 4))]
    values: dict[str, object] = {}
    for name in names:
        if name in DATE_FIELDS:
            values[name] = draw(dates)
        elif name == "notes":
            values[name] = draw(notes)
        elif name == "legal_status":
            values[name] = draw(st.sampled_from(LegalStatus))
        else:
            values[name] = draw(texts)
    return values


def fill(form: PersonForm, values: dict[str, object]) -> None:
    for name, value in values.items():
        if name == "notes":
            form.notes.setPlainText(value)
        elif name == "legal_status":
            form.legal_status.setCurrentIndex(form.legal_status.findData(value.value))
        else:
            form.inputs[name].setText(value)


@pytest.fixture
def view(qtbot, vault, make_case):
    case = make_case("Çelik Ağaoğlu", "Zoë")
    view = CaseFileView(vault, case.id, Ask())
    view.start = case
    qtbot.addWidget(view)
    return view


@fuzz
@given(values=odd_inputs())
def test_odd_input_gets_a_message_or_is_saved_exactly(view, vault, values):
    form = view.person_form
    # Every example starts from the same person, so that a message can only be about a field it filled.
    before = save_case(vault, view.start)
    form.load(before)
    fill(form, values)

    errors = form.errors()
    expected = form.value()
    saved = view.save()

    after = get_case(vault, view.case_id)
    event("refused" if errors else "saved")
    if errors:
        assert saved is False
        assert set(errors) <= set(values), f"a message for a field that was not touched: {errors}"
        assert all(isinstance(message, str) and message.strip() for message in errors.values())
        for name, message in errors.items():
            assert form.rows[name].error_text() == message  # shown next to the field
        assert after == before  # nothing written, not even in part
    else:
        assert saved is True
        assert after == expected
        assert not form.is_modified()


@fuzz
@given(values=odd_inputs())
def test_a_draft_keeps_every_character_typed(qtbot, values):
    form = PersonForm()
    qtbot.addWidget(form)
    fill(form, values)
    typed = form.raw()

    again = PersonForm()
    qtbot.addWidget(again)
    again.load_draft(form.draft())
    assert again.raw() == typed


@fuzz
@given(text=st.text(max_size=80))
def test_date_fields_never_raise(qtbot, text):
    form = PersonForm(today=lambda: date(2027, 3, 1))
    qtbot.addWidget(form)
    form.inputs["date_of_birth"].setText(text)
    errors = form.errors()
    value = form.value()
    assert ("date_of_birth" in errors) or (value.date_of_birth is None) == (not text.strip())

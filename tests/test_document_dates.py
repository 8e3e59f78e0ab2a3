"""Dates in the documents, read back with pypdf: written out in the document's language in running text and
headings ("14 maart 2026"), day first in tables, and an approximate date to what is known of it ("maart 2019",
"2015"). A dict stands in for the Dutch translation; the documents are made from a real vault."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from trajectapp.documents.case_summary import case_summary
from trajectapp.documents.session_notes import session_notes_document
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.services import case_file, contacts, factors
from trajectapp.services.case_selection import selection_tree
from trajectapp.services.case_summary import gather_case_summary
from trajectapp.services.handover_export import handover_material, handover_pdf
from trajectapp.services.session_notes import gather_session_notes

TODAY = date(2026, 3, 14)
# The Dutch of the few words these checks read; every other text stays as written.
DUTCH = {
    ("Dates", "January"): "januari",
    ("Dates", "March"): "maart",
    ("Dates", "May"): "mei",
    ("Fields", "First conviction"): "Eerste veroordeling",
    ("CaseSummary", "Printed %1"): "Afgedrukt %1",
    ("SessionNotes", "Printed %1"): "Afgedrukt %1",
}


def dutch(context: str, text: str) -> str:
    return DUTCH.get((context, text), text)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def case(vault, make_case):
    factors.add_default_factor_categories(vault)
    case = make_case("Çelik Ağaoğlu")
    case = case_file.save_case(
        vault, replace(case, first_conviction=ApproximateDate(2019, 3), expected_release=date(2027, 5, 1))
    )
    category = factors.list_factor_categories(vault)[0]
    factors.save_factor(
        vault, Factor(None, case.id, Direction.TOWARDS, FactorKind.PUSH, category.id, ApproximateDate(2015))
    )
    return case


def test_the_case_summary_writes_dates_out_in_its_language_and_approximate_ones_to_what_is_known(vault, case):
    text = text_of(
        case_summary(gather_case_summary(vault, case.id), today=TODAY, include_special=True, translate=dutch)
    )
    assert "The case file as it stood on 14 maart 2026." in text
    assert "Afgedrukt 14 maart 2026" in text
    assert "Eerste veroordeling maart 2019" in text  # the person's facts
    assert "Expected release 01/05/2027" in text  # a day in a table
    assert "Active 2015" in text  # the factor's status, then since when
    assert "2026-03-14" not in text and "2019-03" not in text


def test_a_special_category_date_stays_out_of_the_summary_unless_included(vault, case):
    text = text_of(case_summary(gather_case_summary(vault, case.id), today=TODAY, translate=dutch))
    assert "Eerste veroordeling" not in text and "maart 2019" not in text


def test_session_notes_head_each_session_with_its_day_written_out(vault, case):
    session = contacts.add_session(vault, case_id=case.id, starts_at=datetime(2026, 1, 5, 9, 30), held=True)
    text = text_of(
        session_notes_document(gather_session_notes(vault, case.id, session.id), today=TODAY, translate=dutch)
    )
    assert "5 januari 2026 09:30" in text
    assert "Afgedrukt 14 maart 2026" in text


def test_a_handover_carries_the_first_conviction_as_far_as_it_is_known(vault, case):
    tree = selection_tree(vault, case.id)
    labels = {item.key: item.label() for item, _ in tree.walk()}
    assert labels["person:first_conviction"] == "First conviction"
    assert tree.special_keys() >= {"person:first_conviction"}  # offences: marked, never sent by default
    chosen = {key: label for key, label in labels.items() if key in ("person:name", "person:first_conviction")}
    text = text_of(
        handover_pdf(handover_material(vault, case.id, chosen), today=TODAY, recipient="CAW", purpose="Overdracht")
    )
    assert "First conviction March 2019" in text
    assert "Made on 14 March 2026" in text

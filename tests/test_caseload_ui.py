"""The caseload table and its "needs attention" panel, on a real vault, with a fixed today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication

from gui_support import names_in, send_key, type_text
from trajectapp.domain.case import Case
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose, Participation, Phase
from trajectapp.services.case_file import get_case, record_consent, record_participation, record_phase, save_case
from trajectapp.store.cases import CaseRepository
from trajectapp.store.connection import transaction
from trajectapp.store.contacts import Action, ActionRepository, Session, SessionRepository
from trajectapp.ui.ask import Ask
from trajectapp.ui.caseload.caseload_model import (
    CACHED_PAGES,
    LAST_CONTACT,
    NAME,
    NEXT_APPOINTMENT,
    OVERDUE,
    PAGE_SIZE,
    PHASE,
    RELEASE,
    WARNING,
    CaseloadModel,
)
from trajectapp.ui.caseload.caseload_view import CaseloadView
from trajectapp.ui.preferences import Preferences, PreferenceValues
from trajectapp.ui.shell.preferences_dialog import PreferencesDialog

TODAY = date(2026, 3, 2)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def held(vault, case_id: int, on: date) -> None:
    with transaction(vault.connection):
        SessionRepository(vault.connection).add(Session(None, case_id, datetime.combine(on, time(10, 0)), "held"))


def planned(vault, case_id: int, at: datetime) -> None:
    with transaction(vault.connection):
        SessionRepository(vault.connection).add(Session(None, case_id, at, "planned"))


def action(vault, case_id: int, due_on: date, done_on: date | None = None) -> None:
    with transaction(vault.connection):
        ActionRepository(vault.connection).add(Action(None, case_id, "Call the justice house", "", due_on, done_on))


def release(vault, case_id: int, on: date) -> None:
    save_case(vault, replace(get_case(vault, case_id), expected_release=on))


def accepted(vault, case_id: int) -> None:
    record_participation(vault, case_id=case_id, status=Participation.ACCEPTED, on=days(-100))


@pytest.fixture
def show_caseload(qtbot, vault):
    """Factory: the caseload view of the test's vault on TODAY, shown offscreen."""

    def show(preferences: Preferences | None = None) -> CaseloadView:
        view = CaseloadView(vault, preferences or Preferences(), Ask(), today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1100, 500)
        view.show()
        qtbot.waitExposed(view)
        return view

    return show


def double_click(qtbot, widget, pos: QPoint) -> None:
    """A press on the item first: item views open an item on a double-click only where it was pressed."""
    qtbot.mouseClick(widget, Qt.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.LeftButton, pos=pos)


def ids_in(model: CaseloadModel) -> list[int]:
    return [model.case_id_at(row) for row in range(model.rowCount())]


def cell(model: CaseloadModel, row: int, column: int, role=Qt.DisplayRole):
    return model.data(model.index(row, column), role)


def test_the_columns_say_phase_last_contact_next_appointment_release_and_overdue_actions(vault, make_case, qapp):
    celik = make_case("Çelik Ağaoğlu", preferred_name="Çelo").id
    record_phase(vault, case_id=celik, phase=Phase.BUILDING_TRUST, on=days(-40))
    held(vault, celik, days(-30))
    held(vault, celik, days(-12))
    planned(vault, celik, datetime.combine(days(-1), time(9, 0)))  # in the past: not the next one
    planned(vault, celik, datetime.combine(days(20), time(9, 0)))
    planned(vault, celik, datetime.combine(days(3), time(14, 30)))
    release(vault, celik, days(95))
    action(vault, celik, days(-1))
    action(vault, celik, days(-5))
    action(vault, celik, days(-8), done_on=days(-7))  # done: not overdue
    action(vault, celik, days(4))  # not due yet
    jens = make_case("Jens Peeters").id
    yasmina = make_case("Yasmina El Idrissi").id
    held(vault, yasmina, TODAY)
    release(vault, yasmina, days(10))
    ward = make_case("Ward Lambrecht").id
    held(vault, ward, days(-1))
    release(vault, ward, days(-3))

    model = CaseloadModel(vault, today=lambda: TODAY)
    assert ids_in(model) == [celik, jens, ward, yasmina]
    assert model.headerData(RELEASE, Qt.Horizontal) == "Expected release"
    assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == [
        "Name",
        "Phase",
        "Last contact",
        "Next appointment",
        "Expected release",
        "Overdue actions",
    ]
    rows = {case_id: row for row, case_id in enumerate(ids_in(model))}

    def texts(case_id: int) -> list[str]:
        return [cell(model, rows[case_id], column) for column in range(model.columnCount())]

    assert texts(celik) == [
        "Çelik Ağaoğlu (Çelo)",
        "Building trust",
        "12 day(s)",
        "05/03/2026 14:30",
        "05/06/2026 (in 95 day(s))",
        "2",
    ]
    assert texts(jens) == ["Jens Peeters", "—", "—", "", "", ""]
    assert texts(yasmina)[LAST_CONTACT:] == ["today", "", "12/03/2026 (in 10 day(s))", ""]
    assert texts(ward)[LAST_CONTACT:] == ["1 day(s)", "", "27/02/2026 (3 day(s) ago)", ""]

    assert cell(model, rows[celik], NAME, Qt.UserRole) == celik
    assert "in 95 day(s), about 14 week(s)" in cell(model, rows[celik], RELEASE, Qt.ToolTipRole)
    assert "Expected release on 05/06/2026: in 95 day(s)" in cell(model, rows[celik], RELEASE, Qt.ToolTipRole)
    assert "3 day(s) ago" in cell(model, rows[ward], RELEASE, Qt.ToolTipRole)
    assert cell(model, rows[celik], LAST_CONTACT, Qt.ToolTipRole) == "Last contact on 18/02/2026"

    def red(case_id: int, column: int) -> bool:
        brush = cell(model, rows[case_id], column, Qt.ForegroundRole)
        return isinstance(brush, QBrush) and brush.color() == WARNING

    assert red(yasmina, RELEASE)  # within 90 days
    assert not red(celik, RELEASE)  # 95 days
    assert not red(ward, RELEASE)  # already past
    assert red(celik, OVERDUE)
    assert not red(jens, OVERDUE)
    assert not red(celik, NAME)


def test_declined_and_closed_cases_are_greyed_and_say_so(vault, make_case, qapp):
    declined = make_case("Ayoub Bakkali").id
    record_participation(vault, case_id=declined, status=Participation.DECLINED, on=days(-3))
    closed = make_case("Hanne Van Acker").id
    record_phase(vault, case_id=closed, phase=Phase.CLOSED, on=days(-2), closing_reason="Moved abroad")
    model = CaseloadModel(vault, status=None, today=lambda: TODAY)
    assert [cell(model, row, PHASE) for row in range(2)] == ["— · Declined", "Closed"]
    assert cell(model, 0, PHASE, Qt.ToolTipRole) == "Status: Declined"
    assert all(cell(model, row, NAME, Qt.ForegroundRole).color() != WARNING for row in range(2))


@pytest.fixture
def three_cases(vault, make_case):
    """Three cases that each column puts in a different order."""
    ahmed = make_case("Ahmed Zerouali").id
    bram = make_case("Bram Claes").id
    celik = make_case("Çelik Ağaoğlu").id
    record_phase(vault, case_id=ahmed, phase=Phase.CRITICAL_REFLECTION, on=days(-60))
    record_phase(vault, case_id=bram, phase=Phase.FIRST_CONTACT, on=days(-60))
    record_phase(vault, case_id=celik, phase=Phase.EXPLORING, on=days(-60))
    held(vault, ahmed, days(-30))
    held(vault, bram, days(-2))
    held(vault, celik, days(-10))
    planned(vault, ahmed, datetime.combine(days(1), time(9, 0)))
    planned(vault, bram, datetime.combine(days(7), time(9, 0)))
    release(vault, ahmed, days(200))
    release(vault, bram, days(10))
    action(vault, bram, days(-1))
    action(vault, bram, days(-2))
    action(vault, celik, days(-3))
    return ahmed, bram, celik


def test_every_column_sorts_both_ways_and_the_selection_follows_its_case(show_caseload, three_cases, qtbot):
    ahmed, bram, celik = three_cases
    ascending = {
        NAME: [ahmed, bram, celik],
        PHASE: [bram, celik, ahmed],  # in traject order
        LAST_CONTACT: [ahmed, celik, bram],  # oldest contact first
        NEXT_APPOINTMENT: [ahmed, bram, celik],  # none last
        RELEASE: [bram, ahmed, celik],  # none last
        OVERDUE: [ahmed, celik, bram],
    }
    # Descending mirrors ascending, but a case without the date stays last.
    descending = {column: order[::-1] for column, order in ascending.items()}
    descending[NEXT_APPOINTMENT] = [bram, ahmed, celik]
    descending[RELEASE] = [ahmed, bram, celik]
    view = show_caseload()
    view.select_case(bram)
    for column, expected in ascending.items():
        view.table.sortByColumn(column, Qt.AscendingOrder)
        assert ids_in(view.model) == expected, column
        view.table.sortByColumn(column, Qt.DescendingOrder)
        assert ids_in(view.model) == descending[column], column
        assert view.selected_case_id() == bram
        assert view.table.selectionModel().isRowSelected(view.model.row_of(bram))


def test_a_click_on_a_column_header_sorts_on_it(show_caseload, three_cases, qtbot):
    ahmed, bram, celik = three_cases
    view = show_caseload()
    header = view.table.horizontalHeader()
    middle = header.sectionViewportPosition(RELEASE) + header.sectionSize(RELEASE) // 2
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(middle, header.height() // 2))
    assert header.sortIndicatorSection() == RELEASE
    assert ids_in(view.model) in ([bram, ahmed, celik], [ahmed, bram, celik])


def test_the_filter_shows_active_declined_closed_or_all(show_caseload, vault, make_case):
    active = make_case("Amine Rahmouni").id
    accepted(vault, active)
    offered = make_case("Loïc Renard").id
    record_participation(vault, case_id=offered, status=Participation.OFFERED, on=days(-1))
    declined = make_case("Ayoub Bakkali").id
    record_participation(vault, case_id=declined, status=Participation.DECLINED, on=days(-3))
    withdrawn = make_case("Régis Lejeune").id
    accepted(vault, withdrawn)
    record_participation(vault, case_id=withdrawn, status=Participation.WITHDRAWN, on=days(-2))
    closed = make_case("Hanne Van Acker").id
    record_phase(vault, case_id=closed, phase=Phase.CLOSED, on=days(-2), closing_reason="Released, aftercare done")

    view = show_caseload()
    assert view.filter.currentText() == "Active"
    assert ids_in(view.model) == [active, offered]
    shown = {}
    for index in range(view.filter.count()):
        view.filter.setCurrentIndex(index)
        shown[view.filter.currentText()] = set(ids_in(view.model))
        assert view.case_count() == len(shown[view.filter.currentText()])
    assert shown == {
        "Active": {active, offered},
        "Declined": {declined, withdrawn},
        "Closed": {closed},
        "All": {active, offered, declined, withdrawn, closed},
    }


def test_search_finds_any_name_as_you_type_blind_to_accents_and_case(show_caseload, make_case, qtbot):
    celik = make_case("Çelik Ağaoğlu", preferred_name="Çelo").id
    make_case("Jens Peeters")
    yasmina = make_case("Yasmina El Idrissi", preferred_name="Mina").id
    make_case("Marcel Claes")
    view = show_caseload()
    view.select_case(celik)
    changes = []
    view.changed.connect(lambda: changes.append(view.case_count()))

    view.search.setFocus()
    type_text(qtbot, view.search, "c")
    assert names_in(view) == ["Çelik Ağaoğlu (Çelo)", "Marcel Claes"]
    type_text(qtbot, view.search, "elik")
    assert names_in(view) == ["Çelik Ağaoğlu (Çelo)"]
    assert view.selected_case_id() == celik  # still shown, still selected
    assert changes[-1] == 1

    view.search.clear()
    type_text(qtbot, view.search, "AGAOGLU")
    assert ids_in(view.model) == [celik]
    view.search.clear()
    type_text(qtbot, view.search, "mina")  # the name they want to be called
    assert ids_in(view.model) == [yasmina]
    view.search.clear()
    type_text(qtbot, view.search, "Ağaoğlu Çelik")
    assert view.case_count() == 0
    assert view.empty.isVisible()
    view.search.clear()
    assert view.case_count() == 4 and not view.empty.isVisible()


def test_enter_in_the_search_box_moves_to_the_first_match(show_caseload, make_case, qtbot):
    make_case("Jens Peeters")
    celik = make_case("Çelik Ağaoğlu").id
    view = show_caseload()
    view.search.setFocus()
    type_text(qtbot, view.search, "çel")
    send_key(view.search, Qt.Key_Return)
    assert view.selected_case_id() == celik
    with qtbot.waitSignal(view.open_case) as opened:
        send_key(view.table, Qt.Key_Return)
    assert opened.args == [celik]


def test_a_thousand_cases_are_read_a_page_at_a_time(show_caseload, vault, qtbot):
    with transaction(vault.connection):
        repository = CaseRepository(vault.connection)
        for number in range(1000):
            repository.add(Case(None, f"Persoon {number:04d}"))
    view = show_caseload()
    QApplication.processEvents()
    model = view.model
    assert model.rowCount() == 1000
    assert 0 < model.cached_row_count <= 2 * PAGE_SIZE

    bar = view.table.verticalScrollBar()
    for step in range(1, 21):
        bar.setValue(bar.maximum() * step // 20)
        QApplication.processEvents()
    assert model.cached_row_count <= CACHED_PAGES * PAGE_SIZE
    last = view.table.rowAt(view.table.viewport().height() - 2)
    assert cell(model, last, NAME) == "Persoon 0999"


def attention_fixture(vault, make_case) -> dict[str, int]:
    """One case for each reason to need attention, and some that need none."""
    cases = {}
    for key, name in (
        ("release", "Salma Hammouchi"),
        ("silent", "Faouzi Benmansour"),
        ("offered", "Loïc Renard"),
        ("undecided", "Gökhan Akgül"),
        ("consent", "Anouar Rahmouni"),
        ("fine", "Jens Peeters"),
        ("declined", "Ayoub Bakkali"),
    ):
        cases[key] = make_case(name).id
    for key in ("release", "silent", "consent", "fine"):
        accepted(vault, cases[key])
    for key in cases:
        held(vault, cases[key], days(-30 if key == "silent" else -5))
    held(vault, cases["silent"], days(-45))
    release(vault, cases["release"], days(10))
    release(vault, cases["fine"], days(120))
    record_participation(vault, case_id=cases["offered"], status=Participation.OFFERED, on=days(-4))
    record_consent(vault, Consent(None, cases["consent"], ConsentPurpose.STATISTICS, ConsentDecision.PENDING, days(-6)))
    record_participation(vault, case_id=cases["declined"], status=Participation.DECLINED, on=days(-9))
    release(vault, cases["declined"], days(5))  # declined: not on the list
    return cases


def test_the_attention_panel_lists_releases_silence_and_pending_decisions_in_plain_words(
    show_caseload, vault, make_case
):
    attention_fixture(vault, make_case)
    view = show_caseload()
    lines = view.attention.lines()
    assert lines[:2] == ["Salma Hammouchi — released in 10 day(s)", "Faouzi Benmansour — no contact for 30 day(s)"]
    assert sorted(lines[2:4]) == [
        "Gökhan Akgül — no decision yet on taking part",
        "Loïc Renard — no decision yet on taking part",
    ]
    assert lines[4:] == ["Anouar Rahmouni — consent asked, no answer yet"]
    model = view.attention.model
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert shown[0] == "Releases within 90 day(s)"
    assert "No contact for more than 21 day(s)" in shown
    assert "Decisions pending" in shown
    assert "• Salma Hammouchi — released in 10 day(s)" in shown
    assert not view.attention.empty.isVisible()


def test_the_thresholds_in_preferences_change_what_is_listed(show_caseload, vault, make_case):
    cases = attention_fixture(vault, make_case)
    preferences = Preferences()
    preferences.release_window_days = 7
    preferences.no_contact_days = 30
    view = show_caseload(preferences)
    lines = view.attention.lines()
    assert not [line for line in lines if "released" in line or "no contact" in line]
    row = view.model.row_of(cases["release"])
    assert cell(view.model, row, RELEASE, Qt.ForegroundRole) is None  # 10 days is outside 7

    preferences.release_window_days = 10
    preferences.no_contact_days = 29
    view.refresh()
    lines = view.attention.lines()
    assert "Salma Hammouchi — released in 10 day(s)" in lines
    assert "Faouzi Benmansour — no contact for 30 day(s)" in lines
    assert cell(view.model, row, RELEASE, Qt.ForegroundRole).color() == WARNING
    model = view.attention.model
    assert model.data(model.index(0, 0)) == "Releases within 10 day(s)"


def test_nothing_to_attend_to_says_so(show_caseload, vault, make_case):
    accepted(vault, make_case("Jens Peeters").id)
    view = show_caseload()
    assert view.attention.lines() == []
    assert view.attention.empty.isVisible()
    assert view.attention.empty.text() == "Nothing needs your attention today."


def test_double_click_or_enter_on_a_case_and_double_click_on_an_attention_line_open_it(
    show_caseload, vault, make_case, qtbot
):
    cases = attention_fixture(vault, make_case)
    view = show_caseload()
    row = view.model.row_of(cases["silent"])
    centre = view.table.visualRect(view.model.index(row, NAME)).center()
    with qtbot.waitSignal(view.open_case) as opened:
        double_click(qtbot, view.table.viewport(), centre)
    assert opened.args == [cases["silent"]]

    view.select_case(cases["fine"])
    view.table.setFocus()
    with qtbot.waitSignal(view.open_case) as opened:
        send_key(view.table, Qt.Key_Return)
    assert opened.args == [cases["fine"]]

    attention = view.attention.list
    line = attention.visualRect(view.attention.model.index(1, 0)).center()  # under the first heading
    with qtbot.waitSignal(view.open_case) as opened:
        double_click(qtbot, attention.viewport(), line)
    assert opened.args == [cases["release"]]

    heading = attention.visualRect(view.attention.model.index(0, 0)).center()
    with qtbot.assertNotEmitted(view.open_case):
        double_click(qtbot, attention.viewport(), heading)


def test_refresh_keeps_the_selected_case_and_reads_new_data(show_caseload, vault, make_case):
    jens = make_case("Jens Peeters").id
    view = show_caseload()
    view.select_case(jens)
    make_case("Amine Rahmouni")  # sorts before Jens
    held(vault, jens, days(-2))
    view.refresh()
    assert view.model.row_of(jens) == 1
    assert view.selected_case_id() == jens
    assert cell(view.model, 1, LAST_CONTACT) == "2 day(s)"
    assert cell(view.model, 1, NEXT_APPOINTMENT) == ""


def test_a_new_case_hidden_by_the_search_is_shown_selected_and_opened(show_caseload, make_case, qtbot):
    make_case("Jens Peeters")
    view = show_caseload()
    view.search.setFocus()
    type_text(qtbot, view.search, "jens")
    view.filter.setCurrentIndex(view.filter.count() - 1)  # All
    dialog = view.new_case()
    type_text(qtbot, dialog.name, "Şükrü Yıl")
    with qtbot.waitSignal(view.open_case) as opened:
        dialog.buttons.accepted.emit()
    assert view.search.text() == "" and view.filter.currentText() == "Active"
    assert view.selected_case_id() == opened.args[0]
    assert "Şükrü Yıl" in names_in(view)


def test_preferences_hold_the_thresholds_within_bounds(qapp):
    preferences = Preferences()
    assert preferences.values() == PreferenceValues(5, 90, 21)
    preferences.release_window_days = 1000
    preferences.no_contact_days = 0
    assert (preferences.release_window_days, preferences.no_contact_days) == (365, 1)
    dialog = PreferencesDialog(PreferenceValues(10, 60, 14))
    assert dialog.value() == PreferenceValues(10, 60, 14)
    dialog.release_window.setValue(30)
    assert dialog.value() == PreferenceValues(10, 30, 14)
    dialog.deleteLater()


def test_a_slow_search_waits_for_a_pause_in_the_typing(show_caseload, make_case, qtbot, monkeypatch):
    from trajectapp.ui.caseload import caseload_view

    make_case("Jens Peeters")
    celik = make_case("Çelik Ağaoğlu").id
    monkeypatch.setattr(caseload_view, "SLOW_SEARCH_SECONDS", -1.0)  # every search counts as slow
    view = show_caseload()
    type_text(qtbot, view.search, "ç")  # the first search runs at once and is found slow
    assert view.case_count() == 1
    type_text(qtbot, view.search, "elik")
    assert view.search.text() == "çelik"
    qtbot.waitUntil(lambda: ids_in(view.model) == [celik], timeout=2000)
    view.search.clear()
    type_text(qtbot, view.search, "jens")
    send_key(view.search, Qt.Key_Return)  # Enter does not wait
    assert names_in(view) == ["Jens Peeters"] and view.selected_case_id() is not None

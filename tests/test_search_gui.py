"""Find in notes through the window: typing, the highlighted results, opening a hit in its case file, odd input,
and the page gone in presentation mode and at a lock."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest

from gui_support import WAIT_MS, erase, flush_deletes, is_alive, send_key, type_text, unlock, workspace
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.traject import Phase
from trajectapp.services import case_file, contacts, factors
from trajectapp.services.search import HIT_END, HIT_START
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.traject_tab import TrajectTab
from trajectapp.ui.factors.factors_panel import FactorsPanel
from trajectapp.ui.search.results_model import PERSON, SNIPPET_HTML, TEXT, snippet_html, snippet_text
from trajectapp.ui.search.search_page import SearchPage
from trajectapp.ui.sessions.contacts_panel import ContactsPanel

NOTE = """# Family contact
Met his sister; Çelik Ağaoğlu, the imam, may join next time.
"""


@pytest.fixture
def notes(vault, make_case):
    """Two cases with notes in a session, the traject, a factor and the person's notes."""
    yasmina = make_case("Yasmina El Idrissi")
    zoe = make_case("Zoë Verbruggen")
    session = contacts.add_session(vault, case_id=yasmina.id, starts_at=datetime(2026, 5, 4, 10), held=True, note=NOTE)
    contacts.add_session(
        vault, case_id=zoe.id, starts_at=datetime(2026, 5, 5, 10), held=True, note="Talked about football and work."
    )
    case_file.record_phase(
        vault, case_id=zoe.id, phase=Phase.BUILDING_TRUST, on=date(2026, 4, 1), note="Slow start; the mediator helped."
    )
    factors.add_default_factor_categories(vault)
    category = factors.list_factor_categories(vault)[0].id
    factors.save_factor(
        vault,
        Factor(
            None,
            zoe.id,
            Direction.TOWARDS,
            FactorKind.PUSH,
            category,
            ApproximateDate(2026, 4, 2),
            evidence="Feels unheard by the neighbourhood.",
        ),
    )
    case_file.save_case(vault, replace(zoe, notes="Prefers mornings; plays the saxophone."))
    return yasmina, zoe, session


def open_vault(start_app, qtbot, vault, ask=None):
    vault.lock()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    return controller


def find_page(controller) -> SearchPage:
    controller.window.find_action.trigger()
    shown = workspace(controller)
    assert shown.currentWidget() is shown.search_page is not None
    return shown.search_page


def search_for(qtbot, page: SearchPage, text: str) -> None:
    """Type `text` in the field and wait for the search that follows the pause in typing."""
    erase(page.field)
    type_text(qtbot, page.field, text)
    qtbot.waitUntil(lambda: page._searched == text, timeout=WAIT_MS)


def test_ctrl_f_searches_as_you_type_blind_to_accents_and_opens_the_session(start_app, qtbot, vault, notes):
    yasmina, _zoe, session = notes
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    QTest.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    page = workspace(controller).search_page
    assert page is not None and workspace(controller).currentWidget() is page
    assert page.field.hasFocus()
    assert window.caseload_action.isEnabled()  # the caseload is a page away

    search_for(qtbot, page, "celik")

    assert page.result_count() == 1 and page.count.text() == "1 result(s)"
    model = page.model
    assert model.data(model.index(0, PERSON)) == "Yasmina El Idrissi"
    assert model.data(model.index(0, 1)) == "04/05/2026"
    assert model.data(model.index(0, 2)) == "Session note"
    assert "Çelik Ağaoğlu" in model.data(model.index(0, TEXT))
    html = model.data(model.index(0, TEXT), SNIPPET_HTML)
    assert ">Çelik</span>" in html and "\x02" not in html and html.startswith("Family contact · Met")

    ask.preset(False)  # the note editor the session opens with, closed at once
    send_key(page.field, Qt.Key_Return)  # on to the results, the best one chosen
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0
    send_key(page.table, Qt.Key_Return)

    shown = workspace(controller)
    assert shown.currentWidget() is shown.case_file and shown.case_file.case_id == yasmina.id
    contacts_tab = shown.case_file.tabs.currentWidget()
    assert isinstance(contacts_tab, ContactsPanel)
    assert contacts_tab.selected_session().id == session.id
    assert ask.asked == ["session note"]


@pytest.mark.parametrize(
    "typed, tab",
    [
        ("mediator", TrajectTab),  # a phase change
        ("neighbourhood", FactorsPanel),  # a factor's evidence
        ("saxophone", None),  # the person's own notes: the Person tab
    ],
)
def test_a_hit_outside_the_sessions_opens_the_tab_that_holds_it(start_app, qtbot, vault, notes, typed, tab):
    _yasmina, zoe, _session = notes
    controller = open_vault(start_app, qtbot, vault)
    page = find_page(controller)
    search_for(qtbot, page, typed)
    assert page.result_count() == 1

    rect = page.table.visualRect(page.model.index(0, TEXT))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())  # a double-click: press first
    qtbot.mouseDClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())

    view = workspace(controller).case_file
    assert view is not None and view.case_id == zoe.id and workspace(controller).currentWidget() is view
    expected = (
        view.person_tab
        if tab is None
        else next(view.tabs.widget(i) for i in range(view.tabs.count()) if isinstance(view.tabs.widget(i), tab))
    )
    assert view.tabs.currentWidget() is expected


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '"unbalanced quote',
        "(",
        "a AND (b OR",
        "NEAR(",
        "NEAR",
        "AND",
        "OR NOT",
        "*",
        "-",
        "- mediator",
        "mediator*",
        "^start",
        "body:mediator",
        "{x}",
        "'",
        'a"b"c',
        "🙂",
        "   ",
        "mediator OR",
        "***",
    ],
)
def test_odd_input_never_breaks_the_search(start_app, qtbot, vault, notes, typed):
    controller = open_vault(start_app, qtbot, vault)
    page = find_page(controller)
    type_text(qtbot, page.field, typed)
    send_key(page.field, Qt.Key_Return)
    assert page.count.text()  # a line that says what happened
    if typed in ("- mediator", "mediator*", "mediator OR"):  # the word is still looked for
        assert page.result_count() == 1


def test_the_count_line_in_plain_words(start_app, qtbot, vault, notes):
    controller = open_vault(start_app, qtbot, vault)
    page = find_page(controller)
    assert page.count.text().startswith("Type a word")

    search_for(qtbot, page, "zebra")
    assert page.result_count() == 0 and page.count.text() == "No notes contain “zebra”."

    search_for(qtbot, page, "the")  # a session note, a phase change, a factor and the person's notes
    assert page.count.text() == "4 result(s)"
    search_for(qtbot, page, "medi")  # a word being typed: its start is enough
    assert page.count.text() == "1 result(s)"

    erase(page.field)
    type_text(qtbot, page.field, "fo")  # too short to search while typing: it waits for Enter
    assert page.count.text() == "Keep typing, or press Enter to search."
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=WAIT_MS)  # the pause in the typing has passed
    assert page._searched != "fo"
    send_key(page.field, Qt.Key_Return)
    assert page.result_count() == 1 and page.count.text() == "1 result(s)"

    erase(page.field)
    type_text(qtbot, page.field, "((")
    send_key(page.field, Qt.Key_Return)
    assert page.result_count() == 0 and page.count.text() == "Type letters or digits to search for."


def test_escape_goes_back_to_the_caseload_or_the_open_case_file(start_app, qtbot, vault, notes):
    yasmina, _zoe, _session = notes
    controller = open_vault(start_app, qtbot, vault)
    page = find_page(controller)
    send_key(page.field, Qt.Key_Escape)
    shown = workspace(controller)
    assert shown.currentWidget() is shown.caseload
    assert not controller.window.caseload_action.isEnabled()

    shown.open_case(yasmina.id)
    page = find_page(controller)
    search_for(qtbot, page, "football")
    page.table.setFocus()
    send_key(page.table, Qt.Key_Escape)
    assert shown.currentWidget() is shown.case_file and shown.case_file.case_id == yasmina.id

    page = find_page(controller)  # the same page again, the words ready to be typed over
    assert page.field.text() == "football" and page.field.selectedText() == "football"
    page.back_button.click()
    assert shown.currentWidget() is shown.case_file


def test_presentation_mode_drops_the_results_and_a_lock_destroys_them(start_app, qtbot, qapp, vault, notes):
    yasmina, _zoe, _session = notes
    controller = open_vault(start_app, qtbot, vault)
    window = controller.window
    page = find_page(controller)
    search_for(qtbot, page, "celik")

    window.presentation_action.trigger()
    flush_deletes(qapp)
    shown = workspace(controller)
    assert not is_alive(page) and shown.search_page is None
    assert shown.currentWidget() is shown.placeholder
    assert not window.find_action.isEnabled() and not window.agenda_action.isEnabled()
    shown.find_in_notes()
    shown.show_agenda()
    assert shown.currentWidget() is shown.placeholder and shown.search_page is shown.agenda_page is None

    window.presentation_action.trigger()  # off again: the caseload, no old results kept
    assert shown.currentWidget() is shown.caseload
    page = find_page(controller)
    assert page.field.text() == "" and page.result_count() == 0

    search_for(qtbot, page, "celik")
    shown.open_case(yasmina.id)
    page = find_page(controller)
    window.presentation_action.trigger()  # with a case open: that case, not the results
    assert shown.currentWidget() is shown.case_file
    window.presentation_action.trigger()

    page = find_page(controller)
    search_for(qtbot, page, "celik")
    window.lock_action.trigger()
    flush_deletes(qapp)
    assert controller.state == "locked" and not is_alive(page)


_NOTE_TEXT = st.text(
    st.characters(whitelist_categories=("L", "N", "P", "S", "Zs"), whitelist_characters="\n<>&\"'#-*"), max_size=40
)


@settings(deadline=None)
@given(st.lists(st.tuples(_NOTE_TEXT, st.booleans()), max_size=6))
def test_a_snippet_shows_exactly_its_own_text_whatever_it_holds(qapp, parts):
    """Markup in a note (<b>, &amp;, quotes) is shown as typed, never read as rich text; hits only add a highlight."""
    snippet = "".join(f"{HIT_START}{text}{HIT_END}" if hit else text for text, hit in parts)
    document = QTextDocument()
    document.setHtml(snippet_html(snippet))
    assert document.toPlainText().split() == snippet_text(snippet).split()

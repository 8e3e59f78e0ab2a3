"""The agenda through the window: what it lists, opening an item in its case file, planning a session, and the
page gone in presentation mode and at a lock."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui_support import WAIT_MS, flush_deletes, is_alive, send_key, type_text, unlock, workspace
from trajectapp.domain.agenda import Agenda, NoContact, PlannedSession, agenda_end
from trajectapp.domain.plan import Goal, GoalStatus, Step
from trajectapp.domain.traject import Phase
from trajectapp.services import case_file, contacts, needs, plan
from trajectapp.ui.agenda.agenda_model import Line, agenda_lines, day_text
from trajectapp.ui.agenda.agenda_page import AgendaPage
from trajectapp.ui.agenda.choose_case_dialog import ChooseCaseDialog
from trajectapp.ui.ask import Ask
from trajectapp.ui.plan.plan_panel import PlanPanel
from trajectapp.ui.sessions.contacts_panel import ContactsPanel

TODAY = date.today()  # the window's agenda runs from the real today
TOMORROW = TODAY + timedelta(days=1)  # always in this week or the next


@pytest.fixture
def week(vault, make_case):
    """A session tomorrow, an overdue action, a goal step due tomorrow, a release coming up, a closed case."""
    yasmina, zoe, closed = make_case("Yasmina El Idrissi"), make_case("Zoë Verbruggen"), make_case("Closed Case")
    session = contacts.add_session(
        vault,
        case_id=yasmina.id,
        starts_at=datetime.combine(TOMORROW, datetime.min.time()).replace(hour=10, minute=30),
        held=False,
        duration_minutes=60,
        location="Visiting room 2",
    )
    action = contacts.add_action(
        vault,
        case_id=zoe.id,
        description="Call the justice house",
        owner="consultant",
        due_on=TODAY - timedelta(days=3),
    )
    needs.add_default_domains(vault)
    housing = needs.list_domains(vault)[2].id
    goal = plan.save_goal(vault, Goal(None, zoe.id, "A place to live", (housing,), status=GoalStatus.ACTIVE))
    step = plan.save_step(vault, Step(None, goal.id, "Apply for social housing", due_on=TOMORROW))
    case_file.save_case(vault, replace(zoe, expected_release=TODAY + timedelta(days=30)))
    contacts.add_session(
        vault, case_id=closed.id, starts_at=datetime.combine(TOMORROW, datetime.min.time()).replace(hour=9), held=False
    )
    case_file.record_phase(vault, case_id=closed.id, phase=Phase.CLOSED, on=TODAY - timedelta(days=10))
    return {"yasmina": yasmina, "zoe": zoe, "session": session, "action": action, "step": step}


def open_vault(start_app, qtbot, vault, ask=None):
    vault.lock()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    return controller


def agenda_page(controller) -> AgendaPage:
    controller.window.agenda_action.trigger()
    shown = workspace(controller)
    assert shown.currentWidget() is shown.agenda_page is not None
    return shown.agenda_page


def row_of(page: AgendaPage, text: str) -> int:
    [row] = [row for row, line in enumerate(page.lines()) if text in line]
    return row


def activate(page: AgendaPage, row: int) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    send_key(page.table, Qt.Key_Return)


def test_ctrl_2_lists_the_two_weeks_overdue_first(start_app, qtbot, vault, week):
    controller = open_vault(start_app, qtbot, vault)
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    QTest.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    page = workspace(controller).agenda_page
    assert page is not None and workspace(controller).currentWidget() is page

    lines = page.lines()
    tomorrow = day_text(TOMORROW, TODAY)
    assert tomorrow.startswith("Tomorrow, ")
    assert lines[0] == "Overdue"
    assert lines[1].endswith("| Zoë Verbruggen | Action: Call the justice house | consultant")
    assert lines[1].startswith("Due ")
    assert lines[2] == tomorrow
    assert lines[3] == "10:30–11:30 | Yasmina El Idrissi | Individual conversation · Visiting room 2"
    assert lines[4] == ("Due | Zoë Verbruggen | Step: Apply for social housing (goal: A place to live) | The person")
    assert lines[5] == "Releases within 90 day(s)"
    assert lines[6].endswith("| Zoë Verbruggen | Released in 30 day(s)")
    assert lines[7:] == []  # nobody without contact for long: no one has had any yet
    assert "Closed Case" not in "\n".join(lines)
    assert page.period.text().startswith("This week and next: ")
    assert not page.empty.isVisible()
    assert not page.model.flags(page.model.index(0, 0)) & Qt.ItemIsSelectable  # a heading


def test_opening_a_session_an_action_a_step_and_a_release(start_app, qtbot, vault, week):
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)

    page = agenda_page(controller)
    ask.preset(False)  # the note editor the session opens with, closed at once
    activate(page, row_of(page, "Yasmina El Idrissi"))
    view = workspace(controller).case_file
    assert workspace(controller).currentWidget() is view and view.case_id == week["yasmina"].id
    assert isinstance(view.tabs.currentWidget(), ContactsPanel)
    assert view.tabs.currentWidget().selected_session().id == week["session"].id
    assert ask.asked == ["session note"]

    page = agenda_page(controller)
    activate(page, row_of(page, "Action: Call the justice house"))
    view = workspace(controller).case_file
    assert view.case_id == week["zoe"].id and isinstance(view.tabs.currentWidget(), ContactsPanel)

    page = agenda_page(controller)
    activate(page, row_of(page, "Step: Apply for social housing"))
    assert isinstance(workspace(controller).case_file.tabs.currentWidget(), PlanPanel)

    page = agenda_page(controller)
    view.tabs.setCurrentWidget(view.person_tab)
    activate(page, row_of(page, "Released in 30 day(s)"))
    assert workspace(controller).currentWidget() is view and view.tabs.currentWidget() is view.person_tab


def test_plan_a_session_chooses_an_active_case_and_opens_its_form(start_app, qtbot, vault, week):
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    page = agenda_page(controller)

    ask.preset(None)  # cancelled: nothing happens
    page.plan_button.click()
    assert workspace(controller).currentWidget() is page

    ask.preset(week["zoe"].id, None)  # Zoë chosen, then the form to plan a session, cancelled
    page.plan_button.click()
    view = workspace(controller).case_file
    assert workspace(controller).currentWidget() is view and view.case_id == week["zoe"].id
    assert isinstance(view.tabs.currentWidget(), ContactsPanel)
    assert ask.asked == ["choose a case to plan a session"] * 2 + ["plan session"]


def test_the_case_chooser_filters_blind_to_accents(qtbot):
    dialog = ChooseCaseDialog([(3, "Bram Claes"), (1, "Çelik Ağaoğlu"), (2, "Zoë Verbruggen"), (4, "Celine Peeters")])
    qtbot.addWidget(dialog)
    assert dialog.case_id() == 3  # the first is chosen from the start
    type_text(qtbot, dialog.filter, "cel")
    assert [dialog.model.data(dialog.model.index(row)) for row in range(dialog.model.rowCount())] == [
        "Çelik Ağaoğlu",
        "Celine Peeters",
    ]
    assert dialog.case_id() == 1
    send_key(dialog.filter, Qt.Key_Down)  # the arrow keys choose while typing
    assert dialog.case_id() == 4
    type_text(qtbot, dialog.filter, "x")
    assert dialog.case_id() is None and not dialog.choose_button.isEnabled() and not dialog.none_found.isHidden()


def test_an_empty_agenda_says_so(start_app, qtbot, vault, make_case):
    make_case("Nothing planned")
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    page = agenda_page(controller)
    assert page.empty.isVisible() and page.empty.text().startswith("Nothing planned or due")
    assert not page.table.isVisible()


def test_no_active_case_to_plan_a_session_in(start_app, qtbot, vault):
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    page = agenda_page(controller)
    ask.preset(None)
    page.plan_button.click()
    assert ask.asked == ["There are no active cases. Add a person with Case → New case (Ctrl+N)."]


def test_escape_presentation_mode_and_a_lock(start_app, qtbot, qapp, vault, week):
    controller = open_vault(start_app, qtbot, vault)
    window = controller.window
    page = agenda_page(controller)
    send_key(page.table, Qt.Key_Escape)
    shown = workspace(controller)
    assert shown.currentWidget() is shown.caseload

    page = agenda_page(controller)
    window.presentation_action.trigger()
    flush_deletes(qapp)
    assert not is_alive(page) and shown.agenda_page is None and shown.currentWidget() is shown.placeholder
    window.presentation_action.trigger()

    page = agenda_page(controller)
    window.lock_action.trigger()
    flush_deletes(qapp)
    assert controller.state == "locked" and not is_alive(page)


def test_weeks_with_nothing_on_them_say_so_above_the_releases(start_app, qtbot, vault, make_case):
    case = make_case("Çelik Ağaoğlu")
    case_file.save_case(vault, replace(case, expected_release=TODAY))
    controller = open_vault(start_app, qtbot, vault)
    page = agenda_page(controller)
    assert page.lines()[0] == "This week and next"
    assert page.lines()[1].startswith("No sessions planned and nothing due until ")
    assert page.lines()[2:] == [
        "Releases within 90 day(s)",
        f"{day_text(TODAY, TODAY)} | Çelik Ağaoğlu | Released today",
    ]
    assert not page.model.flags(page.model.index(1, 0)) & Qt.ItemIsSelectable  # nothing to open


def test_a_cases_next_appointment_says_today_and_tomorrow_in_a_sentence_of_their_own(qapp):
    """Not "appointment on Today, Monday 30 November at 14:30", which no language says."""
    today = date(2026, 11, 30)

    def waiting_for(days_ahead: int) -> NoContact:
        starts_at = datetime.combine(today + timedelta(days=days_ahead), time(14, 30))
        return NoContact(1, "Zoë Verbruggen", 40, PlannedSession(7, 1, "Zoë Verbruggen", starts_at, "individual"))

    agenda = Agenda(today, agenda_end(today), no_contact=tuple(waiting_for(days) for days in (0, 1, 4)))
    appointments = [
        line.what.split(" · ")[1] for line in agenda_lines(agenda) if isinstance(line, Line) and line.case_id
    ]
    assert appointments == [
        "appointment today at 14:30",
        "appointment tomorrow at 14:30",
        f"appointment on {day_text(today + timedelta(days=4))} at 14:30",
    ]

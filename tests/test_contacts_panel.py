"""The Contacts tab records sessions, planned and held, and actions, and the caseload sees them."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from trajectapp.domain.sessions import Session
from trajectapp.services.caseload import caseload_rows
from trajectapp.services.contacts import actions, sessions
from trajectapp.ui.ask import Ask
from trajectapp.ui.sessions.action_dialog import ActionDialog
from trajectapp.ui.sessions.choices import SessionChoices
from trajectapp.ui.sessions.contacts_panel import NOTE, ContactsPanel, note_preview
from trajectapp.ui.sessions.session_dialog import SessionDialog

TODAY = date(2027, 3, 1)


@pytest.fixture
def panel(qtbot, vault, make_case):
    case = make_case("Çelik Ağaoğlu")
    ask = Ask()
    panel = ContactsPanel(vault, case.id, ask, today=lambda: TODAY)
    qtbot.addWidget(panel)
    return panel, ask, case


def test_a_recorded_session_and_a_planned_one_reach_the_caseload(panel, vault):
    widget, ask, case = panel
    ask.preset(Session(None, case.id, datetime(2027, 2, 20, 10, 0), "held"))
    widget.record_button.click()
    ask.preset(Session(None, case.id, datetime(2027, 3, 8, 14, 30), "planned", "family", duration_minutes=45))
    widget.plan_button.click()

    assert [(s.status, s.kind, s.duration_minutes) for s in sessions(vault, case.id)] == [
        ("held", "individual", None),
        ("planned", "family", 45),
    ]
    assert widget.session_model.rowCount() == 2
    (row,) = caseload_rows(vault, [case.id], today=TODAY)
    assert row.last_contact == date(2027, 2, 20)
    assert row.next_appointment == datetime(2027, 3, 8, 14, 30)


def test_marking_a_session_held_makes_it_the_last_contact_and_opens_its_note(panel, vault):
    widget, ask, case = panel
    ask.preset(Session(None, case.id, datetime(2027, 2, 27, 9, 0), "planned"))
    widget.plan_button.click()
    widget.session_table.selectRow(0)
    assert widget.held_button.isEnabled() and widget.cancel_button.isEnabled()
    ask.preset(False)  # the note editor, closed without saving
    widget.held_button.click()
    assert ask.asked[-1] == "session note"
    (row,) = caseload_rows(vault, [case.id], today=TODAY)
    assert row.last_contact == date(2027, 2, 27)
    assert row.next_appointment is None
    assert not widget.held_button.isEnabled()


def test_a_session_still_to_come_is_not_marked_held_and_a_cancelled_one_stays_listed(panel, vault):
    widget, ask, case = panel
    ask.preset(Session(None, case.id, datetime(2027, 3, 9, 9, 0), "planned"))
    widget.plan_button.click()
    widget.session_table.selectRow(0)
    ask.preset(None)
    widget.held_button.click()
    assert "planned for 09/03/2027 09:00" in ask.asked[-1]
    assert sessions(vault, case.id)[0].status == "planned"
    ask.preset(True)
    widget.cancel_button.click()
    assert [s.status for s in sessions(vault, case.id)] == ["cancelled"]
    assert widget.session_model.data(widget.session_model.index(0, 2)) == "Cancelled"


def test_overdue_actions_are_counted_until_done(panel, vault):
    widget, ask, case = panel
    ask.preset(("Ask the CAW about housing", "Zoë Verbruggen", TODAY - timedelta(days=3)))
    widget.add_action_button.click()
    (row,) = caseload_rows(vault, [case.id], today=TODAY)
    assert row.overdue_actions == 1
    assert "overdue" in widget.action_model.data(widget.action_model.index(0, 2))

    widget.action_table.selectRow(0)
    widget.done_button.click()
    assert actions(vault, case.id)[0].done_on == TODAY
    (row,) = caseload_rows(vault, [case.id], today=TODAY)
    assert row.overdue_actions == 0


def test_the_note_column_shows_the_first_line_without_markup_and_hides_in_presentation_mode(panel, vault):
    widget, _ask, _case = panel
    assert note_preview("\n\n# Gesprek met **Çelik**\n- eerste punt") == "Gesprek met Çelik"
    assert note_preview("- " + "x" * 100).endswith("…") and len(note_preview("x" * 100)) == 60
    widget.set_presentation_mode(True)
    assert widget.session_table.isColumnHidden(NOTE)
    widget.set_presentation_mode(False)
    assert not widget.session_table.isColumnHidden(NOTE)


def test_the_dialogs_refuse_bad_dates_and_times_with_a_message(qtbot):
    ask = Ask()
    planned = SessionDialog(ask, 1, SessionChoices(), now=datetime(2027, 2, 1, 9, 0))
    qtbot.addWidget(planned)
    planned.inputs["day"].setText("2027-02-30")
    planned.inputs["at"].setText("25:00")
    assert set(planned.errors()) == {"day", "at"}
    assert planned.value() is None
    planned.buttons.button(QDialogButtonBox.Ok).click()
    assert planned.result() == 0  # not accepted
    assert "no 30/02/2027" in planned.rows["day"].error_text()
    assert "Not a time" in planned.rows["at"].error_text()
    planned.inputs["day"].setText("31/01/2027")
    assert planned.errors()["day"] == "This date has passed: record the session as held instead."
    planned.inputs["day"].setText("01/03/2027")
    planned.inputs["at"].setText("14u30")
    session = planned.value()
    assert (session.starts_at, session.status, session.kind) == (datetime(2027, 3, 1, 14, 30), "planned", "individual")

    held = SessionDialog(ask, 1, SessionChoices(), held=True, now=datetime(2027, 2, 1, 9, 0))
    qtbot.addWidget(held)
    held.inputs["day"].setText("2027-02-02")
    assert held.errors() == {"day": "This date is still to come: plan the session instead."}

    action = ActionDialog()
    qtbot.addWidget(action)
    action.inputs["due"].setText("31/04/2027")
    assert set(action.errors()) == {"description", "due"}
    action.inputs["description"].setText("Call the justice house")
    action.inputs["due"].setText("30/04/2027")
    assert action.value() == ("Call the justice house", "", date(2027, 4, 30))
    action.inputs["due"].setText("")
    assert action.value() == ("Call the justice house", "", None)

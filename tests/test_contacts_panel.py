"""The Contacts tab records contacts, appointments and actions, and the caseload sees them."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from trajectapp.services.caseload import caseload_rows
from trajectapp.services.contacts import actions, sessions
from trajectapp.ui.ask import Ask
from trajectapp.ui.contacts.contact_dialogs import ActionDialog, ContactDialog
from trajectapp.ui.contacts.contacts_panel import ContactsPanel

TODAY = date(2027, 3, 1)


@pytest.fixture
def panel(qtbot, vault, make_case):
    case = make_case("Çelik Ağaoğlu")
    ask = Ask()
    panel = ContactsPanel(vault, case.id, ask, today=lambda: TODAY)
    qtbot.addWidget(panel)
    return panel, ask, case


def test_a_recorded_contact_and_a_planned_appointment_reach_the_caseload(panel, vault):
    widget, ask, case = panel
    ask.preset((datetime(2027, 2, 20, 10, 0), "individual"))
    widget.record_button.click()
    ask.preset((datetime(2027, 3, 8, 14, 30), "family"))
    widget.plan_button.click()

    assert [s.status for s in sessions(vault, case.id)] == ["held", "planned"]
    assert widget.session_model.rowCount() == 2
    (row,) = caseload_rows(vault, [case.id], today=TODAY)
    assert row.last_contact == date(2027, 2, 20)
    assert row.next_appointment == datetime(2027, 3, 8, 14, 30)


def test_marking_an_appointment_held_makes_it_the_last_contact(panel, vault):
    widget, ask, case = panel
    ask.preset((datetime(2027, 2, 27, 9, 0), "individual"))
    widget.plan_button.click()
    widget.session_table.selectRow(0)
    widget.held_button.click()
    (row,) = caseload_rows(vault, [case.id], today=TODAY)
    assert row.last_contact == date(2027, 2, 27)
    assert row.next_appointment is None


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


def test_the_dialogs_refuse_bad_dates_and_times_with_a_message(qtbot):
    contact = ContactDialog(planned=True, now=datetime(2027, 2, 1, 9, 0))
    qtbot.addWidget(contact)
    contact.inputs["day"].setText("2027-02-30")
    contact.inputs["at"].setText("25:00")
    assert set(contact.errors()) == {"day", "at"}
    assert contact.value() is None
    contact.buttons.button(QDialogButtonBox.Ok).click()
    assert contact.result() == 0  # not accepted
    assert "no 2027-02-30" in contact.rows["day"].error_text()
    assert "Not a time" in contact.rows["at"].error_text()
    contact.inputs["day"].setText("31/01/2027")
    assert contact.errors()["day"] == "This date has passed: record it as a contact instead."
    contact.inputs["day"].setText("01/03/2027")
    contact.inputs["at"].setText("14:30")
    assert contact.value() == (datetime(2027, 3, 1, 14, 30), "individual")

    held = ContactDialog(planned=False, now=datetime(2027, 2, 1, 9, 0))
    qtbot.addWidget(held)
    held.inputs["day"].setText("2027-02-02")
    assert held.errors() == {"day": "This date is still to come: record it when it has happened."}

    action = ActionDialog()
    qtbot.addWidget(action)
    action.inputs["due"].setText("31/04/2027")
    assert set(action.errors()) == {"description", "due"}
    action.inputs["description"].setText("Call the justice house")
    action.inputs["due"].setText("30/04/2027")
    assert action.value() == ("Call the justice house", "", date(2027, 4, 30))
    action.inputs["due"].setText("")
    assert action.value() == ("Call the justice house", "", None)

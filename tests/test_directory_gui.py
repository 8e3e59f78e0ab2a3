"""The partner-service directory and the Services tab of a case: editing, hiding, unsaved changes,
involving a service, and what consent lets each service receive."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from conftest import PASSPHRASE, fast_kdf
from gui_support import click, erase, send_key, type_text
from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.domain.shipped_catalogues import SHIPPED_SERVICES
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose
from trajectapp.services import partners
from trajectapp.services.case_file import record_consent, revoke_consent
from trajectapp.services.opening import create_vault
from trajectapp.services.partners import add_default_services, involvements, list_services, save_involvement
from trajectapp.ui.ask import Ask
from trajectapp.ui.directory.directory_dialog import DirectoryDialog
from trajectapp.ui.directory.involvement_dialog import InvolvementDialog
from trajectapp.ui.directory.involvements_panel import (
    CONTACT_PERSON,
    MAY_RECEIVE,
    NEEDS,
    SERVICE,
    SINCE,
    UNTIL,
    InvolvementsPanel,
)
from trajectapp.ui.directory.service_form import ServiceForm

CAW = "CAW – Justitieel Welzijnswerk"
VDAB = "VDAB – trajectbegeleiding gedetineerden"


def catalogue_names() -> list[str]:
    return [service.name for _key, service in SHIPPED_SERVICES]


def stored(vault, name: str) -> PartnerService:
    (service,) = [s for s in list_services(vault, include_hidden=True) if s.name == name]
    return service


@pytest.fixture
def open_directory(qtbot, vault):
    """Factory: a shown DirectoryDialog on the test's vault.

    Not left to qtbot to close: closing with an edit unsaved asks a real, modal question, so each
    dialog is reverted and closed here, whatever the test did."""
    opened = []

    def open_(ask: Ask | None = None) -> DirectoryDialog:
        dialog = DirectoryDialog(vault, ask or Ask())
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield open_
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.form.revert()
            dialog.close()
            dialog.deleteLater()


@pytest.fixture
def directory(open_directory, vault):
    add_default_services(vault)  # conftest's vault comes from the core, which ships no data
    ask = Ask()
    return open_directory(ask), ask


def choose(qtbot, dialog: DirectoryDialog, name: str) -> None:
    """Click the service called `name` in the list, as a person would."""
    row = [dialog.model.service_at(n).name for n in range(dialog.model.rowCount())].index(name)
    rect = dialog.list.visualRect(dialog.model.index(row))
    qtbot.mouseClick(dialog.list.viewport(), Qt.LeftButton, pos=rect.center())


def listed(dialog: DirectoryDialog) -> list[str]:
    return [dialog.model.service_at(n).name for n in range(dialog.model.rowCount())]


# -- the defaults ------------------------------------------------------------------------------------------


def test_a_new_vault_lists_the_ten_defaults(directory):
    dialog, _ask = directory
    assert len(listed(dialog)) == 10
    assert sorted(listed(dialog)) == sorted(catalogue_names())
    assert dialog.form.name.text() == listed(dialog)[0]  # the first is open in the form
    assert not dialog.save_button.isEnabled() and not dialog.revert_button.isEnabled()


def test_a_new_vault_starts_with_the_shipped_services_as_written(tmp_path):
    vault, _key = create_vault(tmp_path / "shipped", PASSPHRASE, fast_kdf())
    try:
        stored = sorted((s.name, s.kind, s.organisation, s.notes) for s in list_services(vault))
    finally:
        vault.lock()
    assert stored == sorted((s.name, s.kind, s.organisation, s.notes) for _key, s in SHIPPED_SERVICES)


# -- editing a service -------------------------------------------------------------------------------------


def test_editing_a_default_stores_the_phone_and_contact_people(qtbot, directory, vault):
    dialog, _ask = directory
    choose(qtbot, dialog, CAW)
    form = dialog.form
    form.phone.setFocus()
    type_text(qtbot, form.phone, "+32 9 265 04 40")
    type_text(qtbot, form.contact_people, "Zoë Verbruggen")
    send_key(form.contact_people, Qt.Key_Return)
    type_text(qtbot, form.contact_people, "Çelik Ağaoğlu (onthaal)")
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)

    caw = stored(vault, CAW)
    assert caw.phone == "+32 9 265 04 40"
    assert caw.contact_people == "Zoë Verbruggen\nÇelik Ağaoğlu (onthaal)"
    assert caw.organisation == "Centrum Algemeen Welzijnswerk"  # untouched fields stay
    assert not form.is_modified() and not dialog.save_button.isEnabled()


def test_a_bad_email_shows_a_message_and_saves_nothing(qtbot, directory, vault):
    dialog, _ask = directory
    choose(qtbot, dialog, CAW)
    before = stored(vault, CAW)
    type_text(qtbot, dialog.form.email, "an.peeters@caw")
    type_text(qtbot, dialog.form.phone, "09 265 04 40")
    click(qtbot, dialog.save_button)

    assert "e-mail" in dialog.form.rows["email"].error_text()
    assert dialog.form.rows["email"].error.isVisible()
    assert stored(vault, CAW) == before
    assert dialog.form.email.text() == "an.peeters@caw" and dialog.form.phone.text() == "09 265 04 40"  # nothing lost

    type_text(qtbot, dialog.form.email, ".be")
    assert dialog.form.rows["email"].error_text() == ""  # the message goes as the user corrects the field
    click(qtbot, dialog.save_button)
    assert stored(vault, CAW).email == "an.peeters@caw.be"


def test_a_new_service_needs_a_name(qtbot, directory, vault):
    dialog, _ask = directory
    click(qtbot, dialog.new_button)
    assert dialog.form.service.id is None and dialog.form.name.text() == ""
    click(qtbot, dialog.save_button)
    assert dialog.form.rows["name"].error_text()
    assert len(list_services(vault, include_hidden=True)) == 10

    type_text(qtbot, dialog.form.name, "OCMW Sint-Gillis – schuldhulp")
    click(qtbot, dialog.save_button)
    assert "OCMW Sint-Gillis – schuldhulp" in listed(dialog)
    assert dialog.list.currentIndex().data() == "OCMW Sint-Gillis – schuldhulp"


def test_a_hidden_service_leaves_the_lists_unless_shown(qtbot, directory, vault):
    dialog, _ask = directory
    choose(qtbot, dialog, VDAB)
    click(qtbot, dialog.form.hidden)
    click(qtbot, dialog.save_button)

    assert VDAB not in listed(dialog)
    assert VDAB not in [s.name for s in list_services(vault)]
    assert stored(vault, VDAB).hidden  # kept, for the cases it worked on
    choices = InvolvementDialog(list(list_services(vault)))
    qtbot.addWidget(choices)
    assert VDAB not in [choices.service.itemText(n) for n in range(choices.service.count())]

    click(qtbot, dialog.show_hidden)
    assert VDAB in listed(dialog)
    row = listed(dialog).index(VDAB)
    assert "hidden" in dialog.model.index(row).data()


# -- unsaved changes ---------------------------------------------------------------------------------------


def test_switching_with_unsaved_edits_asks_and_cancel_keeps_the_edit(qtbot, directory, vault):
    dialog, ask = directory
    choose(qtbot, dialog, CAW)
    type_text(qtbot, dialog.form.phone, "09 265 04 40")
    ask.preset("cancel")
    choose(qtbot, dialog, VDAB)

    assert len(ask.asked) == 1
    assert dialog.form.name.text() == CAW and dialog.form.phone.text() == "09 265 04 40"
    assert dialog.list.currentIndex().data() == CAW  # the selection went back to what the form shows
    assert stored(vault, CAW).phone == ""


def test_switching_with_unsaved_edits_discard_drops_them(qtbot, directory, vault):
    dialog, ask = directory
    choose(qtbot, dialog, CAW)
    type_text(qtbot, dialog.form.phone, "09 265 04 40")
    ask.preset("discard")
    choose(qtbot, dialog, VDAB)

    assert dialog.form.name.text() == VDAB and dialog.form.phone.text() == ""
    assert stored(vault, CAW).phone == ""
    ask.preset("this answer must not be used")
    choose(qtbot, dialog, CAW)  # nothing unsaved now: no question
    assert dialog.form.name.text() == CAW and dialog.form.phone.text() == ""


def test_switching_with_unsaved_edits_save_stores_them_first(qtbot, directory, vault):
    dialog, ask = directory
    choose(qtbot, dialog, CAW)
    type_text(qtbot, dialog.form.phone, "09 265 04 40")
    ask.preset("save")
    choose(qtbot, dialog, VDAB)
    assert stored(vault, CAW).phone == "09 265 04 40"
    assert dialog.form.name.text() == VDAB and dialog.list.currentIndex().data() == VDAB


def test_closing_with_unsaved_edits_asks(qtbot, directory):
    dialog, ask = directory
    type_text(qtbot, dialog.form.notes, " Open on Tuesdays.")
    ask.preset("cancel")
    dialog.close()
    assert dialog.isVisible() and dialog.form.is_modified()
    ask.preset("discard")
    dialog.close()
    assert not dialog.isVisible()


def test_an_edit_open_when_the_vault_locks_comes_back_as_a_draft(qtbot, directory, open_directory, vault):
    dialog, ask = directory
    choose(qtbot, dialog, VDAB)
    type_text(qtbot, dialog.form.contact_people, "Zoë Verbruggen")
    dialog.reject()  # what the application does to open dialogs when it locks: no question asked
    assert ask.asked == []

    again = open_directory()
    assert again.form.name.text() == VDAB
    assert again.form.contact_people.toPlainText() == "Zoë Verbruggen"
    assert again.form.is_modified() and not again.draft_note.isHidden()
    assert stored(vault, VDAB).contact_people == ""


def test_show_directory_runs_the_dialog_until_closed(qtbot, vault):
    add_default_services(vault)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close())
    assert DirectoryDialog.show_catalogue(None, vault, Ask()) is False


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=300), other=st.text(max_size=300), email=st.text(max_size=40))
def test_odd_input_gives_a_message_or_a_clean_save(qtbot, vault, name, other, email):
    form = ServiceForm()
    qtbot.addWidget(form)
    form.name.setText(name)
    for field in (form.kind, form.organisation, form.phone):
        field.setText(other)
    form.contact_people.setPlainText(other)
    form.notes.setPlainText(other + "\u202e" + name)
    form.email.setText(email)
    if form.errors():
        assert set(form.errors()) <= set(form.inputs)
        return
    saved = partners.save_service(vault, form.value())
    assert replace(saved, id=None) == form.value()


# -- the Services tab of a case ----------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot, vault, make_case):
    add_default_services(vault)
    case = make_case("Çelik Ağaoğlu")
    ask = Ask()
    widget = InvolvementsPanel(vault, case.id, ask)
    qtbot.addWidget(widget)
    return widget, ask, case


def cell(panel: InvolvementsPanel, row: int, column: int) -> str:
    return panel.model.data(panel.model.index(row, column))


def fill_and_accept(qtbot, steps: list) -> list:
    """Run `steps` on the modal dialog once it is open (each gets the dialog); cancel it if one fails."""
    failures = []

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            for step in steps:
                step(dialog)
        except BaseException as error:
            failures.append(error)
            dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def test_involving_a_service_with_dates_and_needs_lists_it(qtbot, panel, vault):
    widget, _ask, case = panel
    caw = stored(vault, CAW)
    seen_errors = []

    def choose_service(dialog):
        dialog.service.setCurrentIndex(dialog.service.findData(caw.id))

    def type_dates_the_wrong_way_round(dialog):
        type_text(qtbot, dialog.inputs["since"], "2027-03-01")
        type_text(qtbot, dialog.inputs["until"], "01/02/2027")
        type_text(qtbot, dialog.contact_person, "Zoë Verbruggen")
        type_text(qtbot, dialog.inputs["needs"], "Housing after release")
        dialog.buttons.button(QDialogButtonBox.Ok).click()
        seen_errors.append(dialog.rows["until"].error_text())
        assert dialog.isVisible()  # refused: the dialog stays open with what was typed

    def correct_until(dialog):
        erase(dialog.inputs["until"])
        type_text(qtbot, dialog.inputs["until"], "31/12/2027")
        dialog.buttons.button(QDialogButtonBox.Ok).click()

    failures = fill_and_accept(qtbot, [choose_service, type_dates_the_wrong_way_round, correct_until])
    click(qtbot, widget.involve_button)
    assert not failures, failures
    assert "before" in seen_errors[0]

    (involvement,) = involvements(vault, case.id)
    assert (involvement.service_id, involvement.since, involvement.until) == (
        caw.id,
        date(2027, 3, 1),
        date(2027, 12, 31),
    )
    assert widget.model.rowCount() == 1
    assert [cell(widget, 0, c) for c in (SERVICE, SINCE, UNTIL, CONTACT_PERSON, NEEDS)] == [
        CAW,
        "01/03/2027",
        "31/12/2027",
        "Zoë Verbruggen",
        "Housing after release",
    ]
    assert cell(widget, 0, MAY_RECEIVE) == "nothing: no consent"
    assert widget.empty_note.isHidden()


def test_until_before_since_is_refused_with_a_message(qtbot, vault):
    add_default_services(vault)
    dialog = InvolvementDialog(list_services(vault))
    qtbot.addWidget(dialog)
    dialog.service.setCurrentIndex(1)
    dialog.inputs["since"].setText("2027-03-01")
    dialog.inputs["until"].setText("2027-02-28")
    assert set(dialog.errors()) == {"until"} and dialog.value() is None
    dialog._accept_if_valid()
    assert "01/03/2027" in dialog.rows["until"].error_text()

    dialog.inputs["until"].setText("")  # still involved: no end date
    assert dialog.value()["until"] is None and dialog.value()["since"] == date(2027, 3, 1)


def test_editing_an_involvement(qtbot, panel, vault):
    widget, ask, case = panel
    caw = stored(vault, CAW)
    save_involvement(vault, Involvement(None, case.id, caw.id, date(2027, 1, 10)))
    widget.refresh()
    assert not widget.edit_button.isEnabled()
    widget.table.selectRow(0)
    ask.preset(
        {
            "service_id": caw.id,
            "since": date(2027, 1, 10),
            "until": date(2027, 6, 30),
            "contact_person": "An Peeters",
            "needs": "Debts\nHousing",
        }
    )
    click(qtbot, widget.edit_button)
    (involvement,) = involvements(vault, case.id)
    assert involvement.until == date(2027, 6, 30) and involvement.contact_person == "An Peeters"
    assert cell(widget, 0, NEEDS) == "Debts · Housing"


def test_may_receive_follows_the_consent_for_that_service(qtbot, panel, vault):
    widget, _ask, case = panel
    caw, vdab = stored(vault, CAW), stored(vault, VDAB)
    for service in (caw, vdab):
        save_involvement(vault, Involvement(None, case.id, service.id, date(2027, 1, 10)))
    widget.refresh()
    rows = {cell(widget, row, SERVICE): row for row in range(2)}
    assert cell(widget, rows[CAW], MAY_RECEIVE) == "nothing: no consent"

    given = record_consent(
        vault,
        Consent(
            None,
            case.id,
            ConsentPurpose.SHARE_WITH_SERVICE,
            ConsentDecision.GIVEN,
            date(2027, 1, 12),
            caw.id,
            date(2027, 1, 12),
            allowed="Housing plans and the release date",
            not_allowed="Anything about religion",
        ),
    )
    record_consent(
        vault,
        Consent(None, case.id, ConsentPurpose.SHARE_WITH_SERVICE, ConsentDecision.PENDING, date(2027, 1, 12), vdab.id),
    )
    widget.refresh()
    assert cell(widget, rows[CAW], MAY_RECEIVE) == "Housing plans and the release date; not: Anything about religion"
    assert cell(widget, rows[VDAB], MAY_RECEIVE) == "consent asked"

    revoke_consent(vault, consent_id=given.id, on=date(2027, 2, 1))
    widget.refresh()
    assert cell(widget, rows[CAW], MAY_RECEIVE) == "nothing: no consent"


def test_the_panel_says_when_no_service_is_involved(panel):
    widget, _ask, _case = panel
    assert widget.model.rowCount() == 0
    assert not widget.empty_note.isHidden()
    assert not widget.edit_button.isEnabled()

"""The unlocked window as a whole: from the caseload into a case file and back, presentation mode, the partner
directory, and an auto-lock in the middle of editing a case file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QLineEdit

from gui_support import WAIT_MS, click, flush_deletes, names_in, send_key, type_text, unlock, workspace
from trajectapp.domain.needs import AssessmentItem
from trajectapp.domain.partners import Involvement
from trajectapp.domain.plan import Goal, Party, Step
from trajectapp.domain.sessions import Session
from trajectapp.domain.traject import ConsentDecision, ConsentPurpose, Participation, Phase
from trajectapp.services.case_file import consents, get_case, save_case, timeline
from trajectapp.services.contacts import actions
from trajectapp.services.needs import add_default_domains, assessments, list_domains
from trajectapp.services.partners import add_default_services, involvements, list_services, save_involvement
from trajectapp.services.plan import goals
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.caseload.caseload_model import OVERDUE
from trajectapp.ui.caseload.caseload_view import CaseloadView
from trajectapp.ui.catalogues.factor_categories import FactorCategoriesDialog
from trajectapp.ui.catalogues.life_domains import DomainsDialog
from trajectapp.ui.directory.directory_dialog import DirectoryDialog
from trajectapp.ui.directory.involvement_dialog import InvolvementDialog
from trajectapp.ui.sessions.action_dialog import ActionDialog


def open_vault(start_app, qtbot, vault, ask=None):
    vault.lock()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    return controller


def open_by_enter(qtbot, controller, name: str) -> CaseFileView:
    """Choose `name` in the caseload and press Enter, as a person would."""
    view = workspace(controller).caseload
    view.select_case(view.model.case_id_at(names_in(view).index(name)))
    view.table.setFocus()
    send_key(view.table, Qt.Key_Return)
    shown = workspace(controller)
    assert shown.currentWidget() is shown.case_file, "Enter on a case did not open its file"
    return shown.case_file


def texts_on_screen(root) -> str:
    """Every text a person could read in `root` now: visible labels, line edits and item views."""
    parts = [label.text() for label in root.findChildren(QLabel) if label.isVisible()]
    parts += [edit.text() for edit in root.findChildren(QLineEdit) if edit.isVisible()]
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None:
            model = view.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    parts.append(str(model.data(model.index(row, column)) or ""))
    return "\n".join(parts)


def test_enter_opens_the_case_file_and_the_caseload_action_goes_back(start_app, qtbot, vault, make_case):
    make_case("Çelik Ağaoğlu")
    make_case("Nadia El Ouafi")
    controller = open_vault(start_app, qtbot, vault)
    window = controller.window
    assert not window.caseload_action.isEnabled()  # already there

    view = open_by_enter(qtbot, controller, "Nadia El Ouafi")
    assert view.name_label.text() == "Nadia El Ouafi"
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == [
        "Person",
        "Traject",
        "Contacts",
        "Needs",
        "Factors",
        "Strengths",
        "Plan",
        "Services",
        "Disclosures",
        "History",
    ]
    assert window.caseload_action.isEnabled()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    QTest.keyClick(window, Qt.Key_0, Qt.ControlModifier)
    shown = workspace(controller)
    assert shown.currentWidget() is shown.caseload and shown.case_file is None
    assert not window.caseload_action.isEnabled()


def test_leaving_a_case_file_with_unsaved_changes_asks_first(start_app, qtbot, vault, make_case):
    case = make_case("Çelik Ağaoğlu")
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    view = open_by_enter(qtbot, controller, "Çelik Ağaoğlu")
    type_text(qtbot, view.person_form.inputs["nationality"], "Belgisch-Turks")

    ask.preset("cancel")
    controller.window.caseload_action.trigger()
    assert workspace(controller).currentWidget() is view
    assert view.person_form.inputs["nationality"].text() == "Belgisch-Turks"

    ask.preset("save")
    controller.window.caseload_action.trigger()
    assert workspace(controller).currentWidget() is workspace(controller).caseload
    assert get_case(controller.vault, case.id).nationality == "Belgisch-Turks"
    assert ask.asked[-1] == ask.asked[-2] == "The person's details have changes that are not saved."


def test_a_new_case_opens_its_file_and_is_kept_through_a_week_of_work(start_app, qtbot, vault):
    """Everything through the window: a new person, the traject, participation, consent, a partner service, a
    contact, and back on the caseload with the new phase and the last contact."""
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    controller.window.new_case_action.trigger()
    dialog = workspace(controller).caseload._new_case_dialog
    type_text(qtbot, dialog.name, "Zoë Verbruggen")
    type_text(qtbot, dialog.preferred_name, "Zoë")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    view = workspace(controller).case_file
    assert view is not None and view.name_label.text() == "Zoë Verbruggen (Zoë)"
    case_id = view.case_id

    type_text(qtbot, view.person_form.inputs["prison"], "Gevangenis Hasselt")
    assert view.save()
    today = date.today()
    ask.preset((Phase.FIRST_CONTACT, today, "Kennismaking op de cel.", ""))
    view.traject.phase_button.click()
    ask.preset((Participation.ACCEPTED, today, "Ik wil weer bij mijn dochter zijn."))
    view.traject.participation_button.click()
    caw = next(service for service in list_services(controller.vault) if "CAW" in service.name)
    ask.preset(
        {
            "purpose": ConsentPurpose.SHARE_WITH_SERVICE,
            "partner_service_id": caw.id,
            "decision": ConsentDecision.GIVEN,
            "asked_on": today,
            "decided_on": today,
            "allowed": "Huisvesting en uitkering",
            "not_allowed": "Niets over het misdrijf",
        }
    )
    view.traject.consent_button.click()
    tab = {view.tabs.tabText(i): view.tabs.widget(i) for i in range(view.tabs.count())}
    ask.preset(
        {
            "service_id": caw.id,
            "since": today,
            "until": None,
            "contact_person": "Sofie Claes",
            "needs": "Housing after release",
        }
    )
    tab["Services"].involve_button.click()
    ask.preset(Session(None, case_id, datetime.combine(today, datetime.min.time()).replace(hour=10), "held"))
    tab["Contacts"].record_button.click()

    assert [line.what for line in view.traject.timeline.lines()] == [
        "Phase reached: First contact",
        "Participation: Accepted",
        f"Consent for sharing with {caw.name}: Given",
    ]
    assert [c.decision for c in consents(controller.vault, case_id)] == [ConsentDecision.GIVEN]
    (involved,) = involvements(controller.vault, case_id)
    assert (involved.service_id, involved.contact_person) == (caw.id, "Sofie Claes")
    assert tab["Services"].model.rowCount() == 1
    assert tab["Services"].may_receive(caw.id) != ""

    controller.window.caseload_action.trigger()
    caseload = workspace(controller).caseload
    row = names_in(caseload).index("Zoë Verbruggen (Zoë)")
    cells = [caseload.model.data(caseload.model.index(row, column)) for column in range(caseload.model.columnCount())]
    assert "First contact" in cells
    assert caseload.model.case_id_at(row) == case_id
    assert [entry.kind for entry in timeline(controller.vault, case_id)] and get_case(
        controller.vault, case_id
    ).prison == "Gevangenis Hasselt"


def test_presentation_mode_shows_only_the_open_case_without_its_sensitive_fields(
    start_app, qtbot, qapp, vault, make_case
):
    case = make_case("Çelik Ağaoğlu")
    save_case(vault, replace(case, offence_category="financiering van terrorisme"))
    make_case("Nadia El Ouafi")
    controller = open_vault(start_app, qtbot, vault)
    window = controller.window
    view = open_by_enter(qtbot, controller, "Çelik Ağaoğlu")
    view.tabs.setCurrentWidget(view.person_tab)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    QTest.keyClick(window, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    assert controller.presentation_mode
    assert window.presentation_banner.isVisible() and "Presentation mode" in window.windowTitle()
    for action in (
        window.caseload_action,
        window.new_case_action,
        window.directory_action,
        window.change_passphrase_action,
    ):
        assert not action.isEnabled()
    assert window.lock_action.isEnabled()
    on_screen = texts_on_screen(window)
    assert "Çelik Ağaoğlu" in on_screen
    assert "Nadia El Ouafi" not in on_screen
    assert "financiering van terrorisme" not in on_screen
    assert not workspace(controller).caseload.isVisible()
    QTest.keyClick(window, Qt.Key_0, Qt.ControlModifier)  # no way back to the caseload but leaving the mode
    assert workspace(controller).currentWidget() is view

    # A lock keeps the mode: the screen may still face the person when it is unlocked.
    window.lock_action.trigger()
    assert window.presentation_banner.isVisible()
    unlock(qtbot, controller)
    flush_deletes(qapp)
    view = workspace(controller).case_file
    assert view is not None and workspace(controller).currentWidget() is view
    on_screen = texts_on_screen(window)
    assert "Nadia El Ouafi" not in on_screen and "financiering van terrorisme" not in on_screen

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    QTest.keyClick(window, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    assert not controller.presentation_mode and not window.presentation_banner.isVisible()
    assert "financiering van terrorisme" in texts_on_screen(window)
    assert window.caseload_action.isEnabled()


def test_presentation_mode_with_no_case_open_shows_nobody(start_app, qtbot, vault, make_case):
    make_case("Çelik Ağaoğlu")
    make_case("Nadia El Ouafi")
    controller = open_vault(start_app, qtbot, vault)
    controller.window.presentation_action.trigger()
    shown = workspace(controller)
    assert shown.currentWidget() is shown.placeholder
    on_screen = texts_on_screen(controller.window)
    assert "Çelik" not in on_screen and "Nadia" not in on_screen

    controller.window.presentation_action.trigger()
    assert shown.currentWidget() is shown.caseload
    assert sorted(names_in(shown.caseload)) == ["Nadia El Ouafi", "Çelik Ağaoğlu"]


def test_an_auto_lock_mid_edit_brings_back_the_case_file_and_the_edit(
    start_app, qtbot, qapp, vault, make_case, vault_folder
):
    case = make_case("Çelik Ağaoğlu")
    controller = open_vault(start_app, qtbot, vault)
    view = open_by_enter(qtbot, controller, "Çelik Ağaoğlu")
    notes = "Wil graag koken in de keuken van de afdeling. Vader Ömer komt op bezoek."
    view.person_form.notes.setFocus()
    type_text(qtbot, view.person_form.notes, notes)

    controller.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: controller.state == "locked", timeout=WAIT_MS)
    flush_deletes(qapp)
    assert not any(isinstance(widget, (CaseFileView, CaseloadView)) for widget in qapp.allWidgets())
    raw = b"".join(path.read_bytes() for path in vault_folder.iterdir())
    assert "Ömer".encode() not in raw and "Ömer".encode("utf-16-le") not in raw

    controller.idle.set_timeout_ms(5 * 60_000)
    unlock(qtbot, controller)
    view = workspace(controller).case_file
    assert view is not None and view.case_id == case.id
    assert view.person_form.notes.toPlainText() == notes
    assert view.draft_banner.isVisible() and view.has_unsaved_changes()
    assert view.save()
    assert get_case(controller.vault, case.id).notes == notes


def test_the_partner_services_action_opens_the_directory(start_app, qtbot, vault):
    controller = open_vault(start_app, qtbot, vault)
    seen = []

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        if isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(0, look_and_close)
    controller.window.directory_action.trigger()
    assert seen == [DirectoryDialog]
    assert workspace(controller).currentWidget() is workspace(controller).caseload


def when_dialog_opens(kind, action) -> None:
    """Run `action(dialog)` as soon as a `kind` dialog is showing (it runs its own event loop)."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            action(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def test_a_half_typed_action_and_an_edited_involvement_come_back_after_a_lock(start_app, qtbot, qapp, vault, make_case):

    add_default_services(vault)
    case = make_case("Çelik Ağaoğlu")
    vdab = next(service for service in list_services(vault) if "VDAB" in service.name)
    save_involvement(vault, Involvement(None, case.id, vdab.id, since=date(2026, 9, 1)))
    controller = open_vault(start_app, qtbot, vault)
    view = open_by_enter(qtbot, controller, "Çelik Ağaoğlu")
    tab = {view.tabs.tabText(i): view.tabs.widget(i) for i in range(view.tabs.count())}

    def type_then_lock(dialog):
        type_text(qtbot, dialog.inputs["description"], "Bel Ömer over het lasatelier")
        type_text(qtbot, dialog.inputs["due"], "31/02/2027")  # not a date, and kept as typed
        controller.lock(reason="auto")

    when_dialog_opens(ActionDialog, type_then_lock)
    tab["Contacts"].add_action_button.click()
    assert controller.state == "locked"
    seen = {}

    def look_then_fix(dialog):
        seen["typed"] = (dialog.inputs["description"].text(), dialog.inputs["due"].text())
        dialog.inputs["due"].setText("2027-02-28")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_dialog_opens(ActionDialog, look_then_fix)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: bool(actions(controller.vault, case.id)), timeout=WAIT_MS)
    assert seen["typed"] == ("Bel Ömer over het lasatelier", "31/02/2027")
    (action,) = actions(controller.vault, case.id)
    assert (action.description, action.due_on) == ("Bel Ömer over het lasatelier", date(2027, 2, 28))

    # Editing an involvement: the draft goes back onto the same involvement, not a new one.
    view = workspace(controller).case_file
    tab = {view.tabs.tabText(i): view.tabs.widget(i) for i in range(view.tabs.count())}
    view.tabs.setCurrentWidget(tab["Services"])
    tab["Services"].table.selectRow(0)

    def type_contact_then_lock(dialog):
        type_text(qtbot, dialog.inputs["contact_person"], "Zoë Verbruggen")
        controller.lock(reason="auto")

    when_dialog_opens(InvolvementDialog, type_contact_then_lock)
    tab["Services"].edit_button.click()
    when_dialog_opens(InvolvementDialog, lambda dialog: dialog.buttons.button(dialog.buttons.StandardButton.Ok).click())
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: involvements(controller.vault, case.id)[0].contact_person != "", timeout=WAIT_MS)
    (involved,) = involvements(controller.vault, case.id)
    assert (involved.service_id, involved.contact_person) == (vdab.id, "Zoë Verbruggen")


def test_the_directory_open_with_an_edit_at_a_lock_comes_back_with_it(start_app, qtbot, vault):
    add_default_services(vault)
    controller = open_vault(start_app, qtbot, vault)

    def edit_then_lock(dialog):
        type_text(qtbot, dialog.form.phone, "+32 2 555 01 23")
        controller.lock(reason="auto")

    when_dialog_opens(DirectoryDialog, edit_then_lock)
    controller.window.directory_action.trigger()
    assert controller.state == "locked"
    seen = []

    def look_and_close(dialog):
        seen.append((dialog.form.phone.text(), dialog.draft_note.isVisible()))
        dialog.revert()
        dialog.reject()

    when_dialog_opens(DirectoryDialog, look_and_close)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen == [("+32 2 555 01 23", True)]


def test_the_work_tabs_save_into_the_history_and_the_caseload_and_hide_special_data(start_app, qtbot, vault, make_case):
    """Needs, factors and the plan through the window: a goal's overdue step counts on the caseload, every save
    is in the case's history, and presentation mode hides the special-category life domains."""
    add_default_domains(vault)
    case = make_case("Çelik Ağaoğlu")
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    view = open_by_enter(qtbot, controller, "Çelik Ağaoğlu")
    tab = {view.tabs.tabText(i): view.tabs.widget(i) for i in range(view.tabs.count())}
    domains = {domain.name: domain for domain in list_domains(controller.vault)}
    worldview = next(domain for name, domain in domains.items() if name.startswith("Worldview"))
    housing = domains["Housing"]
    others = [domain for name, domain in domains.items() if name.startswith(("Family", "Leisure"))]

    needs = tab["Needs"]
    ask.preset((date(2026, 3, 2), ""))
    needs.new_button.click()
    (first,) = assessments(controller.vault, case.id)
    for domain, situation in ((housing, 3), (worldview, 5), (others[0], 6), (others[1], 4)):
        ask.preset(AssessmentItem(None, first.id, domain.id, situation=situation))
        needs.edit_item(domain)
    ask.preset((date(2026, 9, 14), ""))
    needs.new_button.click()
    second = assessments(controller.vault, case.id)[-1]
    ask.preset(AssessmentItem(None, second.id, housing.id, situation=7))
    needs.edit_item(housing)
    chart = needs.chart.radar.chart(500)
    values = {series.label.split()[0]: {point.key: point.value for point in series.points} for series in chart.series}
    assert values["14/09/2026"][str(housing.id)] == 7 and values["02/03/2026"][str(housing.id)] == 3

    plan = tab["Plan"]
    ask.preset(Goal(None, case.id, "Een eigen studio na de vrijlating", (housing.id,)))
    plan.goals.add_goal()
    (goal,) = goals(controller.vault, case.id)
    plan.goals.select_goal(goal.id)
    ask.preset(Step(None, goal.id, "Inschrijven bij het OCMW", Party.PERSON, None, "", date(2026, 1, 5)))
    plan.goals.add_step(goal)
    caseload = workspace(controller).caseload
    row = caseload.model.row_of(case.id)
    assert caseload.model.data(caseload.model.index(row, OVERDUE)) == "1"
    events = [view.history_model.data(view.history_model.index(r, 1)) for r in range(view.history_model.rowCount())]
    assert events[:2] == ["Step added", "Goal added"] and "Life domain assessed" in events

    controller.set_presentation_mode(True)
    shown = {axis.label for axis in needs.chart.radar.chart(500).axes}
    assert housing.name in shown and worldview.name not in shown
    assert worldview.name not in texts_on_screen(controller.window)
    controller.set_presentation_mode(False)
    assert worldview.name in {axis.label for axis in needs.chart.radar.chart(500).axes}


def test_the_life_domains_and_factor_categories_actions_open_their_lists(start_app, qtbot, vault):
    controller = open_vault(start_app, qtbot, vault)
    seen = []

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        dialog.reject()

    for action in (controller.window.domains_action, controller.window.factor_categories_action):
        QTimer.singleShot(0, look_and_close)
        action.trigger()
    assert seen == [DomainsDialog, FactorCategoriesDialog]
    controller.set_presentation_mode(True)
    assert not controller.window.domains_action.isEnabled()

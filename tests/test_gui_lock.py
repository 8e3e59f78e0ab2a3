"""Locking by hand and by idle time, drafts kept across a lock, passphrase change, preferences, new cases."""

from __future__ import annotations

import weakref

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from conftest import PASSPHRASE
from gui_support import (
    WAIT_MS,
    caseload,
    click,
    current_screen,
    flush_deletes,
    is_alive,
    names_in,
    try_unlock,
    type_text,
    unlock,
    workspace,
)
from qt_leftovers import LeftoverWatch
from trajectapp.ui.ask import Ask
from trajectapp.ui.caseload.caseload_view import CaseloadView
from trajectapp.ui.caseload.new_case_dialog import NewCaseDialog
from trajectapp.ui.preferences import Preferences, PreferenceValues
from trajectapp.ui.unlock.unlock_screen import UnlockScreen
from trajectapp.vault.errors import VaultLocked

NEW_PASSPHRASE = "Een nieuwe zin voor de kluis 2026"


def open_vault(start_app, qtbot, vault, ask=None):
    vault.lock()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    return controller


def open_new_case_dialog(controller) -> NewCaseDialog:
    controller.window.new_case_action.trigger()
    dialog = caseload(controller)._new_case_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def save_button(dialog: NewCaseDialog):
    return dialog.buttons.button(QDialogButtonBox.Save)


def test_ctrl_l_locks_tears_down_the_caseload_and_unlock_returns_to_the_same_case(
    start_app, qtbot, qapp, vault, make_case
):
    make_case("Çelik Ağaoğlu")
    make_case("Yasmina El Idrissi")
    make_case("Jens Peeters")
    controller = open_vault(start_app, qtbot, vault)
    view = caseload(controller)
    row = names_in(view).index("Yasmina El Idrissi")
    cell = view.table.visualRect(view.model.index(row, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=cell)
    chosen = view.selected_case_id()
    assert chosen == view.model.case_id_at(row)
    watched = weakref.ref(view)
    model = view.model
    open_vault_connection = controller.vault.connection

    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow, timeout=WAIT_MS)
    QTest.keyClick(controller.window, Qt.Key_L, Qt.ControlModifier)
    assert controller.state == "locked"
    assert isinstance(current_screen(controller), UnlockScreen)
    del view
    flush_deletes(qapp)
    assert not shiboken6.isValid(model)
    assert watched() is None or not shiboken6.isValid(watched())
    assert not any(isinstance(widget, CaseloadView) for widget in qapp.allWidgets())
    assert controller.vault is None
    try:
        open_vault_connection.execute("SELECT 1")
    except Exception as error:  # sqlcipher3.ProgrammingError: closed database
        assert "closed" in str(error)
    else:
        raise AssertionError("the connection is still open after locking")
    assert not controller.window.lock_action.isEnabled()
    assert not controller.window.new_case_action.isEnabled()

    unlock(qtbot, controller)
    view = caseload(controller)
    assert view.selected_case_id() == chosen
    assert names_in(view)[view.table.currentIndex().row()] == "Yasmina El Idrissi"


def test_ctrl_l_locks_from_inside_the_new_case_dialog_and_keeps_the_draft(start_app, qtbot, qapp, vault):
    controller = open_vault(start_app, qtbot, vault)
    dialog = open_new_case_dialog(controller)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    type_text(qtbot, dialog.name, "Gökçe Ünal")
    QTest.keyClick(dialog.name, Qt.Key_L, Qt.ControlModifier)
    assert controller.state == "locked"
    flush_deletes(qapp)
    assert not any(isinstance(widget, (NewCaseDialog, CaseloadView)) for widget in qapp.allWidgets())

    unlock(qtbot, controller)
    assert caseload(controller)._new_case_dialog.name.text() == "Gökçe Ünal"


def test_the_application_wide_filters_are_on_only_while_there_is_a_vault_to_lock(start_app, qtbot, vault, monkeypatch):
    """Every event of the application passes through them, so a lock and closing the window take them off."""
    filters = LeftoverWatch(monkeypatch)
    controller = open_vault(start_app, qtbot, vault)
    assert {id(f) for f in filters.installed_filters()} == {id(controller), id(controller.idle)}

    controller.window.lock_action.trigger()
    assert filters.installed_filters() == []
    unlock(qtbot, controller)
    assert {id(f) for f in filters.installed_filters()} == {id(controller), id(controller.idle)}

    controller.window.close()
    assert controller.state == "locked" and filters.installed_filters() == []


def test_the_vault_locks_itself_when_idle(start_app, qtbot, vault, make_case):
    make_case("Çelik Ağaoğlu")
    controller = open_vault(start_app, qtbot, vault)
    opened = controller.vault
    controller.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: controller.state == "locked", timeout=WAIT_MS)
    assert isinstance(current_screen(controller), UnlockScreen)
    assert opened.is_locked
    with pytest.raises(VaultLocked):
        _ = opened.connection


def test_a_half_typed_new_case_survives_an_auto_lock_as_an_encrypted_draft(
    start_app, qtbot, qapp, vault, make_case, vault_folder
):
    make_case("Çelik Ağaoğlu")
    controller = open_vault(start_app, qtbot, vault)
    dialog = open_new_case_dialog(controller)
    type_text(qtbot, dialog.name, "Şükrü Yıl")
    type_text(qtbot, dialog.preferred_name, "Şükrü")

    controller.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: controller.state == "locked", timeout=WAIT_MS)
    flush_deletes(qapp)
    assert not is_alive(dialog) or not dialog.isVisible()
    assert not any(isinstance(widget, NewCaseDialog) for widget in qapp.allWidgets())
    raw = b"".join(path.read_bytes() for path in vault_folder.iterdir())
    for text in ("Şükrü", "Yıl"):
        assert text.encode("utf-8") not in raw
        assert text.encode("utf-16-le") not in raw
    assert b"\\u015e\\u00fckr\\u00fc" not in raw  # the draft is JSON: escaped, still not in the clear

    controller.idle.set_timeout_ms(5 * 60_000)
    unlock(qtbot, controller)
    restored = caseload(controller)._new_case_dialog
    assert restored is not None and restored.isVisible()
    assert restored.name.text() == "Şükrü Yıl"
    assert restored.preferred_name.text() == "Şükrü"

    click(qtbot, save_button(restored))
    assert "Şükrü Yıl (Şükrü)" in names_in(workspace(controller).caseload)

    # The draft was taken: a further lock and unlock does not bring the dialog back.
    controller.window.lock_action.trigger()
    unlock(qtbot, controller)
    assert workspace(controller).caseload._new_case_dialog is None


def test_a_new_case_with_a_non_ascii_name_appears_in_the_list(start_app, qtbot, vault):
    controller = open_vault(start_app, qtbot, vault)
    dialog = open_new_case_dialog(controller)
    type_text(qtbot, dialog.name, "Çelik Ağaoğlu")
    type_text(qtbot, dialog.preferred_name, "Çelo")
    click(qtbot, save_button(dialog))

    shown = workspace(controller)
    assert shown.case_file is not None and shown.currentWidget() is shown.case_file  # to fill in the rest
    assert shown.case_file.name_label.text() == "Çelik Ağaoğlu (Çelo)"
    view = shown.caseload
    assert names_in(view) == ["Çelik Ağaoğlu (Çelo)"]
    assert view.selected_case_id() == view.model.case_id_at(0) == shown.open_case_id
    assert controller.window.status_text.text().startswith("Cases: 1 ")


def test_an_empty_name_is_refused_next_to_the_field_and_nothing_typed_is_lost(start_app, qtbot, vault):
    controller = open_vault(start_app, qtbot, vault)
    dialog = open_new_case_dialog(controller)
    type_text(qtbot, dialog.name, "   ")
    type_text(qtbot, dialog.preferred_name, "Gülşen")
    click(qtbot, save_button(dialog))

    assert dialog.isVisible()
    assert dialog.name_error.text() == "Type the person's name."
    assert dialog.preferred_name.text() == "Gülşen"
    assert names_in(caseload(controller)) == []

    type_text(qtbot, dialog.name, "Gülşen Kaya")
    assert dialog.name_error.text() == ""
    click(qtbot, save_button(dialog))
    assert not dialog.isVisible()
    assert names_in(workspace(controller).caseload) == ["Gülşen Kaya (Gülşen)"]


def test_change_passphrase_while_unlocked(start_app, qtbot, vault, make_case):
    make_case("Çelik Ağaoğlu")
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    ask.preset((PASSPHRASE, NEW_PASSPHRASE), None)
    controller.change_passphrase()
    qtbot.waitUntil(lambda: len(ask.asked) == 2, timeout=WAIT_MS)  # Argon2id runs off the GUI thread
    assert ask.asked[-1].startswith("Use the new passphrase from now on.")
    assert controller.window.isEnabled()

    controller.window.lock_action.trigger()
    screen = try_unlock(qtbot, controller, PASSPHRASE)
    assert screen.message.text().startswith("That passphrase does not open this vault.")
    unlock(qtbot, controller, NEW_PASSPHRASE)
    assert names_in(caseload(controller)) == ["Çelik Ağaoğlu"]


def test_change_passphrase_with_a_wrong_current_one_warns_and_changes_nothing(
    start_app, qtbot, vault, make_case, vault_folder
):
    make_case("Çelik Ağaoğlu")
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    key_file = (vault_folder / "vault.key").read_bytes()
    ask.preset(("Niet de huidige zin, helaas", NEW_PASSPHRASE), None)
    controller.change_passphrase()
    qtbot.waitUntil(lambda: len(ask.asked) == 2, timeout=WAIT_MS)
    assert ask.asked[-1] == "The current passphrase is not correct. Nothing has been changed."
    assert controller.window.isEnabled()
    assert (vault_folder / "vault.key").read_bytes() == key_file
    assert controller.state == "unlocked"

    controller.window.lock_action.trigger()
    screen = try_unlock(qtbot, controller, NEW_PASSPHRASE)
    assert screen.message.text().startswith("That passphrase does not open this vault.")
    unlock(qtbot, controller, PASSPHRASE)


def test_preferences_keep_the_auto_lock_time_and_no_case_data(start_app, qtbot, vault, make_case, user_folders):
    make_case("Çelik Ağaoğlu", preferred_name="Çelo")
    ask = Ask()
    controller = open_vault(start_app, qtbot, vault, ask)
    ask.preset(PreferenceValues(auto_lock_minutes=12, release_window_days=30, no_contact_days=14))
    controller.edit_preferences()
    assert Preferences().values() == PreferenceValues(12, 30, 14)
    assert "after 12 min " in controller.window.status_text.text()

    controller.window.close()  # quitting writes the settings out
    assert controller.state == "locked"
    settings = list(user_folders["config"].rglob("settings.ini"))
    assert len(settings) == 1
    text = settings[0].read_text(encoding="utf-8")
    assert "auto_lock_minutes=12" in text
    assert "release_window_days=30" in text and "no_contact_days=14" in text
    for secret in ("Çelik", "Ağaoğlu", "Çelo", PASSPHRASE):
        assert secret not in text

"""The setup wizard, driven as a new user would: passphrase, recovery key, sheet, check, vault."""

from __future__ import annotations

import io
import os
import re
import stat

from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel

from gui_support import WAIT_MS, button, caseload, click, current_screen, erase, type_text
from trajectapp.ui.ask import Ask
from trajectapp.ui.caseload.caseload_view import CaseloadView
from trajectapp.ui.setup.setup_wizard import CHECK, PASSPHRASE, RECOVERY_KEY, WELCOME, SetupWizard
from trajectapp.vault.folder_lock import LOCK_FILE_NAME
from trajectapp.vault.vault import DATABASE_NAME, KEY_FILE_NAME

GOOD_PASSPHRASE = "Zeven vogels boven de Leie, lang geleden"


def shown_groups(wizard: SetupWizard) -> list[str]:
    """The recovery key as the recovery page shows it: the labels that hold a group of four."""
    page = wizard.pages.widget(RECOVERY_KEY)
    return [label.text() for label in page.findChildren(QLabel) if re.fullmatch(r"[A-Z2-7]{4}", label.text())]


def test_a_new_user_creates_a_vault_with_the_wizard(start_app, qtbot, vault_folder, tmp_path):
    ask = Ask()
    controller = start_app(ask=ask)
    wizard = current_screen(controller)
    assert isinstance(wizard, SetupWizard)
    assert controller.state == "setup"
    assert wizard.pages.currentIndex() == WELCOME

    click(qtbot, wizard.next_button)
    assert wizard.pages.currentIndex() == PASSPHRASE
    fields = wizard.passphrase_fields
    assert not wizard.next_button.isEnabled()

    # A weak passphrase: advice next to the field, and no way on.
    type_text(qtbot, fields.first, "wachtwoord")
    type_text(qtbot, fields.second, "wachtwoord")
    assert not wizard.next_button.isEnabled()
    assert "first passphrases anyone would try" in fields.advice.text()

    # A good one, repeated wrongly first.
    erase(fields.first)
    erase(fields.second)
    type_text(qtbot, fields.first, GOOD_PASSPHRASE)
    assert fields.advice.text() in ("Good", "Strong", "Very strong")
    type_text(qtbot, fields.second, GOOD_PASSPHRASE[:-1] + "X")
    assert fields.mismatch.text() == "The two passphrases are not the same."
    assert not wizard.next_button.isEnabled()
    erase(fields.second)
    type_text(qtbot, fields.second, GOOD_PASSPHRASE)
    assert fields.mismatch.text() == ""
    assert wizard.next_button.isEnabled()

    click(qtbot, wizard.next_button)
    assert wizard.pages.currentIndex() == RECOVERY_KEY
    key_groups = shown_groups(wizard)
    assert len(key_groups) == 8
    assert not wizard.next_button.isEnabled()

    # The sheet, saved as a PDF that carries the key, readable by this account only.
    sheet = tmp_path / "sheet.pdf"
    ask.preset(sheet, None)
    earlier_umask = os.umask(0o022)
    try:
        click(qtbot, button(wizard, "Save recovery sheet as PDF…"))
    finally:
        os.umask(earlier_umask)
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    assert ask.asked[0] == "Save recovery sheet"
    assert "recovery sheet was saved" in ask.asked[1]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(sheet.read_bytes())).pages)
    for group in key_groups:
        assert group in text

    click(qtbot, wizard.copied_box)
    assert wizard.copied_box.isChecked()
    assert wizard.next_button.isEnabled()
    click(qtbot, wizard.next_button)
    assert wizard.pages.currentIndex() == CHECK
    assert wizard.next_button.text() == "Create vault"

    # Which group to type is on the page, in the field's placeholder ("Group 3").
    number = int(re.fullmatch(r"Group (\d)", wizard.check_field.placeholderText()).group(1))
    right = key_groups[number - 1]
    wrong = "AAAA" if right != "AAAA" else "BBBB"
    type_text(qtbot, wizard.check_field, wrong)
    click(qtbot, wizard.next_button)
    QThreadPool.globalInstance().waitForDone()
    assert f"not group {number} of the recovery key" in wizard.check_error.text()
    assert not vault_folder.exists()
    assert controller.state == "setup"

    erase(wizard.check_field)
    assert wizard.check_error.text() == ""
    type_text(qtbot, wizard.check_field, right.lower())
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=WAIT_MS)

    assert isinstance(caseload(controller), CaseloadView)
    assert controller.vault is not None and controller.vault.folder == vault_folder
    # The open vault's folder: its files, SQLite's while it is open, and the lock that keeps a second copy out.
    assert sorted(path.name for path in vault_folder.iterdir() if not path.name.endswith(("-wal", "-shm"))) == [
        DATABASE_NAME,
        KEY_FILE_NAME,
        LOCK_FILE_NAME,
    ]


def test_the_wizard_does_not_let_the_user_skip_the_recovery_key(start_app, qtbot):
    controller = start_app()
    wizard = current_screen(controller)
    click(qtbot, wizard.next_button)
    type_text(qtbot, wizard.passphrase_fields.first, GOOD_PASSPHRASE)
    type_text(qtbot, wizard.passphrase_fields.second, GOOD_PASSPHRASE)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)  # disabled: nothing happens
    assert wizard.pages.currentIndex() == RECOVERY_KEY

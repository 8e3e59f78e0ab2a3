"""The unlock screen: wrong passphrases, the pause after several, damage, the key file, and recovery."""

from __future__ import annotations

import hashlib
from pathlib import Path

from conftest import PASSPHRASE
from gui_support import WAIT_MS, button, caseload, click, current_screen, names_in, try_unlock, type_text, unlock
from trajectapp.domain.messages import Code
from trajectapp.domain.recovery_keys import groups
from trajectapp.ui.ask import Ask
from trajectapp.ui.messages import message_text
from trajectapp.ui.unlock.unlock_screen import UnlockScreen
from trajectapp.vault.errors import DatabaseDamaged
from trajectapp.vault.vault import DATABASE_NAME, KEY_FILE_NAME

WRONG_MESSAGE = "That passphrase does not open this vault."
NEW_PASSPHRASE = "new passphrase that is long enough"


def fingerprint(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def test_the_right_passphrase_opens_the_caseload(start_app, qtbot, vault, make_case, vault_folder):
    make_case("Çelik Ağaoğlu")
    make_case("Yasmina El Idrissi")
    vault.lock()
    controller = start_app()
    assert isinstance(current_screen(controller), UnlockScreen)
    assert controller.state == "locked"

    unlock(qtbot, controller)
    assert sorted(names_in(caseload(controller))) == ["Yasmina El Idrissi", "Çelik Ağaoğlu"]
    assert controller.window.status_text.text().startswith("Cases: 2 ")


def test_a_wrong_passphrase_says_so_and_changes_nothing(start_app, qtbot, vault, make_case, vault_folder):
    make_case("Çelik Ağaoğlu")
    vault.lock()
    before = fingerprint(vault_folder)
    controller = start_app()

    screen = try_unlock(qtbot, controller, "Dit is niet de juiste zin")
    assert screen.message.text().startswith(WRONG_MESSAGE)
    assert screen.passphrase.text() == ""
    assert controller.state == "locked"
    assert controller.vault is None
    assert fingerprint(vault_folder) == before


def test_after_several_wrong_tries_unlock_waits_then_works_again(start_app, qtbot, vault, make_case):
    make_case("Çelik Ağaoğlu")
    vault.lock()
    controller = start_app()

    screen = current_screen(controller)
    for attempt in range(6):
        screen = try_unlock(qtbot, controller, f"Verkeerde zin nummer {attempt}")
        type_text(qtbot, screen.passphrase, PASSPHRASE)
        if not screen.unlock_button.isEnabled():
            break
        screen.passphrase.clear()
    else:
        raise AssertionError("six wrong passphrases in a row and never a pause")

    assert "Next try possible in" in screen.message.text()
    click(qtbot, screen.unlock_button)  # disabled: nothing happens
    assert not screen.busy
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=WAIT_MS)
    assert "Next try possible in" not in screen.message.text()

    click(qtbot, screen.unlock_button)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=WAIT_MS)
    assert names_in(caseload(controller)) == ["Çelik Ağaoğlu"]


def test_a_damaged_page_does_not_delay_the_caseload_and_the_check_then_says_so(
    start_app, qtbot, vault, make_case, vault_folder
):
    """Unlocking reads the key and the first page; the full check runs once the caseload is shown, and what it
    finds is told in plain words, apart from a wrong passphrase."""
    for number in range(40):
        make_case(f"Çelik Ağaoğlu {number}")
    vault.lock()
    database = vault_folder / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0xFF
    database.write_bytes(bytes(data))
    ask = Ask()
    ask.preset(None)
    controller = start_app(ask=ask)

    unlock(qtbot, controller)
    assert len(names_in(caseload(controller))) == 40
    qtbot.waitUntil(lambda: bool(ask.asked), timeout=WAIT_MS)
    (told,) = ask.asked
    assert told == message_text(DatabaseDamaged(Code.INTEGRITY_PAGES_DAMAGED))
    assert "found damage" in told and "backup" in told
    assert WRONG_MESSAGE not in told


def test_a_missing_key_file_has_its_own_message(start_app, qtbot, vault, vault_folder):
    vault.lock()
    (vault_folder / KEY_FILE_NAME).unlink()
    controller = start_app()
    assert isinstance(current_screen(controller), UnlockScreen)

    screen = try_unlock(qtbot, controller, PASSPHRASE)
    assert controller.state == "locked"
    assert "vault.key" in screen.message.text() and "missing" in screen.message.text()
    assert WRONG_MESSAGE not in screen.message.text()
    assert "damaged" not in screen.message.text()


def test_forgot_passphrase_opens_with_the_recovery_key_and_sets_a_new_one(
    start_app, qtbot, vault, recovery_key, make_case
):
    make_case("Çelik Ağaoğlu")
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    typed_key = " ".join(groups(recovery_key)).lower()
    ask.preset((typed_key, NEW_PASSPHRASE), None)

    click(qtbot, button(current_screen(controller), "Forgot passphrase…"))
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=WAIT_MS)
    assert ask.asked[0] == "recovery"
    assert ask.asked[1].startswith("The vault is open and your new passphrase is set.")
    assert names_in(caseload(controller)) == ["Çelik Ağaoğlu"]

    controller.window.lock_action.trigger()
    assert controller.state == "locked"
    screen = try_unlock(qtbot, controller, PASSPHRASE)
    assert screen.message.text().startswith(WRONG_MESSAGE)
    unlock(qtbot, controller, NEW_PASSPHRASE)
    assert names_in(caseload(controller)) == ["Çelik Ağaoğlu"]


def test_a_wrong_recovery_key_says_so(start_app, qtbot, vault, recovery_key):
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    wrong_key = "-".join(["ABCD"] * 8)
    assert wrong_key != recovery_key
    ask.preset((wrong_key, NEW_PASSPHRASE))

    screen = current_screen(controller)
    click(qtbot, button(screen, "Forgot passphrase…"))
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    assert controller.state == "locked"
    assert "recovery key does not open this vault" in screen.message.text()

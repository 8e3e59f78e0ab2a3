"""File ▸ Import transfer package…, driven through the real window offscreen: a package made from a demo case in one
vault, opened with its passphrase (wrong first) off the GUI thread, described, and imported into a second vault as
a new case with one "received" register entry; a truncated, tampered, oversized or foreign file, and every way of
cancelling, leave the second vault exactly as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from gui_support import WAIT_MS, click, type_text, unlock, workspace
from trajectapp.domain.disclosures import Basis, DisclosureDirection, DisclosureParty, PartyKind
from trajectapp.exchange.envelope import MAX_PACKAGE_BYTES
from trajectapp.exchange.passphrase import new_passphrase
from trajectapp.services import transfer
from trajectapp.services.case_file import get_case
from trajectapp.services.demo import create_demo_vault
from trajectapp.services.disclosures import disclosures
from trajectapp.services.opening import unlock_vault
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.transfer.import_dialog import CONTENTS_PAGE, PASSPHRASE_PAGE, PROBLEM_PAGE, ImportDialog

STORY_DAY = date(2031, 3, 5)
CASE_ID = 2
SENDER = "Anna De Smet, Gevangenis Brugge"


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """A package file made from a rich demo case (with earlier disclosures of its own), with its passphrase and the
    case as the sending vault holds it."""
    folder = tmp_path_factory.mktemp("sending")
    create_demo_vault(folder / "vault", PASSPHRASE, cases=4, seed=11, kdf=fast_kdf(), today=STORY_DAY)
    sending = unlock_vault(folder / "vault", PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        carried = len(disclosures(sending, CASE_ID))  # what the package takes along of the register
        made = transfer.export_package(sending, CASE_ID, kdf=fast_kdf())
        path = folder / transfer.suggested_file_name(STORY_DAY)
        transfer.save_transfer_package(
            sending,
            path=path,
            package=made,
            party=DisclosureParty(PartyKind.CONSULTANT, "Jan Peeters"),
            purpose="Overdracht na transfer",
            basis=Basis.LEGAL_OBLIGATION,
            override_reason="Collega neemt de begeleiding over",
        )
        case = get_case(sending, CASE_ID)
    finally:
        sending.lock()
    return path, made.passphrase, case, carried


def row_counts(vault) -> dict[str, int]:
    tables = [
        row[0]
        for row in vault.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {table: vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}


@pytest.fixture
def app(start_app, qtbot, vault):
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    return controller, ask


def when_open(action) -> None:
    """Run `action(dialog)` once the import dialog shows; a failing action closes it so the test fails, not hangs."""

    def attempt():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, attempt)
            return
        try:
            action(shown[0])
        except BaseException:
            shown[0].reject()
            raise

    QTimer.singleShot(0, attempt)


def try_passphrase(qtbot, dialog: ImportDialog, words: str) -> None:
    dialog.passphrase.line.clear()
    type_text(qtbot, dialog.passphrase, words)
    click(qtbot, dialog.open_button)
    assert dialog.opening or dialog.page != PASSPHRASE_PAGE or dialog.passphrase_row.error_text()
    qtbot.waitUntil(lambda: not dialog.opening, timeout=WAIT_MS)


def import_through_the_menu(controller, ask, path: Path, action) -> None:
    ask.preset(path)  # the file chosen; the dialog itself runs for real
    when_open(action)
    controller.window.import_action.trigger()


def test_a_package_is_imported_as_a_new_case_after_a_wrong_passphrase(app, qtbot, package):
    controller, ask = app
    vault = controller.vault
    path, passphrase, sent_case, carried = package
    before = row_counts(vault)
    seen = {}

    def fill_in(dialog: ImportDialog):
        try_passphrase(qtbot, dialog, new_passphrase())  # well formed, but not this package's
        assert dialog.page == PASSPHRASE_PAGE
        seen["wrong"] = dialog.passphrase_row.error_text()
        try_passphrase(qtbot, dialog, "hello")
        seen["malformed"] = dialog.passphrase_row.error_text()
        # From the slip, in small letters with spaces between the groups.
        try_passphrase(qtbot, dialog, passphrase.lower().replace("-", " "))
        assert dialog.page == CONTENTS_PAGE
        page = dialog.pages[dialog.page]
        seen["contents"] = " ".join(label.text() for label in page.findChildren(QLabel))
        click(qtbot, dialog.import_button)  # nothing filled in: told what is missing, nothing imported
        seen["missing"] = dialog.errors()
        assert dialog.isVisible() and row_counts(vault) == before
        type_text(qtbot, dialog.sender_name, SENDER)
        type_text(qtbot, dialog.basis_fields.purpose, "Overname van de begeleiding na een transfer")
        dialog.basis_fields.basis.setCurrentIndex(dialog.basis_fields.basis.findData(Basis.LEGAL_OBLIGATION))
        click(qtbot, dialog.import_button)

    import_through_the_menu(controller, ask, path, fill_in)

    assert "does not open the package" in seen["wrong"]
    assert "six groups" in seen["malformed"] or "groups of" in seen["malformed"]
    assert sent_case.name in seen["contents"] and "Sessions" in seen["contents"]
    assert "Made on" in seen["contents"] and "Trajectapp" in seen["contents"]
    assert set(seen["missing"]) == {"sender", "purpose", "basis"}
    view = workspace(controller).case_file
    assert isinstance(view, CaseFileView) and view.name_label.text() == sent_case.display_name
    assert row_counts(vault)["cases"] == before["cases"] + 1
    entries = disclosures(vault, view.case_id)
    own = [entry for entry in entries if not entry.carried_over]
    assert len(own) == 1 and len(disclosures(vault)) == len(entries)
    received = own[0]
    assert received.direction is DisclosureDirection.RECEIVED and received.party.name == SENDER
    assert received.party.kind is PartyKind.CONSULTANT and received.basis is Basis.LEGAL_OBLIGATION
    assert received.file_name == path.name and received.file_size == path.stat().st_size
    assert len(entries) == carried + 1  # the sending vault's register came along, marked as such
    assert passphrase not in " ".join(ask.asked) and passphrase.lower() not in " ".join(ask.asked)
    history = [
        row[0]
        for row in vault.connection.execute(
            "SELECT event FROM audit_log WHERE case_id = ? ORDER BY id", (view.case_id,)
        )
    ]
    assert "case.imported" in history


@pytest.mark.parametrize("damage", ["truncated", "tampered"])
def test_a_damaged_package_is_refused_after_its_passphrase_and_nothing_is_imported(
    app, qtbot, package, tmp_path, damage
):
    controller, ask = app
    vault = controller.vault
    path, passphrase, _case, _carried = package
    data = path.read_bytes()
    damaged = tmp_path / "damaged.trajectcase"
    if damage == "truncated":
        damaged.write_bytes(data[: len(data) * 2 // 3])
    else:
        flipped = bytearray(data)
        flipped[len(data) // 2] ^= 0x20
        damaged.write_bytes(bytes(flipped))
    before = row_counts(vault)
    seen = {}

    def open_it(dialog: ImportDialog):
        try_passphrase(qtbot, dialog, passphrase)
        seen["page"] = dialog.page
        seen["message"] = dialog.problem_message.text()
        assert not dialog.import_button.isVisible() and not dialog.open_button.isVisible()
        dialog.reject()  # Close

    import_through_the_menu(controller, ask, damaged, open_it)
    assert seen["page"] == PROBLEM_PAGE
    assert "cut short or changed" in seen["message"] and "Nothing" in seen["message"]
    assert row_counts(vault) == before
    assert workspace(controller).case_file is None


@pytest.mark.parametrize("kind", ["not a package", "cut before its content", "too large", "missing"])
def test_what_is_no_package_is_refused_before_the_passphrase(app, package, tmp_path, kind):
    controller, ask = app
    vault = controller.vault
    path = tmp_path / "file.trajectcase"
    if kind == "not a package":
        path.write_bytes(b"%PDF-1.7\n% a PDF with a package's name\n")
    elif kind == "cut before its content":
        path.write_bytes(package[0].read_bytes()[:40])
    elif kind == "too large":
        with open(path, "wb") as file:
            file.truncate(MAX_PACKAGE_BYTES + 1)  # sparse: no disk space used
    before = row_counts(vault)
    ask.preset(path, None)  # the file, then the warning's OK
    controller.window.import_action.trigger()
    assert len(ask.asked) == 2, "the import went further than the file"
    message = ask.asked[-1]
    expected = {
        "not a package": "is not a Trajectapp transfer package",
        "cut before its content": "cut short",
        "too large": "too large",
        "missing": "could not be read",
    }[kind]
    assert expected in message and "Nothing" in message
    assert row_counts(vault) == before


@pytest.mark.parametrize("where", ["file", "passphrase", "contents"])
def test_cancelling_at_any_step_imports_nothing(app, qtbot, package, where):
    controller, ask = app
    vault = controller.vault
    path, passphrase, _case, _carried = package
    before = row_counts(vault)
    if where == "file":
        ask.preset(None)
        controller.window.import_action.trigger()
    else:

        def cancel(dialog: ImportDialog):
            if where == "contents":
                try_passphrase(qtbot, dialog, passphrase)
                assert dialog.page == CONTENTS_PAGE
                type_text(qtbot, dialog.sender_name, SENDER)
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

        import_through_the_menu(controller, ask, path, cancel)
    assert row_counts(vault) == before
    assert workspace(controller).case_file is None

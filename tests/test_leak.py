"""Nothing personal touches the disk in plaintext.

A person with a unique marker for a name is created through the GUI, a draft
with another marker is left behind by a lock, and the application is quit.
Then every byte of every file the test could have written is read: its own
folder, which holds the vault, its TMPDIR (Python's and Qt's temp folder) and
the user's config, cache, data, state and log folders. No marker may appear,
in UTF-8 or UTF-16 (either byte order). The marker's random part is ASCII and
searched on its own too, so JSON escapes ("\\u011e...") or other re-encodings
of the name cannot hide it.

Canary files written into the scanned places must be found, so a scanner
that reads nothing cannot pass.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QDir, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox

from conftest import FAST_KDF_FLOOR
from gui_support import WAIT_MS, caseload, click, current_screen, names_in, type_text, workspace
from trajectapp import eventlog, paths
from trajectapp.domain.recovery_keys import groups
from trajectapp.services.caseload import list_cases
from trajectapp.services.drafts import take_draft
from trajectapp.services.opening import unlock_vault
from trajectapp.ui.caseload.new_case_dialog import NewCaseDialog
from trajectapp.ui.setup.setup_wizard import SetupWizard
from trajectapp.vault.vault import DATABASE_NAME, KEY_FILE_NAME

PASSPHRASE = "Een zin die alleen de consulent kent, 2026"
_CHUNK = 1 << 20
_CODECS = ("utf-8", "utf-16-le", "utf-16-be")


def new_marker(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:12]}"


def needles(markers: Iterable[str]) -> list[bytes]:
    """Every byte form a marker could take: whole, and its random ASCII part on its own."""
    forms = []
    for marker in markers:
        for text in (marker, marker.rsplit(" ", 1)[-1]):
            forms += [text.encode(codec) for codec in _CODECS]
    return forms


def files_holding(
    roots: Iterable[Path], forms: list[bytes], skip: Iterable[Path] = (), chunk: int = _CHUNK
) -> set[Path]:
    """The regular files under `roots` (symlinks not followed) that contain any of `forms`."""
    skipped = {os.path.realpath(folder) for folder in skip}
    overlap = max(len(form) for form in forms) - 1
    seen: set[str] = set()
    found: set[Path] = set()
    for root in roots:
        for folder, subfolders, names in os.walk(root, followlinks=False):
            subfolders[:] = [name for name in subfolders if os.path.realpath(os.path.join(folder, name)) not in skipped]
            for name in names:
                path = os.path.join(folder, name)
                try:
                    if not stat.S_ISREG(os.lstat(path).st_mode):
                        continue  # sockets, pipes and symlinks: reading could block or leave the area
                    real = os.path.realpath(path)
                    if real in seen:  # roots may nest
                        continue
                    seen.add(real)
                    if _holds(path, forms, chunk, overlap):
                        found.add(Path(path))
                except OSError:
                    continue  # unreadable, or gone while we looked: another process's business
    return found


def _holds(path: str, forms: list[bytes], chunk: int, overlap: int) -> bool:
    with open(path, "rb") as file:
        tail = b""
        while block := file.read(chunk):
            window = tail + block
            if any(form in window for form in forms):
                return True
            tail = window[-overlap:] if overlap else b""
    return False


def test_the_scanner_finds_every_encoding_and_skips_what_it_should(tmp_path):
    marker = new_marker("Leakmarker Ğülşen")
    token = marker.rsplit(" ", 1)[-1]
    area = tmp_path / "area"
    (area / "deep" / "er").mkdir(parents=True)
    expected = set()
    for index, codec in enumerate(_CODECS):
        path = area / "deep" / f"{codec}.bin"
        path.write_bytes(os.urandom(100 + index) + marker.encode(codec) + os.urandom(50))
        expected.add(path)
    escaped = area / "deep" / "er" / "draft.json"
    escaped.write_text('{"name": "Leakmarker \\u011e\\u00fcl\\u015fen ' + token + '"}', encoding="ascii")
    expected.add(escaped)
    straddling = area / "straddling.bin"  # the marker crosses a chunk boundary
    straddling.write_bytes(b"x" * 1000 + marker.encode("utf-16-le"))
    expected.add(straddling)
    (area / "clean.txt").write_text("Leakmarker Ğülşen, but another number", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "outside.txt").write_text(marker, encoding="utf-8")
    (area / "link-to-outside").symlink_to(elsewhere / "outside.txt")
    os.mkfifo(area / "pipe")  # reading it would block forever
    ignored = area / "ignored"
    ignored.mkdir()
    (ignored / "in-skipped-folder.txt").write_text(marker, encoding="utf-8")

    found = files_holding([area], needles([marker]), skip=[ignored], chunk=1010)

    assert found == expected


def test_a_case_made_in_the_gui_leaves_no_plaintext_on_disk(
    start_app, qtbot, qapp, vault_folder, user_folders, temp_folder, tmp_path
):
    name_marker = new_marker("Leakmarker Ğülşen")
    preferred_marker = new_marker("Leakmarker Şule")
    draft_marker = new_marker("Leakmarker Çiğdem")
    log_handlers_before = list(logging.getLogger("trajectapp").handlers)
    eventlog.configure()  # the real application log, in this test's log folder
    try:
        controller = start_app()
        create_vault_with_the_wizard(qtbot, controller)
        add_case_with_the_gui(qtbot, controller, name_marker, preferred_marker)
        leave_a_draft_and_lock(qtbot, controller, draft_marker)
        controller.window.close()
        QThreadPool.globalInstance().waitForDone()
        qapp.processEvents()
    finally:
        for handler in set(logging.getLogger("trajectapp").handlers) - set(log_handlers_before):
            logging.getLogger("trajectapp").removeHandler(handler)
            handler.close()

    assert controller.state == "locked" and controller.vault is None
    assert (paths.log_dir() / "trajectapp.log").stat().st_size > 0  # the log was written, and is scanned
    left = {path.name for path in vault_folder.iterdir()}
    assert {DATABASE_NAME, KEY_FILE_NAME} <= left <= {DATABASE_NAME, KEY_FILE_NAME, "vault.db-wal", "vault.db-shm"}

    # Whatever the application could write lies inside this test's folder, so that is what is read.
    assert Path(tempfile.gettempdir()) == Path(QDir.tempPath()) == temp_folder
    places = [
        vault_folder,
        *user_folders.values(),
        paths.config_dir(),
        paths.cache_dir(),
        paths.log_dir(),
        paths.default_vault_dir().parent,
    ]
    assert all(place.resolve().is_relative_to(tmp_path.resolve()) for place in places)
    markers = [name_marker, preferred_marker, draft_marker]
    canaries = write_canaries(markers, [temp_folder, user_folders["config"], paths.log_dir()])
    try:
        found = files_holding([tmp_path], needles(markers))
    finally:
        for canary in canaries:
            canary.unlink()

    assert found >= set(canaries), "the scan missed a canary: it does not read what it claims to"
    assert found - set(canaries) == set(), "case data on disk in plaintext"

    # The markers are on disk all the same: encrypted, inside the vault.
    vault = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert [case.name for case in list_cases(vault)] == [name_marker]
        assert json.loads(take_draft(vault, form=NewCaseDialog.DRAFT_FORM))["name"] == draft_marker
    finally:
        vault.lock()


def write_canaries(markers: list[str], folders: list[Path]) -> list[Path]:
    """One file per folder holding a marker, each in another encoding; the scan must find them all."""
    canaries = []
    for index, folder in enumerate(folders):
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix="trajectapp-leak-canary-", dir=folder)
        codec = _CODECS[index % len(_CODECS)]
        os.write(handle, os.urandom(7) + markers[index % len(markers)].encode(codec))
        os.close(handle)
        canaries.append(Path(name))
    return canaries


def create_vault_with_the_wizard(qtbot, controller) -> None:
    wizard = current_screen(controller)
    assert isinstance(wizard, SetupWizard)
    click(qtbot, wizard.next_button)
    type_text(qtbot, wizard.passphrase_fields.first, PASSPHRASE)
    type_text(qtbot, wizard.passphrase_fields.second, PASSPHRASE)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.copied_box)
    click(qtbot, wizard.next_button)
    number = int(wizard.check_field.placeholderText().split()[-1])
    type_text(qtbot, wizard.check_field, groups(wizard._recovery_key)[number - 1])
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=WAIT_MS)


def add_case_with_the_gui(qtbot, controller, name: str, preferred_name: str) -> None:
    controller.window.new_case_action.trigger()
    dialog = caseload(controller)._new_case_dialog
    type_text(qtbot, dialog.name, name)
    type_text(qtbot, dialog.preferred_name, preferred_name)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.Save))
    assert names_in(workspace(controller).caseload) == [f"{name} ({preferred_name})"]
    workspace(controller).show_caseload()


def leave_a_draft_and_lock(qtbot, controller, draft_name: str) -> None:
    """A half-typed new case when the vault locks: kept as a draft inside the vault."""
    controller.window.new_case_action.trigger()
    dialog = caseload(controller)._new_case_dialog
    type_text(qtbot, dialog.name, draft_name)
    controller.window.lock_action.trigger()
    assert controller.state == "locked"

"""Helpers for GUI tests: start the real application offscreen, type text a key at a time, find widgets.

`qtbot.keyClicks` aborts the whole process on non-ASCII text, so `type_text`
sends one QKeyEvent per character instead.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QThreadPool, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QDialog, QWidget

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from trajectapp.ui.ask import Ask
from trajectapp.ui.caseload.caseload_model import NAME
from trajectapp.ui.caseload.caseload_view import CaseloadView
from trajectapp.ui.preferences import Preferences
from trajectapp.ui.search.search_page import TypingPauses
from trajectapp.ui.shell.app import AppController
from trajectapp.ui.shell.workspace import Workspace
from trajectapp.ui.unlock.unlock_screen import UnlockScreen

WAIT_MS = 10_000  # generous: the work is fast, but a loaded machine should not fail the suite


def start_controller(qapp: QApplication, qtbot, folder: Path, ask: Ask | None = None) -> AppController:
    """The real application on `folder`, with fast Argon2 for new vaults (and key files that ask for it) and no
    pause in the typing before a search (the search still follows the typing, from the event loop); the window is
    shown."""
    controller = AppController(
        app=qapp,
        preferences=Preferences(),
        ask=ask or Ask(),
        vault_folder=folder,
        choose_kdf=fast_kdf,
        kdf_floor=FAST_KDF_FLOOR,
        search_pauses=TypingPauses(usual_ms=0, after_slow_search_ms=0),
    )
    controller.start()
    qtbot.addWidget(controller.window)
    return controller


def stop_controller(qapp: QApplication, controller: AppController) -> None:
    """Quit as the user would (which locks), and let no background job outlive the test."""
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # deliver results of jobs that just finished
    if shiboken6.isValid(controller.window) and controller.window.isVisible():
        controller.window.close()
    if controller.vault is not None:
        controller.vault.lock()
    flush_deletes(qapp)


def flush_deletes(qapp: QApplication) -> None:
    QApplication.processEvents()
    qapp.sendPostedEvents(None, QEvent.DeferredDelete)


def _key_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def send_key(widget: QWidget, key: int, text: str = "", modifiers=Qt.NoModifier) -> None:
    target = _key_target(widget)
    for kind in (QEvent.KeyPress, QEvent.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))


def type_text(qtbot_or_widget: object, widget: QWidget, text: str) -> None:
    """Type `text` into `widget` (or its focus proxy), one key event per character, any script."""
    del qtbot_or_widget  # accepted so calls read like qtbot's own helpers
    for char in text:
        key = ord(char.upper()) if char.isascii() and (char.isalnum() or char == " ") else Qt.Key_unknown
        send_key(widget, key, char)


def erase(widget: QWidget) -> None:
    """Select all and press Backspace, as a person clears a field."""
    send_key(widget, Qt.Key_A, "", Qt.ControlModifier)
    send_key(widget, Qt.Key_Backspace)


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The one visible-text button under `parent` labelled `text` (ampersands ignored)."""
    found = [b for b in parent.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, f"expected one button {text!r}, found {len(found)}"
    return found[0]


def click(qtbot, widget: QWidget) -> None:
    """A left click where a person would click: the middle, or for a check box, its box."""
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.LeftButton, pos=QPoint(widget.height() // 2, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.LeftButton)


def current_screen(controller: AppController) -> QWidget | None:
    return controller.window.current_screen()


def unlock(qtbot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the unlock screen, click Unlock and wait for the caseload."""
    screen = current_screen(controller)
    assert isinstance(screen, UnlockScreen)
    type_text(qtbot, screen.passphrase, passphrase)
    click(qtbot, screen.unlock_button)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=WAIT_MS)


def try_unlock(qtbot, controller: AppController, passphrase: str) -> UnlockScreen:
    """Type and click Unlock, and wait until the attempt has finished either way."""
    screen = current_screen(controller)
    assert isinstance(screen, UnlockScreen)
    type_text(qtbot, screen.passphrase, passphrase)
    click(qtbot, screen.unlock_button)
    qtbot.waitUntil(lambda: controller.state == "unlocked" or not screen.busy, timeout=WAIT_MS)
    return screen


def workspace(controller: AppController) -> Workspace:
    screen = current_screen(controller)
    assert isinstance(screen, Workspace), f"expected the unlocked workspace, not {type(screen).__name__}"
    return screen


def caseload(controller: AppController) -> CaseloadView:
    """The caseload, which must be the page on show."""
    shown = workspace(controller)
    assert shown.currentWidget() is shown.caseload, f"expected the caseload, not {type(shown.currentWidget()).__name__}"
    return shown.caseload


def names_in(view: CaseloadView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, NAME)) for row in range(model.rowCount())]


def is_alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def when_open(kind, action, tries: int = 1000) -> None:
    """Run `action(dialog)` once a modal `kind` is showing (it runs its own event loop); the dialog is closed
    after it, whatever happens, so a failing check never leaves the test waiting on a window."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                action(dialog)
            finally:
                if shiboken6.isValid(dialog) and dialog.isVisible():
                    dialog.done(QDialog.Rejected)
        elif left:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))

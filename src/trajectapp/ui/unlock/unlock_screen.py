"""The unlock screen: the passphrase for the vault last used, or another vault."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from trajectapp.domain.messages import Code, Refusal, log_text
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.opening import (
    PRODUCTION_FLOOR,
    KdfFloor,
    reset_passphrase,
    retry_delay,
    unlock_vault,
)
from trajectapp.ui.ask import Ask
from trajectapp.ui.background import run_in_background
from trajectapp.ui.headings import TITLE, as_heading
from trajectapp.ui.messages import message_text
from trajectapp.ui.passphrase.fields import PassphraseEdit
from trajectapp.ui.unlock.recovery_dialog import RecoveryDialog

log = logging.getLogger(__name__)


class UnlockScreen(QWidget):
    """Emits `unlocked(vault)`; `open_other` when the user wants a different vault folder."""

    unlocked = Signal(object)
    open_other = Signal()
    create_new = Signal()

    def __init__(
        self,
        folder: Path,
        ask: Ask,
        kdf_floor: KdfFloor = PRODUCTION_FLOOR,
        parent: QWidget | None = None,
        *,
        typing_lost: bool = False,
    ):
        super().__init__(parent)
        self.folder = folder
        self._ask = ask
        self._kdf_floor = kdf_floor
        self._wrong_tries = 0
        self._wait_left = 0
        self._wrong_text = ""
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        title = as_heading(QLabel(self.tr("Trajectapp is locked")), TITLE)
        where = QLabel(self.tr("Vault: %1").replace("%1", str(folder)))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        self.passphrase = PassphraseEdit(self)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.textChanged.connect(self._update_button)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        # Stays until the vault is unlocked again: the person may come back long after the lock.
        self.typing_lost = QLabel(
            self.tr(
                "The last seconds of typing before the lock could not be saved: the disk refused to write them (it "
                "may be full or read-only). Free some space on the disk before you go on."
            ),
            self,
        )
        self.typing_lost.setObjectName("fieldError")
        self.typing_lost.setWordWrap(True)
        self.typing_lost.setVisible(typing_lost)
        forgot = QPushButton(self.tr("Forgot passphrase…"), self)
        forgot.setFlat(True)
        forgot.clicked.connect(self.recover)
        other = QPushButton(self.tr("Open another vault…"), self)
        other.setFlat(True)
        other.clicked.connect(self.open_other)
        new = QPushButton(self.tr("Create a new vault…"), self)
        new.setFlat(True)
        new.clicked.connect(self.create_new)

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        links = QHBoxLayout()
        for button in (forgot, other, new):
            links.addWidget(button)
        links.addStretch(1)
        box = QWidget(self)
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(where)
        inner.addWidget(self.typing_lost)
        inner.addSpacing(12)
        inner.addWidget(QLabel(self.tr("Passphrase:")))
        inner.addLayout(row)
        inner.addWidget(self.progress)
        inner.addWidget(self.message)
        inner.addSpacing(12)
        inner.addLayout(links)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.setFocusProxy(self.passphrase)
        self._update_button()

    @property
    def busy(self) -> bool:
        return self.progress.isVisible()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(bool(self.passphrase.text()) and not self.busy and self._wait_left == 0)

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        folder, passphrase, floor = self.folder, self.passphrase.text(), self._kdf_floor
        self._start_work(self.tr("Unlocking…"))
        run_in_background(lambda: unlock_vault(folder, passphrase, floor), self._succeeded, self._failed, context=self)

    def recover(self) -> None:
        answer = RecoveryDialog.get_recovery(self, self._ask)
        if answer is None:
            return
        recovery_key, new_passphrase = answer
        folder, floor = self.folder, self._kdf_floor
        self._start_work(self.tr("Opening with the recovery key…"))
        run_in_background(
            lambda: reset_passphrase(folder, recovery_key, new_passphrase, floor),
            self._recovered,
            self._failed,
            context=self,
        )

    def _start_work(self, text: str) -> None:
        self.message.setText(text)
        self.message.setObjectName("")
        self.progress.show()
        self._update_button()

    def _succeeded(self, vault: OpenVault) -> None:
        self.progress.hide()
        self._wrong_tries = 0
        self.passphrase.clear()
        self.message.clear()
        self.typing_lost.hide()
        log.info("vault.unlocked")
        self.unlocked.emit(vault)

    def _recovered(self, vault: OpenVault) -> None:
        self._succeeded(vault)
        self._ask.inform(
            self,
            self.tr("New passphrase set"),
            self.tr("The vault is open and your new passphrase is set. Your recovery key stays the same."),
        )

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        log.info("vault.unlock_failed %s", log_text(error))
        if isinstance(error, Refusal) and error.code is Code.PASSPHRASE_WRONG:
            self._wrong_tries += 1
            self._wait_left = retry_delay(self._wrong_tries)
            self.passphrase.clear()
            self._wrong_text = message_text(error)
            self._show_wrong()
            if self._wait_left:
                self._countdown.start()
        elif isinstance(error, Refusal):
            self.message.setText(message_text(error))
        else:
            self.message.setText(
                self.tr("The vault could not be opened (%1). Nothing was changed.").replace("%1", type(error).__name__)
            )
        self._update_button()
        self.passphrase.setFocus()

    def _show_wrong(self) -> None:
        text = self._wrong_text
        if self._wait_left:
            text += " " + self.tr("Next try possible in %1 s.").replace("%1", str(self._wait_left))
        self.message.setText(text)

    def _tick(self) -> None:
        self._wait_left = max(self._wait_left - 1, 0)
        self._show_wrong()
        if self._wait_left == 0:
            self._countdown.stop()
        self._update_button()

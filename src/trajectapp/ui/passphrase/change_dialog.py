"""Asks for the current passphrase and a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from trajectapp.ui.ask import Ask
from trajectapp.ui.modal import run_modal
from trajectapp.ui.passphrase.fields import NewPassphraseFields, PassphraseEdit


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        intro = QLabel(self.tr("The change is instant; your recovery key stays the same."))
        intro.setWordWrap(True)
        self.current = PassphraseEdit(self)
        self.fields = NewPassphraseFields(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.current.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()

    def value(self) -> tuple[str, str] | None:
        new = self.fields.value()
        return (self.current.text(), new) if self.current.text() and new else None

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.value() is not None)

    def _accept_if_valid(self) -> None:
        if self.value() is not None:
            self.accept()

    @classmethod
    def get_passphrases(cls, parent: QWidget | None, ask: Ask) -> tuple[str, str] | None:
        """(current, new), or None if cancelled."""
        return run_modal(
            ask, "change passphrase", lambda: cls(parent), lambda dialog, ok: dialog.value() if ok else None
        )

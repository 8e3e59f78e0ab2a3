"""Asks for the recovery key and a new passphrase, when the passphrase is forgotten."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from trajectapp.domain.recovery_keys import is_well_formed
from trajectapp.ui.ask import Ask
from trajectapp.ui.modal import run_modal
from trajectapp.ui.passphrase.fields import NewPassphraseFields


class RecoveryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open with the recovery key"))
        intro = QLabel(
            self.tr(
                "Type the recovery key from your recovery sheet (the groups may be separated by spaces "
                "or dashes), then choose a new passphrase."
            )
        )
        intro.setWordWrap(True)
        self.key_field = QLineEdit(self)
        self.key_field.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        self.key_error = QLabel(self)
        self.key_error.setObjectName("fieldError")
        self.fields = NewPassphraseFields(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Recovery key:")))
        layout.addWidget(self.key_field)
        layout.addWidget(self.key_error)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.key_field.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()

    def errors(self) -> dict[str, str]:
        errors = dict(self.fields.errors())
        if self.key_field.text() and not is_well_formed(self.key_field.text()):
            errors["key"] = self.tr("A recovery key has 8 groups of 4 letters and digits (2–7).")
        elif not self.key_field.text():
            errors["key"] = ""
        return errors

    def value(self) -> tuple[str, str] | None:
        if self.errors():
            return None
        passphrase = self.fields.value()
        assert passphrase is not None, "errors() holds the passphrase fields' own"
        return self.key_field.text(), passphrase

    def _update(self) -> None:
        self.key_error.setText(self.errors().get("key", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.value() is not None)

    def _accept_if_valid(self) -> None:
        if self.value() is not None:
            self.accept()

    @classmethod
    def get_recovery(cls, parent: QWidget | None, ask: Ask) -> tuple[str, str] | None:
        """(recovery key, new passphrase), or None if cancelled. Tests preset the answer on `ask`."""
        return run_modal(ask, "recovery", lambda: cls(parent), lambda dialog, ok: dialog.value() if ok else None)

"""The preferences dialog: for now, how long the vault waits before it locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from trajectapp.ui.ask import Ask
from trajectapp.ui.preferences import AUTO_LOCK_RANGE


class PreferencesDialog(QDialog):
    def __init__(self, auto_lock_minutes: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(*AUTO_LOCK_RANGE)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(auto_lock_minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Lock the vault after this long without use:"), self.auto_lock)
        layout.addRow(buttons)

    @classmethod
    def get_auto_lock_minutes(cls, parent: QWidget | None, ask: Ask, current: int) -> int | None:
        def run():
            dialog = cls(current, parent)
            return dialog.auto_lock.value() if dialog.exec() == QDialog.Accepted else None

        return ask.answer("preferences", run)

"""The preferences dialog: the interface's language, when the vault locks itself, and what the caseload calls for
attention."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from trajectapp.ui.ask import Ask
from trajectapp.ui.language_choice import language_box, language_label
from trajectapp.ui.modal import run_modal
from trajectapp.ui.preferences import AUTO_LOCK_RANGE, NO_CONTACT_RANGE, RELEASE_WINDOW_RANGE, PreferenceValues


class PreferencesDialog(QDialog):
    def __init__(self, current: PreferenceValues, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = language_box(self, current.language)
        restart = QLabel(self.tr("A new language is used from the next start of Trajectapp."), self)
        restart.setWordWrap(True)
        self.auto_lock = self._spin_box(AUTO_LOCK_RANGE, current.auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.release_window = self._spin_box(RELEASE_WINDOW_RANGE, current.release_window_days)
        self.no_contact = self._spin_box(NO_CONTACT_RANGE, current.no_contact_days)
        for box in (self.release_window, self.no_contact):
            count_in_words(box, lambda days: self.tr("%n day(s)", "", days))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(language_label(self.language), self.language)
        layout.addRow("", restart)
        layout.addRow(self.tr("Lock the vault after this long without use:"), self.auto_lock)
        layout.addRow(self.tr("Call for attention to releases within:"), self.release_window)
        layout.addRow(self.tr("Call for attention after no contact for more than:"), self.no_contact)
        layout.addRow(buttons)

    def _spin_box(self, bounds: tuple[int, int], value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(*bounds)
        box.setValue(value)
        return box

    def value(self) -> PreferenceValues:
        return PreferenceValues(
            self.auto_lock.value(), self.release_window.value(), self.no_contact.value(), self.language.currentData()
        )

    @classmethod
    def get_preferences(cls, parent: QWidget | None, ask: Ask, current: PreferenceValues) -> PreferenceValues | None:
        return run_modal(
            ask, "preferences", lambda: cls(current, parent), lambda dialog, ok: dialog.value() if ok else None
        )


def count_in_words(box: QSpinBox, words: Callable[[int], str]) -> None:
    """Show the box's number inside `words(value)` ("1 day", "2 days"): Qt's prefix and suffix do not vary with the
    value, so they are set again from the counted text whenever it changes."""

    def show(value: int) -> None:
        before, _number, after = words(value).partition(str(value))
        if (before, after) != (box.prefix(), box.suffix()):
            box.setPrefix(before)
            box.setSuffix(after)

    box.valueChanged.connect(show)
    show(box.value())

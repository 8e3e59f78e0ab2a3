"""Dialogs for a contact (held or planned) and a follow-up action."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from trajectapp.services.contacts import SESSION_KINDS
from trajectapp.ui.ask import Ask
from trajectapp.ui.date_input import parse_date
from trajectapp.ui.labels import session_kind_label

def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    return label


class ContactDialog(QDialog):
    def __init__(self, planned: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan an appointment") if planned else self.tr("Record a contact"))
        now = datetime.now()
        self.day = QLineEdit(now.date().isoformat(), self)
        self.at = QLineEdit(now.strftime("%H:%M"), self)
        self.kind = QComboBox(self)
        for kind in SESSION_KINDS:
            self.kind.addItem(session_kind_label(kind), kind)
        self.day_error, self.at_error = _error_label(self), _error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Date:"), self.day)
        form.addRow("", self.day_error)
        form.addRow(self.tr("Time:"), self.at)
        form.addRow("", self.at_error)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(buttons)

    def errors(self) -> dict[str, str]:
        errors = {}
        if parse_date(self.day.text()) is None:
            errors["day"] = self.tr("Not a date: use 2027-03-01")
        try:
            time.fromisoformat(self.at.text().strip())
        except ValueError:
            errors["at"] = self.tr("Not a time: use 14:30")
        return errors

    def value(self) -> tuple[datetime, str] | None:
        if self.errors():
            return None
        return datetime.combine(parse_date(self.day.text()), time.fromisoformat(self.at.text().strip())), self.kind.currentData()

    def _accept_if_valid(self) -> None:
        errors = self.errors()
        self.day_error.setText(errors.get("day", ""))
        self.at_error.setText(errors.get("at", ""))
        if not errors:
            self.accept()

    @classmethod
    def get_contact(cls, parent: QWidget | None, ask: Ask, planned: bool) -> tuple[datetime, str] | None:
        def run():
            dialog = cls(planned, parent)
            return dialog.value() if dialog.exec() == QDialog.Accepted else None

        return ask.answer("plan appointment" if planned else "record contact", run)


class ActionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up action"))
        self.description = QLineEdit(self)
        self.description.setMaxLength(500)
        self.owner = QLineEdit(self)
        self.owner.setMaxLength(200)
        self.due = QLineEdit(self)
        self.due.setPlaceholderText("2027-03-01")
        self.description_error, self.due_error = _error_label(self), _error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("What:"), self.description)
        form.addRow("", self.description_error)
        form.addRow(self.tr("Who:"), self.owner)
        form.addRow(self.tr("Due on:"), self.due)
        form.addRow("", self.due_error)
        form.addRow(buttons)

    def errors(self) -> dict[str, str]:
        errors = {}
        if not self.description.text().strip():
            errors["description"] = self.tr("Say what needs to be done.")
        if self.due.text().strip() and parse_date(self.due.text()) is None:
            errors["due"] = self.tr("Not a date: use 2027-03-01, or leave it empty")
        return errors

    def value(self) -> tuple[str, str, date | None] | None:
        if self.errors():
            return None
        due = parse_date(self.due.text()) if self.due.text().strip() else None
        return self.description.text().strip(), self.owner.text().strip(), due

    def _accept_if_valid(self) -> None:
        errors = self.errors()
        self.description_error.setText(errors.get("description", ""))
        self.due_error.setText(errors.get("due", ""))
        if not errors:
            self.accept()

    @classmethod
    def get_action(cls, parent: QWidget | None, ask: Ask) -> tuple[str, str, date | None] | None:
        def run():
            dialog = cls(parent)
            return dialog.value() if dialog.exec() == QDialog.Accepted else None

        return ask.answer("action", run)

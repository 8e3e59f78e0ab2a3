"""The form for a new case: the name (required) and the name the person wants to be called."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trajectapp.ui.forms.fields import without_control_characters
from trajectapp.ui.forms.form_dialog import draft_fields

NAME_MAX = 200


class NewCaseDialog(QDialog):
    """Window-modal and non-blocking (`open()`), so an auto-lock can close it cleanly."""

    DRAFT_FORM = "new_case"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX)
        self.preferred_name = QLineEdit(self)
        self.preferred_name.setMaxLength(NAME_MAX)
        self.name_error = QLabel(self)
        self.name_error.setObjectName("fieldError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Legal name:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Wants to be called:"), self.preferred_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda: self.name_error.clear())
        self.resize(420, self.sizeHint().height())

    def load(self, value: dict[str, str]) -> None:
        self.name.setText(value.get("name", ""))
        self.preferred_name.setText(value.get("preferred_name", ""))

    def value(self) -> dict[str, str]:
        return {
            "name": without_control_characters(self.name.text()).strip(),
            "preferred_name": without_control_characters(self.preferred_name.text()).strip(),
        }

    def errors(self) -> dict[str, str]:
        if not self.value()["name"]:
            return {"name": self.tr("Type the person's name.")}
        return {}

    def draft(self) -> str:
        return json.dumps({"name": self.name.text(), "preferred_name": self.preferred_name.text()})

    def load_draft(self, draft: str) -> None:
        if value := draft_fields(draft):
            self.load({key: str(text) for key, text in value.items()})

    def _accept_if_valid(self) -> None:
        errors = self.errors()
        self.name_error.setText(errors.get("name", ""))
        if not errors:
            self.accept()
        else:
            self.name.setFocus()

"""The form for one partner service of the directory: its name, contact details and notes."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.partners import PartnerService
from trajectapp.ui.forms.fields import LINE_MAX, FieldRow, length_problem, set_errors, without_control_characters
from trajectapp.ui.forms.form_dialog import draft_fields
from trajectapp.ui.forms.guarded_dialog import drafted_id
from trajectapp.ui.labels import as_stored, catalogue_text

# Loose on purpose: a typo like "an.peeters@caw" is caught, any real address passes.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")

# The most each field keeps; past this a message says so instead of cutting the text.
_LIMITS = {
    "name": 200,
    "kind": 200,
    "organisation": 300,
    "contact_people": 5_000,
    "phone": 100,
    "email": 254,
    "notes": 20_000,
}
_MULTILINE = ("contact_people", "notes")
# The fields a service that came with Trajectapp shows in the reader's language (ui.labels.catalogue_text).
_CATALOGUE_TEXTS = ("name", "kind", "organisation", "notes")


class ServiceForm(QWidget):
    """load(service) / value() -> PartnerService / errors() -> {field: message}; `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.kind = QLineEdit(self)
        self.kind.setPlaceholderText(self.tr("for example: welfare, employment, mental health"))
        self.organisation = QLineEdit(self)
        self.contact_people = QPlainTextEdit(self)
        self.contact_people.setPlaceholderText(self.tr("One person a line, with their role if it helps"))
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("name@organisation.be"))
        self.notes = QPlainTextEdit(self)
        self.hidden = QCheckBox(self.tr("Hide from lists (kept for past cases)"), self)
        self.hidden.setToolTip(
            self.tr(
                "A hidden service is no longer offered when you involve a service in a case; cases it worked on "
                "keep showing it."
            )
        )
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {
            "name": self.name,
            "kind": self.kind,
            "organisation": self.organisation,
            "contact_people": self.contact_people,
            "phone": self.phone,
            "email": self.email,
            "notes": self.notes,
        }
        self.rows = {name: FieldRow(widget, parent=self) for name, widget in self.inputs.items()}

        form = QFormLayout()
        for name, caption in (
            ("name", self.tr("Name:")),
            ("kind", self.tr("Kind of service:")),
            ("organisation", self.tr("Organisation:")),
            ("contact_people", self.tr("Contact people:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("E-mail:")),
            ("notes", self.tr("Notes:")),
        ):
            form.addRow(caption, self.rows[name])
        form.addRow("", self.hidden)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                widget.setMaxLength(LINE_MAX)
                widget.textChanged.connect(lambda _text, row=self.rows[name]: self._edited(row))
            else:
                widget.setTabChangesFocus(True)
                widget.textChanged.connect(lambda row=self.rows[name]: self._edited(row))
        self.contact_people.setMinimumHeight(60)
        self.contact_people.setMaximumHeight(120)
        self.notes.setMinimumHeight(80)
        self.email.editingFinished.connect(lambda: self.rows["email"].set_error(self.errors().get("email", "")))
        self.hidden.toggled.connect(lambda _on: self.changed.emit())
        self._loaded = PartnerService(None, "")
        self._kinds: dict[str, str] = {}  # a kind as shown -> as stored
        self.load(self._loaded)

    def set_kinds(self, kinds: list[str]) -> None:
        """The kinds already in the directory, offered as the user types one; one chosen is stored as the others
        store it, so that a kind that came with Trajectapp keeps being shown in the reader's language."""
        self._kinds = {catalogue_text(kind): kind for kind in kinds if kind}
        completer = QCompleter(sorted(self._kinds), self.kind)
        self.kind.setCompleter(completer)

    # -- the form contract ---------------------------------------------------------------------------------

    def load(self, service: PartnerService) -> None:
        blocked = [widget.blockSignals(True) for widget in (*self.inputs.values(), self.hidden)]
        for name, widget in self.inputs.items():
            text = catalogue_text(getattr(service, name)) if name in _CATALOGUE_TEXTS else getattr(service, name)
            widget.setPlainText(text) if isinstance(widget, QPlainTextEdit) else widget.setText(text)
        self.hidden.setChecked(service.hidden)
        for each, was_blocked in zip((*self.inputs.values(), self.hidden), blocked, strict=True):
            each.blockSignals(was_blocked)
        for row in self.rows.values():
            row.set_error("")
        self._loaded = service
        # What the form gives back for the service untouched: the baseline for is_modified().
        self._baseline = self.value()
        self.changed.emit()

    def value(self) -> PartnerService:
        """The service as typed (tidied: no control characters, no surrounding spaces); a text left as shown is kept
        as stored."""
        return replace(
            self._loaded,
            name=self._catalogue_text("name"),
            kind=self._catalogue_text("kind"),
            organisation=self._catalogue_text("organisation"),
            contact_people=self._text("contact_people"),
            phone=self._text("phone"),
            email=self._text("email"),
            notes=self._catalogue_text("notes"),
            hidden=self.hidden.isChecked(),
        )

    def errors(self) -> dict[str, str]:
        errors = {}
        for name in self.inputs:
            if problem := length_problem(self._text(name), _LIMITS[name]):
                errors[name] = problem
        if not self._text("name"):
            errors["name"] = self.tr("Type the name of the service.")
        email = self._text("email")
        if email and "email" not in errors and not _EMAIL.fullmatch(email):
            errors["email"] = self.tr("This does not look like an e-mail address: use name@organisation.be")
        return errors

    # -- for the directory ---------------------------------------------------------------------------------

    @property
    def service(self) -> PartnerService:
        """The service as last loaded (stored, or a new one with no id)."""
        return self._loaded

    def is_modified(self) -> bool:
        return self.value() != self._baseline

    def revert(self) -> None:
        self.load(self._loaded)

    def show_errors(self) -> dict[str, str]:
        """Put each message next to its field and move to the first; returns the errors."""
        errors = set_errors(self.rows, self.errors())
        first = next((name for name in self.inputs if name in errors), None)
        if first is not None:
            self.inputs[first].setFocus()
        return errors

    def draft(self) -> str:
        """What was typed, valid or not, to keep over a lock."""
        raw: dict[str, object] = {name: self._raw(name) for name in self.inputs}
        raw["id"] = self._loaded.id
        raw["hidden"] = self.hidden.isChecked()
        return json.dumps(raw, ensure_ascii=False)

    @staticmethod
    def draft_service_id(draft: str) -> int | None:
        return drafted_id(draft, "id")

    def load_draft(self, draft: str) -> None:
        """Over the service already loaded: the texts kept by draft()."""
        raw = draft_fields(draft)
        for name, widget in self.inputs.items():
            if isinstance(raw.get(name), str):
                widget.setPlainText(raw[name]) if isinstance(widget, QPlainTextEdit) else widget.setText(raw[name])
        if isinstance(raw.get("hidden"), bool):
            self.hidden.setChecked(raw["hidden"])

    # -- helpers -------------------------------------------------------------------------------------------

    def _raw(self, name: str) -> str:
        widget = self.inputs[name]
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def _text(self, name: str) -> str:
        if name not in _MULTILINE:
            return without_control_characters(self._raw(name)).strip()
        text = without_control_characters(self._raw(name), multiline=True)
        if name == "contact_people":  # one person a line: no blank lines, no stray spaces
            return "\n".join(line.strip() for line in text.splitlines() if line.strip())
        return text.strip()

    def _catalogue_text(self, name: str) -> str:
        typed = self._text(name)
        if name == "kind":
            typed = self._kinds.get(typed, typed)
        return as_stored(typed, getattr(self._loaded, name))

    def _edited(self, row: FieldRow) -> None:
        row.set_error("")
        self.changed.emit()

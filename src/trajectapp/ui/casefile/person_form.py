"""The person: every field of a case, checked next to the field, with special-category fields marked."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.case import Case, LegalStatus
from trajectapp.domain.data_categories import DataCategory
from trajectapp.ui.forms.fields import (
    LINE_MAX,
    DateEdit,
    FieldRow,
    length_problem,
    without_control_characters,
)
from trajectapp.ui.labels import label

# Single-line text fields and the most characters each keeps.
LINE_LIMITS = {
    "name": 200,
    "preferred_name": 200,
    "nationality": 200,
    "languages": 200,
    "prison": 200,
    "prisoner_number": 50,
    "offence_category": 200,
}
DATE_FIELDS = (
    "date_of_birth",
    "detention_start",
    "limited_detention_from",
    "electronic_monitoring_from",
    "conditional_release_from",
    "expected_release",
)
# Dates that cannot come before the start of detention.
AFTER_DETENTION_START = DATE_FIELDS[2:]
NOTES_LIMIT = 100_000

_LABELS = {
    "name": QT_TRANSLATE_NOOP("PersonForm", "Legal name:"),
    "preferred_name": QT_TRANSLATE_NOOP("PersonForm", "Wants to be called:"),
    "date_of_birth": QT_TRANSLATE_NOOP("PersonForm", "Date of birth:"),
    "nationality": QT_TRANSLATE_NOOP("PersonForm", "Nationality:"),
    "languages": QT_TRANSLATE_NOOP("PersonForm", "Languages:"),
    "prison": QT_TRANSLATE_NOOP("PersonForm", "Prison:"),
    "prisoner_number": QT_TRANSLATE_NOOP("PersonForm", "Prisoner number:"),
    "legal_status": QT_TRANSLATE_NOOP("PersonForm", "Legal status:"),
    "offence_category": QT_TRANSLATE_NOOP("PersonForm", "Offence category:"),
    "detention_start": QT_TRANSLATE_NOOP("PersonForm", "Detention started:"),
    "limited_detention_from": QT_TRANSLATE_NOOP("PersonForm", "Limited detention from:"),
    "electronic_monitoring_from": QT_TRANSLATE_NOOP("PersonForm", "Electronic monitoring from:"),
    "conditional_release_from": QT_TRANSLATE_NOOP("PersonForm", "Conditional release from:"),
    "expected_release": QT_TRANSLATE_NOOP("PersonForm", "Expected release:"),
    "notes": QT_TRANSLATE_NOOP("PersonForm", "Notes:"),
}


def field_label(name: str) -> str:
    """A person field's caption without its colon, e.g. for the history; unknown names as they are."""
    return QCoreApplication.translate("PersonForm", _LABELS[name]).rstrip(":") if name in _LABELS else name


_GROUPS = (
    (
        QT_TRANSLATE_NOOP("PersonForm", "Person"),
        ("name", "preferred_name", "date_of_birth", "nationality", "languages"),
    ),
    (QT_TRANSLATE_NOOP("PersonForm", "Detention"), ("prison", "prisoner_number", "legal_status", "offence_category")),
    (QT_TRANSLATE_NOOP("PersonForm", "Key dates"), DATE_FIELDS[1:]),
)


def _raw_of(case: Case) -> dict[str, str]:
    """The texts a form shows for `case`."""
    raw = {name: getattr(case, name) for name in LINE_LIMITS}
    raw.update({name: getattr(case, name).isoformat() if getattr(case, name) else "" for name in DATE_FIELDS})
    raw["legal_status"] = case.legal_status.value
    raw["notes"] = case.notes
    return raw


class _NotesEdit(QPlainTextEdit):
    """Asks for less height than a QPlainTextEdit would: the form sits in a scroll area, which measures by
    the preferred height, and the notes take whatever room is left anyway."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 100)


class PersonForm(QWidget):
    """load(case), value() -> Case, errors() -> {field: message}; draft() keeps the raw texts, even invalid ones."""

    changed = Signal()

    def __init__(
        self,
        special_fields: dict[str, DataCategory] | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._today = today
        self._special = dict(special_fields or {})
        self._baseline = Case(None, "")
        self._baseline_raw = _raw_of(self._baseline)
        self._loading = False
        self.inputs: dict[str, QWidget] = {}
        self.notes = _NotesEdit(self)
        self.notes.setTabChangesFocus(True)
        for name in LINE_LIMITS:
            edit = QLineEdit(self)
            edit.setMaxLength(LINE_MAX)
            self.inputs[name] = edit
        for name in DATE_FIELDS:
            self.inputs[name] = DateEdit(self)
            self.inputs[name].setMaximumWidth(160)
        self.legal_status = QComboBox(self)
        for status in LegalStatus:
            self.legal_status.addItem(label(status), status.value)
        self.inputs["legal_status"] = self.legal_status
        self.inputs["notes"] = self.notes
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, QLabel] = {}
        self._layouts: dict[str, QFormLayout] = {}
        self._build()
        self._connect()

    # -- building ------------------------------------------------------------------------------------

    def _row(self, name: str, form: QFormLayout) -> None:
        category = self._special.get(name)
        marker = label(category)
        row = FieldRow(self.inputs[name], marker, self)
        caption = QLabel(self.tr(_LABELS[name]), self)
        caption.setBuddy(self.inputs[name])
        form.addRow(caption, row)
        self.rows[name], self.labels[name], self._layouts[name] = row, caption, form

    def _build(self) -> None:
        boxes = []
        for title, names in _GROUPS:
            box = QGroupBox(self.tr(title), self)
            form = QFormLayout(box)
            for name in names:
                self._row(name, form)
            boxes.append(box)
        dates_box = boxes[2]
        hint = QLabel(self.tr("Dates as 2027-03-01 or 01/03/2027. Leave a date empty when it is not known."), self)
        hint.setWordWrap(True)
        dates_box.layout().addRow(hint)
        notes_box = QGroupBox(self.tr("Notes"), self)
        self.rows["notes"] = FieldRow(self.notes, parent=self)
        QVBoxLayout(notes_box).addWidget(self.rows["notes"])
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(boxes[0])
        left.addWidget(boxes[1])
        left.addStretch(1)  # rows hidden in presentation mode leave no empty box behind
        right.addWidget(dates_box)
        right.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(notes_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        self.setFocusProxy(self.inputs["name"])

    def _connect(self) -> None:
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _text, name=name: self._edited(name))
                widget.editingFinished.connect(self.show_errors)
        self.legal_status.currentIndexChanged.connect(lambda _index: self._edited("legal_status"))
        self.notes.textChanged.connect(lambda: self._edited("notes"))

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.rows[name].set_error("")
        self.changed.emit()

    # -- the form contract -------------------------------------------------------------------------

    def load(self, case: Case) -> None:
        """Show `case`; what is shown now counts as unmodified."""
        self._baseline, self._baseline_raw = case, _raw_of(case)
        self._set_raw(self._baseline_raw)
        for row in self.rows.values():
            row.set_error("")
        self.changed.emit()

    def rebase(self, case: Case) -> None:
        """`case` was changed elsewhere (a transfer moves the prison): take its values for every field the
        user has not edited, and keep the edits."""
        current = self.raw()
        new_raw = _raw_of(case)
        merged = {
            name: new_raw[name] if current[name] == self._baseline_raw[name] else current[name] for name in current
        }
        self._baseline, self._baseline_raw = case, new_raw
        self._set_raw(merged)
        self.changed.emit()

    def raw(self) -> dict[str, str]:
        """Exactly what is in the fields now, valid or not."""
        raw = {name: self.inputs[name].text() for name in (*LINE_LIMITS, *DATE_FIELDS)}
        raw["legal_status"] = self.legal_status.currentData()
        raw["notes"] = self.notes.toPlainText()
        return raw

    def _set_raw(self, raw: dict[str, str]) -> None:
        self._loading = True
        try:
            for name in (*LINE_LIMITS, *DATE_FIELDS):
                if name in raw:
                    self.inputs[name].setText(raw[name])
            if "legal_status" in raw:
                index = self.legal_status.findData(raw["legal_status"])
                if index >= 0:
                    self.legal_status.setCurrentIndex(index)
            if "notes" in raw:
                self.notes.setPlainText(raw["notes"])
        finally:
            self._loading = False

    def value(self) -> Case:
        """The case as the fields describe it; a date that does not parse counts as empty (see errors())."""
        texts = {name: without_control_characters(self.inputs[name].text()).strip() for name in LINE_LIMITS}
        dates = {name: self.inputs[name].date_value() for name in DATE_FIELDS}
        return replace(
            self._baseline,
            **texts,
            **dates,
            legal_status=LegalStatus(self.legal_status.currentData()),
            notes=without_control_characters(self.notes.toPlainText(), multiline=True),
        )

    def errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        value = self.value()
        for name, limit in LINE_LIMITS.items():
            if problem := length_problem(getattr(value, name), limit):
                errors[name] = problem
        if not value.name and "name" not in errors:
            errors["name"] = self.tr("Type the person's legal name.")
        if problem := length_problem(value.notes, NOTES_LIMIT):
            errors["notes"] = problem
        for name in DATE_FIELDS:
            if problem := self.inputs[name].problem():
                errors[name] = problem
        if value.date_of_birth and value.date_of_birth > self._today():
            errors["date_of_birth"] = self.tr("The date of birth is in the future.")
        start = value.detention_start
        if start and value.date_of_birth and start < value.date_of_birth:
            errors.setdefault("detention_start", self.tr("Detention cannot start before the date of birth."))
        for name in AFTER_DETENTION_START:
            when = getattr(value, name)
            if start and when and when < start:
                errors.setdefault(
                    name, self.tr("This is before detention started (%1).").replace("%1", start.isoformat())
                )
        return errors

    def show_errors(self) -> dict[str, str]:
        """Put every current message next to its field; returns them."""
        errors = self.errors()
        for name, row in self.rows.items():
            row.set_error(errors.get(name, ""))
        return errors

    def first_field_in_error(self) -> QWidget | None:
        errors = self.errors()
        return next((self.inputs[name] for name in self.inputs if name in errors), None)

    def is_modified(self) -> bool:
        if self.raw() == self._baseline_raw:
            return False
        return bool(self.errors()) or self.value() != self._baseline

    def revert(self) -> None:
        self.load(self._baseline)

    # -- drafts ----------------------------------------------------------------------------------------

    def draft(self) -> str:
        return json.dumps(self.raw(), ensure_ascii=False)

    def load_draft(self, draft: str) -> None:
        """Put a draft's texts back into the fields; the loaded case stays the one to compare with."""
        try:
            raw = json.loads(draft)
        except ValueError:
            return
        if isinstance(raw, dict):
            self._set_raw({name: text for name, text in raw.items() if name in self.inputs and isinstance(text, str)})
            self.show_errors()
            self.changed.emit()

    # -- presentation mode -----------------------------------------------------------------------

    def special_fields(self) -> list[str]:
        return [name for name in self.inputs if name in self._special and name in self._layouts]

    def set_special_categories_hidden(self, hidden: bool) -> None:
        """Hide (or show again) each special-category field with its label; the values stay as they are."""
        for name in self.special_fields():
            self._layouts[name].setRowVisible(self.rows[name], not hidden)

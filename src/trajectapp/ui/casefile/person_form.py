"""The person: every field of a case as domain.case describes it, in its group, checked next to the field, with
special-category fields marked."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from trajectapp.domain.case import AFTER_DETENTION_START, CASE_FIELDS, KEY_DATES_GROUP, Case
from trajectapp.domain.columns import LABEL_CONTEXT, TEXT_KINDS, Column, Kind, special_columns
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import short_date
from trajectapp.ui.forms.field_inputs import FieldInput, Raw, caption, raw_of
from trajectapp.ui.forms.fields import FieldRow, set_errors
from trajectapp.ui.forms.form_dialog import draft_fields
from trajectapp.ui.labels import label

# Single-line text fields and the most characters each keeps; the date fields.
LINE_LIMITS = {c.name: c.limit for c in CASE_FIELDS if c.kind in TEXT_KINDS and c.single_line}
DATE_FIELDS = tuple(c.name for c in CASE_FIELDS if c.kind is Kind.DATE)
# The parts of the form shown in its right-hand column; the others go on the left, and a part of text of several
# lines (the notes) across the foot of the form.
_RIGHT_COLUMN = (KEY_DATES_GROUP,)
_COLUMNS_BY_NAME = {column.name: column for column in CASE_FIELDS}


def field_label(name: str) -> str:
    """A person field's caption without its colon, e.g. for the history; unknown names as they are."""
    column = _COLUMNS_BY_NAME.get(name)
    return QCoreApplication.translate(LABEL_CONTEXT, column.label) if column is not None else name


def _raw_of(case: Case) -> dict[str, Raw]:
    """What the form's fields show for `case`."""
    return {column.name: raw_of(column, getattr(case, column.name)) for column in CASE_FIELDS}


def _is_text_block(columns: list[Column]) -> bool:
    return all(column.kind in TEXT_KINDS and not column.single_line for column in columns)


class PersonForm(QWidget):
    """load(case), value() -> Case, errors() -> {field: message}; draft() keeps the raw texts, even invalid ones.

    `special_fields` marks the fields that hold special-category data; by default, those the description tags."""

    changed = Signal()

    def __init__(
        self,
        special_fields: dict[str, DataCategory] | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._today = today
        self._special = special_columns(CASE_FIELDS) if special_fields is None else dict(special_fields)
        self._baseline = Case(None, "")
        self._baseline_raw = _raw_of(self._baseline)
        self._loading = False
        self.fields = {column.name: FieldInput(column, self) for column in CASE_FIELDS}
        self.inputs: dict[str, QWidget] = {name: field.widget for name, field in self.fields.items()}
        self.legal_status = self.inputs["legal_status"]
        self.notes = self.inputs["notes"]
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, QLabel] = {}
        self._layouts: dict[str, QFormLayout] = {}
        self._build()
        self._connect()

    # -- building ------------------------------------------------------------------------------------

    def _row(self, column: Column, form: QFormLayout) -> None:
        name = column.name
        row = FieldRow(self.inputs[name], label(self._special.get(name)), self)
        shown = QLabel(caption(column), self)
        shown.setBuddy(self.inputs[name])
        form.addRow(shown, row)
        self.rows[name], self.labels[name], self._layouts[name] = row, shown, form

    def _group_box(self, title: str, columns: list[Column]) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate(LABEL_CONTEXT, title), self)
        if _is_text_block(columns):  # the box's title says what the text is
            layout = QVBoxLayout(box)
            for column in columns:
                self.rows[column.name] = FieldRow(self.inputs[column.name], label(self._special.get(column.name)), self)
                layout.addWidget(self.rows[column.name])
            return box
        form = QFormLayout(box)
        for column in columns:
            self._row(column, form)
        if title == KEY_DATES_GROUP:
            hint = QLabel(self.tr("Dates as 01/03/2027. Leave a date empty when it is not known."), self)
            hint.setWordWrap(True)
            form.addRow(hint)
        return box

    def _build(self) -> None:
        groups: dict[str, list[Column]] = {}
        for column in CASE_FIELDS:
            groups.setdefault(column.group, []).append(column)
        left, right, foot = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        for title, columns in groups.items():
            box = self._group_box(title, columns)
            if _is_text_block(columns):
                foot.addWidget(box)
            else:
                (right if title in _RIGHT_COLUMN else left).addWidget(box)
        left.addStretch(1)  # rows hidden in presentation mode leave no empty box behind
        right.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(foot, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        self.setFocusProxy(self.inputs[CASE_FIELDS[0].name])

    def _connect(self) -> None:
        for name, field in self.fields.items():
            field.on_edited(partial(self._edited, name))
            if isinstance(field.widget, QLineEdit):
                field.widget.editingFinished.connect(self.show_errors)

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

    def raw(self) -> dict[str, Raw]:
        """Exactly what is in the fields now, valid or not."""
        return {name: field.raw() for name, field in self.fields.items()}

    def _set_raw(self, raw: dict[str, Raw]) -> None:
        self._loading = True
        try:
            for name, value in raw.items():
                self.fields[name].set_raw(value)
        finally:
            self._loading = False

    def value(self) -> Case:
        """The case as the fields describe it; a date that does not parse counts as empty (see errors())."""
        return replace(self._baseline, **{name: field.value() for name, field in self.fields.items()})

    def errors(self) -> dict[str, str]:
        errors = {name: problem for name, field in self.fields.items() if (problem := field.problem())}
        value = self.value()
        if not value.name:
            errors["name"] = self.tr("Type the person's legal name.")
        if value.date_of_birth and value.date_of_birth > self._today():
            errors.setdefault("date_of_birth", self.tr("The date of birth is in the future."))
        if value.first_conviction and value.first_conviction.first_day > self._today():
            errors.setdefault("first_conviction", self.tr("The first conviction is in the future."))
        start = value.detention_start
        if start and value.date_of_birth and start < value.date_of_birth:
            errors.setdefault("detention_start", self.tr("Detention cannot start before the date of birth."))
        for name in AFTER_DETENTION_START:
            when = getattr(value, name)
            if start and when and when < start:
                errors.setdefault(
                    name, self.tr("This is before detention started (%1).").replace("%1", short_date(start))
                )
        return errors

    def show_errors(self) -> dict[str, str]:
        """Put every current message next to its field; returns them."""
        return set_errors(self.rows, self.errors())

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
        raw = draft_fields(draft)
        if raw:
            self._set_raw({name: text for name, text in raw.items() if name in self.fields and isinstance(text, str)})
            self.show_errors()
            self.changed.emit()

    # -- presentation mode -----------------------------------------------------------------------

    def special_fields(self) -> list[str]:
        return [name for name in self.inputs if name in self._special and name in self._layouts]

    def set_special_categories_hidden(self, hidden: bool) -> None:
        """Hide (or show again) each special-category field with its label; the values stay as they are."""
        for name in self.special_fields():
            self._layouts[name].setRowVisible(self.rows[name], not hidden)

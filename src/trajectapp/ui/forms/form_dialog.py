"""The shape the traject dialogs share: fields with their messages next to them, OK only when valid,
the raw texts kept as a draft, and a run helper that turns a dialog into a function."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, Generic, ParamSpec, Protocol, TypeVar, overload

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.columns import Column
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.messages import Refusal
from trajectapp.domain.wording import Labelled
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.field_inputs import FieldInput, caption
from trajectapp.ui.forms.fields import (
    ApproximateDateEdit,
    DateEdit,
    FieldRow,
    length_problem,
    set_errors,
    without_control_characters,
)
from trajectapp.ui.labels import label
from trajectapp.ui.messages import message_text
from trajectapp.ui.modal import run_modal

TEXT_LIMIT = 20_000  # notes, reasons, what may be shared

Value = TypeVar("Value")  # what a dialog's fields make together: a record, its fields, a date...
Saved = TypeVar("Saved")  # what storing that value gives back
Made = ParamSpec("Made")  # what a dialog's constructor takes


def date_problem(edit: DateEdit | ApproximateDateEdit, today: date, *, required: bool = True) -> str:
    """The message for a date of something that has happened (an approximate one may be this year or month);
    empty when the date is fine."""
    if problem := edit.problem():
        return problem
    value = edit.date_value()
    if value is None:
        return QCoreApplication.translate("FormDialog", "Type the date.") if required else ""
    if (value.first_day if isinstance(value, ApproximateDate) else value) > today:
        return QCoreApplication.translate("FormDialog", "This date is still to come: record it when it has happened.")
    return ""


class DialogClass(Protocol[Made, Value]):
    """A form dialog's class, as FormDialog.get takes it: made from `Made`, asked as its QUESTION."""

    QUESTION: str

    def __call__(self, *args: Made.args, **kwargs: Made.kwargs) -> FormDialog[Value]: ...


class FormDialog(QDialog, Generic[Value]):
    """Subclasses add fields with `add_field` (or add_date, add_choice...) and define errors() and checked_value();
    `get` runs one as a function."""

    DRAFT_KIND = ""  # the name its draft is kept under when the vault locks; empty: not kept
    QUESTION = ""  # what `get` asks it as: the text a preset answer on `ask` stands for

    @classmethod
    def get(
        cls: DialogClass[Made, Value],
        ask: Ask,
        draft: str | None,
        save: Callable[[Value], Saved],
        /,
        *args: Made.args,
        **kwargs: Made.kwargs,
    ) -> Saved | None:
        """The dialog as a function: what `save` makes of the value of `cls(*args, **kwargs)`, or None if
        cancelled. `draft`, if any, is what was typed in it before a lock (see run_dialog)."""
        return run_dialog(ask, cls.QUESTION, lambda: cls(*args, **kwargs), draft, save=save)

    def __init__(self, title: str, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.today = today or date.today()
        self.inputs: dict[str, QWidget] = {}
        self.rows: dict[str, FieldRow] = {}
        self.described: dict[str, FieldInput] = {}
        # Given by run_dialog: stores the value on OK and says whether the store took it; the dialog stays open
        # when it did not.
        self.store: Callable[[Value], bool] | None = None
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_intro(self, text: str) -> QLabel:
        intro = QLabel(text, self)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a name the user typed
        intro.setWordWrap(True)
        self.form.addRow(intro)
        return intro

    def add_field(self, name: str, caption: str, widget: QWidget, hint: str = "") -> FieldRow:
        row = FieldRow(widget, parent=self)
        if hint:
            note = QLabel(hint, row)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            note.setStyleSheet("QLabel { color: #555; }")
            row.lines.insertWidget(0, note)
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(70)
            widget.textChanged.connect(lambda: row.set_error(""))
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _text: row.set_error(""))
        self.form.addRow(caption, row)
        self.inputs[name], self.rows[name] = widget, row
        return row

    def add_date(self, name: str, caption: str, day: date | None = None) -> DateEdit:
        """A row for a date, which shows `day` to start with."""
        edit = DateEdit(self)
        edit.set_date(day)
        self.add_field(name, caption, edit)
        return edit

    def add_approximate_date(self, name: str, caption: str, day: ApproximateDate | None = None) -> ApproximateDateEdit:
        """A row for a date that may be known only to its month or year, which shows `day` to start with."""
        edit = ApproximateDateEdit(self)
        edit.set_date(day)
        self.add_field(name, caption, edit)
        return edit

    def add_choice(self, name: str, caption: str, options: Iterable[Labelled], *, none: str = "") -> QComboBox:
        """A row to choose one of `options` by its words; `none`, if given, is offered first and means no choice."""
        choice = QComboBox(self)
        if none:
            choice.addItem(none, None)
        for option in options:
            choice.addItem(label(option), option.value)
        self.add_field(name, caption, choice)
        return choice

    def add_described(self, column: Column, hint: str = "", *, none_text: str = "") -> FieldInput:
        """A row for a field of a record's description, with the widget its kind gets."""
        field = FieldInput(column, self, none_text=none_text)
        self.add_field(column.name, caption(column), field.widget, hint)
        if isinstance(field.widget, QComboBox):
            field.on_edited(lambda: self.rows[column.name].set_error(""))
        self.described[column.name] = field
        return field

    def described_errors(self, names: Iterable[str] | None = None) -> dict[str, str]:
        """The messages of the described fields (or of those named), by the rules of their kinds."""
        chosen = self.described if names is None else {name: self.described[name] for name in names}
        return {name: problem for name, field in chosen.items() if (problem := field.problem())}

    def described_values(self) -> dict[str, Any]:
        return {name: field.value() for name, field in self.described.items()}

    def set_field_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.rows[name], visible)

    def text(self, name: str, *, multiline: bool = False) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QPlainTextEdit):
            raw = widget.toPlainText()
        else:
            assert isinstance(widget, QLineEdit), "only a text field has a text"
            raw = widget.text()
        cleaned = without_control_characters(raw, multiline=multiline)
        return cleaned.strip() if not multiline else cleaned.rstrip()

    def text_problem(self, name: str, limit: int = TEXT_LIMIT) -> str:
        return length_problem(self.text(name, multiline=isinstance(self.inputs[name], QPlainTextEdit)), limit)

    def errors(self) -> dict[str, str]:
        raise NotImplementedError

    def value(self) -> Value | None:
        """What the fields make; None while errors() has a message."""
        return None if self.errors() else self.checked_value()

    def checked_value(self) -> Value:
        """What the fields make, once errors() has no message: every field it asks for is there."""
        raise NotImplementedError

    def show_errors(self) -> dict[str, str]:
        return set_errors(self.rows, self.errors())

    def _accept_if_valid(self) -> None:
        errors = self.show_errors()
        if errors:
            first = next(name for name in self.inputs if name in errors)
            self.inputs[first].setFocus()
            return
        if self.store is None:
            self.accept()
            return
        value = self.value()
        assert value is not None, "a form without errors has a value"
        if self.store(value):
            self.accept()

    def show_refusal(self, refusal: Refusal) -> bool:
        """The store's refusal next to the field it is about; False when this dialog has no such field."""
        field = getattr(refusal, "field", None)
        if field not in self.rows:
            return False
        self.rows[field].set_error(message_text(refusal))
        self.inputs[field].setFocus()
        return True

    # -- drafts: what was typed, valid or not ---------------------------------------------------

    def draft(self) -> str:
        raw: dict[str, object] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QPlainTextEdit):
                raw[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                raw[name] = widget.text()
            elif isinstance(widget, QComboBox):
                raw[name] = widget.currentData()
        return json.dumps(raw, ensure_ascii=False)

    def load_draft(self, draft: str) -> None:
        raw = draft_fields(draft)
        for name, widget in self.inputs.items():
            if name not in raw:
                continue
            value = raw[name]
            if isinstance(widget, QPlainTextEdit) and isinstance(value, str):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit) and isinstance(value, str):
                widget.setText(value)
            elif isinstance(widget, QComboBox) and widget.findData(value) >= 0:
                widget.setCurrentIndex(widget.findData(value))


def draft_fields(draft: str) -> dict[str, Any]:
    """What a draft holds, field by field; nothing for one that cannot be read (damaged, or of another version)."""
    try:
        raw = json.loads(draft)
    except ValueError:
        return {}
    return raw if isinstance(raw, dict) else {}


@overload
def run_dialog(
    ask: Ask, question: str, make: Callable[[], FormDialog[Value]], draft: str | None = None
) -> Value | None: ...


@overload
def run_dialog(
    ask: Ask,
    question: str,
    make: Callable[[], FormDialog[Value]],
    draft: str | None = None,
    *,
    save: Callable[[Value], Saved],
) -> Saved | None: ...


def run_dialog(
    ask: Ask,
    question: str,
    make: Callable[[], FormDialog[Value]],
    draft: str | None = None,
    *,
    save: Callable[[Value], Saved] | None = None,
) -> Value | Saved | None:
    """The value of the dialog `make()` builds, or None if cancelled (or closed by a lock); a preset answer on
    `ask` wins. `draft`, if given, is put back into the dialog first: what was typed in it before a lock.

    With `save`, OK stores the value through `save(value)` while the dialog is still open, and the answer is what
    `save` returned. When the store refuses it, the refusal shows next to its field (or in a message if the
    dialog has no such field) and the dialog stays open with everything that was typed.
    """
    stored: list[Saved] = []

    def make_with_draft() -> FormDialog[Value]:
        dialog = make()
        if draft:
            dialog.load_draft(draft)
        if save is not None:
            dialog.store = lambda value: _store(ask, dialog, save, value, stored)
        return dialog

    answer = run_modal(ask, question, make_with_draft, lambda dialog, accepted: dialog.value() if accepted else None)
    if save is None or answer is None:
        return answer
    if stored:
        return stored[0]
    try:  # a preset answer, which no dialog has checked
        return save(answer)
    except Refusal as refusal:
        ask.warn(None, QCoreApplication.translate("FormDialog", "Not saved"), message_text(refusal))
        return None


def _store(
    ask: Ask, dialog: FormDialog[Value], save: Callable[[Value], Saved], value: Value, stored: list[Saved]
) -> bool:
    """Whether `save(value)` took the value (what it returned is added to `stored`); a refusal is shown."""
    try:
        stored.append(save(value))
    except Refusal as refusal:
        if not dialog.show_refusal(refusal):
            ask.warn(dialog, QCoreApplication.translate("FormDialog", "Not saved"), message_text(refusal))
        return False
    return True

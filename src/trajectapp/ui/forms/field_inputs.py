"""The input of each kind of described field (domain.columns): the widget a kind gets, how a value goes in and comes
back out, and what in the typed text the field cannot keep. Forms build their plain rows here and make a widget of
their own only for a field that needs one (a session's time of day, a goal's links)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from trajectapp.domain.columns import LABEL_CONTEXT, TEXT_KINDS, Column, Kind
from trajectapp.domain.dates import ApproximateDate, short_date
from trajectapp.domain.text import InvalidText, check_text
from trajectapp.ui.forms.fields import (
    LINE_MAX,
    ApproximateDateEdit,
    DateEdit,
    length_problem,
    without_control_characters,
)
from trajectapp.ui.labels import label
from trajectapp.ui.numbers import whole_number

Raw = str | None  # what a field holds as typed: its text, or a choice's stored value (None: no choice)


def caption(column: Column) -> str:
    """The field's label as a form shows it, with its colon (which French writes after a space: "Nom :")."""
    return QCoreApplication.translate("FieldInput", "%1:", "a field's label before its input").replace(
        "%1", QCoreApplication.translate(LABEL_CONTEXT, column.label)
    )


def raw_of(column: Column, value: object) -> Raw:
    """The raw form of a field's value: what its input shows for it."""
    if isinstance(value, Enum):
        return str(value.value)
    if value is None:
        return None if column.kind is Kind.CHOICE else ""
    if isinstance(value, date | ApproximateDate):
        return short_date(value)
    return str(value)


class TextBox(QPlainTextEdit):
    """Text of several lines. It asks for less height than a QPlainTextEdit would: forms sit in scroll areas and
    dialogs that must fit a laptop screen, which measure by the preferred height; Tab moves on to the next field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 100)


class FieldInput:
    """One described field's widget. `none_text` names the empty choice of a choice that may be left empty."""

    def __init__(self, column: Column, parent: QWidget, *, none_text: str = ""):
        self.column = column
        self.widget = self._make(parent, none_text)

    def _make(self, parent: QWidget, none_text: str) -> QWidget:
        column, kind = self.column, self.column.kind
        if kind in TEXT_KINDS and column.single_line:
            edit = QLineEdit(parent)
            edit.setMaxLength(LINE_MAX)
            return edit
        if kind in TEXT_KINDS:
            return TextBox(parent)
        if kind is Kind.DATE:
            return DateEdit(parent)
        if kind is Kind.APPROXIMATE_DATE:
            return ApproximateDateEdit(parent)
        if kind is Kind.INTEGER:
            number = QLineEdit(parent)
            number.setMaximumWidth(90)
            number.setMaxLength(20)
            return number
        if kind is Kind.CHOICE:
            combo = QComboBox(parent)
            if column.nullable:
                combo.addItem(none_text or QCoreApplication.translate("FieldInput", "Not recorded"), None)
            for value in column.choices:
                combo.addItem(self._choice_label(value), value)
            return combo
        raise ValueError(f"{column.name}: a field of kind {kind.value} needs a widget of its form's own")

    def _choice_label(self, value: str) -> str:
        if self.column.enum is not None:
            return label(self.column.enum(value))
        return QCoreApplication.translate("Labels", self.column.choice_word(value))

    # -- what it holds -------------------------------------------------------------------------------------------

    def raw(self) -> Raw:
        """Exactly what the field holds, valid or not."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return None if data is None else str(data)
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_raw(self, raw: object) -> None:
        """Put back what `raw()` gave; a value the field cannot hold (from an old draft) is ignored."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            if widget.findData(raw) >= 0:
                widget.setCurrentIndex(widget.findData(raw))
        elif isinstance(raw, str):
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(raw)
            elif isinstance(widget, QLineEdit):
                widget.setText(raw)

    def set_value(self, value: object) -> None:
        self.set_raw(raw_of(self.column, value))

    def value(self) -> Any:
        """The value as the field says it: text without invisible control characters (one line trimmed), a date, a
        choice, a number; None where it holds none, or a date or number that is not one (see problem())."""
        raw, column = self.raw(), self.column
        if column.kind in TEXT_KINDS:
            text = without_control_characters(raw or "", multiline=not column.single_line)
            return text.strip() if column.single_line else text
        if column.kind in (Kind.DATE, Kind.APPROXIMATE_DATE):
            assert isinstance(self.widget, DateEdit | ApproximateDateEdit)
            return self.widget.date_value()
        if column.kind is Kind.INTEGER:
            number = (raw or "").strip()
            return int(number) if number.isascii() and number.isdigit() else None
        if raw is None:
            return None
        return column.enum(raw) if column.enum is not None else raw

    def problem(self) -> str:
        """What keeps the field from being kept, in the user's words; empty when it is fine."""
        column, value = self.column, self.value()
        if column.kind in TEXT_KINDS:
            assert isinstance(value, str)
            if column.limit is not None and (problem := length_problem(value, column.limit)):
                return problem
            if column.required and not value.strip():
                return QCoreApplication.translate("FieldInput", "This cannot be left empty.")
            try:  # what is left after the cleaning, such as half of a character pair, by the core's own rule
                check_text(column.name, value, multiline=not column.single_line)
            except InvalidText:
                return QCoreApplication.translate(
                    "FieldInput", "This holds a character that cannot be kept. Remove it and try again."
                )
            return ""
        if column.kind in (Kind.DATE, Kind.APPROXIMATE_DATE):
            assert isinstance(self.widget, DateEdit | ApproximateDateEdit)
            if problem := self.widget.problem():
                return problem
        if column.kind is Kind.INTEGER and (self.raw() or "").strip():
            low, high = column.low or 0, column.high or 0  # a whole number's description gives both
            if not isinstance(value, int) or not low <= value <= high:
                return (
                    QCoreApplication.translate("FieldInput", "Give a whole number from %1 to %2.")
                    .replace("%1", whole_number(low))
                    .replace("%2", whole_number(high))
                )
        if column.required and value is None:
            return QCoreApplication.translate("FieldInput", "This cannot be left empty.")
        return ""

    def on_edited(self, slot: Callable[[], None]) -> None:
        """Call `slot` whenever the user changes what the field holds."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _index: slot())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(slot)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _text: slot())

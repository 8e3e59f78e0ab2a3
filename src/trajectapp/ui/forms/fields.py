"""The field kinds of every form: dates typed as text (2027-03-01, or 01/03/2027 and 1-3-2027 as written in
Flanders, and allowed to be empty), checked free text, and a row that shows a field with its validation
message next to it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

# A person's dates in this work fall well inside these years; anything outside is a typing slip.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100
# QLineEdit silently cuts text at 32,767 characters; a generous cap of our own keeps a paste whole
# enough to show a "too long" message instead.
LINE_MAX = 5_000

# The shapes of a date with its numbers: ISO as stored, and day first as written in Flanders.
_ISO_SHAPE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DAY_FIRST_SHAPE = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})")
_ISO_EXACT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Unicode's control characters (category Cc) but line feed and tab.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BREAKS = re.compile("[\n\t]")


class DateProblem(ValueError):
    """The typed text is not a usable date; `message` says why, translated."""

    def __init__(self, message: str):
        super().__init__("not a usable date")
        self.message = message


def _year_problem() -> DateProblem:
    return DateProblem(
        QCoreApplication.translate("CaseFileFields", "Check the year: use one between %1 and %2.")
        .replace("%1", str(EARLIEST_YEAR))
        .replace("%2", str(LATEST_YEAR))
    )


def _why_not(text: str) -> DateProblem:
    if match := _ISO_SHAPE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST_SHAPE.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        return DateProblem(QCoreApplication.translate("CaseFileFields", "Not a date: use 2027-03-01"))
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return _year_problem()
    try:
        date(year, month, day)
    except ValueError:
        return DateProblem(
            QCoreApplication.translate("CaseFileFields", "There is no %1: check the day and the month.").replace(
                "%1", f"{year:04}-{month:02}-{day:02}"
            )
        )
    return DateProblem(QCoreApplication.translate("CaseFileFields", "Not a date: use 2027-03-01"))


def _typed_date(text: str) -> date | None:
    """The real date `text` names (2027-03-01, 01/03/2027, 1-3-2027), or None (2027-02-30 is not one)."""
    if match := _DAY_FIRST_SHAPE.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    elif _ISO_EXACT.fullmatch(text):
        year, month, day = (int(part) for part in text.split("-"))
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """The date typed in `text` (2027-03-01, 01/03/2027, 1-3-2027); None for an empty field.

    Raises DateProblem, with a message for the person, for anything else."""
    text = text.strip()
    if not text:
        return None
    value = _typed_date(text)
    if value is None:
        raise _why_not(text)
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise _year_problem()
    return value


def without_control_characters(text: str, *, multiline: bool = False) -> str:
    """The text without invisible control characters (pasted from other programs); a multi-line text keeps
    its line breaks and tabs, a single line gets spaces for them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = _BREAKS.sub(" ", text)
    return _CONTROL.sub("", text)


def length_problem(text: str, limit: int) -> str:
    """A message when `text` is longer than `limit` characters, else an empty string."""
    if len(text) <= limit:
        return ""
    return (
        QCoreApplication.translate("CaseFileFields", "Too long: %1 characters, where %2 is the most this field keeps.")
        .replace("%1", f"{len(text):,}")
        .replace("%2", f"{limit:,}")
    )


class DateEdit(QLineEdit):
    """A date typed as text, because a date may be unknown and QDateEdit cannot be empty.

    When the person leaves the field, a valid date is rewritten as YYYY-MM-DD, so that 01/03/2027 is
    seen to mean the first of March.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(100)
        self.setMaximumWidth(160)  # as wide as a date needs: a FieldRow keeps it at the left
        self.setToolTip(self.tr("For example 2027-03-01 or 01/03/2027; leave empty if not known."))
        self.editingFinished.connect(self._normalise)

    def date_value(self) -> date | None:
        """The date, or None when the field is empty or does not hold a date."""
        try:
            return parse_date(self.text())
        except DateProblem:
            return None

    def checked_date(self) -> date:
        """The date, in a field that a form's errors() has found to hold one."""
        value = self.date_value()
        assert value is not None, "errors() asks for the date"
        return value

    def problem(self) -> str:
        try:
            parse_date(self.text())
        except DateProblem as problem:
            return problem.message
        return ""

    def set_date(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def _normalise(self) -> None:
        value = self.date_value()
        if value is not None and self.text() != value.isoformat():
            self.setText(value.isoformat())


class FieldRow(QWidget):
    """A field, an optional marker beside it, and its validation message underneath (hidden when empty)."""

    def __init__(self, field: QWidget, marker: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        if field.maximumWidth() < 1000:  # a short field (a date) stays at the left, not stretched or centred
            line.addWidget(field)
            line.addStretch(1)
        else:
            line.addWidget(field, 1)
        self.marker: QLabel | None = None
        if marker:
            self.marker = QLabel(marker, self)
            self.marker.setObjectName("specialCategory")
            self.marker.setTextFormat(Qt.TextFormat.PlainText)
            self.marker.setStyleSheet("QLabel { color: #6c3483; font-style: italic; }")
            self.marker.setToolTip(
                self.tr("Special-category data: hidden in presentation mode and never shared unless chosen.")
            )
            line.addWidget(self.marker)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self.lines = QVBoxLayout(self)  # the field's line, then its message; a form may put a hint above
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.setSpacing(2)
        self.lines.addLayout(line)
        self.lines.addWidget(self.error)
        self.setFocusProxy(field)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def error_text(self) -> str:
        return self.error.text()


def set_errors(rows: Mapping[str, FieldRow], errors: dict[str, str]) -> dict[str, str]:
    """Each of `errors` next to its field, and no message on the other rows; returns `errors`."""
    for name, row in rows.items():
        row.set_error(errors.get(name, ""))
    return errors

"""The field kinds of every form: dates typed as text (01/03/2027 as written here, or 2027-03-01, and allowed to be
empty; where a date may be approximate, also 03/2027 or 2027), checked free text, and a row that shows a field with
its validation message next to it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trajectapp.domain.dates import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    ApproximateDate,
    Unreadable,
    UnreadDate,
    read_approximate_date,
    read_date,
    short_date,
)
from trajectapp.domain.text import clean_text

# QLineEdit silently cuts text at 32,767 characters; a generous cap of our own keeps a paste whole
# enough to show a "too long" message instead.
LINE_MAX = 5_000


def date_problem_text(error: UnreadDate, *, approximate: bool = False) -> str:
    """Why typed text is not a date (domain.dates.read_date), in the user's words."""
    if error.reason is Unreadable.YEAR:
        return (
            QCoreApplication.translate("CaseFileFields", "Check the year: use one between %1 and %2.")
            .replace("%1", str(EARLIEST_YEAR))
            .replace("%2", str(LATEST_YEAR))
        )
    if error.reason is Unreadable.NO_SUCH_DAY:
        return QCoreApplication.translate("CaseFileFields", "There is no %1: check the day and the month.").replace(
            "%1", error.written
        )
    if approximate:
        return QCoreApplication.translate("CaseFileFields", "Not a date: use 01/03/2027, 03/2027 or 2027")
    return QCoreApplication.translate("CaseFileFields", "Not a date: use 01/03/2027")


def without_control_characters(text: str, *, multiline: bool = False) -> str:
    """The text without invisible control and format characters (pasted from other programs), composed; a
    multi-line text keeps its line breaks and tabs, a single line gets spaces for them."""
    return clean_text(text, multiline=multiline)


def length_problem(text: str, limit: int) -> str:
    """A message when `text` is longer than `limit` characters, else an empty string."""
    if len(text) <= limit:
        return ""
    return (
        QCoreApplication.translate("CaseFileFields", "Too long: %1 characters, where %2 is the most this field keeps.")
        .replace("%1", QLocale().toString(len(text)))
        .replace("%2", QLocale().toString(limit))
    )


class _TypedDate(QLineEdit):
    """What the date fields share: typed as text, because a date may be unknown and QDateEdit cannot be empty, and
    rewritten as the application shows dates when the person leaves the field (1-3-2027 becomes 01/03/2027, so
    that it is seen to mean the first of March)."""

    APPROXIMATE = False

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(100)
        self.setMaximumWidth(160)  # as wide as a date needs: a FieldRow keeps it at the left
        self.editingFinished.connect(self._normalise)

    def _read(self) -> ApproximateDate | None:
        return read_approximate_date(self.text(), approximate=self.APPROXIMATE)

    def problem(self) -> str:
        try:
            self._read()
        except UnreadDate as error:
            return date_problem_text(error, approximate=self.APPROXIMATE)
        return ""

    def _normalise(self) -> None:
        try:
            value = self._read()
        except UnreadDate:
            return
        if value is not None and self.text() != short_date(value):
            self.setText(short_date(value))


class DateEdit(_TypedDate):
    """A day, typed as 01/03/2027 (or 1-3-2027, 1.3.2027, 2027-03-01), or left empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.setToolTip(self.tr("For example 01/03/2027; leave empty if not known."))

    def date_value(self) -> date | None:
        """The date, or None when the field is empty or does not hold a date."""
        try:
            return read_date(self.text())
        except UnreadDate:
            return None

    def checked_date(self) -> date:
        """The date, in a field that a form's errors() has found to hold one."""
        value = self.date_value()
        assert value is not None, "errors() asks for the date"
        return value

    def set_date(self, value: date | None) -> None:
        self.setText(short_date(value) if value else "")


class ApproximateDateEdit(_TypedDate):
    """A date known to the day (01/03/2027), the month (03/2027) or only the year (2027), or left empty."""

    APPROXIMATE = True

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("DD/MM/YYYY, MM/YYYY or YYYY"))
        self.setToolTip(
            self.tr("A day (01/03/2027), a month (03/2027) or only a year (2027); leave empty if not known.")
        )

    def date_value(self) -> ApproximateDate | None:
        """What is known of the date, or None when the field is empty or does not hold a date."""
        try:
            return self._read()
        except UnreadDate:
            return None

    def checked_date(self) -> ApproximateDate:
        """The date, in a field that a form's errors() has found to hold one."""
        value = self.date_value()
        assert value is not None, "errors() asks for the date"
        return value

    def set_date(self, value: ApproximateDate | None) -> None:
        self.setText(short_date(value) if value else "")


def picked_date_edit(day: QDate, parent: QWidget | None = None) -> QDateEdit:
    """A date that is always there, picked from a calendar (a period's first and last day): shown as
    domain.dates.short_date shows one, in a calendar whose weeks start on Monday, as they do here."""
    edit = QDateEdit(day, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


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

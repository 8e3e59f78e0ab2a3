"""AgendaModel: the agenda as a table of lines (when, whose case, what, by whom) under headings: what is
overdue, each day with something on it, releases coming up and cases without contact for too long."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from trajectapp.domain.agenda import Agenda, DueTask, PlannedSession
from trajectapp.domain.dates import clock_time, short_date
from trajectapp.domain.plan import Party
from trajectapp.ui.caseload.caseload_model import WARNING, days_text
from trajectapp.ui.labels import catalogue_text, label, session_kind_label

WHEN, PERSON, WHAT, WHO = range(4)
DISPLAY, FONT, FOREGROUND, BACKGROUND = (
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
    )
)
_HEADING_BACKGROUND = QBrush(QColor("#e8edf3"))
_WARNING = QBrush(WARNING)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Heading:
    text: str
    warning: bool = False


@dataclass(frozen=True)
class Line:
    when: str
    person: str  # whose case
    what: str
    who: str = ""  # who takes an action or a step
    case_id: int | None = None  # None: a note, not something to open
    kind: str = ""  # what opening it shows: "session", "action", "step", or "" for the case file
    record_id: int | None = None
    warning: bool = False  # the `when` is past


def day_text(day: date, today: date | None = None) -> str:
    """'Monday 30 November', with the year when it is not this year's; 'Today, …' and 'Tomorrow, …'."""
    text = _weekday_text(day, today)
    if today is not None and (day - today).days == 0:
        return QCoreApplication.translate("AgendaModel", "Today, %1").replace("%1", text)
    if today is not None and (day - today).days == 1:
        return QCoreApplication.translate("AgendaModel", "Tomorrow, %1").replace("%1", text)
    return text


def _first_capital(text: str) -> str:
    """A day standing on its own line begins with a capital, though Dutch and French write weekdays in lower case."""
    return text[:1].upper() + text[1:]


def _weekday_text(day: date, today: date | None) -> str:
    form = "dddd d MMMM" if today is None or day.year == today.year else "dddd d MMMM yyyy"
    return QLocale().toString(QDate(day), form)


def _appointment_text(when: datetime, today: date) -> str:
    """The next appointment of a case, in a sentence of its own for today and tomorrow."""
    time = clock_time(when)
    days = (when.date() - today).days
    if days == 0:
        return QCoreApplication.translate("AgendaModel", "appointment today at %1").replace("%1", time)
    if days == 1:
        return QCoreApplication.translate("AgendaModel", "appointment tomorrow at %1").replace("%1", time)
    return (
        QCoreApplication.translate("AgendaModel", "appointment on %1 at %2")
        .replace("%1", _weekday_text(when.date(), today))
        .replace("%2", time)
    )


def _session_what(session: PlannedSession) -> str:
    parts = [session_kind_label(session.kind)]
    if session.location:
        parts.append(session.location)
    return " · ".join(parts)


def _session_when(session: PlannedSession) -> str:
    start = clock_time(session.starts_at)
    if session.duration_minutes:
        end = session.starts_at + timedelta(minutes=session.duration_minutes)
        return f"{start}–{clock_time(end)}"
    return start


def _task_what(task: DueTask) -> str:
    if task.kind == "step":
        text = QCoreApplication.translate("AgendaModel", "Step: %1").replace("%1", task.what)
        return text + (
            " " + QCoreApplication.translate("AgendaModel", "(goal: %1)").replace("%1", task.goal) if task.goal else ""
        )
    return QCoreApplication.translate("AgendaModel", "Action: %1").replace("%1", task.what)


def _task_line(task: DueTask, when: str, warning: bool = False) -> Line:
    who = catalogue_text(task.who) if task.party is Party.SERVICE else task.who
    who = who or (label(task.party) if task.party is not None else "")
    return Line(when, task.case_name, _task_what(task), who, task.case_id, task.kind, task.record_id, warning)


def agenda_lines(agenda: Agenda) -> list[Heading | Line]:
    """The agenda from top to bottom: overdue first, then day by day, then releases and missing contact."""
    today = agenda.today
    lines: list[Heading | Line] = []
    if agenda.overdue:
        lines.append(Heading(QCoreApplication.translate("AgendaModel", "Overdue"), warning=True))
        for task in agenda.overdue:
            due = short_date(task.due_on)
            when = QCoreApplication.translate("AgendaModel", "Due %1", "an overdue action or step: the day it was due")
            lines.append(_task_line(task, when.replace("%1", due), warning=True))
    for day in agenda.days:
        lines.append(Heading(_first_capital(day_text(day.day, today))))
        for session in day.sessions:
            lines.append(
                Line(
                    _session_when(session),
                    session.case_name,
                    _session_what(session),
                    case_id=session.case_id,
                    kind="session",
                    record_id=session.session_id,
                )
            )
        for task in day.tasks:
            lines.append(
                _task_line(task, QCoreApplication.translate("AgendaModel", "Due", "an action or step due on this day"))
            )
    if not agenda.days and not agenda.is_empty:
        lines.append(Heading(QCoreApplication.translate("AgendaModel", "This week and next")))
        lines.append(
            Line(
                "",
                "",
                QCoreApplication.translate("AgendaModel", "No sessions planned and nothing due until %1.").replace(
                    "%1", day_text(agenda.end - timedelta(days=1), today)
                ),
            )
        )
    if agenda.releases:
        lines.append(
            Heading(
                QCoreApplication.translate("AgendaModel", "Releases within %1").replace(
                    "%1", days_text(agenda.release_window_days)
                )
            )
        )
        for release in agenda.releases:
            if release.days == 0:
                what = QCoreApplication.translate("AgendaModel", "Released today")
            elif release.days == 1:
                what = QCoreApplication.translate("AgendaModel", "Released tomorrow")
            else:
                what = QCoreApplication.translate("AgendaModel", "Released in %1").replace(
                    "%1", days_text(release.days)
                )
            lines.append(Line(day_text(release.on, today), release.case_name, what, case_id=release.case_id))
    if agenda.no_contact:
        lines.append(
            Heading(
                QCoreApplication.translate("AgendaModel", "No contact for more than %1").replace(
                    "%1", days_text(agenda.no_contact_days)
                )
            )
        )
        for case in agenda.no_contact:
            what = QCoreApplication.translate("AgendaModel", "No contact for %1").replace("%1", days_text(case.days))
            if case.next_session is not None:
                what += " · " + _appointment_text(case.next_session.starts_at, today)
            else:
                what += " · " + QCoreApplication.translate("AgendaModel", "nothing planned in these two weeks")
            lines.append(Line("", case.case_name, what, case_id=case.case_id))
    return lines


class AgendaModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lines: list[Heading | Line] = []

    def set_agenda(self, agenda: Agenda) -> None:
        self.beginResetModel()
        self._lines = agenda_lines(agenda)
        self.endResetModel()

    def line_at(self, row: int) -> Heading | Line:
        return self._lines[row]

    def heading_rows(self) -> list[int]:
        return [row for row, line in enumerate(self._lines) if isinstance(line, Heading)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(line := self._lines[index.row()], Line) and line.case_id is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def text_at(self, row: int, column: int) -> str | None:
        """What the cell shows; None in the columns of a heading but the first."""
        line = self._lines[row]
        if isinstance(line, Heading):
            return line.text if column == 0 else None
        return (line.when, line.person, line.what, line.who)[column]

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.text_at(index.row(), index.column())
        line = self._lines[index.row()]
        if isinstance(line, Heading):
            if role == FONT:
                font = QFont()
                font.setBold(True)
                return font
            if role == BACKGROUND:
                return _HEADING_BACKGROUND
            return _WARNING if role == FOREGROUND and line.warning else None
        if role == FOREGROUND and line.warning and index.column() == WHEN:
            return _WARNING
        return None

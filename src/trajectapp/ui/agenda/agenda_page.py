"""The agenda page: this week and the next across the active cases, and a button to plan a session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from trajectapp.services.agenda import active_cases, agenda
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.agenda.agenda_model import PERSON, WHAT, WHEN, WHO, AgendaModel, Line, day_text
from trajectapp.ui.agenda.choose_case_dialog import ChooseCaseDialog
from trajectapp.ui.ask import Ask
from trajectapp.ui.headings import PAGE, as_heading
from trajectapp.ui.preferences import Preferences
from trajectapp.ui.record_table_model import record_table


class AgendaPage(QWidget):
    """Shows case data: the workspace destroys it at a lock and when presentation mode starts."""

    open_item = Signal(int, str, int)  # case id, kind ("session", "action", "step" or ""), record id (or 0)
    plan_session = Signal(int)  # the case chosen to plan a session in
    back = Signal()

    def __init__(
        self,
        vault: OpenVault,
        preferences: Preferences,
        ask: Ask,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self._vault, self._preferences, self._ask, self._today = vault, preferences, ask, today
        heading = as_heading(QLabel(self.tr("Agenda"), self), PAGE)
        self.period = QLabel(self)
        self.plan_button = QPushButton(self.tr("Plan a session…"), self)
        self.plan_button.setToolTip(self.tr("Choose a person and plan a session with them"))
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setToolTip(self.tr("Back to where you were (Esc)"))
        self.empty = QLabel(self)
        self.empty.setObjectName("agendaEmpty")
        self.empty.setWordWrap(True)
        self.model = AgendaModel(self)
        self.table = record_table(self.model, self)
        self.table.horizontalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        for column in (WHEN, PERSON, WHO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header.setResizeContentsPrecision(200)  # a big vault has thousands of overdue lines

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(heading)
        titles.addWidget(self.period)
        top.addLayout(titles, 1)
        top.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addStretch()  # keeps the empty note at the top when the table is hidden

        self.table.activated.connect(self._activated)
        self.plan_button.clicked.connect(self.choose_case)
        self.back_button.clicked.connect(self.back)
        self.refresh()

    def refresh(self) -> None:
        """Read the agenda again (the page is shown again, or the thresholds changed)."""
        today = self._today()
        shown = agenda(
            self._vault,
            today=today,
            release_within_days=self._preferences.release_window_days,
            no_contact_days=self._preferences.no_contact_days,
        )
        self.period.setText(
            self.tr("This week and next: %1 to %2")
            .replace("%1", day_text(today))
            .replace("%2", day_text(shown.end - timedelta(days=1)))
        )
        self.model.set_agenda(shown)
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.empty.setText(
            self.tr(
                "Nothing planned or due in this week and the next, no releases coming up and no one waiting too long "
                "for a contact. Plan a session with the button above."
            )
        )
        self.empty.setVisible(shown.is_empty)
        self.table.setVisible(not shown.is_empty)

    def lines(self) -> list[str]:
        """The agenda as shown, a line of text per row (headings too), for tests and a quick look."""
        model, columns = self.model, range(self.model.columnCount())
        return [
            " | ".join(filter(None, (model.text_at(row, column) for column in columns)))
            for row in range(model.rowCount())
        ]

    def choose_case(self) -> None:
        """Plan a session: choose one of the active cases, and the workspace opens it to plan it."""
        cases = active_cases(self._vault, today=self._today())
        if not cases:
            self._ask.inform(
                self,
                self.tr("Plan a session"),
                self.tr("There are no active cases. Add a person with Case → New case (Ctrl+N)."),
            )
            return
        case_id = ChooseCaseDialog.choose_case(self, self._ask, cases)
        if case_id is not None and not self._vault.is_locked:  # a lock closes the dialog and ends this page
            self.plan_session.emit(case_id)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        line = self.model.line_at(index.row())
        if isinstance(line, Line) and line.case_id is not None:
            self.open_item.emit(line.case_id, line.kind, line.record_id or 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)

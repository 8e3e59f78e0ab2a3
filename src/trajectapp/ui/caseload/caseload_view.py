"""The caseload: the table of the people on it, filtered and searched, and what needs attention today."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.traject import CaseStatus
from trajectapp.services.caseload import add_case, needs_attention
from trajectapp.services.drafts import keep_draft, take_draft
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.caseload.attention_panel import AttentionPanel
from trajectapp.ui.caseload.caseload_model import NAME, CaseloadModel
from trajectapp.ui.caseload.new_case_dialog import NAME_MAX, NewCaseDialog
from trajectapp.ui.labels import label
from trajectapp.ui.panes import panes
from trajectapp.ui.preferences import Preferences

# A search that takes longer than this (thousands of cases) waits for a pause
# in the typing; a caseload of a few dozen is searched at every key.
SLOW_SEARCH_SECONDS = 0.05
SEARCH_PAUSE_MS = 200


class CaseloadView(QWidget):
    """Shows case data: the controller destroys it when the vault locks."""

    changed = Signal()  # what the caseload shows changed (a case added, another filter): the status bar follows
    open_case = Signal(int)  # the user asked to open this case (double-click or Enter)

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
        self._vault = vault
        self._preferences = preferences
        self._ask = ask
        self._today = today
        self._new_case_dialog: NewCaseDialog | None = None

        self.filter = QComboBox(self)
        for status in (CaseStatus.ACTIVE, CaseStatus.DECLINED, CaseStatus.CLOSED):
            self.filter.addItem(label(status), status)
        self.filter.addItem(self.tr("All"), None)
        self.filter.setToolTip(self.tr("Which cases to show"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(NAME_MAX)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._slow_search = False
        show_label = QLabel(self.tr("&Show:"), self)
        show_label.setBuddy(self.filter)

        self.model = CaseloadModel(
            vault,
            status=CaseStatus.ACTIVE,
            today=today,
            release_window_days=preferences.release_window_days,
            no_contact_days=preferences.no_contact_days,
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measuring every row of a 1,000-case caseload took half a second, and
        # would fetch every row; the first hundred size the columns just as well.
        header.setResizeContentsPrecision(100)
        header.setStretchLastSection(True)  # names are never cut short to fill the width
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("caseloadEmpty")
        self.empty.setWordWrap(True)

        self.attention = AttentionPanel(self)

        tools = QHBoxLayout()
        tools.addWidget(show_label)
        tools.addWidget(self.filter)
        tools.addSpacing(12)
        tools.addWidget(self.search, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        splitter = panes(Qt.Orientation.Horizontal, [left, self.attention], self, stretch=[3, 1], sizes=[720, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter.currentIndexChanged.connect(self._filter_chosen)
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self._go_to_table)
        self.table.activated.connect(self._row_activated)
        self.attention.open_case.connect(self.open_case)
        self._show_attention()
        self._show_empty_note()

    # -- what is shown ---------------------------------------------------------

    def case_count(self) -> int:
        """The number of cases the table shows now (after filter and search)."""
        return self.model.rowCount()

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.case_id_at(index.row()) if index.isValid() else None

    def select_case(self, case_id: int | None) -> None:
        row = self.model.row_of(case_id) if case_id is not None else None
        if row is not None:
            index = self.model.index(row, NAME)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    def refresh(self) -> None:
        """Read the caseload and the attention list again (after an edit, or new thresholds)."""
        self.model.set_thresholds(
            release_window_days=self._preferences.release_window_days,
            no_contact_days=self._preferences.no_contact_days,
        )
        self._keeping_selection(self.model.refresh)
        self._show_attention()

    def _keeping_selection(self, change: Callable[[], None]) -> None:
        selected = self.selected_case_id()
        change()
        self.select_case(selected)
        self._show_empty_note()

    def _filter_chosen(self) -> None:
        self._keeping_selection(lambda: self.model.set_filter(self.filter.currentData()))
        self.changed.emit()

    def _search_typed(self) -> None:
        if self._slow_search:
            self._search_timer.start()
        else:
            self._run_search()

    def _run_search(self) -> None:
        started = time.perf_counter()
        self._keeping_selection(lambda: self.model.set_search(self.search.text()))
        self._slow_search = time.perf_counter() - started > SLOW_SEARCH_SECONDS
        self.changed.emit()

    def _show_attention(self) -> None:
        release_window_days = self._preferences.release_window_days
        no_contact_days = self._preferences.no_contact_days
        items = needs_attention(
            self._vault, today=self._today(), release_within_days=release_window_days, no_contact_days=no_contact_days
        )
        self.attention.set_items(items, release_window_days=release_window_days, no_contact_days=no_contact_days)

    def _show_empty_note(self) -> None:
        if self.model.rowCount():
            self.empty.hide()
            return
        if self.search.text().strip():
            text = (
                self.tr("No case has this name.")
                if self.filter.currentData() is None
                else self.tr("No case shown here has this name. Choose Show: All to search every case.")
            )
        elif self.filter.currentData() is CaseStatus.ACTIVE:
            text = self.tr("No active cases. Add a person with Case → New case (Ctrl+N).")
        else:
            text = self.tr("No cases here.")
        self.empty.setText(text)
        self.empty.show()

    # -- opening a case ------------------------------------------------------------

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.model.case_id_at(index.row()))

    def _go_to_table(self) -> None:
        """Enter in the search box: on to the table, with the first match chosen if none is."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._run_search()
        if self.model.rowCount() and self.selected_case_id() is None:
            self.select_case(self.model.case_id_at(0))
        self.table.setFocus()

    # -- new case -----------------------------------------------------------------

    def new_case(self, draft: str | None = None) -> NewCaseDialog:
        if self._new_case_dialog is None:
            dialog = NewCaseDialog(self)
            dialog.finished.connect(self._new_case_finished)
            self._new_case_dialog = dialog
        if draft:
            self._new_case_dialog.load_draft(draft)
        self._new_case_dialog.open()
        return self._new_case_dialog

    def _new_case_finished(self, result: int) -> None:
        dialog, self._new_case_dialog = self._new_case_dialog, None
        assert dialog is not None, "only the dialog new_case() opened finishes"
        dialog.deleteLater()
        if result != NewCaseDialog.DialogCode.Accepted:
            return
        value = dialog.value()
        case = add_case(self._vault, name=value["name"], preferred_name=value["preferred_name"])
        case_id = stored_id(case.id)
        self.model.refresh()
        if self.model.row_of(case_id) is None:  # hidden by the search or the filter: show it
            self._search_timer.stop()
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.filter.blockSignals(True)
            self.filter.setCurrentIndex(0)  # Active
            self.filter.blockSignals(False)
            self.model.set_search("")
            self.model.set_filter(CaseStatus.ACTIVE)
        self.select_case(case_id)
        self._show_empty_note()
        self._show_attention()
        self.changed.emit()
        self.open_case.emit(case.id)

    # -- locking -------------------------------------------------------------------

    def keep_drafts(self) -> None:
        """Store what is typed in open forms inside the vault, before it locks."""
        if self._new_case_dialog is not None and self._new_case_dialog.isVisible():
            keep_draft(self._vault, form=NewCaseDialog.DRAFT_FORM, content=self._new_case_dialog.draft())

    def restore_drafts(self) -> None:
        draft = take_draft(self._vault, form=NewCaseDialog.DRAFT_FORM)
        if draft is not None:
            self.new_case(draft)

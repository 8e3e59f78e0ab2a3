"""The Find in notes page: a search field, a line that counts the results, and the results, best first, with
the hits highlighted; Enter or a double-click on one opens it in its case file."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.services.open_vault import OpenVault
from trajectapp.services.search import fts_query, search
from trajectapp.ui.headings import PAGE, as_heading
from trajectapp.ui.record_table_model import record_table
from trajectapp.ui.search.results_model import DATE, KIND, PERSON, TEXT, SearchResultsModel
from trajectapp.ui.search.snippet_delegate import SnippetDelegate

# As many results as anyone reads; the best come first.
RESULTS_LIMIT = 200
SLOW_SEARCH_SECONDS = 0.1
FEWEST_LETTERS_WHILE_TYPING = 3
QUERY_MAX = 500


@dataclass(frozen=True)
class TypingPauses:
    """While typing, a search starts after a pause (longer once a search took over SLOW_SEARCH_SECONDS), and only
    once there are FEWEST_LETTERS_WHILE_TYPING letters: one or two letters match most of a big vault and take long
    enough to stall the typing. Enter searches anything."""

    usual_ms: int = 200
    after_slow_search_ms: int = 500


TYPING_PAUSES = TypingPauses()


def _letters(text: str) -> int:
    return sum(character.isalnum() for character in text)


class SearchPage(QWidget):
    """Shows case data: the workspace destroys it at a lock and when presentation mode starts."""

    open_hit = Signal(object)  # the SearchHit to open
    back = Signal()

    def __init__(self, vault: OpenVault, parent: QWidget | None = None, *, pauses: TypingPauses = TYPING_PAUSES):
        super().__init__(parent)
        self._vault = vault
        self._pauses = pauses
        self._searched: str | None = None  # the text the results are for
        self._more = False  # more results than are shown
        heading = as_heading(QLabel(self.tr("Find in notes"), self), PAGE)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Words to find in the session notes and every free-text field"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(QUERY_MAX)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setToolTip(self.tr("Back to where you were (Esc)"))
        self.count = QLabel(self)
        self.count.setObjectName("searchCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.table = record_table(self.model, self)
        self.table.setItemDelegateForColumn(TEXT, SnippetDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (PERSON, DATE, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pauses.usual_ms)
        self._timer.timeout.connect(self._typing_paused)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addStretch()  # keeps the count line at the top while there are no results

        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._enter_in_field)
        self.table.activated.connect(self._activated)
        self.back_button.clicked.connect(self.back)
        self.table.hide()
        self._show_count()

    # -- what the workspace uses -------------------------------------------------------------------

    def start(self) -> None:
        """Shown again (Ctrl+F): the field ready for new words, the results brought up to date."""
        self.field.setFocus()
        self.field.selectAll()
        if self._searched is not None:
            self.search_now()

    def search_now(self) -> None:
        """Search for what is in the field now, whatever its length."""
        self._timer.stop()
        text = self.field.text()
        started = time.perf_counter()
        hits = search(self._vault, text, limit=RESULTS_LIMIT + 1) if fts_query(text) is not None else []
        slow = time.perf_counter() - started > SLOW_SEARCH_SECONDS
        self._timer.setInterval(self._pauses.after_slow_search_ms if slow else self._pauses.usual_ms)
        self._searched = text
        self._more = len(hits) > RESULTS_LIMIT
        self.model.set_records(hits[:RESULTS_LIMIT])
        self.table.setVisible(bool(hits))
        self._show_count()

    def result_count(self) -> int:
        return self.model.rowCount()

    # -- typing and choosing ---------------------------------------------------------------------------

    def _typed(self) -> None:
        self._timer.start()
        self._show_count(typing=True)

    def _typing_paused(self) -> None:
        if _letters(self.field.text()) >= FEWEST_LETTERS_WHILE_TYPING or not self.field.text().strip():
            self.search_now()

    def _enter_in_field(self) -> None:
        """Enter: search now, and on to the results with the best one chosen."""
        if self._searched != self.field.text() or self._timer.isActive():
            self.search_now()
        if self.model.rowCount():
            index = self.model.index(0, PERSON)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_hit.emit(self.model.record_at(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)

    def _show_count(self, typing: bool = False) -> None:
        text = self.field.text()
        if not text.strip():
            line = self.tr("Type a word or a name to search the notes and free-text fields of every case.")
        elif text != self._searched:
            if typing and _letters(text) < FEWEST_LETTERS_WHILE_TYPING:
                line = self.tr("Keep typing, or press Enter to search.")
            else:
                return  # the results follow in a moment
        elif fts_query(text) is None:
            line = self.tr("Type letters or digits to search for.")
        elif not self.model.rowCount():
            line = self.tr("No notes contain “%1”.").replace("%1", text.strip())
        elif self._more:
            line = self.tr("The best %1 results. Add a word to find fewer.").replace("%1", str(RESULTS_LIMIT))
        else:
            line = self.tr("%n result(s)", "", self.model.rowCount())
        self.count.setText(line)

"""The register's entries as a table over the details of the chosen one: what the case file's Disclosures tab and
the vault's register both show. Read-only: an entry is never changed once written."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from trajectapp.domain.disclosures import Disclosure
from trajectapp.domain.names import name_key
from trajectapp.ui.disclosures.register_details import DisclosureDetails
from trajectapp.ui.disclosures.register_model import (
    BASIS,
    CASE,
    CONSENT,
    ENTRY,
    FILE,
    FINGERPRINT,
    FORMAT,
    PARTY,
    PURPOSE,
    SEARCHED,
    RegisterModel,
)
from trajectapp.ui.panes import panes
from trajectapp.ui.record_table_model import record_table

# Starting widths of the columns that hold words; the others fit their contents and Purpose takes the rest, but
# never less than PURPOSE_MIN (the table scrolls sideways then: the details pane below shows every word anyway).
_WIDTHS = {CASE: 150, PARTY: 140, BASIS: 135, CONSENT: 130, FORMAT: 145, FILE: 150, FINGERPRINT: 105}
PURPOSE_MIN = 180


class RegisterFilter(QSortFilterProxyModel):
    """Keeps the entries holding every typed word, blind to case and accents, in any of their words (the items
    and reasons too)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        self._words = name_key(text).split()
        self.invalidate()  # invalidateFilter() is deprecated from Qt 6.9, and its successor is not in 6.7

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        searched = name_key(self.sourceModel().index(row, 0, parent).data(SEARCHED) or "")
        return all(word in searched for word in self._words)


class RegisterView(QWidget):
    def __init__(self, *, with_case: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.details_entry: Disclosure | None = None
        self.model = RegisterModel(with_case=with_case, parent=self)
        self.filter = RegisterFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = record_table(self.filter, self)
        self.table.setAccessibleName(self.tr("Disclosure register"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in _WIDTHS.items():
            if (index := self.model.column_of(column)) >= 0:
                header.resizeSection(index, width)
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        self.details = DisclosureDetails(self)
        self.details.setMinimumHeight(150)
        # In proportion: the details get about a third.
        splitter = panes(Qt.Orientation.Vertical, [self.table, self.details], self, stretch=[3, 2], sizes=[450, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current))
        self.filter.modelReset.connect(self._reselect)
        self._fitted = False

    def show_entries(self, entries: list[Disclosure], case_names: dict[int, str] | None = None) -> None:
        """Replace what the table lists; the entry shown in full stays so if it is still listed, otherwise the
        newest is."""
        self.model.replace(entries, case_names)
        if entries and not self._fitted:  # once: after that the widths are the consultant's
            self._fitted = True
            self._fit_columns()

    def set_filter(self, text: str) -> None:
        self.filter.set_words(text)
        self._reselect()

    def shown_count(self) -> int:
        return self.filter.rowCount()

    def _fit_columns(self) -> None:
        for column in range(self.model.columnCount()):
            if self.model.columns[column] not in _WIDTHS and self.model.columns[column] != PURPOSE:
                self.table.resizeColumnToContents(column)
        self._fit_purpose()

    def _fit_purpose(self) -> None:
        """Purpose takes the width the other columns leave, and at least PURPOSE_MIN."""
        header, purpose = self.table.horizontalHeader(), self.model.column_of(PURPOSE)
        others = sum(header.sectionSize(i) for i in range(header.count()) if i != purpose)
        width = max(PURPOSE_MIN, self.table.viewport().width() - others)
        if header.sectionSize(purpose) != width:
            header.resizeSection(purpose, width)

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.model.column_of(PURPOSE):
            self._fit_purpose()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_purpose()
        return False

    def _reselect(self) -> None:
        shown = self.details_entry.id if self.details_entry is not None else None
        rows = self.filter.rowCount()
        if not rows:
            self._show(QModelIndex())
            return
        row = next((row for row in range(rows) if self.filter.index(row, 0).data(ENTRY).id == shown), 0)
        self.table.selectRow(row)
        self._show(self.filter.index(row, 0))

    def _show(self, index: QModelIndex) -> None:
        self.details_entry = index.data(ENTRY) if index.isValid() else None
        self.details.show_entry(self.details_entry)

"""RecordTableModel: a read-only Qt table over a list of records, one column per function."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
Record = TypeVar("Record")


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """`columns` are (header, text of a record) pairs; headers are already translated. A cell's tooltip repeats
    its text, unless `tooltips` is False."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[Record], str]]],
        parent: QObject | None = None,
        *,
        tooltips: bool = True,
    ):
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Record] = []
        display, tooltip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
        self._text_roles = (display, tooltip) if tooltips else (display,)

    def set_records(self, records: Sequence[Record]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record_at(self, row: int) -> Record:
        return self._records[row]

    def text_at(self, row: int, column: int) -> str:
        """What the cell shows."""
        return self._columns[column][1](self._records[row])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in self._text_roles:
            return None
        return self.text_at(index.row(), index.column())


def record_table(
    model: QAbstractItemModel, parent: QWidget, resize: QHeaderView.ResizeMode | None = None
) -> QTableView:
    """A table of records: rows chosen one at a time, never edited in place, one line per row. With `resize`,
    every column sizes that way and the last one takes the rest of the width; without, the caller sets the
    columns up."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    if resize is not None:
        table.horizontalHeader().setSectionResizeMode(resize)
        table.horizontalHeader().setStretchLastSection(True)
    return table


def selected_record(table: QTableView, records: RecordTableModel[Record]) -> Record | None:
    """The record of the table's chosen row, or None; the table shows `records` (through any proxy model in
    between)."""
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    if not rows:
        return None
    index, model = rows[0], table.model()
    while isinstance(model, QAbstractProxyModel):
        index, model = model.mapToSource(index), model.sourceModel()
    assert model is records, "a row of another model would name another record"
    return records.record_at(index.row())


def one_line(text: str) -> str:
    """Text of several lines on one line of a table cell, its lines joined by dots; the tooltip shows it whole."""
    return " · ".join(line.strip() for line in text.splitlines() if line.strip())

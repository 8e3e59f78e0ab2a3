"""The tables and notes the Plan tab's two pages share: a read-only table of records with a text colour per
cell, and a muted line of explanation."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from trajectapp.ui.record_table_model import Index, Record, RecordTableModel


class ColouredTableModel(RecordTableModel[Record]):
    """A RecordTableModel with a text colour per cell (greyed when finished, red when overdue); None: the
    table's own."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[Record], str]]],
        colour: Callable[[Record, int], QColor | None],
        parent: QObject | None = None,
    ):
        super().__init__(columns, parent)
        self._colour = colour

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return self._colour(self.record_at(index.row()), index.column())
        return super().data(index, role)


def muted_note(text: str, parent: QWidget) -> QLabel:
    """An empty state or an explanation, in plain words, quieter than the data."""
    note = QLabel(text, parent)
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setStyleSheet("QLabel { color: #555; }")
    note.setAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    )  # in place of a hidden table: at the top, not in the middle
    return note

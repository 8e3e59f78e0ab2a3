"""Choosing the case to plan a session in: the active cases, narrowed down by typing part of a name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.names import name_key
from trajectapp.ui.ask import Ask
from trajectapp.ui.modal import run_modal

Index = QModelIndex | QPersistentModelIndex
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class CaseListModel(QAbstractListModel):
    """(id, name) pairs, shown by name; `set_filter` keeps the names that contain the text, blind to accents."""

    def __init__(self, cases: list[tuple[int, str]], parent: QObject | None = None):
        super().__init__(parent)
        self._all = [(case_id, name, name_key(name)) for case_id, name in cases]
        self._shown = self._all

    def set_filter(self, text: str) -> None:
        key = name_key(text.strip())
        self.beginResetModel()
        self._shown = [case for case in self._all if key in case[2]] if key else self._all
        self.endResetModel()

    def case_id_at(self, row: int) -> int:
        return self._shown[row][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = DISPLAY) -> str | None:
        return self._shown[index.row()][1] if index.isValid() and role == DISPLAY else None


class ChooseCaseDialog(QDialog):
    def __init__(self, cases: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a session"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type part of a name"))
        self.filter.setClearButtonEnabled(True)
        self.model = CaseListModel(cases, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.none_found = QLabel(self.tr("No active case has this name."), self)
        self.none_found.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.choose_button = self.buttons.addButton(self.tr("Plan a session…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("With whom?"), self))
        layout.addWidget(self.filter)
        layout.addWidget(self.none_found)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._filtered)
        self.filter.installEventFilter(self)  # the arrow keys choose in the list while typing
        self.list.activated.connect(lambda _index: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._filtered()
        self.resize(380, 420)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _LIST_KEYS
        ):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def _filtered(self) -> None:
        self.model.set_filter(self.filter.text())
        found = self.model.rowCount() > 0
        if found:
            self.list.setCurrentIndex(self.model.index(0))
        self.none_found.setVisible(not found)
        self.choose_button.setEnabled(found)

    def case_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.case_id_at(index.row()) if index.isValid() else None

    @classmethod
    def choose_case(cls, parent: QWidget | None, ask: Ask, cases: list[tuple[int, str]]) -> int | None:
        """The id of the case chosen, or None if cancelled."""
        return run_modal(
            ask,
            "choose a case to plan a session",
            lambda: cls(cases, parent),
            lambda dialog, ok: dialog.case_id() if ok else None,
        )

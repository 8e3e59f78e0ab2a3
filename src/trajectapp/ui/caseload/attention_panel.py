"""The "needs attention" panel beside the caseload: releases coming up, contact overdue, decisions pending."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from trajectapp.domain.caseload import Attention
from trajectapp.ui.caseload.caseload_model import CASE_ID, DISPLAY, days_text
from trajectapp.ui.headings import SECTION, as_heading
from trajectapp.ui.isolated_text import isolated

Index = QModelIndex | QPersistentModelIndex
_GROUPS = ("release", "no_contact", "decision")
_FONT = int(Qt.ItemDataRole.FontRole)  # ints, as in CaseloadModel.data: the short names are slow
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_HEADING = Qt.ItemFlag.ItemIsEnabled


def attention_text(item: Attention) -> str:
    """One line in plain words: "Çelik Ağaoğlu — released in 12 days"."""
    if item.reason == "release":
        days = item.detail or 0
        if days == 0:
            what = QCoreApplication.translate("AttentionPanel", "released today")
        elif days == 1:
            what = QCoreApplication.translate("AttentionPanel", "released tomorrow")
        else:
            what = QCoreApplication.translate("AttentionPanel", "released in %1").replace("%1", days_text(days))
    elif item.reason == "no_contact":
        what = QCoreApplication.translate("AttentionPanel", "no contact for %1").replace(
            "%1", days_text(item.detail or 0)
        )
    elif item.reason == "participation_pending":
        what = QCoreApplication.translate("AttentionPanel", "no decision yet on taking part")
    else:
        what = QCoreApplication.translate("AttentionPanel", "consent asked, no answer yet")
    return f"{isolated(item.name)} — {what}"


def _group(item: Attention) -> str:
    return item.reason if item.reason in ("release", "no_contact") else "decision"


class AttentionModel(QAbstractListModel):
    """The items under a heading per kind; headings cannot be selected or opened."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lines: list[Attention | str] = []  # a str is a group heading
        self._thresholds = (90, 21)

    def set_items(self, items: list[Attention], *, release_window_days: int, no_contact_days: int) -> None:
        self.beginResetModel()
        self._thresholds = (release_window_days, no_contact_days)
        self._lines = []
        for group in _GROUPS:
            members = [item for item in items if _group(item) == group]
            if members:
                self._lines.append(group)
                self._lines.extend(members)
        self.endResetModel()

    def attention_at(self, row: int) -> Attention | None:
        line = self._lines[row]
        return line if isinstance(line, Attention) else None

    def item_count(self) -> int:
        return sum(isinstance(line, Attention) for line in self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._lines[index.row()], Attention):
            return _SELECTABLE
        return _HEADING

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if role not in (DISPLAY, CASE_ID, _FONT) or not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == DISPLAY:
            return self._heading(line) if isinstance(line, str) else "• " + attention_text(line)
        if role == CASE_ID:
            return None if isinstance(line, str) else line.case_id
        if isinstance(line, str):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _heading(self, group: str) -> str:
        release_window_days, no_contact_days = self._thresholds
        if group == "release":
            return QCoreApplication.translate("AttentionPanel", "Releases within %1").replace(
                "%1", days_text(release_window_days)
            )
        if group == "no_contact":
            return QCoreApplication.translate("AttentionPanel", "No contact for more than %1").replace(
                "%1", days_text(no_contact_days)
            )
        return QCoreApplication.translate("AttentionPanel", "Decisions pending")


class AttentionPanel(QWidget):
    open_case = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        heading = as_heading(QLabel(self.tr("Needs attention"), self), SECTION)
        self.model = AttentionModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # thousands of lines in a big demo vault
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.activated.connect(self._activated)
        self.empty = QLabel(self.tr("Nothing needs your attention today."), self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("attentionEmpty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addStretch()  # keeps the empty note at the top

    def set_items(self, items: list[Attention], *, release_window_days: int, no_contact_days: int) -> None:
        self.model.set_items(items, release_window_days=release_window_days, no_contact_days=no_contact_days)
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))

    def lines(self) -> list[str]:
        """The attention lines as shown, without the headings."""
        return [
            attention_text(item)
            for row in range(self.model.rowCount())
            if (item := self.model.attention_at(row)) is not None
        ]

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.attention_at(index.row())
        if item is not None:
            self.open_case.emit(item.case_id)

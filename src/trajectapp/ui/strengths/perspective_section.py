"""The person's perspective in their own words: the latest version large, every earlier version a click away,
and a new dated version that starts from the latest."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.dates import short_date
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.strengths import Perspective
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.strengths import perspectives, record_perspective
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.strengths.strength_dialogs import PerspectiveDialog


def _answer_label(parent: QWidget) -> QLabel:
    """The person's words, large and readable, selectable but not editable: a version is never changed."""
    answer = QLabel(parent)
    answer.setTextFormat(Qt.TextFormat.PlainText)
    answer.setWordWrap(True)
    answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    answer.setStyleSheet("QLabel { background: #fbfaf7; border-left: 3px solid #c8b99a; padding: 8px 12px; }")
    font = QFont(answer.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    answer.setFont(font)
    return answer


def _is_right_to_left(text: str) -> bool:
    """Whether the first letter with a direction is written right to left (Arabic, Hebrew...)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _show_answer(answer: QLabel, text: str, not_said: str) -> None:
    answer.setText(text or not_said)
    answer.setAlignment(
        (Qt.AlignmentFlag.AlignRight if _is_right_to_left(text) else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignTop
    )


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


class PerspectiveSection(CasePanel):
    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        self._versions: list[Perspective] = []  # oldest first, as the service gives them
        self.versions = QListWidget(self)
        self.versions.setMaximumWidth(220)
        self.versions.setSpacing(2)
        self.version_label = QLabel(self)
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)
        self.version_label.setStyleSheet("QLabel { color: #555; }")
        self.want_to_do = _answer_label(self)
        self.wish_to_be = _answer_label(self)
        self.empty_note = QLabel(
            self.tr(
                "No perspective recorded yet. Ask the person: what do you want to do? Who do you wish to be? "
                "Then write the answers down in their own words. Each version is dated and kept; none is overwritten."
            ),
            self,
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_note.setStyleSheet("QLabel { color: #555; font-style: italic; }")
        self.new_button = QPushButton(self.tr("New version…"), self)
        self.new_button.clicked.connect(lambda: self.new_version())
        self.versions.currentRowChanged.connect(lambda _row: self._show_chosen())

        left = QVBoxLayout()
        left.addWidget(_heading(self.tr("Versions"), self))
        left.addWidget(self.versions, 1)
        left.addWidget(self.new_button)
        page = QWidget(self)
        right = QVBoxLayout(page)
        right.setContentsMargins(0, 0, 8, 0)
        right.addWidget(self.version_label)
        right.addSpacing(8)
        right.addWidget(_heading(self.tr("What do you want to do?"), page))
        right.addWidget(self.want_to_do)
        right.addSpacing(16)
        right.addWidget(_heading(self.tr("Who do you wish to be?"), page))
        right.addWidget(self.wish_to_be)
        right.addStretch(1)
        self.reading = QScrollArea(self)
        self.reading.setWidgetResizable(True)
        self.reading.setFrameShape(QFrame.Shape.NoFrame)
        self.reading.setWidget(page)
        self.reading.viewport().setAutoFillBackground(False)  # the tab's own background, as the list beside it
        page.setAutoFillBackground(False)
        column = QVBoxLayout()
        column.addWidget(self.empty_note)
        column.addWidget(self.reading, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(column, 1)
        self.refresh()

    # -- what it shows -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the versions again and show the latest."""
        self._versions = perspectives(self._vault, self._case_id)
        self.versions.blockSignals(True)
        self.versions.clear()
        for number, version in enumerate(reversed(self._versions)):
            text = short_date(version.noted_on)
            item = QListWidgetItem(self.tr("%1 (current)").replace("%1", text) if number == 0 else text)
            self.versions.addItem(item)
        self.versions.blockSignals(False)
        self.empty_note.setVisible(not self._versions)
        self.new_button.setText(self.tr("New version…") if self._versions else self.tr("Write it down…"))
        self.reading.setVisible(bool(self._versions))
        if self._versions:
            self.versions.setCurrentRow(0)
        self._show_chosen()

    def latest(self) -> Perspective | None:
        return self._versions[-1] if self._versions else None

    def shown(self) -> Perspective | None:
        """The version on show: the one chosen in the list."""
        row = self.versions.currentRow()
        return self._versions[len(self._versions) - 1 - row] if 0 <= row < len(self._versions) else None

    def show_version(self, perspective_id: int) -> None:
        for row, version in enumerate(reversed(self._versions)):
            if version.id == perspective_id:
                self.versions.setCurrentRow(row)

    def _show_chosen(self) -> None:
        version = self.shown()
        if version is None:
            self.version_label.clear()
            self.want_to_do.clear()
            self.wish_to_be.clear()
            return
        if version is self.latest():
            text = self.tr("The current version, of %1, in the person's own words.")
        else:
            text = self.tr("An earlier version, of %1. The current one is at the top of the list.")
        self.version_label.setText(text.replace("%1", short_date(version.noted_on)))
        not_said = self.tr("(not answered in this version)")
        _show_answer(self.want_to_do, version.want_to_do, not_said)
        _show_answer(self.wish_to_be, version.wish_to_be, not_said)

    # -- a new version -------------------------------------------------------------------------------------

    def new_version(self, draft: str | None = None) -> None:
        saved = PerspectiveDialog.get(
            self._ask,
            draft,
            lambda fields: record_perspective(self._vault, case_id=self._case_id, **fields),
            self._ask,
            self.latest(),
            parent=self,
        )
        if saved is not None:
            self.refresh()
            self.show_version(stored_id(saved.id))
            self.changed.emit()

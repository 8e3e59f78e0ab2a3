"""Which document of the open case to print or save: the notes of one session, the notes of a period, or the case
summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.dates import short_moment
from trajectapp.domain.sessions import Session
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.fields import picked_date_edit
from trajectapp.ui.labels import session_kind_label
from trajectapp.ui.modal import run_modal


class DocumentKind(Enum):
    SESSION = "session"
    PERIOD = "period"
    SUMMARY = "summary"


@dataclass(frozen=True)
class DocumentChoice:
    kind: DocumentKind
    session_id: int | None = None  # for SESSION
    first: date | None = None  # for PERIOD, both days included
    last: date | None = None


class DocumentChooser(QDialog):
    """Offers the sessions newest first, with the one chosen in the Contacts tab (or else the latest held one)
    preselected, and the last month as the period."""

    def __init__(
        self,
        sessions: Sequence[Session],
        *,
        selected_session_id: int | None,
        today: date,
        saving: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as PDF") if saving else self.tr("Print"))
        newest_first = sorted(sessions, key=lambda s: (s.starts_at, s.id or 0), reverse=True)
        self.session_choice = QRadioButton(self.tr("The notes of one session:"), self)
        self.period_choice = QRadioButton(self.tr("The notes of the sessions of a period:"), self)
        self.summary_choice = QRadioButton(self.tr("The case summary"), self)
        self.group = QButtonGroup(self)
        for button in (self.session_choice, self.period_choice, self.summary_choice):
            self.group.addButton(button)
        self.session = QComboBox(self)
        for session in newest_first:
            self.session.addItem(self._session_text(session), session.id)
        self.first = picked_date_edit(QDate(today.year, today.month, today.day).addMonths(-1), self)
        self.last = picked_date_edit(QDate(today.year, today.month, today.day), self)
        self.first.setToolTip(self.tr("The first day of the period, included"))
        self.last.setToolTip(self.tr("The last day of the period, included"))
        self.period_error = QLabel(self)
        self.period_error.setStyleSheet("QLabel { color: #b03a2e; }")
        self.period_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.preview_button = self.buttons.addButton(self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.session_choice, 0, 0)
        grid.addWidget(self.session, 0, 1, 1, 4)
        grid.addWidget(self.period_choice, 1, 0)
        grid.addWidget(self.first, 1, 1)
        # A dash, not a sentence split around the two inputs ("from … to …"), which no translation could reorder.
        grid.addWidget(QLabel("–", self), 1, 2)
        grid.addWidget(self.last, 1, 3)
        grid.setColumnStretch(4, 1)
        grid.addWidget(self.period_error, 2, 1, 1, 4)
        grid.addWidget(self.summary_choice, 3, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which document?"), self))
        layout.addLayout(grid)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)

        if not newest_first:
            self.session_choice.setEnabled(False)
            self.session.setEnabled(False)
            self.session.addItem(self.tr("No sessions yet"))
        chosen = self.session.findData(selected_session_id) if selected_session_id is not None else -1
        if chosen < 0:
            held = [s for s in newest_first if s.status == "held"]
            chosen = self.session.findData(held[0].id) if held else 0
        self.session.setCurrentIndex(max(chosen, 0))
        (self.session_choice if newest_first else self.summary_choice).setChecked(True)
        self.session.activated.connect(lambda _index: self.session_choice.setChecked(True))
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._period_changed)
        self.group.buttonToggled.connect(lambda _button, _on: self._check())
        self.setMinimumWidth(520)

    def _session_text(self, session: Session) -> str:
        text = f"{short_moment(session.starts_at)} · {session_kind_label(session.kind)}"
        if session.status == "planned":
            text += " · " + self.tr("planned")
        elif session.status == "cancelled":
            text += " · " + self.tr("cancelled")
        return text

    def _period_changed(self) -> None:
        self.period_choice.setChecked(True)
        self._check()

    def _check(self) -> None:
        wrong = self.period_choice.isChecked() and self.first.date() > self.last.date()
        self.period_error.setText(self.tr("The first day comes after the last: change one of them."))
        self.period_error.setVisible(wrong)
        self.preview_button.setEnabled(not wrong)

    def value(self) -> DocumentChoice | None:
        """The choice, or None while the period is the wrong way round."""
        if self.session_choice.isChecked() and self.session.currentData() is not None:
            return DocumentChoice(DocumentKind.SESSION, session_id=self.session.currentData())
        if self.period_choice.isChecked():
            first, last = self.first.date().toPython(), self.last.date().toPython()
            assert isinstance(first, date) and isinstance(last, date), "a QDate is a date in Python"
            return DocumentChoice(DocumentKind.PERIOD, first=first, last=last) if first <= last else None
        return DocumentChoice(DocumentKind.SUMMARY)

    def accept(self) -> None:
        if self.value() is not None:
            super().accept()

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        ask: Ask,
        sessions: Sequence[Session],
        *,
        selected_session_id: int | None,
        today: date,
        saving: bool = False,
    ) -> DocumentChoice | None:
        return run_modal(
            ask,
            "which document",
            lambda: cls(sessions, selected_session_id=selected_session_id, today=today, saving=saving, parent=parent),
            lambda dialog, ok: dialog.value() if ok else None,
        )

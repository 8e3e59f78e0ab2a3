"""The caseload: a list of the people on it and a short summary of the one selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHeaderView, QLabel, QSplitter, QTableView, QWidget

from trajectapp.domain.case import Case
from trajectapp.services.caseload import add_case, list_cases
from trajectapp.services.drafts import keep_draft, take_draft
from trajectapp.ui.caseload.caseload_model import NAME, CaseloadModel
from trajectapp.ui.caseload.new_case_dialog import NewCaseDialog
from trajectapp.vault.vault import Vault


class CaseSummary(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.fields = {key: QLabel(self) for key in ("preferred_name", "prison", "prisoner_number", "date_of_birth")}
        layout = QFormLayout(self)
        layout.addRow(self.heading)
        layout.addRow(self.tr("Wants to be called:"), self.fields["preferred_name"])
        layout.addRow(self.tr("Prison:"), self.fields["prison"])
        layout.addRow(self.tr("Prisoner number:"), self.fields["prisoner_number"])
        layout.addRow(self.tr("Date of birth:"), self.fields["date_of_birth"])
        for label in (self.heading, *self.fields.values()):
            label.setTextFormat(Qt.PlainText)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.show_case(None)

    def show_case(self, case: Case | None) -> None:
        self.heading.setText(case.name if case else self.tr("Select a case"))
        values = {
            "preferred_name": case.preferred_name if case else "",
            "prison": case.prison if case else "",
            "prisoner_number": case.prisoner_number if case else "",
            "date_of_birth": case.date_of_birth.isoformat() if case and case.date_of_birth else "",
        }
        for key, value in values.items():
            self.fields[key].setText((value or "—") if case else "")


class CaseloadView(QSplitter):
    """Shows case data: the main window destroys it when the vault locks."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(Qt.Horizontal, parent)
        self._vault = vault
        self._new_case_dialog: NewCaseDialog | None = None
        self.model = CaseloadModel(list_cases(vault), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        # Measuring every row of a 1,000-case caseload took half a second; the
        # first hundred rows size the columns just as well.
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        self.table.setAlternatingRowColors(True)
        self.summary = CaseSummary(self)
        self.addWidget(self.table)
        self.addWidget(self.summary)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([600, 400])
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.summary.show_case(
                self.model.case_at(current.row()) if current.isValid() else None
            )
        )

    def case_count(self) -> int:
        return self.model.rowCount()

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.case_at(index.row()).id if index.isValid() else None

    def select_case(self, case_id: int | None) -> None:
        row = self.model.row_of(case_id) if case_id is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, NAME), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
            )

    # -- new case ----------------------------------------------------------

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
        dialog.deleteLater()
        if result == NewCaseDialog.Accepted:
            value = dialog.value()
            case = add_case(self._vault, name=value["name"], preferred_name=value["preferred_name"])
            self.model.replace(list_cases(self._vault))
            self.select_case(case.id)
            self.changed.emit()

    # -- locking -----------------------------------------------------------

    def keep_drafts(self) -> None:
        """Store what is typed in open forms inside the vault, before it locks."""
        if self._new_case_dialog is not None and self._new_case_dialog.isVisible():
            keep_draft(self._vault, form=NewCaseDialog.DRAFT_FORM, content=self._new_case_dialog.draft())

    def restore_drafts(self) -> None:
        draft = take_draft(self._vault, form=NewCaseDialog.DRAFT_FORM)
        if draft is not None:
            self.new_case(draft)

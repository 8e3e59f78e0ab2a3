"""Risk assessments made elsewhere (VERA-2R, ERG 22+, another instrument): that one exists, its date, its
author and where it is held. Trajectapp never scores risk, and all of this is criminal-offence data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.dates import short_date
from trajectapp.domain.needs import ExternalAssessment, RiskTool
from trajectapp.services.needs import external_assessments, record_external_assessment
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.labels import label
from trajectapp.ui.needs.assessment_dialogs import ExternalAssessmentDialog, drafted_external_id
from trajectapp.ui.record_table_model import RecordTableModel, one_line, record_table, selected_record

# Columns of the list.
INSTRUMENT, DATE, AUTHOR, HELD_AT, NOTE = range(5)


class RiskAssessmentsView(CasePanel):
    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        intro = QLabel(
            self.tr(
                "Risk assessments made elsewhere are not scored here: note that one exists, when it was made, by "
                "whom and where it is held."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = RecordTableModel(
            [
                (self.tr("Instrument"), lambda r: r.other_tool if r.tool is RiskTool.OTHER else label(r.tool)),
                (self.tr("Date"), lambda r: short_date(r.done_on) if r.done_on else self.tr("not known")),
                (self.tr("Made by"), lambda r: r.author),
                (self.tr("Where it is held"), lambda r: r.held_at),
                (self.tr("Note"), lambda r: one_line(r.note)),
            ],
            self,
        )
        self.table = record_table(self.model, self, QHeaderView.ResizeMode.Interactive)
        self.empty_note = QLabel(self.tr("None recorded."), self)
        self.empty_note.setStyleSheet("QLabel { color: #555; }")
        self.record_button = QPushButton(self.tr("Record…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.record_button.clicked.connect(lambda: self.record())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.table.activated.connect(lambda _index: self.edit())  # a double click, or Enter
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        selected = self.selected()
        select_id = select_id if select_id is not None else selected.id if selected else None
        records = external_assessments(self._vault, self._case_id)
        self.model.set_records(records)
        for row, record in enumerate(records):
            if record.id == select_id:
                self.table.selectRow(row)
        self.empty_note.setVisible(not records)
        self.table.resizeColumnsToContents()
        for column in (AUTHOR, HELD_AT):
            self.table.setColumnWidth(column, max(140, min(self.table.columnWidth(column), 260)))
        self._update_buttons()

    def records(self) -> list[ExternalAssessment]:
        return [self.model.record_at(row) for row in range(self.model.rowCount())]

    def selected(self) -> ExternalAssessment | None:
        return selected_record(self.table, self.model)

    def record(self, draft: str | None = None) -> None:
        self._record_dialog(None, draft)

    def edit(self, record: ExternalAssessment | None = None, draft: str | None = None) -> None:
        record = record or self.selected()
        if record is not None:
            self._record_dialog(record, draft)

    def _record_dialog(self, record: ExternalAssessment | None, draft: str | None) -> None:
        record_id = record.id if record is not None else None
        saved = ExternalAssessmentDialog.get(
            self._ask,
            draft,
            lambda fields: record_external_assessment(
                self._vault, ExternalAssessment(record_id, self._case_id, **fields)
            ),
            self._ask,
            record,
            parent=self,
        )
        if saved is not None:
            self.refresh(saved.id)
            self.changed.emit()

    def resume(self, draft: str) -> None:
        """Open the dialog again with what was typed in it before the lock."""
        edited = drafted_external_id(draft)
        if edited is None:
            self.record(draft)
            return
        record = next((r for r in self.records() if r.id == edited), None)
        if record is not None:
            self.edit(record, draft)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

"""The case file's Needs tab: the chosen assessment domain by domain, the star chart, each domain's history,
and the risk assessments made elsewhere. Special-category domains are left out in presentation mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.dates import short_date
from trajectapp.domain.needs import Assessment, LifeDomain
from trajectapp.domain.record_ids import stored_id
from trajectapp.services.needs import (
    assessments,
    list_domains,
    save_assessment_item,
    start_assessment,
    update_assessment,
)
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.labels import catalogue_text
from trajectapp.ui.needs.assessment_dialogs import AssessmentDialog, drafted_assessment_id
from trajectapp.ui.needs.chart_view import NeedsChart
from trajectapp.ui.needs.item_dialog import AssessmentItemDialog, drafted_item
from trajectapp.ui.needs.needs_models import (
    DOMAIN,
    MOTIVATION,
    NEXT_STEP,
    SITUATION,
    VIEWS,
    AssessmentModel,
    HistoryModel,
)
from trajectapp.ui.needs.needs_words import SPECIAL_COLOUR
from trajectapp.ui.needs.risk_assessments_view import RiskAssessmentsView
from trajectapp.ui.record_table_model import record_table

NOTE_SHOWN = 300  # characters of an assessment's note shown above the tables


def _muted(text: str, parent: QWidget) -> QLabel:
    note = QLabel(text, parent)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setWordWrap(True)
    note.setStyleSheet("QLabel { color: #555; }")
    return note


class NeedsPanel(CasePanel):
    DRAFT_KINDS = ("assessment", "assessment_item", "external_assessment")

    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        self.presentation_mode = False
        self._assessments: list[Assessment] = []
        self._domains: list[LifeDomain] = []
        self._pending: tuple[str, str] | None = None  # a draft of special-category data, held until the mode ends
        self.chooser = QComboBox(self)
        self.chooser.setMinimumContentsLength(16)
        self.new_button = QPushButton(self.tr("New assessment…"), self)
        self.date_button = QPushButton(self.tr("Date and note…"), self)
        self.note_label = _muted("", self)
        self.empty_note = QLabel(self.tr("No assessment yet. Start one with New assessment…"), self)
        self.empty_note.setStyleSheet("QLabel { padding: 6px 0; font-weight: bold; }")
        self.model = AssessmentModel(self)
        self.table = record_table(self.model, self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.chart = NeedsChart(vault, case_id, self)
        self.history_model = HistoryModel(self)
        self.history_table = record_table(self.history_model, self)
        self.risk = RiskAssessmentsView(vault, case_id, ask, self)
        self.views = QTabWidget(self)
        self._build()
        self.chooser.currentIndexChanged.connect(lambda _index: self._show_chosen())
        self.new_button.clicked.connect(lambda: self.new_assessment())
        self.date_button.clicked.connect(lambda: self.edit_assessment())
        self.edit_button.clicked.connect(lambda: self.edit_item())
        self.table.activated.connect(lambda _index: self.edit_item())  # a double click, or Enter
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.risk.changed.connect(self.changed)
        self._explain_marks()
        self.refresh()

    def _build(self) -> None:
        top = QHBoxLayout()
        caption = QLabel(self.tr("Assessment of:"), self)
        caption.setBuddy(self.chooser)
        top.addWidget(caption)
        top.addWidget(self.chooser)
        top.addWidget(self.new_button)
        top.addWidget(self.date_button)
        top.addStretch(1)

        assessment_page = QWidget(self)
        self.mark_note = QLabel(assessment_page)
        self.mark_note.setStyleSheet("QLabel { color: #555; }")
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(self.mark_note)
        page = QVBoxLayout(assessment_page)
        page.addWidget(self.table, 1)
        page.addLayout(row)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NEXT_STEP, QHeaderView.ResizeMode.Stretch)

        history_page = QWidget(self)
        page = QVBoxLayout(history_page)
        page.addWidget(
            _muted(
                self.tr(
                    "Where things stood in each life domain at each assessment, from 1 (not talking about it yet) "
                    "to 10 (stable, manages with little support). Hover over a score for its words and the person's "
                    "own score."
                ),
                history_page,
            )
        )
        page.addWidget(self.history_table, 1)

        self.views.addTab(assessment_page, self.tr("Assessment"))
        self.views.addTab(self.chart, self.tr("Chart"))
        self.views.addTab(history_page, self.tr("History"))
        self.views.addTab(self.risk, self.tr("Risk assessments elsewhere"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note_label)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.views, 1)

    # -- what it shows -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the assessments, the catalogue and the service names again; the chosen assessment stays."""
        chosen = self.chosen()
        self._domains = list_domains(self._vault, include_hidden=True)
        self._assessments = assessments(self._vault, self._case_id)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for assessment in reversed(self._assessments):
            self.chooser.addItem(short_date(assessment.assessed_on), assessment.id)
        index = self.chooser.findData(chosen.id) if chosen is not None else -1
        self.chooser.setCurrentIndex(max(index, 0) if self._assessments else -1)
        self.chooser.setEnabled(bool(self._assessments))
        self.chooser.blockSignals(False)
        self.empty_note.setVisible(not self._assessments)
        self.risk.refresh()
        self._show_chosen()

    def chosen(self) -> Assessment | None:
        return next((a for a in self._assessments if a.id == self.chooser.currentData()), None)

    def select_assessment(self, assessment_id: int) -> None:
        index = self.chooser.findData(assessment_id)
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def selected_domain(self) -> LifeDomain | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.domain_at(rows[0].row()) if rows else None

    def select_domain(self, domain_id: int) -> None:
        row = self.model.row_of(domain_id)
        if row >= 0:
            self.table.selectRow(row)

    def _shown(self, domain: LifeDomain, used: bool) -> bool:
        """A hidden domain only where it was used; a special-category one not in presentation mode."""
        return (used or not domain.hidden) and not (self.presentation_mode and domain.sensitivity is not None)

    def _show_chosen(self) -> None:
        chosen = self.chosen()
        selected = self.selected_domain()
        services = {stored_id(s.id): catalogue_text(s.name) for s in list_services(self._vault, include_hidden=True)}
        rows = (
            [
                (domain, chosen.item_for(stored_id(domain.id)))
                for domain in self._domains
                if self._shown(domain, chosen.item_for(stored_id(domain.id)) is not None)
            ]
            if chosen
            else []
        )
        self.model.set_rows(rows, services)
        if selected is not None:
            self.select_domain(stored_id(selected.id))
        self._fit_columns()
        note = " · ".join(line.strip() for line in chosen.note.splitlines() if line.strip()) if chosen else ""
        shown = note if len(note) <= NOTE_SHOWN else note[:NOTE_SHOWN].rstrip() + "…"  # whole in Date and note…
        self.note_label.setText(self.tr("Note: %1").replace("%1", shown))
        self.note_label.setVisible(bool(note) and not self.presentation_mode)  # free text may touch anything
        used = {item.domain_id for a in self._assessments for item in a.items}
        self.history_model.set_history([d for d in self._domains if self._shown(d, d.id in used)], self._assessments)
        self.history_table.resizeColumnsToContents()
        self.chart.show_assessments(self._assessments, chosen.id if chosen else None, self.presentation_mode)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Each column fits its text up to a cap (the whole text is in the tooltip); the next step takes the
        width that is left."""
        self.table.resizeColumnsToContents()
        for column, widest in ((DOMAIN, 260), (SITUATION, 290), (MOTIVATION, 210), (VIEWS, 170)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def _explain_marks(self) -> None:
        if self.presentation_mode:
            self.mark_note.setText(self.tr("Special-category domains are left out while presentation mode is on."))
        else:
            self.mark_note.setText(
                self.tr("<span style='color:%1'>●</span> special-category data: hidden in presentation mode").replace(
                    "%1", SPECIAL_COLOUR
                )
            )

    def _update_buttons(self) -> None:
        self.date_button.setEnabled(self.chosen() is not None)
        self.edit_button.setEnabled(self.selected_domain() is not None)

    def showEvent(self, event: QShowEvent) -> None:
        # The catalogue and the directory change elsewhere; coming back here shows them as they are now.
        self.refresh()
        super().showEvent(event)

    def set_presentation_mode(self, on: bool) -> None:
        """Leave out special-category domains, the assessment's note and the risk assessments while the screen
        faces the person; bring them back, and any dialog held back meanwhile, when the mode ends."""
        self.presentation_mode = on
        risk_index = self.views.indexOf(self.risk)
        if on and self.views.currentIndex() == risk_index:
            self.views.setCurrentIndex(0)
        self.views.setTabVisible(risk_index, not on)
        self._show_chosen()
        self._explain_marks()
        if not on and self._pending is not None:
            kind, draft = self._pending
            self._pending = None
            QTimer.singleShot(0, self, lambda: self.resume(kind, draft))

    # -- what the buttons do -------------------------------------------------------------------------------

    def new_assessment(self, draft: str | None = None) -> None:
        started = AssessmentDialog.get_assessment(
            self,
            self._ask,
            self._assessments,
            None,
            draft,
            save=lambda answer: start_assessment(self._vault, case_id=self._case_id, on=answer[0], note=answer[1]),
        )
        if started is not None:
            self._saved(stored_id(started.id))

    def edit_assessment(self, assessment: Assessment | None = None, draft: str | None = None) -> None:
        assessment = assessment or self.chosen()
        if assessment is None:
            return
        assessment_id = stored_id(assessment.id)
        updated = AssessmentDialog.get_assessment(
            self,
            self._ask,
            self._assessments,
            assessment,
            draft,
            save=lambda answer: update_assessment(
                self._vault, assessment_id=assessment_id, on=answer[0], note=answer[1]
            ),
        )
        if updated is not None:
            self._saved(assessment_id)

    def edit_item(
        self, domain: LifeDomain | None = None, assessment: Assessment | None = None, draft: str | None = None
    ) -> None:
        """Open the dialog of `domain` (the selected one) in `assessment` (the chosen one)."""
        assessment, domain = assessment or self.chosen(), domain or self.selected_domain()
        if assessment is None or domain is None or (self.presentation_mode and domain.sensitivity is not None):
            return
        services = list_services(self._vault)
        owner = getattr(assessment.item_for(stored_id(domain.id)), "next_step_service_id", None)
        if owner is not None and all(service.id != owner for service in services):  # hidden since: keep it
            services += [s for s in list_services(self._vault, include_hidden=True) if s.id == owner]
        saved = AssessmentItemDialog.get(
            self._ask,
            draft,
            lambda item: save_assessment_item(self._vault, item),
            self._ask,
            assessment,
            domain,
            services,
            parent=self,
        )
        if saved is not None:
            self._saved(stored_id(assessment.id), domain.id)

    def _saved(self, assessment_id: int, domain_id: int | None = None) -> None:
        self.refresh()
        self.select_assessment(assessment_id)
        if domain_id is not None:
            self.select_domain(domain_id)
        self.changed.emit()

    # -- drafts of an open dialog ---------------------------------------------------------------------

    def resume(self, kind: str, draft: str) -> None:
        """Open the dialog of `kind` again with what was typed in it before the lock. One about special-category
        data waits while presentation mode is on."""
        if kind == "assessment":
            edited = drafted_assessment_id(draft)
            assessment = next((a for a in self._assessments if a.id == edited), None)
            if edited is None:
                self.new_assessment(draft)
            elif assessment is not None:
                self.select_assessment(stored_id(assessment.id))
                self.edit_assessment(assessment, draft)
        elif kind == "assessment_item":
            self._resume_item(draft)
        elif kind == "external_assessment":
            if self.presentation_mode:
                self._pending = (kind, draft)
                return
            self.views.setCurrentWidget(self.risk)
            self.risk.resume(draft)

    def _resume_item(self, draft: str) -> None:
        ids = drafted_item(draft)
        if ids is None:
            return
        assessment = next((a for a in self._assessments if a.id == ids[0]), None)
        domain = next((d for d in self._domains if d.id == ids[1]), None)
        if assessment is None or domain is None:
            return
        if self.presentation_mode and domain.sensitivity is not None:
            self._pending = ("assessment_item", draft)
            return
        self.views.setCurrentIndex(0)
        self.select_assessment(stored_id(assessment.id))
        self.select_domain(stored_id(domain.id))
        self.edit_item(domain, assessment, draft)

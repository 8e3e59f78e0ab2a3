"""The dated versions of the plan: the list, the chosen version's goals and steps as they were with every
party's answer, recording a version or an answer, comparing two versions, and the plan document."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain import sensitivity
from trajectapp.domain.dates import short_date
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.plan import Goal, PlanAgreement, PlanGoal, PlanVersion, compare_plan_versions
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.selection import Translate, as_written
from trajectapp.services.case_file import get_case
from trajectapp.services.documents import plan_pdf
from trajectapp.services.needs import list_domains
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services
from trajectapp.services.plan import get_plan_version, goals, make_plan_version, plan_versions, record_agreement
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.panes import panes
from trajectapp.ui.plan.compare_dialog import CompareDialog
from trajectapp.ui.plan.document_preview import PlanDocumentDialog
from trajectapp.ui.plan.plan_tables import muted_note
from trajectapp.ui.plan.version_dialogs import AgreementDialog, PlanVersionDialog
from trajectapp.ui.plan.version_text import agreement_party, agreement_summary, comparison_html, version_html
from trajectapp.ui.record_table_model import RecordTableModel, record_table, selected_record

# Column numbers of the versions table.
MADE_ON, GOALS, ANSWERS, NOTE = range(4)


class VersionsSection(CasePanel):
    def __init__(
        self,
        vault: OpenVault,
        case_id: int,
        ask: Ask,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(vault, case_id, ask, parent)
        self._today = today
        self.presentation_mode = False
        self._domains: dict[int, LifeDomain] = {}
        self._service_names: dict[int, str] = {}
        self.versions: list[PlanVersion] = []  # oldest first, as the store keeps them
        self.model = RecordTableModel(
            [
                (self.tr("Date"), lambda v: short_date(v.made_on)),
                (self.tr("Goals"), lambda v: str(len(self.shown_goals(v)))),
                (self.tr("Answers"), agreement_summary),
                (self.tr("Note"), lambda v: " ".join(v.note.split())),
            ],
            self,
        )
        self.table = record_table(self.model, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.snapshot = QTextBrowser(self)
        self.snapshot.setOpenLinks(False)
        self.empty_note = muted_note(
            self.tr(
                "No plan version yet. When the goals and steps are ready, record a version, then ask the person, "
                "yourself and each partner service whether they agree."
            ),
            self,
        )
        self.record_button = QPushButton(self.tr("Record plan version…"), self)
        self.agreement_button = QPushButton(self.tr("Agreement…"), self)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.document_button = QPushButton(self.tr("Plan document…"), self)
        self.record_button.clicked.connect(lambda: self.record_version())
        self.agreement_button.clicked.connect(lambda: self.record_agreement())
        self.compare_button.clicked.connect(lambda: self.compare())
        self.document_button.clicked.connect(lambda: self.show_document())
        self._build()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_version())
        self.refresh()

    def _build(self) -> None:
        left = QGroupBox(self.tr("Versions of the plan"), self)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.agreement_button, self.compare_button, self.document_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QVBoxLayout(left)
        inner.addWidget(self.empty_note)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        right = QGroupBox(self.tr("The chosen version, as it was"), self)
        QVBoxLayout(right).addWidget(self.snapshot)
        splitter = panes(Qt.Orientation.Horizontal, [left, right], self, sizes=[500, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- what it shows -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_version()
        self._domains = {stored_id(d.id): d for d in list_domains(self._vault, include_hidden=True)}
        self._service_names = {stored_id(s.id): s.name for s in list_services(self._vault, include_hidden=True)}
        self.versions = plan_versions(self._vault, self._case_id)
        self.model.set_records(list(reversed(self.versions)))  # newest first
        self.empty_note.setVisible(not self.versions)
        self.table.setVisible(bool(self.versions))
        if self.versions:
            self.select_version(stored_id(selected.id if selected is not None else self.versions[-1].id))
        self._show_version()

    def is_special(self, goal: PlanGoal) -> bool:
        """As the goal's domains were tagged on the version's date, or are tagged now."""
        now = sensitivity.of_domains([domain.id for domain in goal.domains], self._domains)
        return bool(sensitivity.of_plan_goal(goal) | now)

    def _hidden(self, goal: PlanGoal) -> bool:
        return self.presentation_mode and self.is_special(goal)

    def shown_goals(self, version: PlanVersion) -> list[PlanGoal]:
        return [goal for goal in version.goals if not self._hidden(goal)]

    def selected_version(self) -> PlanVersion | None:
        return selected_record(self.table, self.model)

    def select_version(self, version_id: int) -> None:
        row = next((n for n in range(self.model.rowCount()) if self.model.record_at(n).id == version_id), 0)
        if self.model.rowCount():
            self.table.selectRow(row)

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation_mode = on
        self.refresh()

    def _show_version(self) -> None:
        version = self.selected_version()
        if not self.versions:
            self.snapshot.setPlainText(
                self.tr("A recorded version shows here as it was on its date, with every party's answer.")
            )
        elif version is None:
            self.snapshot.setPlainText(self.tr("Choose a version to see its goals, steps and answers as they were."))
        else:
            note = (
                self.tr("Goals about health, religion or offences are hidden in presentation mode.")
                if self.presentation_mode
                else ""
            )
            self.snapshot.setHtml(version_html(version, self._service_names, self._hidden, note))
        self.agreement_button.setEnabled(version is not None)
        self.document_button.setEnabled(version is not None)
        self.compare_button.setEnabled(len(self.versions) >= 2)

    # -- what the buttons do --------------------------------------------------------------------------------

    def _goal_hidden(self, goal: Goal) -> bool:
        return self.presentation_mode and bool(sensitivity.of_goal(goal, self._domains))

    def record_version(self, draft: str | None = None) -> None:
        of_case = goals(self._vault, self._case_id)
        if not of_case:
            self._ask.inform(
                self,
                self.tr("No goals yet"),
                self.tr("A plan version holds goals and their steps. Add a goal on the Goals and steps page first."),
            )
            return
        saved = PlanVersionDialog.get(
            self._ask,
            draft,
            self._make_version,
            self._ask,
            of_case,
            self._goal_hidden,
            parent=self,
            today=self._today(),
        )
        if saved is not None:
            self._changed(stored_id(saved.id))

    def _make_version(self, entered: tuple[date, str, list[int]]) -> PlanVersion:
        on, note, goal_ids = entered
        return make_plan_version(self._vault, case_id=self._case_id, on=on, note=note, goal_ids=goal_ids)

    def describe_party(self, agreement: PlanAgreement) -> str:
        return agreement_party(agreement, self._service_names)

    def record_agreement(self, version: PlanVersion | None = None, draft: str | None = None) -> None:
        version = version or self.selected_version()
        if version is None:
            return
        version = get_plan_version(self._vault, stored_id(version.id))  # with every answer given so far
        saved = AgreementDialog.get(
            self._ask,
            draft,
            lambda entered: record_agreement(self._vault, entered),
            self._ask,
            version,
            list_services(self._vault),
            self.describe_party,
            parent=self,
            today=self._today(),
        )
        if saved is not None:
            self._changed(stored_id(version.id))

    def compare(self) -> None:
        if len(self.versions) < 2:
            return
        CompareDialog.compare(self, self._ask, self.versions, self.comparison)

    def comparison(self, older: PlanVersion, newer: PlanVersion) -> str:
        """The comparison of two versions as rich text, without what presentation mode hides."""
        return comparison_html(compare_plan_versions(older, newer), older, newer, self._service_names, self._hidden)

    def show_document(self, version: PlanVersion | None = None) -> None:
        version = version or self.selected_version() or (self.versions[-1] if self.versions else None)
        if version is not None:
            PlanDocumentDialog.preview(
                self,
                self._ask,
                self.versions,
                stored_id(version.id),
                self.document,
                vault=self._vault,
                offer_special=not self.presentation_mode,
                language=get_case(self._vault, self._case_id).document_language,  # the document is the person's
            )

    def document(self, version_id: int, include_special: bool = False, translate: Translate = as_written) -> bytes:
        """The plan document of one version as PDF bytes, in memory, in the language of `translate`."""
        version = get_plan_version(self._vault, version_id)
        return plan_pdf(
            get_case(self._vault, self._case_id).display_name,
            version,
            today=self._today(),
            service_names=self._service_names,
            include_special=include_special and not self.presentation_mode,
            translate=translate,
        )

    def _changed(self, version_id: int) -> None:
        self.refresh()
        self.select_version(version_id)
        self.changed.emit()

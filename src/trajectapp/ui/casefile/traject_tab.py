"""The Traject tab: the timeline, the buttons that add to it, and the consents with their answers."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.traject import (
    Consent,
    ConsentDecision,
    Participation,
    ParticipationDecision,
    Phase,
    PhaseChange,
    TimelineEntry,
    TimelineKind,
)
from trajectapp.services.case_file import (
    consents,
    decide_consent,
    get_case,
    record_consent,
    record_participation,
    record_phase,
    record_transfer,
    revoke_consent,
    timeline,
)
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.casefile.consent_dialogs import ConsentDialog, RevokeDialog
from trajectapp.ui.casefile.record_models import FOR, ConsentsModel
from trajectapp.ui.casefile.timeline_view import TimelineView
from trajectapp.ui.casefile.traject_dialogs import ParticipationDialog, PhaseDialog, TransferDialog
from trajectapp.ui.labels import catalogue_text
from trajectapp.ui.panes import panes

Recorded = TypeVar("Recorded")


class TrajectTab(CasePanel):
    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        self.entries: list[TimelineEntry] = []
        self.timeline = TimelineView(self)
        self.phase_button = QPushButton(self.tr("Change phase…"), self)
        self.transfer_button = QPushButton(self.tr("Record transfer…"), self)
        self.participation_button = QPushButton(self.tr("Participation…"), self)
        self.consent_button = QPushButton(self.tr("Consent…"), self)
        self.phase_button.clicked.connect(lambda: self.change_phase())
        self.transfer_button.clicked.connect(lambda: self.record_transfer())
        self.participation_button.clicked.connect(lambda: self.record_participation())
        self.consent_button.clicked.connect(lambda: self.record_consent())
        self.consents_model = ConsentsModel(self)
        self.consents_table = QTableView(self)
        self.consents_table.setModel(self.consents_model)
        self.consents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents_table.verticalHeader().hide()
        header = self.consents_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOR, QHeaderView.ResizeMode.Stretch)
        self.decide_button = QPushButton(self.tr("Decide…"), self)
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.decide_button.clicked.connect(self.decide_consent)
        self.revoke_button.clicked.connect(self.revoke_consent)
        self.consents_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._build()
        self.refresh()

    def _build(self) -> None:
        actions = QHBoxLayout()
        for button in (self.phase_button, self.transfer_button, self.participation_button, self.consent_button):
            actions.addWidget(button)
        actions.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.timeline, 1)
        top_layout.addLayout(actions)
        box = QGroupBox(self.tr("Consents"), self)
        consent_actions = QVBoxLayout()
        consent_actions.addWidget(self.decide_button)
        consent_actions.addWidget(self.revoke_button)
        consent_actions.addStretch(1)
        box_layout = QHBoxLayout(box)
        box_layout.addWidget(self.consents_table, 1)
        box_layout.addLayout(consent_actions)
        splitter = panes(Qt.Orientation.Vertical, [top, box], self, stretch=[3, 1])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- reading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        names = {
            stored_id(service.id): catalogue_text(service.name)
            for service in list_services(self._vault, include_hidden=True)
        }
        self.entries = timeline(self._vault, self._case_id)
        self.timeline.show_entries(self.entries, names)
        selected = self.selected_consent()
        self.consents_model.replace(consents(self._vault, self._case_id), names)
        if selected is not None:
            self.select_consent(stored_id(selected.id))
        self._update_buttons()

    def _latest(self, kind: TimelineKind, shape: type[Recorded]) -> Recorded | None:
        """The record of the newest entry of `kind`, which is a `shape`."""
        record = next((entry.record for entry in reversed(self.entries) if entry.kind is kind), None)
        if record is None:
            return None
        assert isinstance(record, shape), "each kind of timeline entry comes from its own kind of record"
        return record

    def current_phase(self) -> Phase | None:
        change = self._latest(TimelineKind.PHASE, PhaseChange)
        return change.phase if change else None

    def current_participation(self) -> Participation | None:
        decision = self._latest(TimelineKind.PARTICIPATION, ParticipationDecision)
        return decision.status if decision else None

    def selected_consent(self) -> Consent | None:
        index = self.consents_table.currentIndex()
        return self.consents_model.record_at(index.row()) if index.isValid() else None

    def select_consent(self, consent_id: int) -> None:
        for row in range(self.consents_model.rowCount()):
            if self.consents_model.record_at(row).id == consent_id:
                self.consents_table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        consent = self.selected_consent()
        pending = consent is not None and consent.decision is ConsentDecision.PENDING and not consent.revoked_on
        self.decide_button.setEnabled(pending)
        self.revoke_button.setEnabled(consent is not None and consent.in_force)

    # -- recording ----------------------------------------------------------------------------------

    def _recorded(self) -> None:
        self.refresh()
        self.changed.emit()

    def change_phase(self, draft: str | None = None) -> None:
        def save(answer: tuple[Phase, date, str, str]) -> object:
            phase, on, note, reason = answer
            return record_phase(
                self._vault, case_id=self._case_id, phase=phase, on=on, note=note, closing_reason=reason
            )

        if PhaseDialog.get(self._ask, draft, save, self.current_phase(), parent=self) is not None:
            self._recorded()

    def record_transfer(self, draft: str | None = None) -> None:
        def save(answer: tuple[date, str, str]) -> object:
            on, to_prison, note = answer
            return record_transfer(self._vault, case_id=self._case_id, on=on, to_prison=to_prison, note=note)

        from_prison = get_case(self._vault, self._case_id).prison
        if TransferDialog.get(self._ask, draft, save, from_prison, parent=self) is not None:
            self._recorded()

    def record_participation(self, draft: str | None = None) -> None:
        def save(answer: tuple[Participation, date, str]) -> object:
            status, on, reasons = answer
            return record_participation(self._vault, case_id=self._case_id, status=status, on=on, reasons=reasons)

        if ParticipationDialog.get(self._ask, draft, save, parent=self) is not None:
            self._recorded()

    def record_consent(self, draft: str | None = None) -> None:
        saved = ConsentDialog.get(
            self._ask,
            draft,
            lambda fields: record_consent(self._vault, Consent(None, self._case_id, **fields)),
            list_services(self._vault),
            parent=self,
        )
        if saved is not None:
            self._recorded()
            self.select_consent(stored_id(saved.id))

    def decide_consent(self) -> None:
        consent = self.selected_consent()
        if consent is None:
            return
        consent_id = stored_id(consent.id)

        def save(answer: tuple[ConsentDecision, date, str, str]) -> object:
            decision, on, allowed, not_allowed = answer
            return decide_consent(
                self._vault, consent_id=consent_id, decision=decision, on=on, allowed=allowed, not_allowed=not_allowed
            )

        services = list_services(self._vault, include_hidden=True)
        if ConsentDialog.get_decision(self, self._ask, consent, services, save=save) is not None:
            self._recorded()

    def revoke_consent(self) -> None:
        consent = self.selected_consent()
        if consent is None or not consent.in_force:
            return
        subject, consent_id = self.consents_model.subject(consent), stored_id(consent.id)
        revoked = RevokeDialog.get(
            self._ask,
            None,
            lambda on: revoke_consent(self._vault, consent_id=consent_id, on=on),
            subject,
            parent=self,
            given_on=consent.decided_on,
        )
        if revoked is not None:
            self._recorded()

    # -- drafts of an open dialog ---------------------------------------------------------------------

    DRAFT_KINDS = ("phase", "transfer", "participation", "consent")

    def resume(self, kind: str, draft: str) -> None:
        """Open the dialog of `kind` again with what was typed in it before the lock."""
        actions = {
            "phase": self.change_phase,
            "transfer": self.record_transfer,
            "participation": self.record_participation,
            "consent": self.record_consent,
        }
        if kind in actions:
            actions[kind](draft=draft)

"""The case file's Services tab: the partner services involved in this case, and what each may receive."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.dates import short_date
from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose
from trajectapp.services.case_file import consents
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import involvements, list_services, save_involvement
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.directory.involvement_dialog import InvolvementDialog, drafted_involvement_id
from trajectapp.ui.labels import catalogue_text
from trajectapp.ui.record_table_model import RecordTableModel, one_line, record_table, selected_record

# Column numbers of the table, for tests and for anyone sorting or sizing them.
SERVICE, SINCE, UNTIL, CONTACT_PERSON, NEEDS, MAY_RECEIVE = range(6)


class InvolvementsPanel(CasePanel):
    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        self._names: dict[int, str] = {}
        self._consents: list[Consent] = []
        self.model = RecordTableModel(
            [
                (self.tr("Service"), lambda i: self._names.get(i.service_id, self.tr("(a service no longer listed)"))),
                (self.tr("Since"), lambda i: short_date(i.since) if i.since else ""),
                (self.tr("Until"), lambda i: short_date(i.until) if i.until else ""),
                (self.tr("Contact person"), lambda i: i.contact_person),
                (self.tr("Needs they work on"), lambda i: one_line(i.needs)),
                (self.tr("May receive"), lambda i: self.may_receive(i.service_id)),
            ],
            self,
        )
        self.table = record_table(self.model, self, QHeaderView.ResizeMode.Interactive)
        self.empty_note = QLabel(
            self.tr("No partner service is involved in this case yet. Involve one to record who works on which needs."),
            self,
        )
        self.empty_note.setWordWrap(True)
        self.consent_note = QLabel(
            self.tr(
                '"May receive" follows the consents on the Traject tab: nothing is shared with a service without '
                "consent in force."
            ),
            self,
        )
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet("QLabel { color: #555; }")
        self.involve_button = QPushButton(self.tr("Involve a service…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.involve_button.clicked.connect(lambda: self.involve())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.table.doubleClicked.connect(lambda _index: self.edit())

        buttons = QHBoxLayout()
        buttons.addWidget(self.involve_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.consent_note)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # -- what it shows -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the involvements, the service names and the consents again (keeps the selected row)."""
        selected = self.selected()
        self._names = {stored_id(s.id): catalogue_text(s.name) for s in list_services(self._vault, include_hidden=True)}
        self._consents = [
            c for c in consents(self._vault, self._case_id) if c.purpose is ConsentPurpose.SHARE_WITH_SERVICE
        ]
        records = involvements(self._vault, self._case_id)
        self.model.set_records(records)
        if selected is not None:
            row = next((n for n, record in enumerate(records) if record.id == selected.id), -1)
            if row >= 0:
                self.table.selectRow(row)
        self.empty_note.setVisible(not records)
        self._fit_columns()
        self._update_buttons()

    def may_receive(self, service_id: int) -> str:
        """What the case's consents allow this service to receive, in a few words."""
        for_service = [c for c in self._consents if c.partner_service_id == service_id]
        in_force = [c for c in for_service if c.in_force]
        if in_force:
            parts = []
            for consent in in_force:
                allowed = one_line(consent.allowed) or self.tr("consent given, without a note of what it covers")
                not_allowed = one_line(consent.not_allowed)
                parts.append(allowed + ("; " + self.tr("not: %1").replace("%1", not_allowed) if not_allowed else ""))
            return " | ".join(parts)
        if any(c.decision is ConsentDecision.PENDING and c.revoked_on is None for c in for_service):
            return self.tr("consent asked")
        return self.tr("nothing: no consent")

    def selected(self) -> Involvement | None:
        return selected_record(self.table, self.model)

    def showEvent(self, event: QShowEvent) -> None:
        # Consents change on another tab; coming back here shows what they allow now.
        self.refresh()
        super().showEvent(event)

    # -- what the buttons do -------------------------------------------------------------------------------

    def involve(self, draft: str | None = None) -> None:
        self._involvement_dialog(None, list_services(self._vault), draft)

    def edit(self, involvement: Involvement | None = None, draft: str | None = None) -> None:
        involvement = involvement or self.selected()
        if involvement is None:
            return
        services = list_services(self._vault)
        if all(service.id != involvement.service_id for service in services):  # hidden since: keep it offered
            services += [s for s in list_services(self._vault, include_hidden=True) if s.id == involvement.service_id]
        self._involvement_dialog(involvement, services, draft)

    def _involvement_dialog(
        self, involvement: Involvement | None, services: list[PartnerService], draft: str | None
    ) -> None:
        involvement_id = involvement.id if involvement is not None else None
        saved = InvolvementDialog.get(
            self._ask,
            draft,
            lambda fields: save_involvement(self._vault, Involvement(involvement_id, self._case_id, **fields)),
            services,
            involvement,
            parent=self,
        )
        if saved is not None:
            self._changed(saved)

    # -- drafts of an open dialog ---------------------------------------------------------------------

    DRAFT_KINDS = ("involvement",)

    def resume(self, kind: str, draft: str) -> None:
        """Open the involvement dialog again with what was typed in it before the lock."""
        if kind != "involvement":
            return
        edited = drafted_involvement_id(draft)
        if edited is None:
            self.involve(draft)
            return
        involvement = next((i for i in involvements(self._vault, self._case_id) if i.id == edited), None)
        if involvement is not None:
            self.edit(involvement, draft)

    def _changed(self, saved: Involvement) -> None:
        self.refresh()
        row = next((n for n in range(self.model.rowCount()) if self.model.record_at(n).id == saved.id), -1)
        if row >= 0:
            self.table.selectRow(row)
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def _fit_columns(self) -> None:
        """Short columns fit their text; long ones are capped (whole text in the tooltip) and "May receive"
        takes the width that is left."""
        self.table.resizeColumnsToContents()
        for column, narrowest in ((SERVICE, 160), (CONTACT_PERSON, 120), (NEEDS, 160)):
            self.table.setColumnWidth(column, max(min(self.table.columnWidth(column), 240), narrowest))
        for column in (SINCE, UNTIL):  # room for a date even while the table is empty
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), 80))
        self.table.setColumnWidth(MAY_RECEIVE, 160)

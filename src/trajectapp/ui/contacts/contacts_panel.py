"""The case file's Contacts tab: held and planned sessions, and follow-up actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trajectapp.services.contacts import (
    actions,
    add_action,
    add_session,
    complete_action,
    sessions,
    set_session_status,
)
from trajectapp.ui.ask import Ask
from trajectapp.ui.contacts.contact_dialogs import ActionDialog, ContactDialog
from trajectapp.ui.labels import session_kind_label
from trajectapp.ui.record_table_model import RecordTableModel, record_table
from trajectapp.vault.vault import Vault


class ContactsPanel(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, case_id: int, ask: Ask, today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self._vault, self._case_id, self._ask, self._today = vault, case_id, ask, today
        status_labels = {"planned": self.tr("Planned"), "held": self.tr("Held"), "cancelled": self.tr("Cancelled")}
        self.session_model = RecordTableModel([
            (self.tr("When"), lambda s: s.starts_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("Kind"), lambda s: session_kind_label(s.kind)),
            (self.tr("Status"), lambda s: status_labels[s.status]),
        ], self)
        self.action_model = RecordTableModel([
            (self.tr("What"), lambda a: a.description),
            (self.tr("Who"), lambda a: a.owner),
            (self.tr("Due"), lambda a: self._due_text(a)),
            (self.tr("Done"), lambda a: a.done_on.isoformat() if a.done_on else ""),
        ], self)
        self.session_table = record_table(self.session_model, self, QHeaderView.ResizeToContents)
        self.action_table = record_table(self.action_model, self, QHeaderView.ResizeToContents)

        self.record_button = QPushButton(self.tr("Record a contact…"), self)
        self.plan_button = QPushButton(self.tr("Plan an appointment…"), self)
        self.held_button = QPushButton(self.tr("Mark held"), self)
        self.cancel_button = QPushButton(self.tr("Cancel appointment"), self)
        self.add_action_button = QPushButton(self.tr("Add action…"), self)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.record_button.clicked.connect(lambda: self._add_session(held=True))
        self.plan_button.clicked.connect(lambda: self._add_session(held=False))
        self.held_button.clicked.connect(lambda: self._set_status("held"))
        self.cancel_button.clicked.connect(lambda: self._set_status("cancelled"))
        self.add_action_button.clicked.connect(lambda: self._add_action())
        self.done_button.clicked.connect(self._complete_action)

        layout = QVBoxLayout(self)
        for title, table, buttons in (
            (self.tr("Contacts and appointments"), self.session_table,
             (self.record_button, self.plan_button, self.held_button, self.cancel_button)),
            (self.tr("Follow-up actions"), self.action_table, (self.add_action_button, self.done_button)),
        ):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
            layout.addWidget(box)
        self.refresh()

    def _due_text(self, action) -> str:
        if action.due_on is None:
            return ""
        overdue = action.done_on is None and action.due_on < self._today()
        return action.due_on.isoformat() + (" " + self.tr("(overdue)") if overdue else "")

    def refresh(self) -> None:
        self.session_model.set_records(sorted(sessions(self._vault, self._case_id), key=lambda s: s.starts_at, reverse=True))
        self.action_model.set_records(actions(self._vault, self._case_id))

    def _selected(self, table: QTableView, model: RecordTableModel):
        index = table.currentIndex()
        return model.record_at(index.row()) if index.isValid() else None

    def _add_session(self, held: bool, draft: str | None = None) -> None:
        answer = ContactDialog.get_contact(self, self._ask, planned=not held, draft=draft)
        if answer is not None and not self._vault.is_locked:  # a lock closes the dialog and may end this panel
            starts_at, kind = answer
            add_session(self._vault, case_id=self._case_id, starts_at=starts_at, held=held, kind=kind)
            self._changed()

    def _set_status(self, status: str) -> None:
        session = self._selected(self.session_table, self.session_model)
        if session is not None and session.status != status:
            set_session_status(self._vault, case_id=self._case_id, session_id=session.id, status=status)
            self._changed()

    def _add_action(self, draft: str | None = None) -> None:
        answer = ActionDialog.get_action(self, self._ask, draft)
        if answer is not None and not self._vault.is_locked:
            description, owner, due_on = answer
            add_action(self._vault, case_id=self._case_id, description=description, owner=owner, due_on=due_on)
            self._changed()

    def _complete_action(self) -> None:
        action = self._selected(self.action_table, self.action_model)
        if action is not None and action.done_on is None:
            complete_action(self._vault, case_id=self._case_id, action_id=action.id, on=self._today())
            self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- drafts of an open dialog ---------------------------------------------------------------------

    DRAFT_KINDS = ("contact", "appointment", "action")

    def resume(self, kind: str, draft: str) -> None:
        """Open the dialog of `kind` again with what was typed in it before the lock."""
        if kind == "action":
            self._add_action(draft)
        elif kind in ("contact", "appointment"):
            self._add_session(held=kind == "contact", draft=draft)

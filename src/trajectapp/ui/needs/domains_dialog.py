"""The catalogue of life domains: add, rename, hide and show them, and delete one that nothing is filed under.

A domain's sensitivity passes to everything recorded under it, so it is shown in the list and guarded: the
shipped ones keep theirs, and a domain in use can gain one but not lose or change it.
"""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.checks import NAME_MAX, InvalidValue
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.names import name_key
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.text import InvalidText
from trajectapp.services.drafts import keep_draft, take_draft
from trajectapp.services.needs import (
    DomainInUse,
    delete_domain,
    domain_in_use,
    hide_domain,
    list_domains,
    save_domain,
    unhide_domain,
)
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.form_dialog import run_dialog
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog, drafted_ids
from trajectapp.ui.messages import message_text
from trajectapp.ui.needs.needs_words import category_text
from trajectapp.ui.record_table_model import RecordTableModel

DRAFT_FORM = "catalogue:life_domain"  # a domain being named when the vault locked
DRAFT_KEYS = ("domain_id",)

# Columns of the list.
NAME, SENSITIVITY, SHOWN, ORIGIN, IN_USE = range(5)


class DomainDialog(GuardedFormDialog):
    """A domain's name and, where it may still change, its sensitivity."""

    record_keys = DRAFT_KEYS

    def __init__(
        self, ask: Ask, domain: LifeDomain | None, other_names: list[str], in_use: bool, parent: QWidget | None = None
    ):
        super().__init__(self.tr("New life domain") if domain is None else self.tr("Life domain"), ask, parent)
        self.domain_id = domain.id if domain is not None else None
        self._taken = {name_key(name) for name in other_names}
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX * 2)  # room to show a "too long" message rather than cut the name
        self.add_field("name", self.tr("Name:"), self.name)
        self.sensitivity = QComboBox(self)
        self.sensitivity.addItem(self.tr("Ordinary data"), None)
        for category in DataCategory:
            self.sensitivity.addItem(
                self.tr("Special category: %1").replace("%1", category_text(category)), category.value
            )
        hint = self.tr("Everything recorded under the domain is treated as this kind of data.")
        if domain is not None:
            self.name.setText(domain.name)
            self.sensitivity.setCurrentIndex(
                self.sensitivity.findData(domain.sensitivity.value if domain.sensitivity else None)
            )
            if domain.shipped:
                self.sensitivity.setEnabled(False)
                hint = self.tr("This domain comes with Trajectapp: its sensitivity is fixed.")
            elif in_use and domain.sensitivity is not None:
                self.sensitivity.setEnabled(False)
                hint = self.tr("Records are filed under this domain: its sensitivity can no longer change.")
        self.add_field("sensitivity", self.tr("Sensitivity:"), self.sensitivity, hint)
        self.mark_unchanged()

    def errors(self) -> dict[str, str]:
        name = self.text("name")
        if not name:
            return {"name": self.tr("Type a name.")}
        if problem := self.text_error("name", NAME_MAX):
            return {"name": problem}
        if name_key(name) in self._taken:
            return {"name": self.tr("There is already a life domain with this name (it may be hidden).")}
        return {}

    def value(self) -> tuple[str, DataCategory | None] | None:
        if self.errors():
            return None
        category = self.sensitivity.currentData()
        return self.text("name"), DataCategory(category) if category else None


class DomainsDialog(QDialog):
    changed = Signal()  # the catalogue changed

    def __init__(self, vault: OpenVault, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._ask = vault, ask
        self._in_use: set[int] = set()
        self.changed_any = False
        self.setWindowTitle(self.tr("Life domains"))
        intro = QLabel(
            self.tr(
                "The life domains that needs are assessed in. Whatever is recorded under a domain with a sensitivity "
                "is special-category data: hidden in presentation mode and never shared unless chosen. A hidden "
                "domain is not offered for new assessments; what is recorded under it stays. A domain in use is never "
                "deleted."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = RecordTableModel(
            [
                (self.tr("Life domain"), lambda d: d.name),
                (self.tr("Sensitivity"), lambda d: category_text(d.sensitivity)),
                (self.tr("Shown"), lambda d: self.tr("hidden") if d.hidden else self.tr("shown")),
                (self.tr("Origin"), lambda d: self.tr("comes with Trajectapp") if d.shipped else self.tr("added")),
                (self.tr("In use"), lambda d: self.tr("in use") if d.id in self._in_use else ""),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.add_button.clicked.connect(lambda: self.add())
        self.rename_button.clicked.connect(lambda: self.rename())
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.delete_button.clicked.connect(self.delete)
        self.table.activated.connect(lambda _index: self.rename())  # a double click, or Enter
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.hide_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.setMinimumSize(620, 420)
        self.resize(760, 560)
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)
        if (draft := take_draft(vault, form=DRAFT_FORM)) is not None:
            QTimer.singleShot(0, self, lambda: self._resume(draft))

    # -- the list ------------------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else getattr(self.selected(), "id", None)
        domains = list_domains(self._vault, include_hidden=True)
        self._in_use = {domain.id for domain in domains if domain_in_use(self._vault, domain.id)}
        self.model.set_records(domains)
        for row, domain in enumerate(domains):
            if domain.id == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def domains(self) -> list[LifeDomain]:
        return [self.model.record_at(row) for row in range(self.model.rowCount())]

    def selected(self) -> LifeDomain | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.record_at(rows[0].row()) if rows else None

    def select(self, domain_id: int) -> None:
        self.refresh(domain_id)

    def _update_buttons(self) -> None:
        domain = self.selected()
        for button in (self.rename_button, self.hide_button, self.delete_button):
            button.setEnabled(domain is not None)
        self.hide_button.setText(self.tr("Show") if domain is not None and domain.hidden else self.tr("Hide"))

    # -- what the buttons do -------------------------------------------------------------------------------

    def add(self, draft: str | None = None) -> None:
        answer = self._ask_domain(None, draft)
        if answer is not None:
            name, sensitivity = answer
            self._save(LifeDomain(None, name, sensitivity))

    def rename(self, domain: LifeDomain | None = None, draft: str | None = None) -> None:
        domain = domain or self.selected()
        if domain is None:
            return
        answer = self._ask_domain(domain, draft)
        if answer is not None:
            name, sensitivity = answer
            self._save(replace(domain, name=name, sensitivity=sensitivity))

    def toggle_hidden(self) -> None:
        domain = self.selected()
        if domain is None:
            return
        (unhide_domain if domain.hidden else hide_domain)(self._vault, domain.id)
        self._changed(domain.id)

    def delete(self) -> None:
        domain = self.selected()
        if domain is None:
            return
        if domain.shipped:
            self._ask.inform(
                self,
                self.tr("Not deleted"),
                self.tr("\u201c%1\u201d comes with Trajectapp: it cannot be deleted, but you can hide it.").replace(
                    "%1", domain.name
                ),
            )
            return
        if domain_in_use(self._vault, domain.id):
            self._ask.inform(
                self,
                self.tr("Not deleted"),
                self.tr(
                    "Needs are recorded under \u201c%1\u201d, so it stays: hide it instead, and it is no longer offered."
                ).replace("%1", domain.name),
            )
            return
        if not self._ask.confirm(
            self,
            self.tr("Delete life domain"),
            self.tr("Delete \u201c%1\u201d? Nothing is recorded under it.").replace("%1", domain.name),
        ):
            return
        try:
            delete_domain(self._vault, domain.id)
        except DomainInUse:  # filed under since the check above
            self._ask.inform(self, self.tr("Not deleted"), self.tr("Needs are recorded under it: hide it instead."))
            return
        self._changed(None)

    def _ask_domain(self, domain: LifeDomain | None, draft: str | None) -> tuple[str, DataCategory | None] | None:
        others = [d.name for d in list_domains(self._vault, include_hidden=True) if domain is None or d.id != domain.id]
        in_use = domain is not None and domain_in_use(self._vault, domain.id)

        def make():
            dialog = DomainDialog(self._ask, domain, others, in_use, self)
            dialog.keep_unsaved = self._keep_unsaved
            if draft:
                dialog.load_draft(draft)
            return dialog

        answer = run_dialog(self._ask, "life domain", make)
        return answer if answer is not None and not self._vault.is_locked else None

    def _save(self, domain: LifeDomain) -> None:
        try:
            saved = save_domain(self._vault, domain)
        except (InvalidText, InvalidValue) as problem:  # the dialog checks first; the service has the last word
            self._ask.warn(self, self.tr("Not saved"), message_text(problem))
            return
        self._changed(saved.id)

    def _changed(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.changed_any = True
        self.changed.emit()

    # -- a name typed when the vault locked ------------------------------------------------------------

    def _keep_unsaved(self, draft: str) -> None:
        if not self._vault.is_locked:
            keep_draft(self._vault, form=DRAFT_FORM, content=draft)

    def _resume(self, draft: str) -> None:
        ids = drafted_ids(draft, DRAFT_KEYS)
        if ids is None:
            return
        if ids["domain_id"] is None:
            self.add(draft)
            return
        domain = next((d for d in self.domains() if d.id == ids["domain_id"]), None)
        if domain is not None:
            self.rename(domain, draft)

    @classmethod
    def show_domains(cls, parent: QWidget | None, vault: OpenVault, ask: Ask) -> bool:
        """Run the catalogue editor; True when anything in it changed."""
        dialog = cls(vault, ask, parent)
        dialog.exec()
        if not shiboken6.isValid(dialog):
            return True  # closed with its parent by a lock: whoever shows the catalogue reads it again anyway
        changed = dialog.changed_any
        dialog.deleteLater()
        return changed

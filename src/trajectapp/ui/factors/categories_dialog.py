"""The editable list of factor categories: add, rename, hide or show, and delete one that no factor uses.

A name being typed when the vault locks is kept as an encrypted draft and comes back the next time the list
is opened.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.checks import NAME_MAX, InvalidValue
from trajectapp.domain.factors import FactorCategory
from trajectapp.domain.names import name_key
from trajectapp.domain.text import InvalidText
from trajectapp.services.drafts import keep_draft, take_draft
from trajectapp.services.factors import (
    CategoryInUse,
    CategoryNotFound,
    delete_factor_category,
    hide_factor_category,
    list_factor_categories,
    save_factor_category,
    unhide_factor_category,
)
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.fields import LINE_MAX
from trajectapp.ui.forms.form_dialog import run_dialog
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog, drafted_ids
from trajectapp.ui.messages import message_text
from trajectapp.ui.record_table_model import RecordTableModel

DRAFT_FORM = "factor_categories:name"  # the name being typed when the vault locked
DRAFT_KEYS = ("category_id",)


class CategoryNameDialog(GuardedFormDialog):
    """The name of a new or renamed category. It keeps no case-file draft: the list it belongs to may be open
    outside a case file, so `keep` (given by the list) is told what was typed when a lock closes it."""

    record_keys = DRAFT_KEYS

    def __init__(
        self,
        ask: Ask,
        others: list[FactorCategory],
        category: FactorCategory | None = None,
        keep: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("New category") if category is None else self.tr("Rename category"), ask, parent)
        self.category_id = category.id if category is not None else None
        self._taken = {name_key(other.name.strip()): other for other in others if other.id != self.category_id}
        self._keep = keep
        self._leaving_by_choice = False
        self.name = QLineEdit(self)
        self.name.setMaxLength(LINE_MAX)  # room to show "too long" rather than cut a paste silently
        self.add_field("name", self.tr("Name:"), self.name)
        if category is not None:
            self.name.setText(category.name)
        self.mark_unchanged()

    def errors(self) -> dict[str, str]:
        name = self.text("name")
        if not name:
            return {"name": self.tr("Type a name.")}
        if problem := self.text_error("name", NAME_MAX):
            return {"name": problem}
        if (other := self._taken.get(name_key(name))) is not None:
            if other.hidden:
                return {"name": self.tr("There is already a hidden category with this name: show it again instead.")}
            return {"name": self.tr("There is already a category with this name.")}
        return {}

    def value(self) -> str | None:
        return None if self.errors() else self.text("name")

    def cancel(self) -> None:
        self._leaving_by_choice = True
        try:
            super().cancel()
        finally:
            self._leaving_by_choice = False  # the user may have chosen to stay

    def reject(self) -> None:
        """A lock rejects every open dialog (with the vault still open): keep what was typed first."""
        if not self._leaving_by_choice and self._keep is not None and self.is_modified():
            self._keep(self.draft())
        super().reject()


class FactorCategoriesDialog(QDialog):
    changed = Signal()  # a category was added, renamed, hidden, shown or deleted

    def __init__(self, vault: OpenVault, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._ask = vault, ask
        self.setWindowTitle(self.tr("Factor categories"))
        intro = QLabel(
            self.tr(
                "The categories offered for push and pull factors. A hidden category is not offered for new factors; "
                "the factors that have it keep it. A category can only be deleted while no factor uses it, and one "
                "that comes with Trajectapp can only be hidden."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = RecordTableModel([(self.tr("Category"), self._shown_name)], self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.add_button.clicked.connect(lambda: self.add())
        self.rename_button.clicked.connect(lambda: self.rename())
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.delete_button.clicked.connect(self.delete)
        self.list.doubleClicked.connect(lambda _index: self.rename())
        close.rejected.connect(self.reject)
        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.hide_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.resize(560, 520)
        self.refresh()

    def _shown_name(self, category: FactorCategory) -> str:
        return self.tr("%1 (hidden)").replace("%1", category.name) if category.hidden else category.name

    # -- the list ------------------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else getattr(self.selected(), "id", None)
        records = list_factor_categories(self._vault, include_hidden=True)
        self.model.set_records(records)
        row = next((n for n, category in enumerate(records) if category.id == select_id), -1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def categories(self) -> list[FactorCategory]:
        return [self.model.record_at(row) for row in range(self.model.rowCount())]

    def selected(self) -> FactorCategory | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        return self.model.record_at(rows[0].row()) if rows else None

    def select(self, category_id: int) -> None:
        self.refresh(category_id)

    def _update_buttons(self) -> None:
        category = self.selected()
        for button in (self.rename_button, self.hide_button, self.delete_button):
            button.setEnabled(category is not None)
        self.hide_button.setText(self.tr("Show again") if category is not None and category.hidden else self.tr("Hide"))
        if category is not None and category.shipped:
            self.delete_button.setEnabled(False)
            self.delete_button.setToolTip(self.tr("This category comes with Trajectapp: hide it instead."))
        else:
            self.delete_button.setToolTip("")

    # -- what the buttons do -------------------------------------------------------------------------------

    def add(self, draft: str | None = None) -> None:
        self._ask_name(None, draft)

    def rename(self, category: FactorCategory | None = None, draft: str | None = None) -> None:
        category = category or self.selected()
        if category is not None:
            self._ask_name(category, draft)

    def _ask_name(self, category: FactorCategory | None, draft: str | None) -> None:
        others = self.categories()
        name = run_dialog(
            self._ask,
            "factor category",
            lambda: CategoryNameDialog(self._ask, others, category, self._keep_name, self),
            draft,
        )
        if name is None or self._vault.is_locked:
            return
        try:
            saved = save_factor_category(
                self._vault,
                FactorCategory(None, name) if category is None else FactorCategory(category.id, name, category.hidden),
            )
        except (InvalidValue, InvalidText, CategoryNotFound) as problem:  # the dialog checks first; a backstop
            self._ask.warn(self, self.tr("Not saved"), message_text(problem))
            return
        self._changed(saved.id)

    def toggle_hidden(self) -> None:
        category = self.selected()
        if category is None:
            return
        (unhide_factor_category if category.hidden else hide_factor_category)(self._vault, category.id)
        self._changed(category.id)

    def delete(self) -> None:
        category = self.selected()
        if category is None:
            return
        if not self._ask.confirm(
            self, self.tr("Delete category"), self.tr("Delete the category “%1”?").replace("%1", category.name)
        ):
            return
        try:
            delete_factor_category(self._vault, category.id)
        except CategoryInUse:
            if category.shipped:
                text = self.tr("“%1” comes with Trajectapp, so it cannot be deleted. Hide it instead.")
            else:
                text = self.tr(
                    "Factors use “%1”, so it cannot be deleted. Hide it instead: the factors keep it, "
                    "and it is no longer offered for new ones."
                )
            self._ask.inform(self, self.tr("Not deleted"), text.replace("%1", category.name))
            return
        self._changed(None)

    def _changed(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.changed.emit()

    # -- a name typed when the vault locked ----------------------------------------------------------------

    def _keep_name(self, draft: str) -> None:
        if not self._vault.is_locked:
            keep_draft(self._vault, form=DRAFT_FORM, content=draft)

    def resume_kept_name(self) -> None:
        """Open the name dialog again with what was typed in it before the lock, if anything was."""
        draft = take_draft(self._vault, form=DRAFT_FORM)
        if draft is None:
            return
        ids = drafted_ids(draft, DRAFT_KEYS) or {"category_id": None}
        if ids["category_id"] is None:
            self.add(draft)
            return
        category = next((c for c in self.categories() if c.id == ids["category_id"]), None)
        if category is not None:
            self.select(category.id)
            self.rename(category, draft)

    @classmethod
    def show_categories(cls, parent: QWidget | None, vault: OpenVault, ask: Ask) -> bool:
        """Run the list until the user closes it; True if anything in it changed."""

        def run() -> bool:
            dialog = cls(vault, ask, parent)
            changed = []
            dialog.changed.connect(lambda: changed.append(True))
            QTimer.singleShot(0, dialog, dialog.resume_kept_name)  # once the list shows: it is modal too
            dialog.exec()
            if shiboken6.isValid(dialog):  # a lock may have deleted it with its parent
                dialog.deleteLater()
            return bool(changed)

        return bool(ask.answer("factor categories", run))

"""The editor of a catalogue of named entries (life domains, factor categories): a list with Add…, Rename…,
Hide or Show and Delete…. An entry something is filed under is hidden, never deleted, and one that comes with
Trajectapp is never deleted; a name being typed when the vault locks comes back when the list opens next."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.messages import Refusal
from trajectapp.domain.names import name_key
from trajectapp.domain.record_ids import stored_id
from trajectapp.services.catalogues import Catalogue, Entry
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.catalogues.catalogue_editor import CatalogueEditor
from trajectapp.ui.forms.fields import LINE_MAX
from trajectapp.ui.forms.form_dialog import run_dialog
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog, drafted_ids
from trajectapp.ui.labels import as_stored, catalogue_text
from trajectapp.ui.messages import message_text
from trajectapp.ui.record_table_model import RecordTableModel, record_table, selected_record

Listed = TypeVar("Listed", bound=Entry)  # a LifeDomain or a FactorCategory: an id, a name, hidden, shipped
Answer = TypeVar("Answer")  # what the name dialog gives: the name, and whatever else an entry holds
NAME = 0  # the column of the entry's name, which takes the width the others leave


class EntryNameDialog(GuardedFormDialog[Answer], Generic[Listed, Answer]):
    """The name of a new or renamed entry, unique in its catalogue; a subclass adds what else an entry holds."""

    ID_KEY = ""  # what the draft calls the id of the entry being edited (unchanged, so older drafts still fit)

    def __init__(self, title: str, ask: Ask, others: list[Listed], entry: Listed | None, parent: QWidget | None):
        super().__init__(title, ask, parent)
        self.entry_id = entry.id if entry is not None else None
        self._stored_name = entry.name if entry is not None else ""
        # Taken as stored, and as shown: a name that came with Trajectapp reads as its translation.
        self._taken = {
            name_key(name): other
            for other in others
            if other.id != self.entry_id
            for name in (other.name, catalogue_text(other.name))
        }
        self.name = QLineEdit(self)
        self.name.setMaxLength(LINE_MAX)  # room to show "too long" rather than cut a paste silently
        self.add_field("name", self.tr("Name:"), self.name)
        if entry is not None:
            self.name.setText(catalogue_text(entry.name))

    def typed_name(self) -> str:
        """The name to store: as typed, or as stored while it is left as shown (so it stays translated)."""
        return as_stored(self.text("name"), self._stored_name)

    def taken_text(self, hidden: bool) -> str:
        """The message for a name another entry has (a hidden one if `hidden`)."""
        raise NotImplementedError

    def errors(self) -> dict[str, str]:
        name = self.text("name")
        if not name:
            return {"name": self.tr("Type a name.")}
        if problem := self.text_error("name", NAME_MAX):
            return {"name": problem}
        if (other := self._taken.get(name_key(name))) is not None:
            return {"name": self.taken_text(other.hidden)}
        return {}

    def draft(self) -> str:
        raw = json.loads(super().draft())
        raw[self.ID_KEY] = self.entry_id
        return json.dumps(raw, ensure_ascii=False)


@dataclass(frozen=True)
class CatalogueWords:
    """What an entry list says, in its catalogue's words; `%1` stands for an entry's name."""

    title: str
    intro: str
    entry: str  # the heading of the name column: "Life domain"
    delete_title: str
    confirm_delete: str
    in_use: str  # why an entry in use is not deleted
    shipped: str  # why one that comes with Trajectapp is not


class EntryListDialog(CatalogueEditor, Generic[Listed, Answer]):
    """A subclass names its catalogue in the services, its words, its name dialog and how an answer of that
    dialog becomes an entry."""

    catalogue: Catalogue[Listed]
    NAME_DIALOG: type[EntryNameDialog[Listed, Answer]]
    ENTRY_QUESTION = ""  # what a preset answer on Ask stands for in tests: the name dialog's answer

    def __init__(self, vault: OpenVault, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, ask, parent)
        self._in_use: set[int] = set()
        self.words = self.catalogue_words()
        self.setWindowTitle(self.words.title)
        intro = QLabel(self.words.intro, self)
        intro.setWordWrap(True)
        self.model = RecordTableModel(self.columns(), self)
        self.table = record_table(self.model, self, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.add_button.clicked.connect(lambda: self.add())
        self.rename_button.clicked.connect(lambda: self.rename())
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.delete_button.clicked.connect(self.delete)
        self.table.activated.connect(lambda _index: self.rename())  # a double click, or Enter
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
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
        QTimer.singleShot(0, self, self.resume_kept_entry)  # once the list shows: the name dialog is modal too

    # -- what each catalogue says and holds ----------------------------------------------------------------

    def catalogue_words(self) -> CatalogueWords:
        raise NotImplementedError

    def columns(self) -> list[tuple[str, Callable[[Listed], str]]]:
        """The name, whether it is shown, where it came from and whether anything is filed under it."""
        return [
            (self.words.entry, lambda entry: catalogue_text(entry.name)),
            (self.tr("Shown"), lambda entry: self.tr("hidden") if entry.hidden else self.tr("shown")),
            (self.tr("Origin"), lambda entry: self.tr("comes with Trajectapp") if entry.shipped else self.tr("added")),
            (self.tr("In use"), lambda entry: self.tr("in use") if entry.id in self._in_use else ""),
        ]

    def name_dialog(self, entry: Listed | None, others: list[Listed], in_use: bool) -> EntryNameDialog[Listed, Answer]:
        raise NotImplementedError

    def edited(self, entry: Listed | None, answer: Answer) -> Listed:
        """The entry the name dialog's answer makes of `entry` (None: a new one)."""
        raise NotImplementedError

    # -- the list ------------------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else getattr(self.selected(), "id", None)
        entries = self.catalogue.entries(self._vault, include_hidden=True)
        self._in_use = {
            stored_id(entry.id) for entry in entries if self.catalogue.is_in_use(self._vault, stored_id(entry.id))
        }
        self.model.set_records(entries)
        for row, entry in enumerate(entries):
            if entry.id == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def entries(self) -> list[Listed]:
        return [self.model.record_at(row) for row in range(self.model.rowCount())]

    def selected(self) -> Listed | None:
        return selected_record(self.table, self.model)

    def select(self, entry_id: int) -> None:
        self.refresh(entry_id)

    def _update_buttons(self) -> None:
        entry = self.selected()
        for button in (self.rename_button, self.hide_button, self.delete_button):
            button.setEnabled(entry is not None)
        self.hide_button.setText(self.tr("Show") if entry is not None and entry.hidden else self.tr("Hide"))
        shipped = entry is not None and entry.shipped
        self.delete_button.setEnabled(entry is not None and not shipped)
        self.delete_button.setToolTip(self.words.shipped if shipped else "")

    # -- what the buttons do -------------------------------------------------------------------------------

    def add(self, draft: str | None = None) -> None:
        self._ask_entry(None, draft)

    def rename(self, entry: Listed | None = None, draft: str | None = None) -> None:
        entry = entry or self.selected()
        if entry is not None:
            self._ask_entry(entry, draft)

    def _ask_entry(self, entry: Listed | None, draft: str | None) -> None:
        others = [other for other in self.entries() if entry is None or other.id != entry.id]
        in_use = entry is not None and entry.id in self._in_use

        def make() -> EntryNameDialog[Listed, Answer]:
            dialog = self.name_dialog(entry, others, in_use)
            dialog.keep_unsaved = self.keep_unsaved
            return dialog

        saved = run_dialog(
            self._ask,
            self.ENTRY_QUESTION,
            make,
            draft,
            save=lambda answer: self.catalogue.save(self._vault, self.edited(entry, answer)),
        )
        if saved is not None:
            self._changed(saved.id)

    def toggle_hidden(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.catalogue.set_hidden(self._vault, stored_id(entry.id), not entry.hidden)
            self._changed(entry.id)

    def delete(self) -> None:
        entry = self.selected()
        if entry is None or entry.shipped:
            return
        if self.catalogue.is_in_use(self._vault, stored_id(entry.id)):
            self._ask.inform(self, self.tr("Not deleted"), self.words.in_use.replace("%1", catalogue_text(entry.name)))
            return
        if not self._ask.confirm(
            self, self.words.delete_title, self.words.confirm_delete.replace("%1", catalogue_text(entry.name))
        ):
            return
        try:
            self.catalogue.delete(self._vault, stored_id(entry.id))
        except Refusal as refusal:  # filed under since the check above
            self._ask.inform(self, self.tr("Not deleted"), message_text(refusal))
            return
        self._changed(None)

    def _changed(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.changed.emit()

    # -- a name typed when the vault locked ------------------------------------------------------------

    def resume_kept_entry(self) -> None:
        """Open the name dialog again with what was typed in it before the lock, if anything was."""
        draft = self.take_unsaved()
        if draft is None:
            return
        key = self.NAME_DIALOG.ID_KEY
        entry_id = (drafted_ids(draft, (key,)) or {key: None})[key]
        if entry_id is None:
            self.add(draft)
            return
        entry = next((e for e in self.entries() if e.id == entry_id), None)
        if entry is not None:
            self.select(stored_id(entry.id))
            self.rename(entry, draft)

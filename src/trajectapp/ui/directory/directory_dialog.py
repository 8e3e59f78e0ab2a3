"""The directory of partner services: a list on the left, the selected service's form on the right.

Unsaved edits are never dropped silently: switching to another service, starting a new one or closing
asks first, and a lock keeps them as an encrypted draft that the next opening puts back.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.names import name_key
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.text import InvalidText
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services, save_service
from trajectapp.ui.ask import Ask
from trajectapp.ui.catalogues.catalogue_editor import CatalogueEditor
from trajectapp.ui.directory.service_form import ServiceForm
from trajectapp.ui.directory.service_list_model import ServiceListModel
from trajectapp.ui.headings import SECTION, as_heading
from trajectapp.ui.labels import catalogue_text
from trajectapp.ui.messages import message_text
from trajectapp.ui.panes import panes


class DirectoryDialog(CatalogueEditor):
    DRAFT_FORM = "directory:service"  # the draft of an edit left open when the vault locked
    QUESTION = "partner services"

    def __init__(self, vault: OpenVault, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, ask, parent)
        self._following_selection = True  # False while the list is being rebuilt or put back
        self.setWindowTitle(self.tr("Partner services"))

        self.model = ServiceListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # long names are elided, whole in the tooltip
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.show_hidden = QCheckBox(self.tr("Show hidden"), self)
        self.new_button = QPushButton(self.tr("New service"), self)

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        as_heading(self.heading, SECTION)
        self.draft_note = QLabel(
            self.tr("Your unsaved changes from before the vault locked are back: save them or revert."), self
        )
        self.draft_note.setWordWrap(True)
        self.draft_note.hide()
        self.form = ServiceForm(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.show_hidden)
        left_layout.addWidget(self.new_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.draft_note)
        right_layout.addWidget(self.form, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        right_layout.addLayout(row)
        splitter = panes(Qt.Orientation.Horizontal, [left, right], self, stretch=[0, 1], sizes=[300, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.close_buttons)

        self.list.selectionModel().currentChanged.connect(self._selection_moved)
        self.show_hidden.toggled.connect(lambda _on: self._reload_list(self.form.service.id))
        self.new_button.clicked.connect(self.new_service)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.close_buttons.rejected.connect(self.close)
        self.form.changed.connect(self._update_buttons)
        self.resize(900, 600)

        self._reload_list(None)
        if self.model.rowCount():
            self._select_row(0)
            self.form.load(self.model.service_at(0))
        else:
            self.form.load(PartnerService(None, ""))
        self._restore_draft()
        self._update_buttons()

    # -- what the buttons do -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the form's service; False (and messages next to the fields) if it cannot be stored."""
        if self.form.show_errors():
            return False
        try:
            saved = save_service(self._vault, self.form.value())
        except InvalidText as problem:  # the form cleans text first; this is the service's own rule as a backstop
            self.form.rows.get(problem.field, self.form.rows["name"]).set_error(message_text(problem))
            return False
        self.form.load(saved)
        self._reload_list(saved.id)
        self.draft_note.hide()
        self.changed.emit()
        return True

    def revert(self) -> None:
        self.form.revert()
        self.draft_note.hide()

    def new_service(self) -> None:
        if not self._settle_unsaved():
            return
        self._select_row(-1)
        self.form.load(PartnerService(None, ""))
        self.form.name.setFocus()

    # -- unsaved changes -----------------------------------------------------------------------------------

    def _settle_unsaved(self) -> bool:
        """True when the form may be replaced: nothing unsaved, or the user saved or discarded it."""
        if not self.form.is_modified():
            return True
        name = catalogue_text(self.form.service.name) or self.tr("the new service")
        answer = self._ask.save_discard_cancel(
            self,
            self.tr("Unsaved changes"),
            self.tr("You changed %1 without saving. Save the changes?").replace("%1", name),
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def _selection_moved(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._following_selection:
            return
        target = self.model.service_at(current.row()) if current.isValid() else None
        if target is None or target.id == self.form.service.id:
            return
        if not self._settle_unsaved():
            # Put the selection back on what the form still shows.
            self._select_row(self.model.row_of(self.form.service.id))
            return
        self._select_row(self.model.row_of(target.id))  # saving may have rebuilt the list
        row = self.model.row_of(target.id)
        self.form.load(self.model.service_at(row) if row >= 0 else target)
        self.draft_note.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._settle_unsaved():
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # through closeEvent, which asks about unsaved changes
            self.close()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Also how a lock closes the dialog: an edit still unsaved here is kept as a draft, not asked about."""
        if self.form.is_modified():
            self.keep_unsaved(self.form.draft())
        super().reject()

    def _restore_draft(self) -> None:
        draft = self.take_unsaved()
        if draft is None:
            return
        service_id = ServiceForm.draft_service_id(draft)
        stored = next((s for s in list_services(self._vault, include_hidden=True) if s.id == service_id), None)
        if service_id is not None and stored is None:
            return  # the service is gone: nothing to put the draft on
        if stored is not None and stored.hidden and not self.show_hidden.isChecked():
            self.show_hidden.setChecked(True)
        self._select_row(self.model.row_of(service_id))
        self.form.load(stored or PartnerService(None, ""))
        self.form.load_draft(draft)
        self.draft_note.setVisible(self.form.is_modified())

    # -- the list ------------------------------------------------------------------------------------------

    def _reload_list(self, select_id: int | None) -> None:
        services = sorted(
            list_services(self._vault, include_hidden=self.show_hidden.isChecked()),
            key=lambda service: name_key(catalogue_text(service.name)),  # as the reader reads them
        )
        self._following_selection = False
        try:
            self.model.set_services(services)
            self.form.set_kinds([service.kind for service in services])
        finally:
            self._following_selection = True
        self._select_row(self.model.row_of(select_id))

    def _select_row(self, row: int) -> None:
        """Select `row` (-1: nothing) without treating it as the user's choice."""
        self._following_selection = False
        try:
            selection = self.list.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.model.index(row)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list.scrollTo(index)
        finally:
            self._following_selection = True

    def _update_buttons(self) -> None:
        modified = self.form.is_modified()
        self.save_button.setEnabled(modified or self.form.service.id is None)
        self.revert_button.setEnabled(modified)
        name = self.form.value().name
        if self.form.service.id is None:
            self.heading.setText(
                self.tr("New partner service: %1").replace("%1", name) if name else self.tr("New partner service")
            )
        else:
            self.heading.setText(catalogue_text(name or self.form.service.name))

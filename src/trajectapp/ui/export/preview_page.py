"""Step 4 of the export: what will leave, before anything is written. A PDF's exact pages, laid out off the GUI
thread and shown from memory; for a transfer package, how many items of each section it holds."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from trajectapp.domain.disclosures import DisclosedItem, PartyKind
from trajectapp.domain.messages import Refusal
from trajectapp.domain.selection import SelectionTree
from trajectapp.domain.shipped_catalogues import catalogue_text
from trajectapp.services.handover_export import handover_material, handover_pdf
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.background import busy_bar, run_in_background
from trajectapp.ui.documents.pdf_pages import PdfPagesView, pages_text
from trajectapp.ui.export.export_state import ExportState
from trajectapp.ui.export.selection_model import SPECIAL_COLOUR
from trajectapp.ui.isolated_text import isolated
from trajectapp.ui.labels import party_name
from trajectapp.ui.language_choice import language_box, language_label
from trajectapp.ui.messages import message_text
from trajectapp.ui.translations import document_translate, interface_language


class PreviewPage(QWizardPage):
    def __init__(
        self, state: ExportState, vault: OpenVault, tree: SelectionTree, *, today: date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._state, self._vault, self._tree, self._today = state, vault, tree, today
        self._generation = 0  # the build whose result is wanted; an older one is dropped when it arrives
        self.building = False
        self.setTitle(self.tr("What will leave"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = busy_bar(self)
        self.view = PdfPagesView(self)
        self.summary_model = QStandardItemModel(self)
        self.summary = QTableView(self)
        self.summary.setModel(self.summary_model)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary.verticalHeader().hide()
        self.summary.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.summary.setShowGrid(False)
        self.summary.setAlternatingRowColors(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.summary)
        # The document's language: the person's for their own copy, else the consultant's; any may be chosen.
        self.language = language_box(self, interface_language())
        self.language_label = language_label(self.language)
        self.language.activated.connect(lambda _index: self._build_pdf())
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addSpacing(12)
        top.addWidget(self.status, 1)
        top.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def initializePage(self) -> None:
        state = self._state
        for widget in (self.language_label, self.language):
            widget.setVisible(not state.is_package)
        default = (state.person_language if state.for_the_person else None) or interface_language()
        self.language.setCurrentIndex(self.language.findData(default))
        self._build_pdf()

    def _build_pdf(self) -> None:
        state = self._state
        state.pdf, state.items = b"", ()
        state.language = None if state.is_package else self.language.currentData()
        self._generation += 1
        if state.is_package:
            self.setSubTitle(
                self.tr(
                    "A transfer package for %1: their Trajectapp imports it as a new case. Nothing is written yet."
                ).replace("%1", isolated(party_name(state.chosen_party())))
            )
            self._show_summary()
            return
        self.setSubTitle(
            self.tr("These are the exact pages that will leave, for %1. Nothing is written yet.").replace(
                "%1", isolated(party_name(state.chosen_party()))
            )
        )
        self.stack.setCurrentWidget(self.view)
        self.view.clear()
        translate = document_translate(self.language.currentData())
        material = handover_material(
            self._vault, state.case_id, state.keys, for_the_person=state.for_the_person, translate=translate
        )  # reads the vault: on this thread
        party = state.chosen_party()
        # The recipient as the document's reader reads it: a shipped partner service in the document's language.
        recipient = catalogue_text(party.name, translate) if party.kind is PartyKind.PARTNER_SERVICE else party.name
        generation, today, purpose = self._generation, self._today, state.purpose

        def work() -> bytes:
            return handover_pdf(material, today=today, recipient=recipient, purpose=purpose, translate=translate)

        self._set_busy(True)
        run_in_background(
            work,
            lambda pdf: self._built(generation, bytes(pdf), material.content.items),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def cleanupPage(self) -> None:
        self._generation += 1
        self._set_busy(False)

    def _built(self, generation: int, pdf: bytes, items: Iterable[DisclosedItem]) -> None:
        if generation != self._generation:
            return
        self._state.pdf, self._state.items = pdf, tuple(items)
        pages = self.view.show_pdf(pdf)
        self._set_busy(False)
        self.status.setText(self._items_words() + " · " + pages_text(pages))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.status.setText(
            message_text(error)
            if isinstance(error, Refusal)
            else self.tr("The document could not be made (%1). Go back and try again, or choose fewer items.").replace(
                "%1", type(error).__name__
            )
        )

    def _set_busy(self, busy: bool) -> None:
        self.building = busy
        self.busy.setVisible(busy)
        if busy:
            self.status.setText(self.tr("Making the document…"))
        self.completeChanged.emit()

    def _items_words(self) -> str:
        chosen = self._state.keys
        special = len(chosen & self._tree.special_keys())
        text = self.tr("%n item(s)", "", len(chosen))
        if special:
            text += ", " + self.tr("%1 of a special category").replace("%1", str(special))
        return text

    def _show_summary(self) -> None:
        """Per section: how many of its items the package holds."""
        chosen, special = self._state.keys, self._tree.special_keys()
        self._state.items = self._tree.disclosed_items(chosen, QCoreApplication.translate)
        model = self.summary_model
        model.clear()
        model.setHorizontalHeaderLabels(
            [self.tr("Section"), self.tr("In the package"), self.tr("Of a special category")]
        )
        for section in self._tree.sections:
            keys = SelectionTree(self._tree.case_id, (section,)).all_keys()
            held = keys & chosen
            cells = [
                QStandardItem(section.label(QCoreApplication.translate)),
                QStandardItem(
                    self.tr("all %n", "", len(keys))
                    if held == keys
                    else self.tr("%1 of %2").replace("%1", str(len(held))).replace("%2", str(len(keys)))
                ),
                QStandardItem(str(len(held & special)) if held & special else ""),
            ]
            if not held:
                for cell in cells:
                    cell.setForeground(self.palette().placeholderText())
            elif held & special:
                cells[2].setForeground(QBrush(SPECIAL_COLOUR))
            for cell in cells[1:]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow(cells)
        header = self.summary.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.stack.setCurrentWidget(self.summary)
        self.status.setText(
            (self.tr("The whole case") if self._state.every_item else self._items_words())
            + " · "
            + self.tr("locked with a one-time passphrase, shown once after writing")
        )
        self._set_busy(False)

    def isComplete(self) -> bool:
        return not self.building and (self._state.is_package or bool(self._state.pdf))

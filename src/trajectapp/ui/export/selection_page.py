"""Step 3 of the export: exactly what leaves, section by section and item by item. Nothing is chosen to begin with,
except in the person's own copy, which holds everything about them; ticking special-category data asks again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from trajectapp.domain.case_tables import PERSON
from trajectapp.domain.disclosures import DisclosureParty
from trajectapp.domain.selection import SelectionItem, SelectionTree
from trajectapp.ui.ask import Ask
from trajectapp.ui.export.export_state import ExportState
from trajectapp.ui.export.selection_model import ITEM, SPECIAL, SelectionTreeModel, category_words
from trajectapp.ui.isolated_text import isolated
from trajectapp.ui.labels import party_name

NAME_KEY = f"{PERSON.key}:name"


class SelectionPage(QWizardPage):
    def __init__(self, state: ExportState, tree: SelectionTree, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self._state, self._ask = state, ask
        self._shown_for: DisclosureParty | None = None  # the recipient the choice was made for
        self.model = model = SelectionTreeModel(
            tree, translate=QCoreApplication.translate, confirm=self._confirm_special, parent=self
        )
        self.setTitle(self.tr("What leaves?"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.view = QTreeView(self)
        self.view.setModel(model)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SPECIAL, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SPECIAL, 250)  # the item's words get the room; the categories fit in this
        self.all_button = QPushButton(self.tr("Select all"), self)
        self.none_button = QPushButton(self.tr("Select none"), self)
        self.count = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("QLabel { color: #7d6608; }")
        self.problem.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.all_button.clicked.connect(model.choose_all)
        self.none_button.clicked.connect(model.choose_none)
        model.chosen_changed.connect(self._changed)
        for row in range(model.rowCount()):
            self.view.expand(model.index(row, ITEM))

    def initializePage(self) -> None:
        state = self._state
        if state.party != self._shown_for:  # another recipient: start again from what suits them
            self._shown_for = state.party
            if state.for_the_person:
                self.model.set_chosen(self.model.tree.all_keys())
            else:
                self.model.choose_none()
        if state.for_the_person:
            self.setSubTitle(
                self.tr(
                    "Everything held about them is chosen: their right of access covers all of "
                    "it. Leave out only what would tell them about someone else."
                )
            )
        elif state.is_package:
            self.setSubTitle(
                self.tr(
                    "A colleague who takes over the case usually needs all of it: Select all. "
                    "The package opens as a case, so the person's name goes with it."
                )
            )
        else:
            self.setSubTitle(
                self.tr("Nothing is chosen yet. Tick only what %1 needs for this purpose.").replace(
                    "%1", isolated(party_name(state.chosen_party()))
                )
            )
        self.hint.setText(
            self.tr(
                "Purple items hold special-category data (religion or ideology, health, "
                "offences): ticking them asks you to confirm."
            )
        )
        self._changed()

    def _confirm_special(self, items: list[SelectionItem]) -> bool:
        if len(items) == 1:
            text = (
                self.tr("“%1” holds special-category data (%2). Send it all the same?")
                .replace("%1", items[0].label(QCoreApplication.translate))
                .replace("%2", category_words(items[0]))
            )
        else:
            words = sorted({word for item in items for word in category_words(item).split(", ")})
            text = self.tr(
                "%n of these items hold special-category data (%1). Send them all the same?", "", len(items)
            ).replace("%1", ", ".join(words))
        return self._ask.confirm(self, self.tr("Special-category data"), text)

    def _changed(self) -> None:
        chosen, special = len(self.model.chosen()), self.model.special_chosen()
        text = self.tr("%n item(s) chosen", "", chosen)
        if special:
            text += ", " + self.tr("%1 of a special category").replace("%1", str(special))
        self.count.setText(text)
        self.problem.setText(self._problem())
        self.completeChanged.emit()

    def _problem(self) -> str:
        chosen = self.model.chosen()
        if not chosen:
            return self.tr("Choose at least one item.")
        if self._state.is_package and NAME_KEY not in chosen:
            return self.tr("Tick the person's name: the package opens as a case, and a case needs a name.")
        return ""

    def isComplete(self) -> bool:
        return self._state.party is not None and not self._problem()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        self._state.keys = self.model.chosen()
        self._state.every_item = self.model.is_everything()
        return True

"""The case file's Factors tab: the push and pull factors of a case, towards extremism and away from it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain import sensitivity
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import short_date
from trajectapp.domain.factors import Direction, Factor, FactorStatus
from trajectapp.domain.messages import Refusal
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.record_ids import stored_id
from trajectapp.services.factors import factors, list_factor_categories, save_factor
from trajectapp.services.needs import list_domains
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.catalogues.factor_categories import FactorCategoriesDialog
from trajectapp.ui.factors.factor_dialog import FactorDialog, drafted_factor_id
from trajectapp.ui.labels import catalogue_text, label
from trajectapp.ui.messages import message_text
from trajectapp.ui.needs.needs_words import special_mark, special_note
from trajectapp.ui.record_table_model import Index, RecordTableModel, record_table, selected_record

# Column numbers of the table, for tests and for anyone sorting or sizing them.
DIRECTION, KIND, CATEGORY, DOMAIN, FIRST_NOTED, STATUS, EVIDENCE = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole
# The factor fields the schema tags as special-category data (field_categories): hidden in presentation mode
# for every factor. A test holds this to the schema.
SPECIAL_FIELDS = ("evidence",)
_DIRECTION_ORDER = {Direction.TOWARDS: 0, Direction.AWAY: 1}
_STATUS_ORDER = {FactorStatus.ACTIVE: 0, FactorStatus.WEAKENING: 1, FactorStatus.GONE: 2}


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class FactorTableModel(RecordTableModel[Factor]):
    """The factors as rows; a factor that is gone is greyed, the evidence's tooltip holds all of it."""

    def __init__(self, panel: FactorsPanel):
        super().__init__(
            [
                (QCoreApplication.translate("FactorsPanel", "Direction"), lambda f: label(f.direction)),
                (QCoreApplication.translate("FactorsPanel", "Kind"), lambda f: label(f.kind)),
                (QCoreApplication.translate("FactorsPanel", "Category"), panel.category_name),
                (QCoreApplication.translate("FactorsPanel", "Life domain"), panel.domain_name),
                (QCoreApplication.translate("FactorsPanel", "First noted"), lambda f: short_date(f.first_noted_on)),
                (QCoreApplication.translate("FactorsPanel", "Status"), lambda f: label(f.status)),
                (QCoreApplication.translate("FactorsPanel", "Evidence"), lambda f: _first_line(f.evidence)),
            ],
            panel,
        )
        self._panel = panel

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        factor = self.record_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and factor.status is FactorStatus.GONE:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.ToolTipRole and column == EVIDENCE:
            return factor.evidence or None
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == DOMAIN
            and self._panel.domain_category(factor) is not None
        ):
            return special_mark()
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == DOMAIN
            and (category := self._panel.domain_category(factor))
        ):
            return special_note(category)
        if role == SORT_ROLE:  # in the order a consultant reads them, not alphabetically
            if column == DIRECTION:
                return (_DIRECTION_ORDER[factor.direction], factor.first_noted_on.iso)
            if column == STATUS:
                return (_STATUS_ORDER[factor.status], factor.first_noted_on.iso)
            if column == FIRST_NOTED:  # as the dates follow each other, not as their digits read
                return factor.first_noted_on.iso
            return self.text_at(index.row(), column).casefold()
        return super().data(index, role)


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))


class FactorsPanel(CasePanel):
    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        self.presentation_mode = False
        self._categories: dict[int, str] = {}
        self._domains: dict[int, LifeDomain] = {}
        self._all: list[Factor] = []
        self._pending_resume: tuple[str, str] | None = None
        self.model = FactorTableModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, self, QHeaderView.ResizeMode.Interactive)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DIRECTION, Qt.SortOrder.AscendingOrder)
        self.intro = QLabel(
            self.tr(
                "What drew the person towards extremism, and what draws them away from it: push and pull factors, "
                "personal and protective ones. Click a column to sort; double-click a factor to change it."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("QLabel { color: #555; font-style: italic; }")
        self.presentation_note = QLabel(
            self.tr(
                "Presentation mode: factors linked to a special-category life domain, and the evidence of every "
                "factor, are hidden until you leave it."
            ),
            self,
        )
        self.presentation_note.setWordWrap(True)
        self.presentation_note.setStyleSheet("QLabel { color: #6c3483; }")
        self.presentation_note.hide()
        self.add_button = QPushButton(self.tr("Add factor…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.status_button = QPushButton(self.tr("Set status"), self)
        self.status_menu = QMenu(self.status_button)
        self.status_actions: dict[FactorStatus, QAction] = {}
        for status in FactorStatus:
            action = self.status_menu.addAction(label(status))
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, chosen=status: self.set_status(chosen))
            self.status_actions[status] = action
        self.status_button.setMenu(self.status_menu)
        self.categories_button = QPushButton(self.tr("Categories…"), self)
        self.categories_button.setToolTip(self.tr("Add, rename or hide the categories offered for factors."))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.categories_button.clicked.connect(self.edit_categories)
        self.table.doubleClicked.connect(lambda _index: self.edit())

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.status_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.categories_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.presentation_note)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # -- what it shows -------------------------------------------------------------------------------------

    def category_name(self, factor: Factor) -> str:
        return catalogue_text(self._categories.get(factor.category_id, ""))

    def domain_name(self, factor: Factor) -> str:
        domain = self._domains.get(factor.domain_id) if factor.domain_id is not None else None
        return catalogue_text(domain.name) if domain is not None else ""

    def domain_category(self, factor: Factor) -> DataCategory | None:
        """The special category the factor's life domain gives it, or None."""
        found = sensitivity.of_domains([factor.domain_id], self._domains)
        return next(iter(found), None)

    def is_hidden(self, factor: Factor) -> bool:
        """Whether presentation mode hides the whole factor: its life domain is special-category data."""
        return self.domain_category(factor) is not None

    def refresh(self) -> None:
        """Read the factors, the categories and the domains again (keeps the selected factor)."""
        selected = self.selected()
        self._categories = {stored_id(c.id): c.name for c in list_factor_categories(self._vault, include_hidden=True)}
        self._domains = {stored_id(d.id): d for d in list_domains(self._vault, include_hidden=True)}
        self._all = factors(self._vault, self._case_id)
        shown = [f for f in self._all if not (self.presentation_mode and self.is_hidden(f))]
        self.model.set_records(shown)
        self.table.setColumnHidden(EVIDENCE, self.presentation_mode)
        if selected is not None:
            self.select(stored_id(selected.id))
        if not self._all:
            self.empty_note.setText(
                self.tr(
                    "No factors recorded yet. Add what drew the person towards extremism, and what draws them away "
                    "from it, in your own words."
                )
            )
        elif not shown:
            self.empty_note.setText(self.tr("Every factor of this case is hidden in presentation mode."))
        self.empty_note.setVisible(not shown)
        self._fit_columns()
        self._update_buttons()

    def factors_shown(self) -> list[Factor]:
        """The factors in the table, in the order it shows them."""
        return [
            self.model.record_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def selected(self) -> Factor | None:
        return selected_record(self.table, self.model)

    def select(self, factor_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.model.record_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id == factor_id:
                self.table.selectRow(row)
                return

    def showEvent(self, event: QShowEvent) -> None:
        # Categories and domains are renamed elsewhere; coming back here shows them as they are now.
        self.refresh()
        super().showEvent(event)

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation_mode = on
        self.presentation_note.setVisible(on)
        self.refresh()
        if not on and self._pending_resume is not None:
            kind, draft = self._pending_resume
            self._pending_resume = None
            self.resume(kind, draft)

    # -- what the buttons do -------------------------------------------------------------------------------

    def add(self, draft: str | None = None) -> None:
        self._factor_dialog(None, draft)

    def edit(self, factor: Factor | None = None, draft: str | None = None) -> None:
        factor = factor or self.selected()
        if factor is None:
            return
        if self.presentation_mode and self.is_hidden(factor):
            self._ask.inform(self, self.tr("Hidden"), self.tr("Leave presentation mode to open this factor."))
            return
        self._factor_dialog(factor, draft)

    def _factor_dialog(self, factor: Factor | None, draft: str | None) -> None:
        factor_id = factor.id if factor is not None else None
        saved = FactorDialog.get(
            self._ask,
            draft,
            lambda fields: save_factor(self._vault, Factor(factor_id, self._case_id, **fields)),
            self._ask,
            list_factor_categories(self._vault, include_hidden=True),
            list_domains(self._vault, include_hidden=True),
            factor,
            presentation=self.presentation_mode,
            parent=self,
        )
        if saved is not None:
            self._saved(saved)

    def set_status(self, status: FactorStatus) -> None:
        factor = self.selected()
        if factor is not None and factor.status is not status:
            try:
                saved = save_factor(self._vault, replace(factor, status=status))
            except Refusal as refusal:
                self._ask.warn(self, self.tr("Not saved"), message_text(refusal))
            else:
                self._saved(saved)
        self._update_buttons()

    def edit_categories(self) -> None:
        FactorCategoriesDialog.show_catalogue(self, self._vault, self._ask)
        if not self._vault.is_locked:
            self.refresh()

    def _saved(self, saved: Factor) -> None:
        self.refresh()
        self.select(stored_id(saved.id))
        self.changed.emit()

    # -- drafts of an open dialog ---------------------------------------------------------------------

    DRAFT_KINDS = ("factor",)

    def resume(self, kind: str, draft: str) -> None:
        """Open the factor dialog again with what was typed in it before the lock, on the same factor."""
        if kind != "factor":
            return
        edited = drafted_factor_id(draft)
        if edited is None:
            self.add(draft)
            return
        factor = next((f for f in factors(self._vault, self._case_id) if f.id == edited), None)
        if factor is None:
            return
        if self.presentation_mode and self.is_hidden(factor):
            self._pending_resume = (kind, draft)  # back when presentation mode is left, not lost
            self._ask.inform(
                self,
                self.tr("Kept for later"),
                self.tr(
                    "A factor you were changing before the lock is hidden in presentation mode. Its form comes back "
                    "when you leave presentation mode."
                ),
            )
            return
        self.edit(factor, draft)

    def _update_buttons(self) -> None:
        factor = self.selected()
        self.edit_button.setEnabled(factor is not None)
        self.status_button.setEnabled(factor is not None)
        for status, action in self.status_actions.items():
            action.setChecked(factor is not None and factor.status is status)

    def _fit_columns(self) -> None:
        """Short columns fit their text; long ones are capped (whole text in the tooltip), the evidence takes
        the width that is left."""
        self.table.resizeColumnsToContents()
        for column, widest in ((CATEGORY, 240), (DOMAIN, 240)):
            self.table.setColumnWidth(column, max(min(self.table.columnWidth(column), widest), 120))
        self.table.setColumnWidth(FIRST_NOTED, max(self.table.columnWidth(FIRST_NOTED), 90))
        self.table.setColumnWidth(EVIDENCE, 160)  # the last column stretches over what is left

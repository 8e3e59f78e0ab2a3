"""The case file's Strengths tab: strengths and old passions, the Good Lives lens and the person's perspective,
each a section of its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain import sensitivity
from trajectapp.domain.strengths import GoodLivesEntry, PrimaryGood, Strength
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.strengths import goods, save_good, save_strength, strengths
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.labels import label
from trajectapp.ui.record_table_model import Index, Record, RecordTableModel, one_line, record_table, selected_record
from trajectapp.ui.strengths.perspective_section import PerspectiveSection
from trajectapp.ui.strengths.strength_dialogs import GoodDialog, StrengthDialog, drafted_good, drafted_strength_id

# Column numbers of the two tables, for tests and for anyone sizing them.
STRENGTH_CATEGORY, DESCRIPTION, SINCE, PICK_UP = range(4)
GOOD, IMPORTANCE, PURSUED_BEFORE, PROSOCIAL_ROUTE = range(4)
# The Good Lives fields the schema tags as special-category data (field_categories): hidden in presentation mode
# for every good. A test holds this to the schema.
SPECIAL_GOOD_FIELDS = ("pursued_before",)
SHOWN_MAX = 160  # characters of a long text shown in a cell; the tooltip holds all of it


def _in_a_cell(text: str) -> str:
    line = one_line(text)
    return line if len(line) <= SHOWN_MAX else line[:SHOWN_MAX].rstrip() + "…"


class _WholeTextTooltips(RecordTableModel[Record]):
    """Cells show a line; their tooltips hold the whole text, line breaks and all."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[Record], str]]],
        whole: dict[int, Callable[[Record], str]],
        parent: QWidget,
    ):
        super().__init__(columns, parent)
        self._whole = whole  # column -> the whole text of a record, for the tooltip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() in self._whole:
            return self._whole[index.column()](self.record_at(index.row())) or None
        return super().data(index, role)


def _note(text: str, parent: QWidget, colour: str = "") -> QLabel:
    note = QLabel(text, parent)
    note.setWordWrap(True)
    if colour:
        note.setStyleSheet(f"QLabel {{ color: {colour}; }}")
    return note


class StrengthsSection(CasePanel):
    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        self.model: _WholeTextTooltips[Strength] = _WholeTextTooltips(
            [
                (self.tr("What it is"), lambda s: label(s.category)),
                (self.tr("Strength or old passion"), lambda s: _in_a_cell(s.description)),
                (self.tr("Since when"), lambda s: s.since),
                (self.tr("How it could be picked up again"), lambda s: _in_a_cell(s.pick_up)),
            ],
            {DESCRIPTION: lambda s: s.description, PICK_UP: lambda s: s.pick_up},
            self,
        )
        self.table = record_table(self.model, self, QHeaderView.ResizeMode.Interactive)
        self.empty_note = _note(
            self.tr(
                "No strengths or old passions recorded yet. What was the person good at, what did they love doing, "
                "who and what did they hold on to? Each can be a way forward."
            ),
            self,
        )
        self.empty_note.setStyleSheet("QLabel { color: #555; font-style: italic; }")
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else getattr(self.selected(), "id", None)
        records = strengths(self._vault, self._case_id)
        self.model.set_records(records)
        row = next((n for n, strength in enumerate(records) if strength.id == select_id), -1)
        if row >= 0:
            self.table.selectRow(row)
        self.empty_note.setVisible(not records)
        self.table.resizeColumnsToContents()
        for column, widest in ((STRENGTH_CATEGORY, 200), (DESCRIPTION, 380), (SINCE, 200)):
            self.table.setColumnWidth(column, max(min(self.table.columnWidth(column), widest), 100))
        self._update_buttons()

    def selected(self) -> Strength | None:
        return selected_record(self.table, self.model)

    def add(self, draft: str | None = None) -> None:
        self._strength_dialog(None, draft)

    def edit(self, strength: Strength | None = None, draft: str | None = None) -> None:
        strength = strength or self.selected()
        if strength is not None:
            self._strength_dialog(strength, draft)

    def _strength_dialog(self, strength: Strength | None, draft: str | None) -> None:
        strength_id = strength.id if strength is not None else None
        saved = StrengthDialog.get(
            self._ask,
            draft,
            lambda fields: save_strength(self._vault, Strength(strength_id, self._case_id, **fields)),
            self._ask,
            strength,
            parent=self,
        )
        if saved is not None:
            self.refresh(saved.id)
            self.changed.emit()

    def resume(self, draft: str) -> None:
        edited = drafted_strength_id(draft)
        if edited is None:
            self.add(draft)
            return
        strength = next((s for s in strengths(self._vault, self._case_id) if s.id == edited), None)
        if strength is not None:
            self.edit(strength, draft)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)


class GoodsSection(CasePanel):
    """The eleven primary goods, always all of them and in the model's order (but in presentation mode)."""

    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        self.presentation_mode = False
        self.model: _WholeTextTooltips[GoodLivesEntry] = _WholeTextTooltips(
            [
                (self.tr("Primary good"), lambda e: label(e.good)),
                (self.tr("How important to them"), lambda e: label(e.importance)),
                (self.tr("How they pursued it before"), lambda e: _in_a_cell(e.pursued_before)),
                (self.tr("A pro-social route"), lambda e: _in_a_cell(e.prosocial_route)),
            ],
            {PURSUED_BEFORE: lambda e: e.pursued_before, PROSOCIAL_ROUTE: lambda e: e.prosocial_route},
            self,
        )
        self.table = record_table(self.model, self, QHeaderView.ResizeMode.Interactive)
        self.intro = _note(
            self.tr(
                "The eleven primary goods of the Good Lives Model: what everyone seeks in life. Note what each means "
                "to the person, how they sought it before, and a route to it that harms no one. Nothing has to be "
                "filled in or scored. Double-click a good to open it."
            ),
            self,
        )
        self.presentation_note = _note(
            self.tr(
                "Presentation mode: spirituality, and how each good was pursued before, are hidden until you leave it."
            ),
            self,
            "#6c3483",
        )
        self.presentation_note.hide()
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.presentation_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    @staticmethod
    def is_hidden(entry: GoodLivesEntry) -> bool:
        """Whether presentation mode hides the whole good (spirituality speaks of religion and worldview)."""
        return bool(sensitivity.of_good(entry.good))

    def refresh(self) -> None:
        selected = self.selected()
        entries = [e for e in goods(self._vault, self._case_id) if not (self.presentation_mode and self.is_hidden(e))]
        self.model.set_records(entries)
        if selected is not None:
            self.select(selected.good)
        self.table.setColumnHidden(PURSUED_BEFORE, self.presentation_mode)
        self.table.resizeColumnsToContents()
        for column, widest in ((GOOD, 340), (IMPORTANCE, 200), (PURSUED_BEFORE, 340)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.setColumnWidth(IMPORTANCE, max(self.table.columnWidth(IMPORTANCE), 150))
        self.table.setColumnWidth(PURSUED_BEFORE, max(self.table.columnWidth(PURSUED_BEFORE), 220))
        self._update_buttons()

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation_mode = on
        self.presentation_note.setVisible(on)
        self.refresh()

    def entries(self) -> list[GoodLivesEntry]:
        """The goods in the table, in order."""
        return [self.model.record_at(row) for row in range(self.model.rowCount())]

    def selected(self) -> GoodLivesEntry | None:
        return selected_record(self.table, self.model)

    def select(self, good: PrimaryGood) -> None:
        row = next((n for n, entry in enumerate(self.entries()) if entry.good is good), -1)
        if row >= 0:
            self.table.selectRow(row)

    def edit(self, entry: GoodLivesEntry | None = None, draft: str | None = None) -> None:
        entry = entry or self.selected()
        if entry is None:
            return
        if self.presentation_mode and self.is_hidden(entry):
            self._ask.inform(self, self.tr("Hidden"), self.tr("Leave presentation mode to open this good."))
            return
        saved = GoodDialog.get(
            self._ask,
            draft,
            lambda edited: save_good(self._vault, edited),
            self._ask,
            entry,
            presentation=self.presentation_mode,
            parent=self,
        )
        if saved is not None:
            self.refresh()
            self.select(saved.good)
            self.changed.emit()

    def resume(self, draft: str) -> bool:
        """Open the good a draft was about with it; False when presentation mode hides that good."""
        good = drafted_good(draft)
        entry = next((e for e in goods(self._vault, self._case_id) if e.good is good), None)
        if entry is None:
            return True
        if self.presentation_mode and self.is_hidden(entry):
            return False
        self.select(entry.good)
        self.edit(entry, draft)
        return True

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)


class StrengthsPanel(CasePanel):
    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        self._pending_resume: str | None = None
        self.strengths = StrengthsSection(vault, case_id, ask, self)
        self.goods = GoodsSection(vault, case_id, ask, self)
        self.perspective = PerspectiveSection(vault, case_id, ask, self)
        self.sections = QTabWidget(self)
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.strengths, self.tr("Strengths and old passions"))
        self.sections.addTab(self.goods, self.tr("Good Lives"))
        self.sections.addTab(self.perspective, self.tr("Perspective"))
        for section in (self.strengths, self.goods, self.perspective):
            section.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.sections)

    def set_presentation_mode(self, on: bool) -> None:
        self.goods.set_presentation_mode(on)
        if not on and self._pending_resume is not None:
            draft, self._pending_resume = self._pending_resume, None
            self.resume("good", draft)

    # -- drafts of an open dialog ---------------------------------------------------------------------

    DRAFT_KINDS = ("strength", "good", "perspective")

    def resume(self, kind: str, draft: str) -> None:
        """Open the dialog of `kind` again with what was typed in it before the lock, on the same record."""
        if kind == "strength":
            self.sections.setCurrentWidget(self.strengths)
            self.strengths.resume(draft)
        elif kind == "good":
            self.sections.setCurrentWidget(self.goods)
            if not self.goods.resume(draft):
                self._pending_resume = draft  # back when presentation mode is left, not lost
                self._ask.inform(
                    self,
                    self.tr("Kept for later"),
                    self.tr(
                        "A good you were changing before the lock is hidden in presentation mode. Its form comes back "
                        "when you leave presentation mode."
                    ),
                )
        elif kind == "perspective":
            self.sections.setCurrentWidget(self.perspective)
            self.perspective.new_version(draft)

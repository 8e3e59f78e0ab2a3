"""SelectionTreeModel: the selection tree of a case with a tick box on every section and item.

What is chosen is a set of keys, always with the parents of chosen items (a step goes with its goal, a domain
with its assessment); unticking an item unticks what hangs under it. A section shows ticked, partly ticked or not
from its items; ticking it ticks them all. Items of a special category are purple, named in the second column, and
are only ticked once `confirm` agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from trajectapp.domain.selection import SelectionItem, SelectionTree, Translate
from trajectapp.ui.labels import label

ITEM, SPECIAL = 0, 1
KEY = Qt.ItemDataRole.UserRole + 1
SPECIAL_COLOUR = QColor("#6c3483")  # as the special-category fields of the forms
# confirm(items) -> whether the special-category items about to be ticked may be.
Confirm = Callable[[list[SelectionItem]], bool]
Index = QModelIndex | QPersistentModelIndex


def category_words(item: SelectionItem) -> str:
    return ", ".join(sorted(label(category) for category in item.categories))


class SelectionTreeModel(QStandardItemModel):
    chosen_changed = Signal()

    def __init__(self, tree: SelectionTree, *, translate: Translate, confirm: Confirm, parent: QObject | None = None):
        super().__init__(parent)
        self.tree = tree
        self._confirm = confirm
        self._chosen: set[str] = set()
        self._rows: dict[str, QStandardItem] = {}  # key (section or item) -> its first cell
        self._items: dict[str, SelectionItem] = {}
        self._below: dict[str, list[str]] = {}  # key (section or item) -> every item key under it
        self.setHorizontalHeaderLabels([self.tr("What can leave"), self.tr("Special category")])
        for section in tree.sections:
            row = self._row(section.key, section.label(translate))
            keys = self._add(row, section.items, translate)
            self._below[section.key] = keys
            special = sum(1 for key in keys if self._items[key].is_special)
            if special:
                row[SPECIAL].setText(self.tr("%1 of a special category").replace("%1", str(special)))
                row[SPECIAL].setForeground(QBrush(SPECIAL_COLOUR))
            font = row[ITEM].font()
            font.setBold(True)
            row[ITEM].setFont(font)
            self.appendRow(row)
        self._refresh()

    def _row(self, key: str, text: str) -> list[QStandardItem]:
        first, second = QStandardItem(text), QStandardItem()
        first.setToolTip(text)  # the whole label, where the column cuts it short
        first.setData(key, KEY)
        first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        first.setCheckState(Qt.CheckState.Unchecked)
        second.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self._rows[key] = first
        return [first, second]

    def _add(self, parent_row: list[QStandardItem], items: Iterable[SelectionItem], translate: Translate) -> list[str]:
        keys = []
        for item in items:
            row = self._row(item.key, item.label(translate))
            self._items[item.key] = item
            if item.is_special:
                words = category_words(item)
                italic = QFont()
                italic.setItalic(True)
                note = self.tr("Special-category data (%1): it leaves only if you tick it and confirm.").replace(
                    "%1", words
                )
                for cell in row:
                    cell.setForeground(QBrush(SPECIAL_COLOUR))
                row[ITEM].setToolTip(row[ITEM].text() + "\n" + note)
                row[SPECIAL].setToolTip(note)
                row[SPECIAL].setText("◆ " + words)
                row[SPECIAL].setFont(italic)
            under = self._add(row, item.children, translate)
            self._below[item.key] = under
            parent_row[ITEM].appendRow(row)
            keys += [item.key, *under]
        return keys

    # -- what is chosen ------------------------------------------------------------------------------------------

    def chosen(self) -> frozenset[str]:
        return frozenset(self._chosen)

    def special_chosen(self) -> int:
        return sum(1 for key in self._chosen if self._items[key].is_special)

    def is_everything(self) -> bool:
        return len(self._chosen) == len(self._items)

    def set_chosen(self, keys: Iterable[str]) -> None:
        """Choose exactly `keys` (with their parents), without asking: for what the wizard chooses itself."""
        self._chosen = set(self.tree.effective(keys))
        self._refresh()

    def choose_all(self) -> bool:
        """Tick everything; special-category items only if confirmed. False if they were left out."""
        return self._tick(list(self._items))

    def choose_none(self) -> None:
        self._chosen.clear()
        self._refresh()

    def toggle(self, key: str, on: bool) -> bool:
        """Tick or untick a section or an item as a click does; False when ticking was not confirmed."""
        targets = self._below[key] if key.startswith("section:") else [key]
        if not on:
            for target in targets:
                self._chosen -= {target, *self._below[target]}
            self._refresh()
            return True
        return self._tick(targets)

    def _tick(self, targets: list[str]) -> bool:
        adding = set(self.tree.effective(targets)) - self._chosen
        special = [self._items[key] for key in self._tree_order(adding) if self._items[key].is_special]
        confirmed = not special or self._confirm(special)
        if not confirmed:  # the rest still goes: what carries no special category, nor needs a parent that does
            plain = [
                key
                for key in targets
                if not any(self._items[k].is_special for k in set(self.tree.effective([key])) - self._chosen)
            ]
            adding = set(self.tree.effective(plain)) - self._chosen if plain else set()
        self._chosen |= adding
        self._refresh()
        return confirmed

    def _tree_order(self, keys: set[str]) -> list[str]:
        return [item.key for item, _ in self.tree.walk() if item.key in keys]

    # -- Qt ------------------------------------------------------------------------------------------------------

    def index_of(self, key: str) -> QModelIndex:
        return self.indexFromItem(self._rows[key])

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick box clicked in the view: the chosen keys change, and with them every box."""
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != ITEM:
            return super().setData(index, value, role)
        key = self.itemFromIndex(index).data(KEY)
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self.toggle(key, state != Qt.CheckState.Unchecked)
        return True

    def _refresh(self) -> None:
        for key, cell in self._rows.items():
            if key.startswith("section:"):
                below = self._below[key]
                count = sum(1 for k in below if k in self._chosen)
                state = (
                    Qt.CheckState.Checked
                    if below and count == len(below)
                    else (Qt.CheckState.PartiallyChecked if count else Qt.CheckState.Unchecked)
                )
            else:
                state = Qt.CheckState.Checked if key in self._chosen else Qt.CheckState.Unchecked
            if cell.checkState() != state:
                cell.setCheckState(state)
        self.chosen_changed.emit()

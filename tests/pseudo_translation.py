"""A pseudo-translation for the run-time check: a translator that wraps every text pyside6-lupdate extracted, in the
context it extracted it, as a real translation would find it ("⟦Save⟧"), and a walk over the widgets on screen that
collects every text a person can read, so that a test can find the words that came through untranslated."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
    QWizardPage,
)

from lupdate_catalogue import Message
from shown_text import has_words
from trajectapp.domain.languages import Language

OPEN, CLOSE = "⟦", "⟧"
_WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_MARKUP = re.compile(r"<[^<>]*>")
# A value the vault keeps as a key ("held", "building_trust", "case.created"): the interface never shows one as it is.
_STORED_KEY = re.compile(r"[a-z_]*(\.[a-z_]+)*")
_NOTE_MARKUP = re.compile(r"^\s*(#{1,6}|[-*])\s+|\*\*")
# Qt's own words on screen, translated by Qt's catalogues (qtbase_nl.qm...), not ours: the standard buttons of a
# dialog (OK, Cancel, Close, Save) and of a wizard (Back, Next, Commit, Finish).
QT_CONTEXTS = frozenset({"QPlatformTheme", "QWizard"})
_MODEL_ROWS = 300  # enough rows of a table to see every kind of cell, few enough to stay quick


class PseudoTranslator(QTranslator):
    """Wraps the texts lupdate found, in the context it found them; anything else is asked for in vain, and kept in
    `missed` to say why a text came through as it is written."""

    def __init__(self, catalogue: set[Message], parent: QObject | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.missed: dict[str, set[str]] = {}  # source text -> the contexts it was asked in but lupdate lacks

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if (context, source, disambiguation or "") in self.catalogue or context in QT_CONTEXTS:
            return OPEN + source + CLOSE  # Qt fills in %n in what comes back
        self.missed.setdefault(source, set()).add(context)
        return None

    def isEmpty(self) -> bool:
        return False


@dataclass(frozen=True)
class Shown:
    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def unwrapped_words(text: str, data: Iterable[str] = ()) -> str:
    """What is left of `text` to read once the translated texts and the data in it are taken out; empty when that
    holds no words."""
    plain = html.unescape(_MARKUP.sub(" ", text)) if "<" in text or "&" in text else text
    while (inner := _WRAPPED.sub(" ", plain)) != plain:  # a translated text may hold another one
        plain = inner
    for value in data:
        if value in plain:
            plain = plain.replace(value, " ")
    return plain.strip() if has_words(plain) else ""


@dataclass
class DataWords:
    """The data a test put on screen (names, notes, dates in words), longest first so a whole name goes at once."""

    # Each language is named in itself in a language chooser, whatever language the interface speaks.
    values: list[str] = field(default_factory=lambda: [language.own_name for language in Language])

    def add(self, values: Iterable[str]) -> None:
        self.values = sorted({*self.values, *(value for value in values if has_words(value))}, key=len, reverse=True)

    def leave_out(self, values: Iterable[str]) -> None:
        """Take `values` out of the data: texts the interface must translate even though the vault stores them."""
        left_out = set(values)
        self.values = [value for value in self.values if value not in left_out]

    def with_values(self, values: Iterable[str]) -> DataWords:
        """These data and `values` besides, leaving these as they are."""
        more = DataWords(list(self.values))
        more.add(values)
        return more

    def unwrapped(self, shown: Iterable[Shown]) -> list[Shown]:
        """The texts shown with words that are neither translated nor data."""
        return [item for item in shown if unwrapped_words(item.text, self.values)]


def stored_texts(rows: Iterable[Iterable[object]]) -> Iterator[str]:
    """The text values of rows read from the vault, the strings inside JSON values included; a value that is a
    stored key ("held", "building_trust") is left out, as the interface must never show one as it is."""
    for row in rows:
        for value in row:
            if not isinstance(value, str):
                continue
            if value[:1] in "[{":
                try:
                    yield from _strings_in(json.loads(value))
                    continue
                except ValueError:
                    pass
            if not _STORED_KEY.fullmatch(value):
                yield value
                yield from _lines_as_shown(value)


def _lines_as_shown(text: str) -> Iterator[str]:
    """Each line of a note as a preview shows it: without its markup (# heading, - item, **bold**)."""
    for line in text.splitlines():
        shown = _NOTE_MARKUP.sub("", line).strip()
        if shown:
            yield shown


def _strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        if not _STORED_KEY.fullmatch(value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


# -- what a person can read ---------------------------------------------------------------------------------------


def shown_texts(root: QWidget) -> list[Shown]:
    """Every text `root` shows now: its title, and the texts of every visible widget, menu, action and item in it."""
    found: list[Shown] = []
    found += _texts(root.window() if root.isWindow() else root, "window title", [root.windowTitle()])
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        found += _widget_texts(widget)
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found += _action_texts(action, "menu")
    return found


def _texts(widget: QWidget, what: str, texts: Iterable[object]) -> list[Shown]:
    return _shown(type(widget).__name__, what, texts)


def _shown(where: str, what: str, texts: Iterable[object]) -> list[Shown]:
    return [Shown(f"{where} {what}", text) for text in texts if isinstance(text, str) and text]


def _widget_texts(widget: QWidget) -> list[Shown]:
    found = _texts(widget, "tooltip", [widget.toolTip(), widget.statusTip(), widget.whatsThis()])
    if isinstance(widget, QLabel | QAbstractButton):
        found += _texts(widget, "text", [widget.text()])
    elif isinstance(widget, QGroupBox):
        found += _texts(widget, "title", [widget.title()])
    elif isinstance(widget, QTabBar):
        found += _texts(widget, "tab", [widget.tabText(i) for i in range(widget.count())])
        found += _texts(widget, "tab tooltip", [widget.tabToolTip(i) for i in range(widget.count())])
    elif isinstance(widget, QComboBox):
        found += _texts(widget, "item", [widget.itemText(i) for i in range(widget.count())])
        found += _texts(widget, "placeholder", [widget.placeholderText()])
    elif isinstance(widget, QLineEdit):
        found += _texts(widget, "placeholder", [widget.placeholderText()])
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        found += _texts(widget, "placeholder", [widget.placeholderText()])
        if widget.isReadOnly():
            found += _texts(widget, "text", [widget.toPlainText()])
    elif isinstance(widget, QAbstractSpinBox):
        # A number's words are read with the number, as they may change with it ("1 day", "2 days"); a date edit
        # has none, and its text is data.
        counted = [widget.text()] if hasattr(widget, "suffix") else []
        found += _texts(widget, "affix", [*counted, widget.specialValueText()])
    elif isinstance(widget, QProgressBar) and widget.isTextVisible():
        found += _texts(widget, "text", [widget.text()])
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        found += _view_texts(widget)
    elif isinstance(widget, QWizardPage):
        found += _texts(widget, "title", [widget.title(), widget.subTitle()])
    elif isinstance(widget, QWizard):
        found += _texts(widget, "button", [widget.buttonText(which) for which in _WIZARD_BUTTONS])
    for action in widget.actions():
        if not isinstance(widget, QMenu):
            found += _action_texts(action, type(widget).__name__)
    return found


_WIZARD_BUTTONS = (QWizard.BackButton, QWizard.NextButton, QWizard.FinishButton, QWizard.CancelButton)


def _action_texts(action, where: str) -> list[Shown]:
    if not action.isVisible() or action.isSeparator():
        return []
    found = [Shown(f"{where} action", text) for text in (action.text(), action.toolTip(), action.statusTip()) if text]
    if action.menu() is not None:
        found += [Shown(f"{where} menu", action.menu().title())]
        for inner in action.menu().actions():
            found += _action_texts(inner, where)
    return found


def _view_texts(view: QAbstractItemView) -> list[Shown]:
    if isinstance(view, QHeaderView):
        return []  # the headers are read with their view
    model = view.model()
    source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
    where = f"{type(view).__name__} of {type(source).__name__}"
    found = []
    header = view.horizontalHeader() if isinstance(view, QTableView) else getattr(view, "header", lambda: None)()
    if isinstance(header, QHeaderView) and not header.isHidden():
        for section in range(model.columnCount()):
            if not header.isSectionHidden(section):
                for role in (Qt.DisplayRole, Qt.ToolTipRole):
                    found += _shown(where, "header", [model.headerData(section, Qt.Horizontal, role)])
    for index in _indexes(model, QModelIndex(), view):
        for role in (Qt.DisplayRole, Qt.ToolTipRole):
            found += _shown(where, "cell", [model.data(index, role)])
    return found


def _indexes(model: QAbstractItemModel, parent: QModelIndex, view: QAbstractItemView) -> Iterator[QModelIndex]:
    # PySide keeps columnCount() of a list model and hasChildren() of both private: neither has children.
    listed, flat = isinstance(model, QAbstractListModel), isinstance(model, QAbstractListModel | QAbstractTableModel)
    for row in range(min(model.rowCount(parent), _MODEL_ROWS)):
        for column in range(1 if listed else model.columnCount(parent)):
            if isinstance(view, QTableView | QTreeView) and view.isColumnHidden(column):
                continue
            index = model.index(row, column, parent)
            yield index
            if column == 0 and not flat and model.hasChildren(index):
                yield from _indexes(model, index, view)

"""The text of a session note as it is written: plain text in a readable column, its markup coloured as typed,
and a toolbar that puts the markup in (headings, lists, emphasis) with the keys for each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolBar, QWidget

from trajectapp.ui.sessions.note_markup import (
    EMPHASIS,
    HEADING,
    ITEM,
    STRONG,
    SUBHEADING,
    NoteHighlighter,
    toggle_line_mark,
    toggle_wrap,
)

COLUMN_CHARACTERS = 72  # the width of the text, as in a book: long lines are hard to read back


def plain_text(editor: QPlainTextEdit) -> str:
    """The text exactly as typed: line breaks as "\\n", and non-breaking spaces kept (toPlainText turns them into
    ordinary spaces)."""
    return editor.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


class NoteTextEdit(QPlainTextEdit):
    """Plain text in a column about COLUMN_CHARACTERS wide, centred when the window is wider."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.15)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMinimumWidth(self.column_width() // 2)
        self.highlighter = NoteHighlighter(self.document(), self.font())

    def column_width(self) -> int:
        margins = int(self.document().documentMargin()) * 2
        return self.fontMetrics().averageCharWidth() * COLUMN_CHARACTERS + margins

    def resizeEvent(self, event: QResizeEvent) -> None:
        spare = max(0, self.width() - self.column_width() - self.verticalScrollBar().sizeHint().width() - 4)
        self.setViewportMargins(spare // 2, 0, spare - spare // 2, 0)
        super().resizeEvent(event)


def markup_toolbar(parent: QWidget, editor: NoteTextEdit) -> QToolBar:
    """The toolbar of the note's markup; each action acts on the selection or the lines of the cursor."""
    toolbar = QToolBar(parent)

    def line_mark(mark: str) -> None:
        toggle_line_mark(editor.textCursor(), mark)
        editor.setFocus()

    def wrap(mark: str) -> None:
        cursor = editor.textCursor()
        toggle_wrap(cursor, mark)
        editor.setTextCursor(cursor)
        editor.setFocus()

    for text, tip, keys, act in (
        (
            QCoreApplication.translate("NoteEditor", "Heading"),
            QCoreApplication.translate("NoteEditor", "A line as a heading: # at its start"),
            "Ctrl+1",
            lambda: line_mark(HEADING),
        ),
        (
            QCoreApplication.translate("NoteEditor", "Subheading"),
            QCoreApplication.translate("NoteEditor", "A line as a subheading: ## at its start"),
            "Ctrl+2",
            lambda: line_mark(SUBHEADING),
        ),
        (
            QCoreApplication.translate("NoteEditor", "List"),
            QCoreApplication.translate("NoteEditor", "Lines as a list: - at their start"),
            "Ctrl+Shift+L",
            lambda: line_mark(ITEM),
        ),
        (
            QCoreApplication.translate("NoteEditor", "Emphasis"),
            QCoreApplication.translate("NoteEditor", "*Emphasis* on the selection"),
            QKeySequence.StandardKey.Italic,
            lambda: wrap(EMPHASIS),
        ),
        (
            QCoreApplication.translate("NoteEditor", "Strong"),
            QCoreApplication.translate("NoteEditor", "**Strong** text for the selection"),
            QKeySequence.StandardKey.Bold,
            lambda: wrap(STRONG),
        ),
    ):
        action = QAction(text, parent)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(act)
        toolbar.addAction(action)

    return toolbar

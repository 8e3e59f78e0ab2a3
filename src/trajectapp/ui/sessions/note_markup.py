"""The simple markup of a session note, shown as it is typed (`# heading`, `## subheading`, `- item`, `*emphasis*`,
`**strong**`) and put in or taken out by the editor's buttons. The text keeps the marks; nothing is converted."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument

from trajectapp.domain import note_markup as grammar  # the same reading as the printed note

HEADING, SUBHEADING, ITEM = "# ", "## ", "- "
LINE_MARKS = (HEADING, SUBHEADING)  # a line is one kind of heading at a time
EMPHASIS, STRONG = "*", "**"

MARK_COLOUR = "#9a9a9a"
HEADING_COLOUR = "#1f3a5f"


def _format(
    *, bold: bool = False, italic: bool = False, scale: float = 0.0, colour: str = "", base: QFont | None = None
) -> QTextCharFormat:
    chosen = QTextCharFormat()
    if bold:
        chosen.setFontWeight(QFont.Weight.Bold)
    if italic:
        chosen.setFontItalic(True)
    if scale and base is not None:
        chosen.setFontPointSize(base.pointSizeF() * scale)
    if colour:
        chosen.setForeground(QColor(colour))
    return chosen


class NoteHighlighter(QSyntaxHighlighter):
    """Headings larger and bold, list marks and the asterisks of emphasis in grey, emphasis in italics and strong
    text in bold; the marks stay visible, so what is seen is what is kept."""

    def __init__(self, document: QTextDocument, base: QFont):
        super().__init__(document)
        self._heading = _format(bold=True, scale=1.35, colour=HEADING_COLOUR, base=base)
        self._subheading = _format(bold=True, scale=1.15, colour=HEADING_COLOUR, base=base)
        self._mark = _format(colour=MARK_COLOUR)
        self._item_mark = _format(bold=True, colour=HEADING_COLOUR)
        self._strong = _format(bold=True)
        self._emphasis = _format(italic=True)

    def highlightBlock(self, text: str) -> None:
        if heading := grammar.HEADING.match(text):
            whole = self._heading if len(heading.group(1)) == 1 else self._subheading
            self.setFormat(0, len(text), whole)
            marks = QTextCharFormat(whole)
            marks.setForeground(QColor(MARK_COLOUR))
            self.setFormat(heading.start(1), heading.end(1) - heading.start(1), marks)
            return
        if item := grammar.ITEM.match(text):
            self.setFormat(item.start(2), item.end(2) - item.start(2), self._item_mark)
        outside_marks, at = [], 0  # emphasis is looked for between strong marks and inside them, never across
        for found in grammar.STRONG.finditer(text):
            self._marked(found, self._strong, len(STRONG))
            outside_marks += [(at, found.start()), (found.start(1), found.end(1))]
            at = found.end()
        outside_marks.append((at, len(text)))
        for start, end in outside_marks:
            for found in grammar.EMPHASIS.finditer(text, start, end):
                self._marked(found, self._emphasis, len(EMPHASIS))

    def _marked(self, found: re.Match[str], inner: QTextCharFormat, width: int) -> None:
        self._merge(found.start(1), found.end(1), inner)
        self._merge(found.start(), found.start() + width, self._mark)
        self._merge(found.end() - width, found.end(), self._mark)

    def _merge(self, start: int, end: int, extra: QTextCharFormat) -> None:
        """Add `extra` to what the characters already have (strong text may hold emphasis)."""
        for position in range(start, end):
            merged = QTextCharFormat(self.format(position))
            merged.merge(extra)
            self.setFormat(position, 1, merged)


# -- putting marks in and taking them out --------------------------------------------------------------------


def _selected_blocks(cursor: QTextCursor) -> tuple[int, int]:
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart()).blockNumber()
    last = document.findBlock(cursor.selectionEnd()).blockNumber()
    if last > first and cursor.selectionEnd() == document.findBlockByNumber(last).position():
        last -= 1  # a selection that ends at the start of a line does not take that line
    return first, last


def toggle_line_mark(cursor: QTextCursor, mark: str) -> None:
    """Put `mark` (a heading or a list item) at the start of each selected line, or take it off when the first line
    has it already. A heading replaces the other heading's mark. One step to undo."""
    document = cursor.document()
    first, last = _selected_blocks(cursor)
    taking_off = document.findBlockByNumber(first).text().startswith(mark)
    others = [other for other in LINE_MARKS if other != mark] if mark in LINE_MARKS else []
    cursor.beginEditBlock()
    for number in range(first, last + 1):
        block = document.findBlockByNumber(number)
        text = block.text()
        edit = QTextCursor(block)
        if text.startswith(mark):
            if taking_off:
                edit.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(mark))
                edit.removeSelectedText()
            continue
        if taking_off or (not text.strip() and first != last):
            continue
        old = next((other for other in others if text.startswith(other)), "")
        edit.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(old))
        edit.insertText(mark)
    cursor.endEditBlock()


def toggle_wrap(cursor: QTextCursor, mark: str) -> None:
    """Put `mark` on both sides of the selection (or of the word at the cursor), or take it off when it is there.
    With nothing to wrap, a pair of marks goes in and the cursor between them."""
    if not cursor.hasSelection():
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if not cursor.selectedText().strip() or not any(char.isalnum() for char in cursor.selectedText()):
            cursor.clearSelection()
            cursor.insertText(mark + mark)
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, len(mark))
            return
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    text = cursor.selectedText()
    document = cursor.document()
    around = QTextCursor(document)
    around.setPosition(max(start - len(mark), 0))
    around.setPosition(min(end + len(mark), document.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    if len(text) > 2 * len(mark) and text.startswith(mark) and text.endswith(mark):
        cursor.insertText(text[len(mark) : -len(mark)])
        cursor.setPosition(start)
        cursor.setPosition(end - 2 * len(mark), QTextCursor.MoveMode.KeepAnchor)
    elif around.selectedText() == mark + text + mark and start >= len(mark):
        around.insertText(text)
        cursor.setPosition(start - len(mark))
        cursor.setPosition(end - len(mark), QTextCursor.MoveMode.KeepAnchor)
    else:
        cursor.insertText(mark + text + mark)
        cursor.setPosition(start + len(mark))
        cursor.setPosition(end + len(mark), QTextCursor.MoveMode.KeepAnchor)
    cursor.endEditBlock()

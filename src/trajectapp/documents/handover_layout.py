"""The building blocks of a handover document: its words (translated in the "Handover" context, the domain's
labels in "Labels", the catalogues' texts in "Catalogue"), section headings, fact lists, tables, a session note's
markup, and the small mark that says an item holds special-category data. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from trajectapp.documents import fonts, frame
from trajectapp.documents.note_markup import add_note_styles, note_blocks, note_paragraphs
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import long_date, short_date
from trajectapp.domain.selection import Translate
from trajectapp.domain.shipped_catalogues import catalogue_text
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled

CONTEXT = "Handover"
MARK_INK = colors.HexColor("#7A4100")  # a dark amber: stands out on screen, still dark on a grey printout
_LABEL_WIDTH = 45 * mm
PIECE_START = 45 * mm  # room for a piece's heading and its first lines at the foot of a page
Piece = tuple[list[Flowable], list[Flowable]]  # a head kept on one page, and a tail that may run on
_PLACEHOLDER = re.compile(r"%(\d)")


class Markup(str):
    """Paragraph markup made here, to be used as it is; any other str is the user's text and gets escaped."""


def day(value: date | None) -> str:
    """A date in a table of the handover."""
    return short_date(value) if value else ""


class Layout:
    """Words and flowables for one handover; `marks` holds the special categories of each selected item by key."""

    def __init__(self, translate: Translate, marks: Mapping[str, frozenset[DataCategory]]):
        self.translate = translate
        self.marks = marks
        self.marked_any = False  # whether a mark has been printed so far
        self.styles = _styles()
        self.width = frame.CONTENT_WIDTH

    # -- words --------------------------------------------------------------------------------------------------

    def long_date(self, value: date) -> str:
        """A date in a heading or running text, in the handover's language: "14 maart 2026"."""
        return long_date(value, self.translate)

    def words(self, text: str, *values: str) -> str:
        """`text` translated, with %1, %2... replaced by `values` in one pass; without values, as translated."""
        if not values:
            return self.translate(CONTEXT, text)
        return _PLACEHOLDER.sub(
            lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else "",
            self.translate(CONTEXT, text),
        )

    def label(self, value: Labelled | None) -> str:
        """The enum's own words, in the same context as the interface's, so that they are translated once."""
        return self.label_words(value.label) if value is not None else ""

    def label_words(self, text: str) -> str:
        """Words of the domain's own lists (a kind of session, say), translated where the interface does."""
        return self.translate("Labels", text)

    def catalogue(self, text: str) -> str:
        """A life domain's, factor category's or partner service's name in the reader's language if it came with
        Trajectapp, as typed if the consultant typed it."""
        return catalogue_text(text, self.translate)

    def text(self, value: str) -> str:
        """Paragraph markup: `value` as it is if it is Markup, else the user's text shaped, escaped, lines kept."""
        return value if isinstance(value, Markup) else frame.user_text(value)

    def mark(self, key: str) -> Markup:
        """The small "special category" mark for the item `key`, or nothing for ordinary data."""
        categories = self.marks.get(key)
        if not categories:
            return Markup("")
        self.marked_any = True
        names = ", ".join(self.label(category) for category in DataCategory if category in categories)
        words = escape(self.words(QT_TRANSLATE_NOOP("Handover", "special category: %1"), names))
        return Markup(f'<font name="{fonts.REGULAR}" size="7.5" color="{MARK_INK.hexval()}">[{words}]</font>')

    def marked(self, value: str, key: str) -> Markup:
        """User text followed by the item's mark on a line of its own."""
        mark = self.mark(key)
        return Markup(self.text(value) + (f"<br/>{mark}" if mark else ""))

    # -- flowables ----------------------------------------------------------------------------------------------

    def section(self, title: str) -> Paragraph:
        return Paragraph(escape(self.words(title)), self.styles["section"])

    def pieces(self, title: str, pieces: Sequence[Piece]) -> list[Flowable]:
        """A section made of pieces (an assessment, a goal, a session), each a head kept on one page and a tail
        that may run on; the section's heading stays with the head of its first piece. Empty without pieces."""
        flowables: list[Flowable] = []
        for number, (head, tail) in enumerate(pieces):
            if number == 0:
                head = [self.section(title), *head]
            else:
                # A piece starts on the next page only when too little is left for its head and a few lines;
                # keeping it whole would leave much of a page empty before a long one.
                flowables.append(CondPageBreak(PIECE_START))
            flowables += [KeepTogether(head), *tail]
        return flowables

    def heading(self, text: str, key: str = "") -> Paragraph:
        """A heading inside a section (an assessment, a goal, a session), with the item's mark after it."""
        mark = self.mark(key) if key else ""
        return Paragraph(self.text(text) + (f"  {mark}" if mark else ""), self.styles["goal"])

    def line(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(self.text(text), self.styles[style])

    def facts(self, rows: Sequence[tuple[str, str]]) -> list[Flowable]:
        """Label and value, one pair a row; rows whose value is blank are left out. Labels are translated words."""
        shown = [(label, value) for label, value in rows if value.strip()]
        if not shown:
            return []
        cells = [
            [Paragraph(escape(label), self.styles["label"]), Paragraph(self.text(value), self.styles["cell"])]
            for label, value in shown
        ]
        return [frame.facts_table(cells, _LABEL_WIDTH, self.width)]

    def grid(self, head: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float]) -> Table:
        """A table with a head row of words to translate, then the rows (user text, or Markup)."""
        cells = [[Paragraph(escape(self.words(text)), self.styles["head"]) for text in head]]
        cells += [[Paragraph(self.text(value), self.styles["cell"]) for value in row] for row in rows]
        return frame.grid_table(cells, shares, self.width)

    def note(self, note: str) -> list[Flowable]:
        """A session note with its markup read as the printed session notes read it."""
        return [Spacer(0, 2 * mm), *note_paragraphs(note_blocks(note), self.styles)]


def _styles() -> dict[str, ParagraphStyle]:
    styles = frame.styles()
    styles["domain"] = ParagraphStyle(
        "domain",
        parent=styles["cell"],
        fontName=styles["section"].fontName,
        spaceBefore=7,
        spaceAfter=2,
        leftIndent=3,
        backColor=frame.SHADE,
        # reportlab takes (top, right, bottom, left) as well as one number; types-reportlab knows only the number.
        borderPadding=(2, 0, 2, 0),  # type: ignore[arg-type]
        keepWithNext=1,
    )
    add_note_styles(styles, heading_size=11, heading_leading=15, heading_before=5)
    return styles

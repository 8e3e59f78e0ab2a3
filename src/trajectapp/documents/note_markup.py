"""A session note's simple markup (`# heading`, `## sub`, `- item`, `*emphasis*`, `**strong**`) read into blocks of
reportlab paragraph markup, and the paragraphs and styles every document that prints a note lays them out in;
everything else in the note is escaped, so the note prints exactly as typed.

One block per line of the note, so a note of many pages is laid out line by line and never as one huge paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from trajectapp.documents import frame
from trajectapp.documents.script import shape_for_pdf
from trajectapp.domain.note_markup import EMPHASIS, HEADING, ITEM, STRONG


class BlockKind(Enum):
    HEADING = "heading"
    SUBHEADING = "subheading"
    ITEM = "item"
    TEXT = "text"
    GAP = "gap"  # one or more blank lines


_STYLES = {
    "HEADING": "note_heading",
    "SUBHEADING": "note_subheading",
    "ITEM": "item",
    "TEXT": "note",
}


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    markup: str = ""  # reportlab paragraph markup
    level: int = 0  # for an item: 0, or 1 when it is indented under another item
    bullet: str = ""  # for an item: its number as typed ("2."), or empty for a bullet


def note_blocks(note: str) -> list[Block]:
    """The note's lines as blocks, in order; blank lines at either end are dropped and a run of them is one gap."""
    blocks: list[Block] = []
    for line in note.strip("\n").splitlines():
        if not line.strip():
            if blocks and blocks[-1].kind is not BlockKind.GAP:
                blocks.append(Block(BlockKind.GAP))
            continue
        if heading := HEADING.match(line):
            kind = BlockKind.HEADING if len(heading.group(1)) == 1 else BlockKind.SUBHEADING
            blocks.append(Block(kind, inline_markup(line[heading.end() :].strip())))
        elif item := ITEM.match(line):
            level = 1 if len(item.group(1).expandtabs(4)) >= 2 else 0
            number = item.group(2) if item.group(2)[0].isdigit() else ""
            blocks.append(Block(BlockKind.ITEM, inline_markup(line[item.end() :].strip()), level, number))
        else:
            blocks.append(Block(BlockKind.TEXT, inline_markup(line.strip())))
    while blocks and blocks[-1].kind is BlockKind.GAP:
        blocks.pop()
    return blocks


def inline_markup(text: str) -> str:
    """One line of the note as paragraph markup: **strong** and *emphasis* as bold and italic, the rest escaped,
    Arabic words shaped for print."""
    return "".join(_spans(text, STRONG, "b", lambda inner: "".join(_spans(inner, EMPHASIS, "i", _plain))))


def _spans(text: str, pattern: re.Pattern[str], tag: str, inner: Callable[[str], str]) -> list[str]:
    parts, at = [], 0
    for found in pattern.finditer(text):
        parts.append(inner(text[at : found.start()]))
        parts.append(f"<{tag}>{inner(found.group(1))}</{tag}>")
        at = found.end()
    parts.append(inner(text[at:]))
    return parts


def _plain(text: str) -> str:
    return escape(shape_for_pdf(text)) if text else ""


def note_paragraphs(blocks: list[Block], styles: dict[str, ParagraphStyle]) -> list[Paragraph]:
    """The blocks as paragraphs in the styles add_note_styles made."""
    paragraphs = []
    after_gap = False
    for block in blocks:
        if block.kind is BlockKind.GAP:
            after_gap = True
            continue
        # A blank line is space before the next paragraph, which reportlab drops at the top of a page.
        name = _STYLES[block.kind.name]
        if block.kind is BlockKind.ITEM and block.level:
            name = "subitem"
        style = styles[name + " after gap" if after_gap else name]
        after_gap = False
        bullet = (block.bullet or ("•" if block.level == 0 else "–")) if block.kind is BlockKind.ITEM else None
        paragraphs.append(Paragraph(block.markup, style, bulletText=bullet))
    return paragraphs


def add_note_styles(
    styles: dict[str, ParagraphStyle], *, heading_size: float, heading_leading: float, heading_before: float
) -> None:
    """The styles of a note's paragraphs, each also "... after gap" for a paragraph after a blank line."""
    body = styles["body"]
    bold = styles["section"].fontName
    styles.update(
        note=ParagraphStyle("note", parent=body, spaceAfter=1),
        note_heading=ParagraphStyle(
            "note_heading",
            parent=body,
            fontName=bold,
            fontSize=heading_size,
            leading=heading_leading,
            spaceBefore=heading_before,
            spaceAfter=2,
            keepWithNext=1,
        ),
        note_subheading=ParagraphStyle(
            "note_subheading",
            parent=body,
            fontName=bold,
            fontSize=10.5,
            leading=15,
            spaceBefore=4,
            spaceAfter=1,
            keepWithNext=1,
            textColor=frame.MUTED,
        ),
        # reportlab draws bullets in Helvetica unless told: DejaVu has the bullet and every digit
        item=ParagraphStyle(
            "item", parent=body, leftIndent=18, bulletIndent=4, spaceAfter=1, bulletFontName=body.fontName
        ),
        subitem=ParagraphStyle(
            "subitem", parent=body, leftIndent=34, bulletIndent=21, spaceAfter=1, bulletFontName=body.fontName
        ),
    )
    for name in ("note", "note_heading", "note_subheading", "item", "subitem"):
        style = styles[name]
        styles[name + " after gap"] = ParagraphStyle(
            name + " after gap", parent=style, spaceBefore=max(style.spaceBefore, 7)
        )

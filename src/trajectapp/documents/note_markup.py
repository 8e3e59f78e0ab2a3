"""A session note's simple markup (`# heading`, `## sub`, `- item`, `*emphasis*`, `**strong**`) read into blocks of
reportlab paragraph markup; everything else in the note is escaped, so the note prints exactly as typed.

One block per line of the note, so a note of many pages is laid out line by line and never as one huge paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from xml.sax.saxutils import escape

from trajectapp.documents.script import shape_for_pdf
from trajectapp.domain.note_markup import EMPHASIS, HEADING, ITEM, STRONG


class BlockKind(Enum):
    HEADING = "heading"
    SUBHEADING = "subheading"
    ITEM = "item"
    TEXT = "text"
    GAP = "gap"  # one or more blank lines


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

"""Text in Arabic script made printable: reportlab neither joins Arabic letters nor orders right-to-left runs, so
user text is shaped (arabic-reshaper) and put in visual order (python-bidi) before it becomes a paragraph."""

from __future__ import annotations

import re
import unicodedata

from arabic_reshaper import reshape
from bidi import get_display

# Arabic, Arabic Supplement, Arabic Extended-A, and the two blocks of presentation forms.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LEFT_TO_RIGHT_ISOLATE, _RIGHT_TO_LEFT_ISOLATE, _POP_ISOLATE = "\u2066", "\u2067", "\u2069"
_ISOLATE_MARKS = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def shape_for_pdf(text: str) -> str:
    """`text` with its Arabic words joined and right to left, line by line; any other text comes back unchanged.

    Lines are reordered as a whole, so an Arabic line too long for its column wraps with its last words first."""
    if not _ARABIC.search(text):
        return text
    return "\n".join(_shaped_line(line) if _ARABIC.search(line) else line for line in text.split("\n"))


def isolated(text: str) -> str:
    """`text` (a name, as typed) marked to be set among other words (in a list, in a sentence of ours): laid out in
    its own direction without carrying the words around it along. shape_for_pdf takes the marks out again; text
    without Arabic comes back as it is, unmarked."""
    if not _ARABIC.search(text):
        return text
    mark = _LEFT_TO_RIGHT_ISOLATE if _holds_left_to_right(text) else _RIGHT_TO_LEFT_ISOLATE
    return mark + text + _POP_ISOLATE


def _shaped_line(line: str) -> str:
    # The documents are written left to right. A line that holds left-to-right letters as well (an Arabic name
    # followed by "(familie)" or by a preferred name in Latin letters) keeps that direction, so the words around
    # the Arabic stay where they are; left to its first letter, it would read right to left and take them along.
    # A line in Arabic alone still reads right to left.
    direction = "L" if _holds_left_to_right(line) else None
    shown: str = get_display(reshape(line), base_dir=direction)
    return shown.translate(_ISOLATE_MARKS)


def _holds_left_to_right(text: str) -> bool:
    return any(unicodedata.bidirectional(char) == "L" for char in text)

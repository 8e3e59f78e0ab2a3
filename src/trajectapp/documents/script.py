"""Text in Arabic script made printable: reportlab neither joins Arabic letters nor orders right-to-left runs, so
user text is shaped (arabic-reshaper) and put in visual order (python-bidi) before it becomes a paragraph."""

from __future__ import annotations

import re

from arabic_reshaper import reshape
from bidi import get_display

# Arabic, Arabic Supplement, Arabic Extended-A, and the two blocks of presentation forms.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def shape_for_pdf(text: str) -> str:
    """`text` with its Arabic words joined and right to left, line by line; any other text comes back unchanged.

    Lines are reordered as a whole, so an Arabic line too long for its column wraps with its last words first."""
    if not _ARABIC.search(text):
        return text
    return "\n".join(get_display(reshape(line)) if _ARABIC.search(line) else line for line in text.split("\n"))

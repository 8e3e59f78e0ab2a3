"""How a heading looks: bold, and larger the more it heads, so that every screen uses the same three sizes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

TITLE = 1.5  # a screen's own: the person on a case file, the locked vault, a step of the setup
PAGE = 1.3  # a page's: the agenda, the search, a session note
SECTION = 1.15  # a part of a page or a dialog


def as_heading(label: QLabel, size: float) -> QLabel:
    """`label` in bold, its font `size` times as large (TITLE, PAGE or SECTION); returns it."""
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    return label

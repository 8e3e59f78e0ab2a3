"""How the Needs tab words a score of the 1–10 scale and a domain's special category, and the small mark
that flags a special-category domain in lists."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.needs import stage_of
from trajectapp.ui.labels import label

SPECIAL_COLOUR = "#6c3483"  # the colour fields.FieldRow gives its special-category marker


def score_text(score: int | None) -> str:
    """ "5 – Working on it, with a lot of support"; an empty string when not scored."""
    return f"{score} – {label(stage_of(score))}" if score is not None else ""


def category_text(category: DataCategory | None) -> str:
    """ "health data"; an empty string for ordinary data."""
    return label(category)


def special_note(category: DataCategory) -> str:
    """What a special-category mark means, for a tooltip."""
    return QCoreApplication.translate(
        "NeedsWords", "Special-category data (%1): hidden in presentation mode and never shared unless chosen."
    ).replace("%1", category_text(category))


@cache
def special_mark() -> QIcon:
    """A small filled circle in the special-category colour (made once, after the application exists)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SPECIAL_COLOUR))
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)

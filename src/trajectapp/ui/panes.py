"""Panes a person can resize but never drag shut: widgets side by side or stacked in a splitter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def panes(
    orientation: Qt.Orientation,
    widgets: Sequence[QWidget],
    parent: QWidget,
    *,
    stretch: Sequence[int] = (),
    sizes: Sequence[int] = (),
) -> QSplitter:
    """`stretch` shares out room the window gains; `sizes` are the first proportions (a splitter scales them)."""
    splitter = QSplitter(orientation, parent)
    for widget in widgets:
        splitter.addWidget(widget)
    splitter.setChildrenCollapsible(False)
    for index, factor in enumerate(stretch):
        splitter.setStretchFactor(index, factor)
    if sizes:
        splitter.setSizes(list(sizes))
    return splitter

"""A choice of the interface's languages, as Preferences and the first page of the setup wizard offer it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from trajectapp.domain.languages import Language


def language_box(parent: QWidget, current: Language) -> QComboBox:
    """Each language named in itself ("Nederlands", "Français"), so that anyone finds their own."""
    box = QComboBox(parent)
    for language in Language:
        box.addItem(language.own_name, language)
    box.setCurrentIndex(box.findData(current))
    return box

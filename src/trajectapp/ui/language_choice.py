"""A choice of the interface's languages, and its label, as Preferences, the first page of the setup wizard, the
document previews and the export wizard offer it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from trajectapp.domain.languages import Language


def language_box(parent: QWidget, current: Language) -> QComboBox:
    """Each language named in itself ("Nederlands", "Français"), so that anyone finds their own."""
    box = QComboBox(parent)
    for language in Language:
        box.addItem(language.own_name, language)
    box.setCurrentIndex(box.findData(current))
    return box


def language_label(box: QComboBox) -> QLabel:
    """The label "Language:" for `box`: its accelerator moves to the box."""
    label = QLabel(QCoreApplication.translate("LanguageChoice", "&Language:"), box.parentWidget())
    label.setBuddy(box)
    return label

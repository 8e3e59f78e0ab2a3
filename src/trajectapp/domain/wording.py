"""Marks the English words of the domain's own scales and lists for Qt Linguist.

The core cannot import Qt. pyside6-lupdate finds QT_TRANSLATE_NOOP by its
name alone, so this stand-in marks the strings where they are defined, and
the interface translates them in the context they are marked with: "Labels",
as ui/labels.py does for the labels it defines itself, or "Fields" for the
field names that messages show (domain/field_labels.py).
"""

from __future__ import annotations

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text

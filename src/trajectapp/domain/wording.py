"""Marks the English words of the domain's own scales and lists for Qt Linguist.

The core cannot import Qt. pyside6-lupdate finds QT_TRANSLATE_NOOP by its
name alone, so this stand-in marks the strings where they are defined, and
the interface translates them in the context they are marked with: "Labels",
as ui/labels.py does for the labels it defines itself, or "Fields" for the
field names that messages show (domain/field_labels.py).
"""

from __future__ import annotations

from enum import Enum
from typing import Self

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Labelled(Enum):
    """An enum whose members carry their English words beside their stored value, each declared once:
    `CLOSED = "closed", QT_TRANSLATE_NOOP("Labels", "Closed")`. The interface and the documents translate
    `member.label` in the "Labels" context; a member is found by its stored value as in any enum."""

    _value_: str
    label: str

    # `label` has a default only so that finding a member by its stored value (`Phase("closed")`) type-checks:
    # every member declares its words.
    def __new__(cls, value: str, label: str = "") -> Self:
        member = object.__new__(cls)
        member._value_ = value
        member.label = label
        return member

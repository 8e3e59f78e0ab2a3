"""The one way a refusal that no form can show (a full disk, a read-only folder) reaches the person from an action:
a warning with its words, never a traceback; and steps that each must be tried even when one before them fails."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from trajectapp.domain.messages import Refusal
from trajectapp.ui.ask import Ask
from trajectapp.ui.messages import message_text


@contextmanager
def refusal_warned(ask: Ask, parent: QWidget | None) -> Iterator[None]:
    """Run the block; a refusal it raises is shown as a warning and goes no further."""
    try:
        yield
    except Refusal as refusal:
        ask.warn(parent, QCoreApplication.translate("FormDialog", "Not saved"), message_text(refusal))


def each_tried(steps: Sequence[Callable[[], object]]) -> None:
    """Run every step even when one fails, then raise the first failure: one lost draft does not lose the next."""
    first: Exception | None = None
    for step in steps:
        try:
            step()
        except Exception as error:
            first = first or error
    if first is not None:
        raise first

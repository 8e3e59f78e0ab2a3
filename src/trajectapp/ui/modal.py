"""A modal dialog run as a function: what it answers once closed, or None when a lock deleted it meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QDialog

from trajectapp.ui.ask import Ask

Dialog = TypeVar("Dialog", bound=QDialog)
Answer = TypeVar("Answer")


def run_modal(
    ask: Ask, question: str, make: Callable[[], Dialog], read: Callable[[Dialog, bool], Answer]
) -> Answer | None:
    """What `read(dialog, accepted)` makes of the dialog `make()` builds, once the dialog is closed; a preset
    answer on `ask` wins.

    When the vault locks, the application rejects every open dialog and may delete its parent with it, so the
    dialog is only read if it still exists: None otherwise.
    """

    def run() -> Answer | None:
        dialog = make()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not shiboken6.isValid(dialog):
            return None
        answer = read(dialog, accepted)
        dialog.deleteLater()
        return answer

    return ask.answer(question, run)

"""A form dialog that asks before it throws away what was typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from trajectapp.domain.text import InvalidText, check_text
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.form_dialog import TEXT_LIMIT, FormDialog


class GuardedFormDialog(FormDialog):
    """Cancel, Escape and the window's close button ask about unsaved input; reject() itself does not, because
    that is how a lock closes every dialog, after the case file has kept the input as a draft.

    A subclass calls mark_unchanged() once it shows the record it edits, before any draft is loaded into it.
    (ui/needs has the same guard; the two belong together in ui/forms.)"""

    def __init__(self, title: str, ask: Ask, parent: QWidget | None = None, today: date | None = None):
        super().__init__(title, parent, today)
        self._ask = ask
        self._clean: str | None = None
        self.buttons.rejected.disconnect(self.reject)
        self.buttons.rejected.connect(self.cancel)

    def mark_unchanged(self) -> None:
        self._clean = self.draft()

    def text_error(self, name: str, limit: int = TEXT_LIMIT) -> str:
        """Too long, or holding a character the store refuses; empty when the field is fine."""
        if problem := self.text_problem(name, limit):
            return problem
        multiline = isinstance(self.inputs[name], QPlainTextEdit)
        try:
            check_text(name, self.text(name, multiline=multiline), multiline=multiline)
        except InvalidText:
            return self.tr("This holds a character that cannot be kept. Remove it and try again.")
        return ""

    def is_modified(self) -> bool:
        return self._clean is not None and self.draft() != self._clean

    def cancel(self) -> None:
        if self._may_discard():
            self.reject()

    def _may_discard(self) -> bool:
        """True when the input may go: nothing changed, or the user chose to discard it."""
        if not self.is_modified():
            return True
        answer = self._ask.save_discard_cancel(
            self, self.tr("Unsaved changes"), self.tr("What you typed here is not saved yet. Save it?"))
        if answer == "save":
            self._accept_if_valid()  # closes the dialog, or shows what to fix next to the fields
            return False
        return answer == "discard"

    # -- height ----------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def show_errors(self) -> dict[str, str]:
        errors = super().show_errors()
        if self.isVisible():
            self._fit_height()
        return errors

    def set_field_visible(self, name: str, visible: bool) -> None:
        super().set_field_visible(name, visible)
        if self.isVisible():
            self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the wrapped hints and messages need at this width: Qt's minimum for a form
        leaves them out, and rows would overlap. Never taller than the screen."""
        needed = self.layout().heightForWidth(self.width())
        screen = self.screen().availableGeometry().height() if self.screen() else needed
        if needed > self.height():
            self.resize(self.width(), min(needed, screen - 40))

    # -- keys and closing ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Escape and event.modifiers() == Qt.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self._may_discard():
            event.ignore()
            return
        super().closeEvent(event)

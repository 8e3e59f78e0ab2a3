"""A form dialog that asks before it drops what was typed, checks text by the core's own rule, and keeps in its
draft which record it was editing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from trajectapp.domain.text import InvalidText, check_text
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.fields import FieldRow
from trajectapp.ui.forms.form_dialog import TEXT_LIMIT, FormDialog, Value, draft_fields


class GuardedFormDialog(FormDialog[Value]):
    """Cancel, Escape and the window's close button ask before typed changes are dropped.

    reject() itself never asks: it is how a lock closes every open dialog, and a lock must not wait for an
    answer (the case file keeps the draft first). `record_keys` name what the draft must carry to know
    which record it edits. A subclass calls mark_unchanged() once it shows the record it edits, before any
    draft is loaded into it; until then nothing counts as changed.
    """

    record_keys: tuple[str, ...] = ()

    def __init__(self, title: str, ask: Ask, parent: QWidget | None = None, today: date | None = None):
        super().__init__(title, parent, today)
        self._ask = ask
        self._unchanged: str | None = None
        self._leaving = False  # the user chose to drop the changes
        # Called with the draft when the dialog is closed from outside (a lock) with changes in it; a dialog
        # outside a case file, whose drafts the case file does not keep, keeps its own this way.
        self.keep_unsaved: Callable[[str], None] | None = None
        self.buttons.rejected.disconnect(self.reject)
        self.buttons.rejected.connect(self.cancel)

    # -- unsaved changes ---------------------------------------------------------------------------

    def mark_unchanged(self) -> None:
        """What the fields hold now is the record as stored: call after loading it, before any draft."""
        self._unchanged = self.draft()

    def is_modified(self) -> bool:
        return self._unchanged is not None and self.draft() != self._unchanged

    def cancel(self) -> None:
        """The user's way out: asks first when something typed would be lost."""
        if self.is_modified():
            answer = self._ask.save_discard_cancel(
                self, self.tr("Unsaved changes"), self.tr("You changed this form. Save the changes?")
            )
            if answer == "save":
                self._accept_if_valid()
                return
            if answer != "discard":
                return
        self._leaving = True
        self.reject()

    def reject(self) -> None:
        if not self._leaving and self.keep_unsaved is not None and self.is_modified():
            self.keep_unsaved(self.draft())
        super().reject()

    # -- height ------------------------------------------------------------------------------------

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
        layout = self.layout()
        assert layout is not None, "a form dialog lays out its form and buttons when it is made"
        needed = layout.heightForWidth(self.width())
        screen = self.screen().availableGeometry().height() if self.screen() else needed
        if needed > self.height():
            self.resize(self.width(), min(needed, screen - 40))

    # -- keys and closing ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and self.is_modified():
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)

    # -- fields ------------------------------------------------------------------------------------

    def add_side_by_side(self, caption: str, fields: list[tuple[str, str, QPlainTextEdit]]) -> None:
        """Text fields next to each other in one row of the form, each with its caption above it and its
        message below it."""
        container = QWidget(self)
        row = QHBoxLayout(container)
        row.setContentsMargins(0, 0, 0, 0)
        for name, sub_caption, edit in fields:
            field_row = FieldRow(edit, parent=container)
            heading = QLabel(sub_caption, container)
            heading.setBuddy(edit)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            edit.textChanged.connect(lambda shown=field_row: shown.set_error(""))
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(heading)
            column.addWidget(field_row, 1)
            row.addLayout(column, 1)
            self.inputs[name], self.rows[name] = edit, field_row
        self.form.addRow(caption, container)

    def text_error(self, name: str, limit: int = TEXT_LIMIT) -> str:
        """Too long, or text the store refuses; empty when the field is fine."""
        if problem := self.text_problem(name, limit):
            return problem
        multiline = isinstance(self.inputs[name], QPlainTextEdit)
        try:
            check_text(name, self.text(name, multiline=multiline), multiline=multiline)
        except InvalidText:
            return self.tr("This holds a character that cannot be kept. Remove it and try again.")
        return ""

    # -- drafts ------------------------------------------------------------------------------------

    def draft(self) -> str:
        raw = json.loads(super().draft())
        raw.update({key: getattr(self, key) for key in self.record_keys})
        return json.dumps(raw, ensure_ascii=False)


def drafted_ids(draft: str, keys: tuple[str, ...]) -> dict[str, int | None] | None:
    """The record ids a draft names under `keys` (None where it names none); None for an unreadable draft."""
    raw = draft_fields(draft)
    return {key: drafted_id(draft, key) for key in keys} if raw else None


def drafted_id(draft: str, key: str) -> int | None:
    """The record id a draft keeps under `key`; None for a new record or an unreadable draft."""
    value = draft_fields(draft).get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None

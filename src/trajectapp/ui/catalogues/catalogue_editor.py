"""What every catalogue editor shares: it is run as a function that says whether anything changed, and an edit
left open when the vault locks is kept as an encrypted draft that the next opening puts back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from trajectapp.services.drafts import keep_draft, take_draft
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.modal import run_modal


class CatalogueEditor(QDialog):
    """Subclasses emit `changed` on every change they store."""

    changed = Signal()
    DRAFT_FORM = ""  # the name of the draft kept at a lock; the application opens the editor again if there is one
    QUESTION = ""  # what a preset answer on Ask stands for in tests

    def __init__(self, vault: OpenVault, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._ask = vault, ask

    def keep_unsaved(self, draft: str) -> None:
        if not self._vault.is_locked:
            keep_draft(self._vault, form=self.DRAFT_FORM, content=draft)

    def take_unsaved(self) -> str | None:
        return take_draft(self._vault, form=self.DRAFT_FORM)

    @classmethod
    def show_catalogue(cls, parent: QWidget | None, vault: OpenVault, ask: Ask) -> bool:
        """Run the editor until the user closes it (or a lock does); True if anything in it changed."""
        changes: list[bool] = []

        def make() -> CatalogueEditor:
            editor = cls(vault, ask, parent)
            editor.changed.connect(lambda: changes.append(True))
            return editor

        return bool(run_modal(ask, cls.QUESTION, make, lambda _editor, _closed: bool(changes)) or changes)

"""After an unlock: the notes that were being typed when the app locked, was closed or lost its power, offered
back one by one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from trajectapp.domain.dates import short_moment
from trajectapp.domain.record_ids import stored_id
from trajectapp.services.case_file import get_case
from trajectapp.services.contacts import unsaved_notes
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.isolated_text import isolated


def offer_unsaved_notes(parent: QWidget, vault: OpenVault, ask: Ask, open_note: Callable[[int, int], None]) -> None:
    """Ask about each note kept as a draft and never saved; `open_note(case_id, session_id)` opens the one the
    user wants back (its editor shows the draft). A note not opened now stays a draft, and its editor shows it
    the next time that note is opened."""
    for unsaved in unsaved_notes(vault):
        if vault.is_locked:
            return
        session = unsaved.session
        question = (
            QCoreApplication.translate(
                "UnsavedNotes",
                "A note you were writing on %1 was not saved.\n\nIt is the note of the session of %2 with %3. Open it?",
            )
            .replace("%1", short_moment(unsaved.kept_at.astimezone()))
            .replace("%2", short_moment(session.starts_at))
            .replace("%3", isolated(get_case(vault, session.case_id).display_name))
        )
        if ask.confirm(parent, QCoreApplication.translate("UnsavedNotes", "Unsaved note"), question):
            open_note(session.case_id, stored_id(session.id))

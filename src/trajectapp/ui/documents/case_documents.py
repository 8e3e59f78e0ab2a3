"""File ▸ Print… and Save as PDF… on the open case: choose the document, then see it with Print… and
Save as PDF….

The data is read from the vault here, on the GUI thread; the preview lays the document out on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from trajectapp.domain.dates import short_date
from trajectapp.domain.selection import Translate
from trajectapp.services.contacts import sessions
from trajectapp.services.documents import SessionNotesData, session_notes_pdf
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.session_notes import gather_period_notes, gather_session_notes
from trajectapp.ui.ask import Ask
from trajectapp.ui.documents.chooser import DocumentChoice, DocumentChooser, DocumentKind
from trajectapp.ui.documents.preview import DocumentPreview, Prepare
from trajectapp.ui.documents.summary_preview import CaseSummaryDialog


class OpenCase(Protocol):
    """What the documents need of the open case file (casefile's CaseFileView, which imports this folder)."""

    @property
    def case_id(self) -> int: ...

    def selected_session_id(self) -> int | None: ...


def open_case_document(
    parent: QWidget, vault: OpenVault, ask: Ask, case_file: OpenCase | None, *, presentation_mode: bool, saving: bool
) -> None:
    """Let the consultant choose a document of `case_file` (a CaseFileView, or None when no case is open) and
    show it; `saving` makes Save as PDF… the default button (it is not offered in presentation mode)."""
    title = (
        QCoreApplication.translate("CaseDocuments", "Save as PDF")
        if saving
        else QCoreApplication.translate("CaseDocuments", "Print")
    )
    if case_file is None:
        ask.inform(
            parent,
            title,
            QCoreApplication.translate(
                "CaseDocuments", "Open a case first: the documents to print or save are those of one case."
            ),
        )
        return
    if saving and presentation_mode:
        ask.inform(
            parent,
            title,
            QCoreApplication.translate(
                "CaseDocuments",
                "Leave presentation mode to save a PDF: the save dialog shows the names of other files. "
                "Printing is possible.",
            ),
        )
        return
    case_id = case_file.case_id
    today = date.today()
    choice = DocumentChooser.choose(
        parent,
        ask,
        sessions(vault, case_id),
        selected_session_id=case_file.selected_session_id(),
        today=today,
        saving=saving,
    )
    if choice is None:
        return
    dialog = case_document_preview(
        choice, vault, ask, case_id, presentation_mode=presentation_mode, today=today, parent=parent
    )
    dialog.run(saving=saving)
    dialog.deleteLater()


def case_document_preview(
    choice: DocumentChoice,
    vault: OpenVault,
    ask: Ask,
    case_id: int,
    *,
    presentation_mode: bool,
    today: date,
    parent: QWidget | None = None,
) -> DocumentPreview:
    """The preview of the chosen document, already being laid out."""
    if choice.kind is DocumentKind.SUMMARY:
        return CaseSummaryDialog(vault, case_id, presentation_mode=presentation_mode, ask=ask, parent=parent)
    if choice.kind is DocumentKind.SESSION:
        assert choice.session_id is not None, "the notes of one session name it"
        data = gather_session_notes(vault, case_id, choice.session_id)
        key, record_id = "session_notes", choice.session_id
        day = data.sessions[0].starts_at.date()
        file_name = QCoreApplication.translate("CaseDocuments", "session-notes-%1.pdf").replace("%1", day.isoformat())
        document_title = QCoreApplication.translate("CaseDocuments", "Session notes of %1").replace(
            "%1", short_date(day)
        )
    else:
        first, last = choice.first, choice.last
        assert first is not None and last is not None, "the notes of a period name its first and last day"
        data = gather_period_notes(vault, case_id, first, last)
        key, record_id = "session_notes_period", None
        file_name = (
            QCoreApplication.translate("CaseDocuments", "session-notes-%1-to-%2.pdf")
            .replace("%1", first.isoformat())
            .replace("%2", last.isoformat())
        )
        document_title = (
            QCoreApplication.translate("CaseDocuments", "Session notes from %1 to %2")
            .replace("%1", short_date(first))
            .replace("%2", short_date(last))
        )
    dialog = DocumentPreview(
        vault,
        ask,
        _session_notes_work(data, today),
        title=QCoreApplication.translate("CaseDocuments", "Session notes"),
        key=key,
        case_id=case_id,
        record_id=record_id,
        file_name=file_name,
        special_text=QCoreApplication.translate(
            "CaseDocuments", "Include tags about religion or ideology, health and offences"
        ),
        presentation_mode=presentation_mode,
        parent=parent,
    )
    dialog.document_title = document_title
    dialog.rebuild()
    return dialog


def _session_notes_work(data: SessionNotesData, today: date) -> Prepare:
    def prepare(include_special: bool, translate: Translate) -> Callable[[], bytes]:
        return lambda: session_notes_pdf(data, today=today, include_special=include_special, translate=translate)

    return prepare

"""The case summary on screen: gathered from the vault on the GUI thread, laid out by reportlab off it, shown from
memory, and printed or saved from there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from trajectapp.domain.dates import short_date
from trajectapp.domain.selection import Translate
from trajectapp.services.case_summary import gather_case_summary
from trajectapp.services.documents import case_summary_pdf
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.documents.preview import DocumentPreview


class CaseSummaryDialog(DocumentPreview):
    """Special-category data is left out unless the consultant ticks the box, which presentation mode does not
    offer."""

    def __init__(
        self,
        vault: OpenVault,
        case_id: int,
        *,
        presentation_mode: bool,
        ask: Ask | None = None,
        parent: QWidget | None = None,
    ):
        data = gather_case_summary(vault, case_id)  # reads the vault: on this thread
        today = date.today()

        def prepare(include_special: bool, translate: Translate) -> Callable[[], bytes]:
            return lambda: case_summary_pdf(data, today=today, include_special=include_special, translate=translate)

        super().__init__(
            vault,
            ask or Ask(),
            prepare,
            title="",
            key="case_summary",
            case_id=case_id,
            presentation_mode=presentation_mode,
            parent=parent,
        )
        self.setWindowTitle(self.tr("Case summary"))
        self.file_name = self.tr("case-summary-%1.pdf").replace("%1", today.isoformat())
        self.document_title = self.tr("Case summary of %1").replace("%1", short_date(today))
        self.rebuild()

"""File ▸ Export case…: the wizard that takes part of one case out of the vault, for a partner service, a
colleague who takes the case over, or the person themself, and records it in the disclosure register.

Nothing is written before the fifth step; cancelling before it leaves no file and no entry. The pages share an
ExportState; each reads the vault on the GUI thread, and only the PDF's layout runs on a worker thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget, QWizard

from trajectapp.domain.disclosures import Disclosure
from trajectapp.services.case_file import get_case
from trajectapp.services.case_selection import selection_tree
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services
from trajectapp.ui.ask import Ask
from trajectapp.ui.export.basis_page import BasisPage
from trajectapp.ui.export.export_state import ExportState
from trajectapp.ui.export.finish_page import FinishPage
from trajectapp.ui.export.output_page import OutputPage
from trajectapp.ui.export.preview_page import PreviewPage
from trajectapp.ui.export.recipient_page import RecipientPage
from trajectapp.ui.export.selection_page import SelectionPage


class ExportWizard(QWizard):
    RECIPIENT, BASIS, SELECTION, PREVIEW, OUTPUT, DONE = range(6)

    def __init__(
        self, vault: OpenVault, ask: Ask, case_id: int, *, today: date | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        today = today or date.today()
        case = get_case(vault, case_id)
        self.state = ExportState(case_id, case.display_name, person_language=case.document_language)
        self.setWindowTitle(self.tr("Export case"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        tree = selection_tree(vault, case_id)
        self.recipient_page = RecipientPage(self.state, list_services(vault), self)
        self.basis_page = BasisPage(self.state, vault, self)
        self.selection_page = SelectionPage(self.state, tree, ask, self)
        self.preview_page = PreviewPage(self.state, vault, tree, today=today, parent=self)
        self.output_page = OutputPage(self.state, vault, ask, today=today, parent=self)
        self.finish_page = FinishPage(self.state, self)
        for page_id, page in (
            (self.RECIPIENT, self.recipient_page),
            (self.BASIS, self.basis_page),
            (self.SELECTION, self.selection_page),
            (self.PREVIEW, self.preview_page),
            (self.OUTPUT, self.output_page),
            (self.DONE, self.finish_page),
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.resize(920, 720)

    @classmethod
    def export(cls, parent: QWidget | None, vault: OpenVault, ask: Ask, case_id: int) -> Disclosure | None:
        """Run the wizard; the register entry written, or None when nothing left the vault."""

        def run() -> Disclosure | None:
            wizard = cls(vault, ask, case_id, parent=parent)
            try:
                wizard.exec()
                return wizard.state.written
            finally:
                wizard.deleteLater()

        return ask.answer("export case", run)

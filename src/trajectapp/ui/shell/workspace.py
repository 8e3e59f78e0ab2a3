"""The unlocked workspace: the caseload, or one open case file, and presentation mode.

Only this widget (and what it holds) shows case data; the controller destroys
it when the vault locks, after asking it to keep unsaved edits as drafts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from trajectapp.domain.record_ids import stored_id
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.search import SearchHit
from trajectapp.ui.agenda.agenda_page import AgendaPage
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.casefile.tab_roles import Refreshes
from trajectapp.ui.caseload.caseload_view import CaseloadView
from trajectapp.ui.directory.involvements_panel import InvolvementsPanel
from trajectapp.ui.disclosures.disclosures_panel import DisclosuresPanel
from trajectapp.ui.disclosures.register_dialog import RegisterDialog
from trajectapp.ui.documents.case_documents import open_case_document
from trajectapp.ui.export.export_wizard import ExportWizard
from trajectapp.ui.factors.factors_panel import FactorsPanel
from trajectapp.ui.needs.needs_panel import NeedsPanel
from trajectapp.ui.plan.plan_panel import PlanPanel
from trajectapp.ui.preferences import Preferences
from trajectapp.ui.refusals import each_tried, refusal_warned
from trajectapp.ui.search.search_page import TYPING_PAUSES, SearchPage, TypingPauses
from trajectapp.ui.sessions.contacts_panel import ContactsPanel
from trajectapp.ui.sessions.unsaved_notes import offer_unsaved_notes
from trajectapp.ui.shell.record_tab import show_record
from trajectapp.ui.strengths.strengths_panel import StrengthsPanel
from trajectapp.ui.transfer.import_flow import import_transfer_package


class _PresentationPlaceholder(QWidget):
    """What presentation mode shows when no case is open: nothing about anyone."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        text = QLabel(self.tr("Presentation mode\n\nNo case is open. Leave presentation mode to see the caseload."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(text)


class Workspace(QStackedWidget):
    changed = Signal()  # case data saved: the status bar may change
    page_changed = Signal()  # caseload <-> case file: the window's actions follow

    def __init__(
        self,
        vault: OpenVault,
        preferences: Preferences,
        ask: Ask,
        parent: QWidget | None = None,
        *,
        search_pauses: TypingPauses = TYPING_PAUSES,
    ):
        super().__init__(parent)
        self._vault = vault
        self._preferences = preferences
        self._ask = ask
        self._search_pauses = search_pauses
        self.presentation_mode = False
        self.caseload = CaseloadView(vault, preferences, ask)
        self.caseload.open_case.connect(self.open_case)
        self.caseload.changed.connect(self.changed)
        self.addWidget(self.caseload)
        self.placeholder = _PresentationPlaceholder()
        self.addWidget(self.placeholder)
        self.case_file: CaseFileView | None = None
        # Made when first asked for; gone at a lock (with the workspace) and when presentation mode starts.
        self.search_page: SearchPage | None = None
        self.agenda_page: AgendaPage | None = None

    # -- navigation ----------------------------------------------------------

    def open_case(self, case_id: int) -> bool:
        if self.case_file is not None:
            if self.case_file.case_id == case_id:
                self.setCurrentWidget(self.case_file)
                return True
            if not self._close_case_file():
                return False
        view = CaseFileView(self._vault, case_id, self._ask)
        for panel, title in (
            (ContactsPanel, self.tr("Contacts")),
            (NeedsPanel, self.tr("Needs")),
            (FactorsPanel, self.tr("Factors")),
            (StrengthsPanel, self.tr("Strengths")),
            (PlanPanel, self.tr("Plan")),
            (InvolvementsPanel, self.tr("Services")),
            (DisclosuresPanel, self.tr("Disclosures")),
        ):
            view.add_tab(panel(self._vault, case_id, self._ask), title)  # its saves reach view.changed
        view.changed.connect(self._case_changed)
        view.close_requested.connect(self.show_caseload)
        view.export_requested.connect(self.export_case)
        view.set_presentation_mode(self.presentation_mode)
        self.case_file = view
        self.addWidget(view)
        self.setCurrentWidget(view)
        self.page_changed.emit()
        return True

    def show_caseload(self) -> bool:
        """Back to the caseload (never in presentation mode); False if the user kept editing."""
        if self.presentation_mode:
            return False
        if self.case_file is not None and not self._close_case_file():
            return False
        self.caseload.refresh()
        self.setCurrentWidget(self.caseload)
        self.page_changed.emit()
        return True

    def _close_case_file(self) -> bool:
        view = self.case_file
        assert view is not None, "only an open case file is closed"
        if not view.maybe_close():
            return False
        self.case_file = None
        self.removeWidget(view)
        view.deleteLater()
        return True

    def _case_changed(self) -> None:
        self.caseload.refresh()
        self.changed.emit()

    def refresh_case_file(self) -> None:
        """After a catalogue changed (life domains, factor categories): the open case's tabs show it."""
        if self.case_file is not None:
            for index in range(self.case_file.tabs.count()):
                tab = self.case_file.tabs.widget(index)
                if isinstance(tab, Refreshes):
                    tab.refresh()

    @property
    def open_case_id(self) -> int | None:
        return self.case_file.case_id if self.case_file is not None else None

    # -- the window's File and Case actions (filled in by the sessions, printing and agenda work) ----------

    def show_agenda(self) -> None:
        """The agenda of this week and the next, across the caseload (never in presentation mode)."""
        if self.presentation_mode:
            return
        if self.agenda_page is None:
            self.agenda_page = AgendaPage(self._vault, self._preferences, self._ask)
            self.agenda_page.open_item.connect(self.show_record)
            self.agenda_page.plan_session.connect(self.plan_session)
            self.agenda_page.back.connect(self._leave_page)
            self.addWidget(self.agenda_page)
        else:
            self.agenda_page.refresh()
        self._show_page(self.agenda_page)

    def find_in_notes(self) -> None:
        """Search every note and free-text field; a hit opens its case, and its session."""
        if self.presentation_mode:
            return
        if self.search_page is None:
            self.search_page = SearchPage(self._vault, pauses=self._search_pauses)
            self.search_page.open_hit.connect(self._open_hit)
            self.search_page.back.connect(self._leave_page)
            self.addWidget(self.search_page)
        self._show_page(self.search_page)
        self.search_page.start()

    def show_record(self, case_id: int, kind: str = "", record_id: int = 0) -> bool:
        """Open the case file and bring the record forward (see ui.record_tab); False if the user kept
        editing the case file that was open."""
        view = self._opened(case_id)
        if view is None:
            return False
        if kind:
            show_record(view, kind, record_id)
        return True

    def plan_session(self, case_id: int) -> None:
        """Open the case file to plan a session in it."""
        if (view := self._opened(case_id)) is not None:
            view.plan_session()

    def _opened(self, case_id: int) -> CaseFileView | None:
        """The case file of `case_id`, opened if need be; None if the user kept editing the one that was open."""
        return self.case_file if self.open_case(case_id) else None

    def _open_hit(self, hit: SearchHit) -> None:
        self.show_record(hit.case_id, hit.kind, hit.record_id)

    def _show_page(self, page: QWidget) -> None:
        self.setCurrentWidget(page)
        self.page_changed.emit()

    def _leave_page(self) -> None:
        """Escape or Back on the search or agenda page: to the open case file, or the caseload."""
        if self.case_file is not None:
            self._show_page(self.case_file)
        else:
            self.show_caseload()

    def _drop_pages(self) -> None:
        for page in (self.search_page, self.agenda_page):
            if page is not None:
                self.removeWidget(page)
                page.deleteLater()
        self.search_page = self.agenda_page = None

    def print_document(self) -> None:
        """Choose a document of the open case, preview it and print it."""
        open_case_document(
            self, self._vault, self._ask, self.case_file, presentation_mode=self.presentation_mode, saving=False
        )

    def save_as_pdf(self) -> None:
        """Choose a document of the open case and save it as a PDF file."""
        open_case_document(
            self, self._vault, self._ask, self.case_file, presentation_mode=self.presentation_mode, saving=True
        )

    # -- the export step (issue 6): filled in by the export and import work -----------------------------------

    def export_case(self) -> None:
        """The export wizard for the open case (never in presentation mode): the one way case data leaves."""
        if self.presentation_mode:
            return
        title = self.tr("Export case")
        if self.case_file is None:
            self._ask.inform(self, title, self.tr("Open a case first: an export takes what leaves from one case file."))
            return
        view = self.case_file
        if view.has_unsaved_changes() and (
            not self._ask.confirm(
                self,
                title,
                self.tr(
                    "The person's details have changes that are not saved, and an export takes what is saved. "
                    "Save them first?"
                ),
            )
            or not view.save()
        ):
            return
        if ExportWizard.export(self, self._vault, self._ask, view.case_id) is not None and not self._vault.is_locked:
            view.refresh_history()  # the register entry is in the case's history
            self._case_changed()

    def import_package(self) -> None:
        """Import a transfer package as a new case, and open it (never in presentation mode)."""
        if self.presentation_mode:
            return
        case = import_transfer_package(self, self._vault, self._ask)
        if case is None or self._vault.is_locked:
            return
        self.caseload.refresh()
        self.changed.emit()
        self.open_case(stored_id(case.id))

    def show_register(self) -> None:
        """The disclosure register of the whole vault (never in presentation mode: it names everyone)."""
        if self.presentation_mode:
            return
        RegisterDialog.show_register(self, self._vault, self._ask)

    # -- presentation mode -----------------------------------------------------

    def set_presentation_mode(self, on: bool) -> None:
        """While the screen faces the detainee: one case only, sensitive fields hidden."""
        self.presentation_mode = on
        if on:
            self._drop_pages()  # what they list is about everyone
        if self.case_file is not None:
            self.case_file.set_presentation_mode(on)
            self.setCurrentWidget(self.case_file)
        else:
            self.setCurrentWidget(self.placeholder if on else self.caseload)
        self.page_changed.emit()

    # -- locking -------------------------------------------------------------------

    def keep_drafts(self) -> None:
        each_tried([self.caseload.keep_drafts] + ([self.case_file.keep_drafts] if self.case_file is not None else []))

    def restore_drafts(self) -> None:
        """Put back what keep_drafts() kept; a disk that refuses to let go of a draft is said, and the draft waits in
        the vault for the next unlock."""
        with refusal_warned(self._ask, self):
            each_tried(
                [self.caseload.restore_drafts] + ([self.case_file.restore_drafts] if self.case_file is not None else [])
            )
        # Once the window shows, and after a form put back above: also notes left by a crash or a power cut.
        QTimer.singleShot(0, self, self._offer_unsaved_notes)

    def _offer_unsaved_notes(self) -> None:
        """Session notes typed but never saved, offered back (not in presentation mode: notes are hidden)."""
        if self._vault.is_locked or self.presentation_mode:
            return
        if QApplication.activeModalWidget() is not None:  # a form put back after the lock is still open
            QTimer.singleShot(250, self, self._offer_unsaved_notes)
            return
        offer_unsaved_notes(self, self._vault, self._ask, self._open_note)

    def _open_note(self, case_id: int, session_id: int) -> None:
        if (view := self._opened(case_id)) is not None:
            view.show_session(session_id)

"""One open case file: the person, the traject and the history, with unsaved-changes handling, drafts kept
over a lock, and presentation mode."""

from __future__ import annotations

import json
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.messages import Refusal
from trajectapp.domain.record_ids import stored_id
from trajectapp.services.case_file import get_case, history, save_case
from trajectapp.services.drafts import keep_draft, take_draft
from trajectapp.services.needs import list_domains
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.person_form import PersonForm
from trajectapp.ui.casefile.record_models import SUMMARY, HistoryModel
from trajectapp.ui.casefile.tab_roles import FollowsPresentationMode, ResumesDrafts, ShowsSessions
from trajectapp.ui.casefile.traject_tab import TrajectTab
from trajectapp.ui.documents.summary_preview import CaseSummaryDialog
from trajectapp.ui.forms.form_dialog import FormDialog
from trajectapp.ui.headings import TITLE, as_heading
from trajectapp.ui.labels import catalogue_text, label
from trajectapp.ui.messages import message_text
from trajectapp.ui.refusals import each_tried


def _banner(text: str, colour: str, parent: QWidget) -> QLabel:
    banner = QLabel(text, parent)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setWordWrap(True)
    banner.setStyleSheet(f"QLabel {{ background: {colour}; padding: 6px 10px; border-radius: 3px; }}")
    banner.hide()
    return banner


class CaseFileView(QWidget):
    """Shows case data: whoever holds it destroys it when the vault locks, after keep_drafts()."""

    changed = Signal()  # something of this case was saved
    close_requested = Signal()
    export_requested = Signal()  # the Export… button: the workspace runs the export wizard

    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._case_id, self._ask = vault, case_id, ask
        self.presentation_mode = False
        self.name_label = as_heading(QLabel(self), TITLE)
        self.status_label = QLabel(self)
        for text_label in (self.name_label, self.status_label):
            text_label.setTextFormat(Qt.TextFormat.PlainText)
            text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close case file"), self)
        self.close_button.clicked.connect(self.close_requested)
        self.summary_button = QPushButton(self.tr("Case summary…"), self)
        self.summary_button.clicked.connect(self.show_summary)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(
            self.tr("Take part of this case out of the vault, recorded in the disclosure register (Ctrl+E)")
        )
        self.export_button.clicked.connect(self.export_requested)
        self.draft_banner = _banner(self.tr("Unsaved changes from before the lock were restored"), "#fcf3cf", self)
        self.person_form = PersonForm(parent=self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.unsaved_label = QLabel(self.tr("Unsaved changes"), self)
        self.traject = TrajectTab(vault, case_id, ask, self)
        self.history_model = HistoryModel(self)
        self.history_table = QTableView(self)
        self.tabs = QTabWidget(self)
        self._build()
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.person_form.changed.connect(self._form_changed)
        self.traject.changed.connect(self._traject_changed)
        self.person_form.load(get_case(vault, case_id))
        self._refresh_header()
        self._refresh_history()

    def _build(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.status_label)
        header.addLayout(titles, 1)
        header.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs.addTab(self._person_tab(), self.tr("Person"))
        self.tabs.addTab(self.traject, self.tr("Traject"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.tabs, 1)

    def _person_tab(self) -> QWidget:
        tab = QWidget(self)
        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.person_form)
        self.unsaved_label.setStyleSheet("QLabel { color: #7d6608; }")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unsaved_label)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the person's details (Ctrl+S)"))
        shortcut = QShortcut(QKeySequence.StandardKey.Save, tab, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        layout = QVBoxLayout(tab)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.person_tab = tab
        return tab

    def _history_tab(self) -> QWidget:
        tab = QWidget(self)
        intro = QLabel(
            self.tr(
                "Every change to this case file, newest first. A summary names the fields or the kind of record, "
                "never what they hold."
            ),
            tab,
        )
        intro.setWordWrap(True)
        self.history_table.setModel(self.history_model)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        self.history_table.setWordWrap(True)
        self.history_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(self.history_table, 1)
        self.history_tab = tab
        return tab

    # -- what the lead's window uses -----------------------------------------------------------------

    @property
    def case_id(self) -> int:
        return self._case_id

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Another tab about this case, placed before History. A tab may have the roles of tab_roles, and a
        `changed` signal for each save (the view then refreshes the history and passes it on)."""
        self.tabs.insertTab(self.tabs.indexOf(self.history_tab), widget, title)
        if hasattr(widget, "changed"):
            widget.changed.connect(self._tab_changed)
        if isinstance(widget, FollowsPresentationMode):
            widget.set_presentation_mode(self.presentation_mode)

    def show_summary(self) -> None:
        """The case summary as a document, built from what is saved (unsaved edits are not in it)."""

        def run() -> None:
            dialog = CaseSummaryDialog(
                self._vault, self._case_id, presentation_mode=self.presentation_mode, ask=self._ask, parent=self
            )
            dialog.exec()
            dialog.deleteLater()

        self._ask.answer("case summary", run)

    def show_session(self, session_id: int) -> None:
        """The Contacts tab, with the session selected and its note open."""
        tab = next((tab for tab in self._tab_widgets() if isinstance(tab, ShowsSessions)), None)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.open_session(session_id)

    def plan_session(self) -> None:
        """The Contacts tab, with the form to plan a session open."""
        tab = next((tab for tab in self._tab_widgets() if isinstance(tab, ShowsSessions)), None)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.plan_session()

    def selected_session_id(self) -> int | None:
        """The session chosen in the Contacts tab, if any: what File ▸ Print… offers first."""
        tab = next((tab for tab in self._tab_widgets() if isinstance(tab, ShowsSessions)), None)
        session = tab.selected_session() if tab is not None else None
        return session.id if session is not None else None

    def _tab_widgets(self) -> list[QWidget]:
        """The widget of every tab, the case file's own and the added ones."""
        tabs = (self.tabs.widget(index) for index in range(self.tabs.count()))
        return [tab for tab in tabs if tab is not None]

    def has_unsaved_changes(self) -> bool:
        return self.person_form.is_modified()

    def maybe_close(self) -> bool:
        """True when the view may go: nothing unsaved, or the user saved or discarded it."""
        if not self.has_unsaved_changes():
            return True
        answer = self._ask.save_discard_cancel(
            self, self.tr("Unsaved changes"), self.tr("The person's details have changes that are not saved.")
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def save(self) -> bool:
        """Store the person form if it is valid; otherwise show what to fix. True when nothing is left unsaved."""
        errors = self.person_form.show_errors()
        if errors:
            self.tabs.setCurrentWidget(self.person_tab)
            hidden = set(errors) & set(self.person_form.special_fields())
            if self.presentation_mode and hidden == set(errors):
                self._ask.inform(
                    self,
                    self.tr("Not saved"),
                    self.tr("A hidden field needs correcting. Leave presentation mode to see it."),
                )
            elif field := self.person_form.first_field_in_error():
                field.setFocus()
            return False
        if not self.person_form.is_modified():
            return True
        try:
            saved = save_case(self._vault, self.person_form.value())
        except Refusal as refusal:  # one the form cannot foresee: a full or read-only disk
            self._ask.warn(self, self.tr("Not saved"), message_text(refusal))
            return False
        self.person_form.load(saved)
        self.draft_banner.hide()
        self._refresh_header()
        self._refresh_history()
        self.changed.emit()
        return True

    def revert(self) -> None:
        """Back to the person as stored."""
        self.person_form.revert()
        self.draft_banner.hide()

    def keep_drafts(self) -> None:
        """Before a lock: keep the unsaved person form, and the dialog being filled in on any tab, in the vault."""
        drafts: list[tuple[str, str]] = []
        if self.person_form.is_modified():
            drafts.append((self._draft_name("person"), self.person_form.draft()))
        for dialog in self.findChildren(FormDialog):
            if dialog.isVisible() and dialog.DRAFT_KIND:
                content = json.dumps({"kind": dialog.DRAFT_KIND, "draft": dialog.draft()}, ensure_ascii=False)
                drafts.append((self._draft_name("dialog"), content))
        each_tried([partial(keep_draft, self._vault, form=form, content=content) for form, content in drafts])

    def restore_drafts(self) -> None:
        """After unlocking: put back what keep_drafts() kept, and say so."""
        restored = False
        if (draft := take_draft(self._vault, form=self._draft_name("person"))) is not None:
            self.person_form.load_draft(draft)
            self.tabs.setCurrentWidget(self.person_tab)
            restored = True
        if (kept := take_draft(self._vault, form=self._draft_name("dialog"))) is not None:
            try:
                dialog = json.loads(kept)
                kind, dialog_draft = str(dialog["kind"]), str(dialog["draft"])
            except (ValueError, KeyError, TypeError):
                kind = ""
            tab = next(
                (tab for tab in self._tab_widgets() if isinstance(tab, ResumesDrafts) and kind in tab.DRAFT_KINDS), None
            )
            if tab is not None:
                self.tabs.setCurrentWidget(tab)
                # After the caller has shown this view: the dialog is modal and runs its own loop.
                QTimer.singleShot(0, tab, lambda: tab.resume(kind, dialog_draft))
                restored = True
        self.draft_banner.setVisible(restored)

    def set_presentation_mode(self, on: bool) -> None:
        """Hide special-category fields and the history (its summaries may touch them) while the screen faces
        the person. The main window's banner says that the mode is on."""
        self.presentation_mode = on
        self.person_form.set_special_categories_hidden(on)
        history_index = self.tabs.indexOf(self.history_tab)
        if on and self.tabs.currentIndex() == history_index:
            self.tabs.setCurrentWidget(self.person_tab)
        self.tabs.setTabVisible(history_index, not on)
        self.close_button.setVisible(not on)
        self.export_button.setVisible(not on)  # nothing leaves while the screen faces the person
        for tab in self._tab_widgets():  # added tabs that show special-category data hide it too
            if tab is not self and isinstance(tab, FollowsPresentationMode):
                tab.set_presentation_mode(on)

    # -- keeping the view current -----------------------------------------------------------------------

    def _draft_name(self, part: str) -> str:
        return f"case:{self._case_id}:{part}"

    def _form_changed(self) -> None:
        modified = self.person_form.is_modified()
        self.save_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)
        self.unsaved_label.setVisible(modified)

    def _tab_changed(self) -> None:
        """An added tab saved something: the history has a new entry, and whoever shows this case may update."""
        self._refresh_history()
        self.changed.emit()

    def _traject_changed(self) -> None:
        self.person_form.rebase(get_case(self._vault, self._case_id))  # a transfer moves the prison
        self._refresh_header()
        self._refresh_history()
        self.changed.emit()

    def _refresh_header(self) -> None:
        case = get_case(self._vault, self._case_id)
        self.name_label.setText(case.display_name)
        phase, participation = self.traject.current_phase(), self.traject.current_participation()
        not_recorded = self.tr("not recorded yet")
        self.status_label.setText(
            self.tr("Phase: %1    Participation: %2")
            .replace("%1", label(phase) if phase else not_recorded)
            .replace("%2", label(participation) if participation else not_recorded)
        )

    def refresh_history(self) -> None:
        """After something outside the view wrote to this case's history (an export, say)."""
        self._refresh_history()

    def _refresh_history(self) -> None:
        domains = {
            stored_id(domain.id): catalogue_text(domain.name)
            for domain in list_domains(self._vault, include_hidden=True)
        }
        self.history_model.replace(history(self._vault, self._case_id), domains)

"""The case file's Contacts tab: the sessions with the person (planned, held, cancelled) and their notes, and the
follow-up actions of the case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from trajectapp.domain.dates import short_date, short_moment
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import Action, Session, SessionParty
from trajectapp.services.case_file import get_case
from trajectapp.services.contacts import (
    actions,
    complete_action,
    get_session,
    save_session,
    sessions,
    set_session_status,
)
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.isolated_text import isolated
from trajectapp.ui.labels import catalogue_text, label, session_kind_label
from trajectapp.ui.numbers import duration_text
from trajectapp.ui.record_table_model import RecordTableModel, record_table, selected_record
from trajectapp.ui.refusals import refusal_warned
from trajectapp.ui.sessions.action_dialog import ActionDialog, drafted_action_session
from trajectapp.ui.sessions.choices import session_choices
from trajectapp.ui.sessions.note_editor import NoteEditor
from trajectapp.ui.sessions.session_dialog import SessionDialog, drafted_session

# Column numbers of the sessions table.
WHEN, KIND, STATUS, FOCUS, DURATION, NOTE = range(6)
NOTE_PREVIEW = 60  # characters of the note's first line in the table


def note_preview(note: str) -> str:
    """The first line of a note with text, without its markup, cut short."""
    for line in note.splitlines():
        line = line.strip().lstrip("#").strip()
        if line.startswith(("- ", "* ")):
            line = line[2:]
        line = line.replace("**", "").strip()
        if line:
            return line if len(line) <= NOTE_PREVIEW else line[: NOTE_PREVIEW - 1] + "…"
    return ""


def when(session: Session) -> str:
    return short_moment(session.starts_at)


class ContactsPanel(CasePanel):
    def __init__(
        self,
        vault: OpenVault,
        case_id: int,
        ask: Ask,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(vault, case_id, ask, parent)
        self._today = today
        self.presentation_mode = False
        self._sessions_by_id: dict[int, Session] = {}
        self._status_words = {
            "planned": self.tr("Planned", "a session's status"),
            "held": self.tr("Held", "a session's status: it took place"),
            "cancelled": self.tr("Cancelled", "a session's status"),
        }
        self.session_model = RecordTableModel(
            [
                (self.tr("When"), when),
                (self.tr("Kind"), lambda s: session_kind_label(s.kind)),
                (self.tr("Status"), lambda s: self._status_words[s.status]),
                (self.tr("Focus"), lambda s: label(s.focus)),
                (
                    self.tr("Duration"),
                    lambda s: duration_text(s.duration_minutes) if s.duration_minutes else "",
                ),
                (self.tr("Note"), lambda s: note_preview(s.note)),
            ],
            self,
        )
        self.action_model = RecordTableModel(
            [
                (self.tr("What"), lambda a: a.description),
                (self.tr("Who"), lambda a: a.owner),
                (self.tr("Due", "column: the day a follow-up action is due"), self._due_text),
                (
                    self.tr("Done", "column: the day a follow-up action was done"),
                    lambda a: short_date(a.done_on) if a.done_on else "",
                ),
                (self.tr("From the session of"), self._session_text),
            ],
            self,
        )
        self.session_table = record_table(self.session_model, self, QHeaderView.ResizeMode.ResizeToContents)
        self.action_table = record_table(self.action_model, self, QHeaderView.ResizeMode.ResizeToContents)
        self.presentation_note = QLabel(self.tr("Presentation mode: the notes are hidden until you leave it."), self)
        self.presentation_note.setStyleSheet("QLabel { color: #6c3483; }")
        self.presentation_note.hide()

        self.plan_button = QPushButton(self.tr("Plan a session…"), self)
        self.record_button = QPushButton(self.tr("Record a session…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.note_button = QPushButton(self.tr("Write note…"), self)
        self.held_button = QPushButton(self.tr("Mark held"), self)
        self.cancel_button = QPushButton(self.tr("Cancel session"), self)
        self.add_action_button = QPushButton(self.tr("Add action…"), self)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.note_button.setToolTip(self.tr("Open the session's note (or double-click the session)"))
        self.held_button.setToolTip(self.tr("The planned session took place: mark it held and write its note"))
        self.plan_button.clicked.connect(lambda: self.plan_session())
        self.record_button.clicked.connect(lambda: self.record_session())
        self.edit_button.clicked.connect(lambda: self.edit_session())
        self.note_button.clicked.connect(lambda: self.write_note())
        self.held_button.clicked.connect(self.mark_held)
        self.cancel_button.clicked.connect(self.cancel_session)
        self.add_action_button.clicked.connect(lambda: self.add_action())
        self.done_button.clicked.connect(self._complete_action)
        self.session_table.doubleClicked.connect(lambda _index: self.write_note())
        self._build()
        self.session_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.action_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for title, table, buttons in (
            (
                self.tr("Sessions"),
                self.session_table,
                (
                    self.plan_button,
                    self.record_button,
                    self.edit_button,
                    self.note_button,
                    self.held_button,
                    self.cancel_button,
                ),
            ),
            (self.tr("Follow-up actions"), self.action_table, (self.add_action_button, self.done_button)),
        ):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
            splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.presentation_note)
        layout.addWidget(splitter, 1)

    # -- what it shows ----------------------------------------------------------------------------------

    def _due_text(self, action: Action) -> str:
        if action.due_on is None:
            return ""
        overdue = action.done_on is None and action.due_on < self._today()
        return short_date(action.due_on) + (" " + self.tr("(overdue)") if overdue else "")

    def _session_text(self, action: Action) -> str:
        session = self._sessions_by_id.get(action.session_id) if action.session_id is not None else None
        return when(session) if session is not None else ""

    def refresh(self) -> None:
        chosen = self.selected_session()
        found = sessions(self._vault, self._case_id)
        self._sessions_by_id = {stored_id(session.id): session for session in found}
        self.session_model.set_records(sorted(found, key=lambda s: s.starts_at, reverse=True))
        self.action_model.set_records(actions(self._vault, self._case_id))
        self.session_table.setColumnHidden(NOTE, self.presentation_mode)
        if chosen is not None:
            self.select_session(stored_id(chosen.id))
        self._update_buttons()

    def selected_session(self) -> Session | None:
        return selected_record(self.session_table, self.session_model)

    def select_session(self, session_id: int) -> bool:
        for row in range(self.session_model.rowCount()):
            if self.session_model.record_at(row).id == session_id:
                self.session_table.selectRow(row)
                return True
        return False

    def _selected_action(self) -> Action | None:
        return selected_record(self.action_table, self.action_model)

    def _update_buttons(self) -> None:
        session = self.selected_session()
        planned = session is not None and session.status == "planned"
        self.edit_button.setEnabled(session is not None)
        self.note_button.setEnabled(session is not None and not self.presentation_mode)
        self.held_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned)
        action = self._selected_action()
        self.done_button.setEnabled(action is not None and action.done_on is None)

    def set_presentation_mode(self, on: bool) -> None:
        """Notes are free text that may touch anything: hidden while the screen faces the person, as are the
        special-category tags in the session form."""
        self.presentation_mode = on
        self.presentation_note.setVisible(on)
        self.refresh()

    # -- sessions -------------------------------------------------------------------------------------------

    def plan_session(self, draft: str | None = None) -> None:
        self._new_session(held=False, draft=draft)

    def record_session(self, draft: str | None = None) -> None:
        self._new_session(held=True, draft=draft)

    def _new_session(self, held: bool, draft: str | None) -> None:
        self._session_dialog(None, held, draft)

    def edit_session(self, session: Session | None = None, draft: str | None = None) -> None:
        session = session or self.selected_session()
        if session is None:
            return
        self._session_dialog(session, session.status == "held", draft)

    def _session_dialog(self, session: Session | None, held: bool, draft: str | None) -> None:
        saved = SessionDialog.get_session(
            self,
            self._ask,
            self._case_id,
            session_choices(self._vault, self._case_id),
            session,
            held=held,
            hide_special=self.presentation_mode,
            draft=draft,
            save=lambda session: save_session(self._vault, session),
        )
        if saved is not None:
            self._changed()
            self.select_session(stored_id(saved.id))

    def mark_held(self) -> None:
        """The selected planned session took place: held from now on, and its note opens."""
        session = self.selected_session()
        if session is None or session.status != "planned":
            return
        if session.starts_at.date() > self._today():
            self._ask.inform(
                self,
                self.tr("Still to come"),
                self.tr(
                    "This session is planned for %1. Mark it held once it has taken place, or change its date with "
                    "Edit…"
                ).replace("%1", when(session)),
            )
            return
        session_id = stored_id(session.id)
        with refusal_warned(self._ask, self):
            set_session_status(self._vault, case_id=self._case_id, session_id=session_id, status="held")
            self._changed()
            self.select_session(session_id)
            if not self.presentation_mode:
                self.write_note()

    def cancel_session(self) -> None:
        session = self.selected_session()
        if session is None or session.status != "planned":
            return
        if self._ask.confirm(
            self,
            self.tr("Cancel session"),
            self.tr("Cancel the session of %1? It stays in the list as cancelled.").replace("%1", when(session)),
        ):
            with refusal_warned(self._ask, self):
                set_session_status(
                    self._vault, case_id=self._case_id, session_id=stored_id(session.id), status="cancelled"
                )
                self._changed()

    def open_session(self, session_id: int) -> None:
        """Select the session and open its note (another part of the app found it: the agenda, a search)."""
        if not self.select_session(session_id):
            self.refresh()
            if not self.select_session(session_id):
                return
        self.session_table.scrollTo(self.session_table.currentIndex())
        self.write_note()

    def write_note(self, session: Session | None = None) -> None:
        session = session or self.selected_session()
        if session is None:
            return
        if self.presentation_mode:
            self._ask.inform(
                self,
                self.tr("Hidden"),
                self.tr("Session notes are hidden in presentation mode. Leave presentation mode to open the note."),
            )
            return
        session = get_session(self._vault, stored_id(session.id)) or session
        saved = NoteEditor.edit_note(
            self, self._vault, self._ask, session, title=self._title(session), details=self._details(session)
        )
        if self._vault.is_locked or not shiboken6.isValid(self):
            return
        if saved:
            self._changed()
        else:
            self.refresh()  # actions may have been added, or a draft thrown away

    def _title(self, session: Session) -> str:
        return self.tr("%1, %2").replace("%1", session_kind_label(session.kind)).replace("%2", when(session))

    def _details(self, session: Session) -> str:
        """Whose session, its status, how long, where, its focus and who took part, on one line."""
        services = {
            service.id: catalogue_text(service.name) for service in list_services(self._vault, include_hidden=True)
        }
        people = []
        for participant in session.participants:
            if participant.party is SessionParty.SERVICE:
                people.append(services.get(participant.service_id, ""))
            else:
                people.append(participant.name or label(participant.party))
        parts = [isolated(get_case(self._vault, self._case_id).display_name), self._status_words[session.status]]
        if session.duration_minutes:
            parts.append(duration_text(session.duration_minutes))
        if session.location:
            parts.append(session.location)
        if session.focus is not None:
            parts.append(self.tr("Focus: %1").replace("%1", label(session.focus)))
        if people:
            parts.append(self.tr("With: %1").replace("%1", ", ".join(isolated(p) for p in people if p)))
        return " · ".join(parts)

    # -- actions -----------------------------------------------------------------------------------------

    def add_action(self, draft: str | None = None, session_id: int | None = None) -> None:
        session = self._sessions_by_id.get(session_id) if session_id is not None else None
        added = ActionDialog.add_action(
            self, self._ask, self._vault, case_id=self._case_id, session=session, draft=draft
        )
        if added is not None:
            self._changed()

    def _complete_action(self) -> None:
        action = self._selected_action()
        if action is not None and action.done_on is None:
            with refusal_warned(self._ask, self):
                complete_action(self._vault, case_id=self._case_id, action_id=stored_id(action.id), on=self._today())
                self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- drafts of an open dialog -----------------------------------------------------------------------

    DRAFT_KINDS = ("session", "action")

    def resume(self, kind: str, draft: str) -> None:
        """Open the dialog of `kind` again with what was typed in it before the lock, on the same session."""
        if kind == "action":
            self.add_action(draft, drafted_action_session(draft))
        elif kind == "session":
            session_id, status = drafted_session(draft)
            if session_id is None:
                self._new_session(held=status == "held", draft=draft)
            elif (session := self._sessions_by_id.get(session_id)) is not None:
                self.select_session(session_id)
                self.edit_session(session, draft)

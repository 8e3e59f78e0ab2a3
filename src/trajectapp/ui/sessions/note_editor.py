"""The window for writing a session's note, with the follow-up actions of that session underneath.

While the note is typed it is kept, every few seconds, as an encrypted draft inside the vault; saving the note
removes the draft. A lock keeps what was typed last and closes the window; a crash or a power cut leaves the
last draft, which the workspace offers back after the next unlock.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.dates import short_date
from trajectapp.domain.messages import Refusal
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import Action, Session, note_draft_form
from trajectapp.domain.text import InvalidText, without_invisible_marks
from trajectapp.services.contacts import actions_of_session, save_note
from trajectapp.services.drafts import keep_draft, read_draft, take_draft
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.headings import PAGE, as_heading
from trajectapp.ui.messages import message_text
from trajectapp.ui.modal import run_modal
from trajectapp.ui.panes import panes
from trajectapp.ui.record_table_model import RecordTableModel, record_table
from trajectapp.ui.sessions.action_dialog import ActionDialog
from trajectapp.ui.sessions.note_text import NoteTextEdit, markup_toolbar, plain_text

AUTOSAVE_MS = 3_000  # a draft is at most this old when the power goes


class NoteEditor(QDialog):
    """Unlike a form, this window saves as it goes (Save keeps it open, a draft every few seconds, an action as it
    is added): a note is long work, and none of it may wait for the window to close."""

    def __init__(
        self,
        vault: OpenVault,
        ask: Ask,
        session: Session,
        *,
        title: str,
        details: str,
        autosave_ms: int | None = None,
        parent: QWidget | None = None,
    ):
        """`title` and `details` describe the session in the header (its date and kind; who, where, how long)."""
        super().__init__(parent)
        self._vault, self._ask, self._session = vault, ask, session
        self._form = note_draft_form(stored_id(session.id))
        self._saved_note = session.note
        self._leaving = False  # the user chose how to leave
        self._offered = False  # the text shown is a draft offered back, not the saved note
        self.saved_any = False
        self.setWindowTitle(self.tr("Session note"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)

        self.title = as_heading(QLabel(title, self), PAGE)
        self.details = QLabel(details, self)
        self.details.setStyleSheet("QLabel { color: #555; }")
        for text in (self.title, self.details):
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
        self.banner = QLabel(
            self.tr(
                "This is the note as you were writing it, not saved yet. The saved note stays as it was until you save."
            ),
            self,
        )
        self.banner.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Show the saved note"), self)
        self.banner_button.setToolTip(self.tr("Throw away the unsaved text and show the note as it was saved."))
        self.banner_button.clicked.connect(self.show_saved_note)
        self.editor = NoteTextEdit(self)
        self.editor.setPlaceholderText(
            self.tr("What happened, what was said, what comes next.\n\n# A heading\n- an item of a list\n*emphasis*")
        )
        self.toolbar = markup_toolbar(self, self.editor)
        self.save_action = QAction(self.tr("Save"), self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self.action_model = RecordTableModel(
            [
                (self.tr("What"), lambda a: a.description),
                (self.tr("Who"), lambda a: a.owner),
                (
                    self.tr("Due", "column: the day a follow-up action is due"),
                    lambda a: short_date(a.due_on) if a.due_on else "",
                ),
                (
                    self.tr("Done", "column: the day a follow-up action was done"),
                    lambda a: short_date(a.done_on) if a.done_on else "",
                ),
            ],
            self,
        )
        self.action_table = record_table(self.action_model, self, QHeaderView.ResizeMode.ResizeToContents)
        self.action_table.horizontalHeader().setStretchLastSection(False)
        self.action_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_action_button = QPushButton(self.tr("Add action…"), self)
        self.add_action_button.clicked.connect(lambda: self.add_action())
        self.save_button = QPushButton(self.tr("Save"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close_editor)
        self._build()

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS if autosave_ms is None else autosave_ms)
        self._autosave.timeout.connect(self.keep_draft)
        draft = read_draft(vault, form=self._form)
        if draft is not None and draft == session.note:
            take_draft(vault, form=self._form)  # nothing in it that is not saved
            draft = None
        self.editor.setPlainText(draft if draft is not None else session.note)
        self._offered = draft is not None
        self.editor.textChanged.connect(self._typed)
        self._refresh_actions()
        self._show_state()
        self.editor.setFocus()
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(760, screen.height() - 60) if screen is not None else 760
        self.resize(max(self.editor.column_width() + 120, 820), height)

    def _build(self) -> None:
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button.setToolTip(
            self.tr("Save the note (%1)").replace(
                "%1", QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)

        banner = QFrame(self)
        banner.setObjectName("draftBanner")
        banner.setStyleSheet("QFrame#draftBanner { background: #fcf3cf; border-radius: 3px; }")
        banner_line = QHBoxLayout(banner)
        banner_line.setContentsMargins(10, 6, 10, 6)
        banner_line.addWidget(self.banner, 1)
        banner_line.addWidget(self.banner_button)
        self.banner.setParent(banner)
        self.banner_button.setParent(banner)
        self._banner = banner

        writing = QWidget(self)
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.setSpacing(2)
        writing_layout.addWidget(self.toolbar)
        writing_layout.addWidget(self.editor, 1)
        actions = QGroupBox(self.tr("Follow-up actions from this session"), self)
        actions_layout = QVBoxLayout(actions)
        actions_layout.addWidget(self.action_table, 1)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_action_button)
        add_line.addStretch(1)
        actions_layout.addLayout(add_line)
        self.action_table.setMinimumHeight(self.action_table.verticalHeader().defaultSectionSize() * 2 + 30)
        # The note first: the actions get what they need, up to a fifth.
        self.splitter = panes(Qt.Orientation.Vertical, [writing, actions], self, stretch=[4, 1], sizes=[4_000, 1_000])

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # -- the text ------------------------------------------------------------------------------------------

    def text(self) -> str:
        return plain_text(self.editor)

    def is_modified(self) -> bool:
        return self.text() != self._saved_note

    def _typed(self) -> None:
        self.error.hide()
        if not self._autosave.isActive():  # at most AUTOSAVE_MS after the first change, however fast one types
            self._autosave.start()
        self._show_state()

    def _show_state(self, kept_at: datetime | None = None) -> None:
        words = len(self.text().split())
        count = self.tr("%n word(s)", "", words)
        if not self.is_modified():
            state = self.tr("Saved")
        elif kept_at is not None:
            state = self.tr("Not saved yet; kept as a draft at %1").replace("%1", kept_at.strftime("%H:%M:%S"))
        else:
            state = self.tr("Not saved yet")
        self.status.setText(f"{state} · {count}")
        self._banner.setVisible(self._offered and self.is_modified())

    # -- keeping and saving --------------------------------------------------------------------------------

    def keep_draft(self) -> None:
        """Keep what is typed as an encrypted draft (nothing to keep: no draft)."""
        self._autosave.stop()
        if self._vault.is_locked:
            return
        try:
            if self.is_modified():
                keep_draft(self._vault, form=self._form, content=self.text())
                self._show_state(datetime.now())
            else:
                take_draft(self._vault, form=self._form)
        except Refusal as refusal:  # a full disk, a read-only folder: said, and tried again until it works
            self._show_error(message_text(refusal))
            self._autosave.start()

    def save(self) -> bool:
        """Store the note as typed, composed and without the format characters that show nothing (a zero-width space
        pasted from a web page would otherwise hold the note back with a message about a character no one can see);
        True when it is saved."""
        text = self.text()
        note = without_invisible_marks(text)
        try:
            save_note(self._vault, case_id=self._session.case_id, session_id=stored_id(self._session.id), note=note)
        except InvalidText:
            self._show_error(
                self.tr(
                    "The note holds an invisible character that cannot be kept, perhaps pasted from another program. "
                    "Remove it and save again."
                )
            )
            return False
        except Refusal as refusal:
            self._show_error(message_text(refusal))
            return False
        self._autosave.stop()
        self._saved_note = text
        self.saved_any = True
        self._offered = False
        self._show_state()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def show_saved_note(self) -> None:
        """Throw away the draft that was offered back, and show the note as saved."""
        self._autosave.stop()
        take_draft(self._vault, form=self._form)
        self._offered = False
        self.editor.setPlainText(self._saved_note)
        self._autosave.stop()  # setting the text counts as typing
        self._show_state()

    # -- actions --------------------------------------------------------------------------------------------

    def session_actions(self) -> list[Action]:
        """The follow-up actions of the session; not actions(), which is Qt's list of the widget's QActions."""
        return [self.action_model.record_at(row) for row in range(self.action_model.rowCount())]

    def _refresh_actions(self) -> None:
        self.action_model.set_records(actions_of_session(self._vault, stored_id(self._session.id)))

    def add_action(self) -> None:
        added = ActionDialog.add_action(
            self, self._ask, self._vault, case_id=self._session.case_id, session=self._session
        )
        if added is not None:
            self.saved_any = True
            self._refresh_actions()

    # -- leaving ----------------------------------------------------------------------------------------------

    def close_editor(self) -> None:
        """The user's way out: asks first when the note has changes that are not saved."""
        if self.is_modified():
            answer = self._ask.save_discard_cancel(
                self, self.tr("Unsaved note"), self.tr("The note has changes that are not saved. Save them?")
            )
            if answer == "save" and not self.save():
                return
            if answer == "cancel":
                return
        if not self._vault.is_locked:
            take_draft(self._vault, form=self._form)  # saved, thrown away, or nothing in it that is not saved
        self._leaving = True
        self.reject()

    def reject(self) -> None:
        """Closed from outside (a lock): keep what was typed, then go. The user's Close asks first instead."""
        self._autosave.stop()
        try:
            if not self._leaving and not self._vault.is_locked and self.is_modified():
                keep_draft(self._vault, form=self._form, content=self.text())
        finally:
            super().reject()  # closed whether or not the draft could be kept: a lock must not leave it open

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close_editor()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self._leaving:
            event.ignore()
            self.close_editor()
            return
        super().closeEvent(event)

    @classmethod
    def edit_note(
        cls, parent: QWidget | None, vault: OpenVault, ask: Ask, session: Session, *, title: str, details: str
    ) -> bool:
        """Open the note of `session` until the user closes it (or a lock does); True when anything was saved."""

        return bool(
            run_modal(
                ask,
                "session note",
                lambda: cls(vault, ask, session, title=title, details=details, parent=parent),
                lambda editor, _closed: editor.saved_any,
            )
        )

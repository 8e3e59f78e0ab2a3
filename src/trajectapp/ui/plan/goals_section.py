"""The goals of a case with, for the chosen goal, its steps and progress notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain import sensitivity
from trajectapp.domain.dates import short_date
from trajectapp.domain.messages import Refusal
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.plan import OPEN_GOAL_STATUSES, Goal, Step, StepStatus
from trajectapp.domain.record_ids import stored_id
from trajectapp.services.needs import list_domains
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services
from trajectapp.services.plan import add_progress_note, case_steps, goals, progress_notes, save_goal, save_step
from trajectapp.services.plan import set_step_status as store_step_status
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.labels import catalogue_text, label
from trajectapp.ui.messages import message_text
from trajectapp.ui.panes import panes
from trajectapp.ui.plan.goal_choices import goal_choices, short_text
from trajectapp.ui.plan.goal_dialogs import SPECIAL_COLOUR, GoalDialog, ProgressNoteDialog
from trajectapp.ui.plan.plan_tables import ColouredTableModel, muted_note
from trajectapp.ui.plan.step_dialog import StepDialog
from trajectapp.ui.plan.version_text import party_text
from trajectapp.ui.record_table_model import record_table, selected_record

# Column numbers of the two tables, for tests and for sizing them.
GOAL, DOMAINS, TARGET, STATUS, STEPS = range(5)
WHAT, WHO, DUE, STEP_STATUS = range(4)

_FINISHED = QColor("#8a8a8a")
_OVERDUE = QColor("#a93226")


class GoalsSection(CasePanel):
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
        self._goals: list[Goal] = []
        self._steps: dict[int, list[Step]] = {}
        self._domains: dict[int, LifeDomain] = {}
        self._service_names: dict[int, str] = {}
        self.goal_model = ColouredTableModel(
            [
                (self.tr("Goal"), lambda g: g.title),
                (self.tr("Life domains"), self._domain_text),
                (self.tr("Target date"), lambda g: short_date(g.target_on) if g.target_on else ""),
                (self.tr("Status"), lambda g: label(g.status)),
                (self.tr("Steps"), self._steps_text),
            ],
            self._goal_colour,
            self,
        )
        self.step_model = ColouredTableModel(
            [
                (self.tr("What"), lambda s: s.what),
                (self.tr("Who"), lambda s: party_text(s.party, s.service_id, s.party_name, self._service_names)),
                (self.tr("Due", "column: the day a step is due"), self._due_text),
                (self.tr("Status"), lambda s: label(s.status)),
            ],
            self._step_colour,
            self,
        )
        self.goals_table = record_table(self.goal_model, self)
        self.steps_table = record_table(self.step_model, self)
        self.notes_list = QListWidget(self)
        self.notes_list.setWordWrap(True)
        self.notes_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.notes_list.setAlternatingRowColors(True)
        self.notes_list.setSpacing(2)
        self.show_finished = QCheckBox(self.tr("Show achieved and dropped goals"), self)
        self.show_finished.setChecked(True)
        self.goals_empty = muted_note(
            self.tr(
                "No goals yet. Add what the person wants to reach, in their own words, and link it to the life "
                "domains it is about."
            ),
            self,
        )
        self.hidden_note = muted_note(
            self.tr("Goals about health, religion or offences are hidden in presentation mode."), self
        )
        self.hidden_note.hide()
        self.steps_empty = muted_note("", self)
        self.notes_empty = muted_note(self.tr("No progress notes for this goal yet."), self)
        self.add_goal_button = QPushButton(self.tr("Add goal…"), self)
        self.edit_goal_button = QPushButton(self.tr("Edit…"), self)
        self.note_button = QPushButton(self.tr("Progress note…"), self)
        self.add_step_button = QPushButton(self.tr("Add step…"), self)
        self.edit_step_button = QPushButton(self.tr("Edit…"), self)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.status_button = QPushButton(self.tr("Set status"), self)
        menu = QMenu(self.status_button)
        for status in StepStatus:
            menu.addAction(label(status), partial(self.set_step_status, status))
        self.status_button.setMenu(menu)
        self.steps_box = QGroupBox(self.tr("Steps"), self)
        self._build()
        self.add_goal_button.clicked.connect(lambda: self.add_goal())
        self.edit_goal_button.clicked.connect(lambda: self.edit_goal())
        self.note_button.clicked.connect(lambda: self.add_note())
        self.add_step_button.clicked.connect(lambda: self.add_step())
        self.edit_step_button.clicked.connect(lambda: self.edit_step())
        self.done_button.clicked.connect(lambda: self.set_step_status(StepStatus.DONE))
        self.goals_table.doubleClicked.connect(lambda _index: self.edit_goal())
        self.steps_table.doubleClicked.connect(lambda _index: self.edit_step())
        self.show_finished.toggled.connect(lambda _on: self.refresh())
        self.goals_table.selectionModel().selectionChanged.connect(lambda *_: self._show_goal())
        self.steps_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _build(self) -> None:
        goals_box = QGroupBox(self.tr("Goals"), self)
        goal_buttons = QHBoxLayout()
        for widget in (self.add_goal_button, self.edit_goal_button, self.note_button):
            goal_buttons.addWidget(widget)
        goal_buttons.addStretch(1)
        goal_buttons.addWidget(self.show_finished)
        inner = QVBoxLayout(goals_box)
        inner.addWidget(self.goals_empty)
        inner.addWidget(self.hidden_note)
        inner.addWidget(self.goals_table, 1)
        inner.addLayout(goal_buttons)
        step_buttons = QHBoxLayout()
        for widget in (self.add_step_button, self.edit_step_button, self.done_button, self.status_button):
            step_buttons.addWidget(widget)
        step_buttons.addStretch(1)
        inner = QVBoxLayout(self.steps_box)
        inner.addWidget(self.steps_empty)
        inner.addWidget(self.steps_table, 1)
        inner.addLayout(step_buttons)
        notes_box = QGroupBox(self.tr("Progress notes"), self)
        inner = QVBoxLayout(notes_box)
        inner.addWidget(self.notes_empty)
        inner.addWidget(self.notes_list, 1)
        lower = panes(Qt.Orientation.Horizontal, [self.steps_box, notes_box], self, sizes=[600, 400])
        splitter = panes(Qt.Orientation.Vertical, [goals_box, lower], self, sizes=[400, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- what it shows -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the goals, their steps and the catalogues again; keeps the chosen goal and step."""
        goal, step = self.selected_goal(), self.selected_step()
        self._domains = {stored_id(d.id): d for d in list_domains(self._vault, include_hidden=True)}
        self._service_names = {stored_id(s.id): s.name for s in list_services(self._vault, include_hidden=True)}
        self._goals = goals(self._vault, self._case_id)
        self._steps = {}
        for each in case_steps(self._vault, self._case_id):
            self._steps.setdefault(each.goal_id, []).append(each)
        shown = [
            g
            for g in self._goals
            if not (self.presentation_mode and self.is_special(g))
            and (self.show_finished.isChecked() or g.status in OPEN_GOAL_STATUSES)
        ]
        self.goal_model.set_records(shown)
        self.goals_empty.setVisible(not self._goals)
        self.goals_table.setVisible(bool(self._goals))
        self._fit_goal_columns()
        kept = goal if goal is not None and any(g.id == goal.id for g in shown) else None
        # Otherwise the first goal still on, so that its steps show without a click.
        target = kept or next((g for g in shown if g.status in OPEN_GOAL_STATUSES), shown[0] if shown else None)
        if target is not None:
            self.select_goal(stored_id(target.id), step.id if kept is not None and step is not None else None)
        else:
            self._show_goal()

    def is_special(self, goal: Goal) -> bool:
        """Whether the goal holds special-category data (through its domains, or the good it serves)."""
        return bool(sensitivity.of_goal(goal, self._domains))

    def steps_of(self, goal_id: int) -> list[Step]:
        return list(self._steps.get(goal_id, []))

    def goal_by_id(self, goal_id: int) -> Goal | None:
        return next((goal for goal in self._goals if goal.id == goal_id), None)

    def selected_goal(self) -> Goal | None:
        return selected_record(self.goals_table, self.goal_model)

    def selected_step(self) -> Step | None:
        return selected_record(self.steps_table, self.step_model)

    def select_goal(self, goal_id: int, step_id: int | None = None) -> None:
        row = next((n for n in range(self.goal_model.rowCount()) if self.goal_model.record_at(n).id == goal_id), -1)
        if row >= 0:
            self.goals_table.selectRow(row)
        else:
            self.goals_table.clearSelection()
        self._show_goal()
        if step_id is not None:
            row = next((n for n in range(self.step_model.rowCount()) if self.step_model.record_at(n).id == step_id), -1)
            if row >= 0:
                self.steps_table.selectRow(row)

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation_mode = on
        self.hidden_note.setVisible(on)
        self.refresh()

    def _show_goal(self) -> None:
        """The chosen goal's steps and notes."""
        goal = self.selected_goal()
        steps = self._steps.get(stored_id(goal.id), []) if goal else []
        self.step_model.set_records(steps)
        self.steps_box.setTitle(
            self.tr("Steps towards: %1").replace("%1", short_text(goal.title, 70)) if goal else self.tr("Steps")
        )
        if not self._goals:
            self.steps_empty.setText(self.tr("The steps towards a goal show here: who does what, by when."))
        elif goal is None:
            self.steps_empty.setText(self.tr("Choose a goal to see its steps and progress notes."))
        else:
            self.steps_empty.setText(self.tr("No steps yet. Add what needs doing, who does it and by when."))
        self.steps_empty.setVisible(not steps)
        self.steps_table.setVisible(bool(steps))
        self.notes_list.clear()
        notes = progress_notes(self._vault, stored_id(goal.id)) if goal else []
        for note in reversed(notes):  # newest first
            QListWidgetItem(f"{short_date(note.noted_on)}\n{note.note.strip()}", self.notes_list)
        self.notes_empty.setVisible(goal is not None and not notes)
        self.notes_list.setVisible(bool(notes))
        self._fit_step_columns()
        self._update_buttons()

    def _update_buttons(self) -> None:
        goal, step = self.selected_goal(), self.selected_step()
        for button in (self.edit_goal_button, self.note_button, self.add_step_button):
            button.setEnabled(goal is not None)
        for button in (self.edit_step_button, self.status_button):
            button.setEnabled(step is not None)
        self.done_button.setEnabled(step is not None and step.status is not StepStatus.DONE)

    # -- cell texts and colours ---------------------------------------------------------------------------

    def _domain_text(self, goal: Goal) -> str:
        return ", ".join(catalogue_text(self._domains[d].name) for d in goal.domain_ids if d in self._domains)

    def _steps_text(self, goal: Goal) -> str:
        steps = self._steps.get(stored_id(goal.id), [])
        if not steps:
            return self.tr("no steps yet")
        done = sum(1 for step in steps if step.status is StepStatus.DONE)
        text = self.tr("%n of %1 done", "", done).replace("%1", str(len(steps)))
        overdue = sum(1 for step in steps if self._is_overdue(step))
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", str(overdue))
        return text

    def _is_overdue(self, step: Step) -> bool:
        goal = self.goal_by_id(step.goal_id)
        return goal is not None and goal.status in OPEN_GOAL_STATUSES and step.is_overdue(self._today())

    def _due_text(self, step: Step) -> str:
        if step.due_on is None:
            return ""
        return short_date(step.due_on) + (" " + self.tr("(overdue)") if self._is_overdue(step) else "")

    def _goal_colour(self, goal: Goal, column: int) -> QColor | None:
        if goal.status not in OPEN_GOAL_STATUSES:
            return _FINISHED
        if column == DOMAINS and self.is_special(goal):
            return QColor(SPECIAL_COLOUR)
        if column == STEPS and any(self._is_overdue(step) for step in self._steps.get(stored_id(goal.id), [])):
            return _OVERDUE
        return None

    def _step_colour(self, step: Step, column: int) -> QColor | None:
        if not step.is_open:
            return _FINISHED
        return _OVERDUE if column == DUE and self._is_overdue(step) else None

    def _fit_goal_columns(self) -> None:
        header = self.goals_table.horizontalHeader()
        header.setSectionResizeMode(GOAL, QHeaderView.ResizeMode.Stretch)
        for column in (DOMAINS, TARGET, STATUS, STEPS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.goals_table.resizeColumnsToContents()
        self.goals_table.setColumnWidth(DOMAINS, min(max(self.goals_table.columnWidth(DOMAINS), 160), 300))
        self.goals_table.setColumnWidth(TARGET, max(self.goals_table.columnWidth(TARGET), 90))

    def _fit_step_columns(self) -> None:
        header = self.steps_table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (WHO, DUE, STEP_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    # -- what the buttons do --------------------------------------------------------------------------------

    def add_goal(self, draft: str | None = None) -> None:
        self._goal_dialog(None, draft)

    def edit_goal(self, goal: Goal | None = None, draft: str | None = None) -> None:
        goal = goal or self.selected_goal()
        if goal is not None:
            self._goal_dialog(goal, draft)

    def _goal_dialog(self, goal: Goal | None, draft: str | None) -> None:
        saved = GoalDialog.get(
            self._ask,
            draft,
            lambda entered: save_goal(self._vault, entered),
            self._ask,
            self._case_id,
            goal_choices(self._vault, self._case_id, goal),
            goal,
            hide_special=self.presentation_mode,
            parent=self,
        )
        if saved is not None:
            self._changed(stored_id(saved.id))

    def add_note(self, goal: Goal | None = None, draft: str | None = None) -> None:
        goal = goal or self.selected_goal()
        if goal is None:
            return
        goal_id = stored_id(goal.id)
        saved = ProgressNoteDialog.get(
            self._ask,
            draft,
            lambda note: add_progress_note(self._vault, goal_id=goal_id, on=note.noted_on, note=note.note),
            self._ask,
            goal,
            parent=self,
            today=self._today(),
        )
        if saved is not None:
            self._changed(goal_id)

    def add_step(self, goal: Goal | None = None, draft: str | None = None) -> None:
        goal = goal or self.selected_goal()
        if goal is not None:
            self._step_dialog(goal, None, draft)

    def edit_step(self, step: Step | None = None, draft: str | None = None) -> None:
        step = step or self.selected_step()
        goal = self.goal_by_id(step.goal_id) if step is not None else None
        if goal is not None:
            self._step_dialog(goal, step, draft)

    def _step_dialog(self, goal: Goal, step: Step | None, draft: str | None) -> None:
        saved = StepDialog.get(
            self._ask,
            draft,
            lambda entered: save_step(self._vault, entered),
            self._ask,
            goal,
            list_services(self._vault),
            step,
            parent=self,
        )
        if saved is not None:
            self._changed(stored_id(goal.id), saved.id)

    def set_step_status(self, status: StepStatus, step: Step | None = None) -> None:
        step = step or self.selected_step()
        if step is not None and step.status is not status:
            try:
                store_step_status(self._vault, step_id=stored_id(step.id), status=status)
            except Refusal as refusal:
                self._ask.warn(self, self.tr("Not saved"), message_text(refusal))
                return
            self._changed(step.goal_id, step.id)

    def _changed(self, goal_id: int, step_id: int | None = None) -> None:
        self.refresh()
        self.select_goal(goal_id, step_id)
        self.changed.emit()

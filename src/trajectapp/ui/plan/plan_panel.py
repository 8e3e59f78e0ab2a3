"""The Plan tab of a case file: the goals with their steps and progress notes on one page, the dated versions
of the plan with each party's answer on the other."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from trajectapp.domain.plan import Goal
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.services.drafts import has_draft, keep_draft, take_draft
from trajectapp.services.needs import list_domains
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.forms.form_dialog import draft_fields
from trajectapp.ui.forms.guarded_dialog import drafted_id
from trajectapp.ui.plan.goal_dialogs import DRAFT_GOAL_ID
from trajectapp.ui.plan.goals_section import GoalsSection
from trajectapp.ui.plan.step_dialog import DRAFT_STEP_ID
from trajectapp.ui.plan.version_dialogs import DRAFT_VERSION_ID
from trajectapp.ui.plan.versions_section import VersionsSection


class PlanPanel(CasePanel):
    """Add it to a case file with add_tab(panel, "Plan"); it follows presentation mode and puts back a dialog
    that was open when the vault locked (DRAFT_KINDS, resume)."""

    DRAFT_KINDS = ("goal", "step", "progress_note", "plan_version", "agreement")

    def __init__(
        self,
        vault: OpenVault,
        case_id: int,
        ask: Ask,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(vault, case_id, ask, parent)
        self.presentation_mode = False
        self.goals = GoalsSection(vault, case_id, ask, today, self)
        self.versions = VersionsSection(vault, case_id, ask, today, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.goals, self.tr("Goals and steps"))
        self.pages.addTab(self.versions, self.tr("Plan versions"))
        self.held_back_note = QLabel(
            self.tr(
                "What you were typing before the vault locked is about health, religion or offences: it comes back "
                "when presentation mode ends."
            ),
            self,
        )
        self.held_back_note.setWordWrap(True)
        self.held_back_note.setStyleSheet("QLabel { background: #fcf3cf; padding: 6px 10px; border-radius: 3px; }")
        self.held_back_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.held_back_note)
        layout.addWidget(self.pages, 1)
        self.goals.changed.connect(self.changed)
        self.versions.changed.connect(self.changed)

    def refresh(self) -> None:
        self.goals.refresh()
        self.versions.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # The directory and the catalogue of domains change elsewhere; coming back here shows them as they are.
        self.refresh()
        super().showEvent(event)

    def set_presentation_mode(self, on: bool) -> None:
        """Hide goals about health, religion or offences, their steps and notes, in the lists, the versions and
        the comparisons, and keep them out of the plan document."""
        self.presentation_mode = on
        self.goals.set_presentation_mode(on)
        self.versions.set_presentation_mode(on)
        held_back = has_draft(self._vault, form=self._held_back_name())
        self.held_back_note.setVisible(on and held_back)
        if not on and held_back:
            # After the mode has changed everywhere: the dialog is modal and runs its own loop.
            QTimer.singleShot(0, self, self._resume_held_back)

    # -- a draft held back while the screen faces the person --------------------------------------------

    def _held_back_name(self) -> str:
        return f"case:{self._case_id}:plan-held-back"

    def _hold_back(self, kind: str, draft: str) -> None:
        """Keep a draft about special-category data, encrypted in the vault like every draft, until presentation
        mode ends, so that another lock in the meantime loses nothing either."""
        content = json.dumps({"kind": kind, "draft": draft}, ensure_ascii=False)
        keep_draft(self._vault, form=self._held_back_name(), content=content)
        self.held_back_note.show()

    def _resume_held_back(self) -> None:
        if self.presentation_mode or self._vault.is_locked:
            return
        kept = take_draft(self._vault, form=self._held_back_name())
        self.held_back_note.hide()
        if kept is None:
            return
        try:
            held = json.loads(kept)
            kind, draft = str(held["kind"]), str(held["draft"])
        except (ValueError, KeyError, TypeError):
            return
        self.resume(kind, draft)

    # -- drafts of an open dialog ---------------------------------------------------------------------

    def resume(self, kind: str, draft: str) -> None:
        """Open the dialog of `kind` again, on the same record, with what was typed in it before the lock."""
        if kind in ("goal", "step", "progress_note"):
            self._resume_goal_dialog(kind, draft)
        elif kind == "plan_version":
            self.pages.setCurrentWidget(self.versions)
            self.versions.record_version(draft)
        elif kind == "agreement":
            version_id = drafted_id(draft, DRAFT_VERSION_ID)
            version = next((v for v in self.versions.versions if v.id == version_id), None)
            if version is not None:
                self.pages.setCurrentWidget(self.versions)
                self.versions.record_agreement(version, draft)

    def _resume_goal_dialog(self, kind: str, draft: str) -> None:
        goal_id = drafted_id(draft, DRAFT_GOAL_ID)
        goal = self.goals.goal_by_id(goal_id) if goal_id is not None else None
        if goal is None and kind != "goal":
            return  # the goal is gone: nothing to add a step or a note to
        if self.presentation_mode and self._about_special(kind, draft, goal):
            self._hold_back(kind, draft)
            return
        self.pages.setCurrentWidget(self.goals)
        if goal is not None:
            self.goals.select_goal(stored_id(goal.id))
        if kind == "goal" and goal is not None:
            self.goals.edit_goal(goal, draft)
        elif kind == "goal":
            self.goals.add_goal(draft)
        elif kind == "progress_note":
            self.goals.add_note(goal, draft)
        else:
            assert goal is not None, "a step's draft without its goal was dropped above"
            step_id = drafted_id(draft, DRAFT_STEP_ID)
            step = next((s for s in self.goals.steps_of(stored_id(goal.id)) if s.id == step_id), None)
            if step is not None:
                self.goals.edit_step(step, draft)
            else:
                self.goals.add_step(goal, draft)

    def _about_special(self, kind: str, draft: str, goal: Goal | None) -> bool:
        """Whether the drafted dialog shows special-category data: its goal does, or the goal being drafted
        has a special-category domain ticked or serves spirituality."""
        if goal is not None and self.goals.is_special(goal):
            return True
        if kind != "goal":
            return False
        raw = draft_fields(draft)
        domains = raw.get("domains")
        ticked = domains if isinstance(domains, list) else []
        special = {d.id for d in list_domains(self._vault) if d.sensitivity is not None}
        return any(d in special for d in ticked) or raw.get("good") == PrimaryGood.SPIRITUALITY.value

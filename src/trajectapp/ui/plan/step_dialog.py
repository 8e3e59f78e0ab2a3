"""The dialog of one step towards a goal: what, who does it, by when, and where it stands."""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtWidgets import QLineEdit, QWidget

from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import Goal, Step, StepStatus
from trajectapp.domain.record_ids import stored_id
from trajectapp.services.plan import TITLE_MAX
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.fields import LINE_MAX
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog
from trajectapp.ui.plan.goal_dialogs import DRAFT_GOAL_ID
from trajectapp.ui.plan.party_fields import PartyFields

DRAFT_STEP_ID = "step_id"  # the key a draft keeps the edited step under


class StepDialog(GuardedFormDialog[Step]):
    DRAFT_KIND = "step"
    QUESTION = "step"

    def __init__(
        self,
        ask: Ask,
        goal: Goal,
        services: Iterable[PartnerService],
        step: Step | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("New step") if step is None else self.tr("Step"), ask, parent)
        self.goal_id, self.step_id = stored_id(goal.id), step.id if step is not None else None
        self.add_intro(self.tr("A step towards: %1").replace("%1", goal.title))
        what = QLineEdit(self)
        what.setMaxLength(LINE_MAX)
        what.setPlaceholderText(self.tr("For example: ask the social service about a rent deposit"))
        self.add_field("what", self.tr("What:"), what)
        self.party = PartyFields(self, self.tr("Who does it:"), services)
        self.due_on = self.add_date("due_on", self.tr("Due:"))
        self.status = self.add_choice("status", self.tr("Status:"), StepStatus)
        if step is not None:
            what.setText(step.what)
            self.party.show(step.party, step.service_id, step.party_name)
            self.due_on.set_date(step.due_on)
            self.status.setCurrentIndex(self.status.findData(step.status.value))
        self.mark_unchanged()

    def errors(self) -> dict[str, str]:
        errors = {}
        what = self.text("what")
        if not what:
            errors["what"] = self.tr("Say what the step is.")
        elif problem := self.text_error("what", TITLE_MAX):
            errors["what"] = problem
        errors.update(self.party.errors())
        if problem := self.due_on.problem():
            errors["due_on"] = problem
        return errors

    def checked_value(self) -> Step:
        party, service_id, party_name = self.party.values()
        return Step(
            self.step_id,
            self.goal_id,
            self.text("what"),
            party,
            service_id,
            party_name,
            self.due_on.date_value(),
            StepStatus(self.status.currentData()),
        )

    def draft(self) -> str:
        """The typed texts, and which step of which goal they edit (step None: a new one)."""
        raw = json.loads(super().draft())
        raw[DRAFT_STEP_ID], raw[DRAFT_GOAL_ID] = self.step_id, self.goal_id
        return json.dumps(raw, ensure_ascii=False)

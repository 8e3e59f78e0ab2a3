"""The dialogs of the plan's versions: record a dated version with the goals it holds, and one party's answer
to a version. Each returns what was entered, or None; neither writes to the store."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from trajectapp.domain.dates import short_date
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import OPEN_GOAL_STATUSES, Goal, PlanAgreement, PlanAnswer, PlanVersion
from trajectapp.domain.record_ids import stored_id
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.form_dialog import date_problem, draft_fields
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog
from trajectapp.ui.labels import label
from trajectapp.ui.plan.party_fields import PartyFields

DRAFT_VERSION_ID = "version_id"  # the key a draft keeps the answered version under

VersionAnswer = tuple[date, str, list[int]]  # the date, a note, the ids of the goals it holds


class PlanVersionDialog(GuardedFormDialog[VersionAnswer]):
    """`hidden` goals (presentation mode) are not listed; they are included when they are still on."""

    DRAFT_KIND = "plan_version"
    QUESTION = "plan version"

    def __init__(
        self,
        ask: Ask,
        goals: Sequence[Goal],
        hidden: Callable[[Goal], bool] = lambda goal: False,
        parent: QWidget | None = None,
        today: date | None = None,
    ):
        super().__init__(self.tr("Record a plan version"), ask, parent, today)
        self.setMinimumWidth(600)
        self.add_intro(
            self.tr(
                "A plan version keeps the goals and their steps as they are today. Every version is kept; ask each "
                "party afterwards whether they agree."
            )
        )
        self.on = self.add_date("on", self.tr("Date:"), self.today)
        self.goals = QListWidget(self)
        for goal in goals:
            item = QListWidgetItem(f"{goal.title}  ({label(goal.status)})", self.goals)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if goal.status in OPEN_GOAL_STATUSES else Qt.CheckState.Unchecked)
            self.goals.setRowHidden(self.goals.row(item), hidden(goal))
        row = self.goals.sizeHintForRow(0) if goals else 20
        self.goals.setMinimumHeight(min(max(row * len(goals), 3 * row), 10 * row) + 2 * self.goals.frameWidth() + 24)
        hint = self.tr("Goals for later and those being worked on are ticked.")
        if any(hidden(goal) for goal in goals):
            hint += " " + self.tr("Goals hidden in presentation mode are included when they are still on.")
        self.add_field("goals", self.tr("Goals in this version:"), self.goals, hint)
        self.goals.itemChanged.connect(lambda _item: self.rows["goals"].set_error(""))
        self.add_field(
            "note",
            self.tr("Note:"),
            QPlainTextEdit(self),
            self.tr(
                "Printed at the top of the plan document, for example: agreed at the meeting of "
                "1 March with the justice house."
            ),
        )
        self.mark_unchanged()

    def chosen_goals(self) -> list[int]:
        items = (self.goals.item(row) for row in range(self.goals.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def set_chosen_goals(self, goal_ids: Iterable[int]) -> None:
        wanted = set(goal_ids)
        for row in range(self.goals.count()):
            item = self.goals.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            )

    def errors(self) -> dict[str, str]:
        errors = {}
        if problem := date_problem(self.on, self.today):
            errors["on"] = problem
        if not self.chosen_goals():
            errors["goals"] = self.tr("Tick at least one goal.")
        if problem := self.text_error("note"):
            errors["note"] = problem
        return errors

    def checked_value(self) -> VersionAnswer:
        """(date, note, the ids of the goals it holds)."""
        on = self.on.checked_date()
        return on, self.text("note", multiline=True).strip(), self.chosen_goals()

    def draft(self) -> str:
        raw = json.loads(super().draft())
        raw["goals"] = self.chosen_goals()
        return json.dumps(raw, ensure_ascii=False)

    def load_draft(self, draft: str) -> None:
        super().load_draft(draft)
        goals = draft_fields(draft).get("goals")
        if isinstance(goals, list):
            self.set_chosen_goals(g for g in goals if isinstance(g, int))


class AgreementDialog(GuardedFormDialog[PlanAgreement]):
    """One party's answer to one plan version; an earlier answer of the same party is replaced."""

    DRAFT_KIND = "agreement"
    QUESTION = "agreement"

    def __init__(
        self,
        ask: Ask,
        version: PlanVersion,
        services: Iterable[PartnerService],
        describe: Callable[[PlanAgreement], str],
        parent: QWidget | None = None,
        today: date | None = None,
    ):
        super().__init__(self.tr("Does everyone agree?"), ask, parent, today)
        self.version, self.version_id = version, stored_id(version.id)
        self._describe = describe
        self.add_intro(self.tr("The plan version of %1.").replace("%1", short_date(version.made_on)))
        self.party = PartyFields(self, self.tr("Who answers:"), services)
        self.answer = self.add_choice("answer", self.tr("Answer:"), PlanAnswer)
        self.earlier = self.add_intro("")
        self.earlier.setStyleSheet("QLabel { color: #7d6608; }")
        self.add_field(
            "reason",
            self.tr("Why:"),
            QPlainTextEdit(self),
            self.tr("In their own words: write down what they said, as they said it."),
        )
        self.on = self.add_date("on", self.tr("On:"), max(self.today, version.made_on))
        for signal in (
            self.party.party.currentIndexChanged,
            self.party.service.currentIndexChanged,
            self.party.name.textChanged,
        ):
            signal.connect(self._show_earlier)
        self.answer.currentIndexChanged.connect(lambda _index: self.rows["reason"].set_error(""))
        self._show_earlier()
        self.mark_unchanged()

    def _answer(self) -> PlanAnswer:
        return PlanAnswer(self.answer.currentData())

    def _draft_agreement(self) -> PlanAgreement:
        party, service_id, name = self.party.values()
        return PlanAgreement(None, self.version_id, party, self._answer(), service_id, name)

    def _show_earlier(self) -> None:
        """Say when this party has answered already: saving replaces that answer."""
        key = self._draft_agreement().party_key
        earlier = next((a for a in self.version.agreements if a.party_key == key), None)
        if earlier is None:
            self.form.setRowVisible(self.earlier, False)
            return
        on = short_date(earlier.answered_on) if earlier.answered_on else self.tr("an unknown date")
        self.earlier.setText(
            self.tr("%1 answered already: %2 (%3). Saving replaces that answer.")
            .replace("%1", self._describe(earlier))
            .replace("%2", label(earlier.answer))
            .replace("%3", on)
        )
        self.form.setRowVisible(self.earlier, True)

    def errors(self) -> dict[str, str]:
        errors = self.party.errors()
        answer = self._answer()
        if answer is not PlanAnswer.AGREES and not self.text("reason", multiline=True).strip():
            errors["reason"] = (
                self.tr("Write down why they do not agree, in their words.")
                if answer is PlanAnswer.DOES_NOT_AGREE
                else self.tr("Write down why no answer could be given.")
            )
        elif problem := self.text_error("reason"):
            errors["reason"] = problem
        if problem := date_problem(self.on, self.today):
            errors["on"] = problem
        elif (answered_on := self.on.date_value()) and answered_on < self.version.made_on:
            errors["on"] = self.tr("This is before the plan version itself (%1).").replace(
                "%1", short_date(self.version.made_on)
            )
        return errors

    def checked_value(self) -> PlanAgreement:
        party, service_id, name = self.party.values()
        return PlanAgreement(
            None,
            self.version_id,
            party,
            self._answer(),
            service_id,
            name,
            self.text("reason", multiline=True).strip(),
            self.on.date_value(),
        )

    def draft(self) -> str:
        raw = json.loads(super().draft())
        raw[DRAFT_VERSION_ID] = self.version.id
        return json.dumps(raw, ensure_ascii=False)

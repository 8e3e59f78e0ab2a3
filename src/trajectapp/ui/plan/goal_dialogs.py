"""The dialogs of one goal: the goal itself (domains, what success looks like, target date, status) and a
dated progress note. Each is a function that returns what was entered, or None; neither writes to the store."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.plan import GOAL_FIELDS, Goal, GoalStatus, ProgressNote
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.domain.wording import QT_TRANSLATE_NOOP
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.field_inputs import caption
from trajectapp.ui.forms.form_dialog import date_problem, draft_fields
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog
from trajectapp.ui.labels import catalogue_text, label
from trajectapp.ui.plan.goal_choices import GoalChoices, short_text

SPECIAL_COLOUR = "#6c3483"  # as the special-category marker of every form
DRAFT_GOAL_ID = "goal_id"  # the key a draft keeps the goal it belongs to under

_CATEGORY_WORDS = {
    DataCategory.HEALTH: QT_TRANSLATE_NOOP("GoalDialog", "health"),
    DataCategory.RELIGION_IDEOLOGY: QT_TRANSLATE_NOOP("GoalDialog", "religion or ideology"),
    DataCategory.OFFENCES: QT_TRANSLATE_NOOP("GoalDialog", "offences"),
}


def category_words(category: DataCategory) -> str:
    return QCoreApplication.translate("GoalDialog", _CATEGORY_WORDS[category])


class GoalDialog(GuardedFormDialog[Goal]):
    DRAFT_KIND = "goal"
    QUESTION = "goal"

    def __init__(
        self,
        ask: Ask,
        case_id: int,
        choices: GoalChoices,
        goal: Goal | None = None,
        *,
        hide_special: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("New goal") if goal is None else self.tr("Goal"), ask, parent)
        self.setMinimumWidth(620)
        self.case_id, self.goal_id = case_id, goal.id if goal is not None else None
        self._special = {d.id for d in choices.domains if d.sensitivity is not None}
        self.add_intro(self.tr("What the person wants to reach, in their own words where they like."))
        self.domains = QListWidget(self)
        self.domains.setMinimumHeight(150)
        for domain in choices.domains:
            item = QListWidgetItem(catalogue_text(domain.name), self.domains)
            item.setData(Qt.ItemDataRole.UserRole, domain.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if domain.sensitivity is not None:
                item.setText(
                    self.tr("%1 (special category: %2)")
                    .replace("%1", catalogue_text(domain.name))
                    .replace("%2", category_words(domain.sensitivity))
                )
                item.setForeground(QBrush(QColor(SPECIAL_COLOUR)))
                item.setToolTip(
                    self.tr(
                        "Special-category data: a goal linked to this domain is hidden in presentation mode and left "
                        "out of the plan document unless you include it."
                    )
                )
        self.need = self._combo(
            self.tr("No particular need"),
            [
                (option.text, option.item_id)
                for option in choices.needs
                if not (hide_special and option.domain_id in self._special)
            ],
        )
        self.strength = self._combo(
            self.tr("No particular strength"), [(short_text(s.description, 80), s.id) for s in choices.strengths]
        )
        self.good = self._combo(
            self.tr("No particular good"),
            [
                (label(good), good.value)
                for good in PrimaryGood
                if not (hide_special and good is PrimaryGood.SPIRITUALITY)
            ],
        )
        self._add_rows(hide_special)
        status = self.inputs["status"]
        assert isinstance(status, QComboBox), "a choice's input is a combo box"
        self.status = status
        self.status.currentIndexChanged.connect(self._status_chosen)
        if goal is not None:
            self._show(goal)
        if hide_special:
            self._hide_special_domains()
        self._status_chosen()
        self.mark_unchanged()

    def _add_rows(self, hide_special: bool) -> None:
        """The goal's fields in the order of its description; its links (the needs, strengths and goods of this
        person, offered as they are now) and its life domains are the dialog's own."""
        links = {
            "need_item_id": ("need", self.need),
            "strength_id": ("strength", self.strength),
            "good": ("good", self.good),
        }
        hints = {
            "success": self.tr("How the person will know they got there, in their words if they like."),
            "dropped_reason": self.tr("For example: the person chose another way, or it can no longer happen."),
        }
        for column in GOAL_FIELDS:
            if column.name in links:
                name, combo = links[column.name]
                self.add_field(name, caption(column), combo)
                continue
            field = self.add_described(column, hints.get(column.name, ""))
            if isinstance(field.widget, QPlainTextEdit):
                field.widget.setMaximumHeight(90)  # the dialog has many fields and must fit a laptop screen
            if column.name == "title":
                assert isinstance(field.widget, QLineEdit), "a single line of text is typed in a line edit"
                field.widget.setPlaceholderText(self.tr("For example: a place of my own to live after release"))
                self._add_domains(hide_special)

    def _add_domains(self, hide_special: bool) -> None:
        hint = self.tr("One or more.")
        if hide_special:
            hint += " " + self.tr("Domains about health, religion or offences are hidden in presentation mode.")
        self.add_field("domains", self.tr("Life domains:"), self.domains, hint)
        self.domains.itemChanged.connect(lambda _item: self.rows["domains"].set_error(""))

    def _combo(self, nothing: str, options: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(nothing, None)
        for text, data in options:
            combo.addItem(text, data)
        return combo

    def _show(self, goal: Goal) -> None:
        for name, field in self.described.items():
            field.set_value(getattr(goal, name))
        self.set_domains(goal.domain_ids)
        for combo, value in (
            (self.need, goal.need_item_id),
            (self.strength, goal.strength_id),
            (self.good, goal.good.value if goal.good else None),
        ):
            if value is not None and combo.findData(value) < 0:  # no longer offered: keep the link as it is
                combo.addItem(self.tr("(as linked before)"), value)
            combo.setCurrentIndex(combo.findData(value))

    def _hide_special_domains(self) -> None:
        """Presentation mode: special-category domains are not listed (one already ticked stays ticked, unseen)."""
        for row in range(self.domains.count()):
            if self.domains.item(row).data(Qt.ItemDataRole.UserRole) in self._special:
                self.domains.setRowHidden(row, True)

    def _status_chosen(self) -> None:
        self.set_field_visible("dropped_reason", self._status() is GoalStatus.DROPPED)

    def _status(self) -> GoalStatus:
        return GoalStatus(self.status.currentData())

    # -- the domains' check list -------------------------------------------------------------------------

    def checked_domains(self) -> tuple[int, ...]:
        items = (self.domains.item(row) for row in range(self.domains.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def set_domains(self, domain_ids: Sequence[int]) -> None:
        for row in range(self.domains.count()):
            item = self.domains.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in domain_ids else Qt.CheckState.Unchecked
            )

    # -- the form contract ----------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        dropped = self._status() is GoalStatus.DROPPED
        errors = self.described_errors(name for name in self.described if dropped or name != "dropped_reason")
        if not self.text("title"):
            errors["title"] = self.tr("Say what the goal is.")
        if not self.checked_domains():
            errors["domains"] = self.tr("Tick at least one life domain the goal is about.")
        if dropped and not self.text("dropped_reason", multiline=True).strip():
            errors["dropped_reason"] = self.tr("Say why the goal was dropped.")
        return {name: errors[name] for name in self.inputs if name in errors}

    def checked_value(self) -> Goal:
        values = self.described_values()
        if values["status"] is not GoalStatus.DROPPED:
            values["dropped_reason"] = ""
        good = self.good.currentData()
        return Goal(
            self.goal_id,
            self.case_id,
            domain_ids=self.checked_domains(),
            **values,
            need_item_id=self.need.currentData(),
            strength_id=self.strength.currentData(),
            good=PrimaryGood(good) if good is not None else None,
        )

    def draft(self) -> str:
        """The typed texts, the ticked domains, and which goal they edit (None: a new one)."""
        raw = json.loads(super().draft())
        raw["domains"] = list(self.checked_domains())
        raw[DRAFT_GOAL_ID] = self.goal_id
        return json.dumps(raw, ensure_ascii=False)

    def load_draft(self, draft: str) -> None:
        super().load_draft(draft)
        domains = draft_fields(draft).get("domains")
        if isinstance(domains, list):
            self.set_domains([d for d in domains if isinstance(d, int)])


class ProgressNoteDialog(GuardedFormDialog[ProgressNote]):
    DRAFT_KIND = "progress_note"
    QUESTION = "progress note"

    def __init__(self, ask: Ask, goal: Goal, parent: QWidget | None = None, today: date | None = None):
        super().__init__(self.tr("Progress note"), ask, parent, today)
        self.goal_id = stored_id(goal.id)
        self.add_intro(self.tr("Progress towards: %1").replace("%1", goal.title))
        self.on = self.add_date("on", self.tr("On:"), self.today)
        self.add_field(
            "note",
            self.tr("Note:"),
            QPlainTextEdit(self),
            self.tr("What moved, what got in the way; the person's own words where they matter."),
        )
        self.mark_unchanged()

    def errors(self) -> dict[str, str]:
        errors = {}
        if problem := date_problem(self.on, self.today):
            errors["on"] = problem
        if not self.text("note", multiline=True).strip():
            errors["note"] = self.tr("Write the note.")
        elif problem := self.text_error("note"):
            errors["note"] = problem
        return errors

    def checked_value(self) -> ProgressNote:
        on = self.on.checked_date()
        return ProgressNote(None, self.goal_id, on, self.text("note", multiline=True))

    def draft(self) -> str:
        raw = json.loads(super().draft())
        raw[DRAFT_GOAL_ID] = self.goal_id
        return json.dumps(raw, ensure_ascii=False)

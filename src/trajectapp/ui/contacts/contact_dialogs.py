"""Dialogs for a contact (held or planned) and a follow-up action; each returns what was entered or None."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from trajectapp.services.contacts import SESSION_KINDS
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.fields import DateEdit
from trajectapp.ui.forms.form_dialog import FormDialog, date_problem, run_dialog
from trajectapp.ui.labels import session_kind_label

DESCRIPTION_MAX = 500
OWNER_MAX = 200


def _date_edit(parent: QWidget, value: date | None) -> DateEdit:
    edit = DateEdit(parent)
    edit.set_date(value)
    edit.setMaximumWidth(160)
    return edit


def _time_of(text: str) -> time | None:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        return None


class ContactDialog(FormDialog):
    """A contact that took place (planned=False), or an appointment to come (planned=True)."""

    def __init__(self, planned: bool, parent: QWidget | None = None, now: datetime | None = None):
        now = now or datetime.now()
        title = self.tr("Plan an appointment") if planned else self.tr("Record a contact")
        super().__init__(title, parent, now.date())
        self.planned = planned
        self.DRAFT_KIND = "appointment" if planned else "contact"
        self.add_field("day", self.tr("Date:"), _date_edit(self, now.date()))
        at = QLineEdit(now.strftime("%H:%M"), self)
        at.setMaxLength(20)
        at.setMaximumWidth(80)
        self.add_field("at", self.tr("Time:"), at)
        self.kind = QComboBox(self)
        for kind in SESSION_KINDS:
            self.kind.addItem(session_kind_label(kind), kind)
        self.add_field("kind", self.tr("Kind:"), self.kind)

    def errors(self) -> dict[str, str]:
        errors = {}
        day = self.inputs["day"]
        if self.planned:
            if problem := day.problem() or ("" if day.date_value() else self.tr("Type the date.")):
                errors["day"] = problem
            elif day.date_value() < self.today:
                errors["day"] = self.tr("This date has passed: record it as a contact instead.")
        elif problem := date_problem(day, self.today):
            errors["day"] = problem
        if _time_of(self.inputs["at"].text()) is None:
            errors["at"] = self.tr("Not a time: use 14:30")
        return errors

    def value(self) -> tuple[datetime, str] | None:
        if self.errors():
            return None
        return datetime.combine(self.inputs["day"].date_value(), _time_of(self.inputs["at"].text())), self.kind.currentData()

    @classmethod
    def get_contact(cls, parent: QWidget | None, ask: Ask, planned: bool,
                    draft: str | None = None) -> tuple[datetime, str] | None:
        """(starts at, kind), or None if cancelled."""
        return run_dialog(ask, "plan appointment" if planned else "record contact", lambda: cls(planned, parent), draft)


class ActionDialog(FormDialog):
    """A follow-up action: what, who, and by when (optional)."""

    DRAFT_KIND = "action"

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(self.tr("Follow-up action"), parent, today)
        description = QLineEdit(self)
        description.setMaxLength(DESCRIPTION_MAX)
        self.add_field("description", self.tr("What:"), description)
        owner = QLineEdit(self)
        owner.setMaxLength(OWNER_MAX)
        owner.setPlaceholderText(self.tr("For example: the consultant, the person, VDAB"))
        self.add_field("owner", self.tr("Who:"), owner)
        self.add_field("due", self.tr("Due on:"), _date_edit(self, None))

    def errors(self) -> dict[str, str]:
        errors = {}
        if not self.text("description"):
            errors["description"] = self.tr("Say what needs to be done.")
        if problem := self.inputs["due"].problem():
            errors["due"] = problem
        return errors

    def value(self) -> tuple[str, str, date | None] | None:
        if self.errors():
            return None
        return self.text("description"), self.text("owner"), self.inputs["due"].date_value()

    @classmethod
    def get_action(cls, parent: QWidget | None, ask: Ask, draft: str | None = None) -> tuple[str, str, date | None] | None:
        """(what, who, due on or None), or None if cancelled."""
        return run_dialog(ask, "action", lambda: cls(parent), draft)

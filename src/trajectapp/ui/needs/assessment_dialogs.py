"""Dialogs for an assessment's date and note (a new one, or a correction) and for a risk assessment made
elsewhere; each returns what was entered or None and never writes to the store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypedDict

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.dates import short_date
from trajectapp.domain.needs import Assessment, ExternalAssessment, RiskTool
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.fields import LINE_MAX
from trajectapp.ui.forms.form_dialog import Saved, date_problem, run_dialog
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog, drafted_ids

ASSESSMENT_KEYS = ("assessment_id",)  # which assessment a draft edits (None: a new one)
EXTERNAL_KEYS = ("external_id",)

AssessmentAnswer = tuple[date, str]  # the date, a note


class ExternalAssessmentFields(TypedDict):
    """An ExternalAssessment's fields but its id and case."""

    tool: RiskTool
    done_on: date | None
    author: str
    held_at: str
    other_tool: str
    note: str


def _line(parent: QWidget, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(LINE_MAX)
    edit.setPlaceholderText(placeholder)
    return edit


class AssessmentDialog(GuardedFormDialog[AssessmentAnswer]):
    """A new assessment (`assessment` None), which starts from the last one before its date, or the date and
    note of one corrected."""

    DRAFT_KIND = "assessment"
    record_keys = ASSESSMENT_KEYS

    def __init__(
        self,
        ask: Ask,
        existing: list[Assessment],
        assessment: Assessment | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ):
        title = self.tr("New assessment") if assessment is None else self.tr("Date and note of the assessment")
        super().__init__(title, ask, parent, today)
        self.setMinimumWidth(540)
        self.assessment_id = assessment.id if assessment is not None else None
        self._existing = [a for a in existing if a.id != self.assessment_id]
        self.intro = self.add_intro("")
        self.on = self.add_date("on", self.tr("Date:"), assessment.assessed_on if assessment else self.today)
        self.note = QPlainTextEdit(self)
        self.add_field(
            "note",
            self.tr("Note:"),
            self.note,
            self.tr("For example how the assessment came about, or who took part."),
        )
        if assessment is not None:
            self.note.setPlainText(assessment.note)
            self.intro.setText(self.tr("The scores and notes of each domain stay as they are."))
        else:
            self.on.textChanged.connect(lambda _text: self._say_where_it_starts())
            self._say_where_it_starts()
        self.mark_unchanged()

    def _say_where_it_starts(self) -> None:
        on = self.on.date_value() or self.today
        earlier = [a for a in self._existing if a.assessed_on <= on]
        if earlier:
            self.intro.setText(
                self.tr(
                    "It starts as a copy of the assessment of %1, so that you only change what has changed."
                ).replace("%1", short_date(earlier[-1].assessed_on))
            )
        elif self._existing:
            self.intro.setText(self.tr("No assessment is dated before it: it starts empty."))
        else:
            self.intro.setText(self.tr("The first assessment of this case: it starts empty."))

    def errors(self) -> dict[str, str]:
        errors = {}
        if problem := date_problem(self.on, self.today):
            errors["on"] = problem
        if problem := self.text_error("note"):
            errors["note"] = problem
        return errors

    def checked_value(self) -> AssessmentAnswer:
        on = self.on.checked_date()
        return on, self.text("note", multiline=True).strip()

    @classmethod
    def get_assessment(
        cls,
        parent: QWidget | None,
        ask: Ask,
        existing: list[Assessment],
        assessment: Assessment | None = None,
        draft: str | None = None,
        *,
        save: Callable[[AssessmentAnswer], Saved],
    ) -> Saved | None:
        """What `save` makes of (date, note), or None if cancelled. `existing` are the case's assessments, oldest
        first."""

        return run_dialog(
            ask,
            "new assessment" if assessment is None else "assessment",
            lambda: cls(ask, existing, assessment, parent),
            draft,
            save=save,
        )


class ExternalAssessmentDialog(GuardedFormDialog[ExternalAssessmentFields]):
    """That a risk assessment was made elsewhere: which instrument, when, by whom and where it is held."""

    DRAFT_KIND = "external_assessment"
    QUESTION = "external assessment"
    record_keys = EXTERNAL_KEYS

    def __init__(
        self,
        ask: Ask,
        record: ExternalAssessment | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ):
        super().__init__(self.tr("Risk assessment made elsewhere"), ask, parent, today)
        self.setMinimumWidth(540)
        self.external_id = record.id if record is not None else None
        self.add_intro(
            self.tr("Trajectapp does not score risk: note only that the assessment exists, and where to find it.")
        )
        self.tool = self.add_choice("tool", self.tr("Instrument:"), RiskTool)
        self.other_tool = _line(self)
        self.add_field("other_tool", self.tr("Its name:"), self.other_tool)
        self.done_on = self.add_date("done_on", self.tr("Date:"))
        self.author = _line(self, self.tr("For example: the psychosocial service"))
        self.add_field("author", self.tr("Made by:"), self.author)
        self.held_at = _line(self, self.tr("For example: PSD file, prison of Brugge"))
        self.add_field("held_at", self.tr("Where it is held:"), self.held_at)
        self.note = QPlainTextEdit(self)
        self.add_field("note", self.tr("Note:"), self.note)
        if record is not None:
            self.tool.setCurrentIndex(self.tool.findData(record.tool.value))
            self.done_on.set_date(record.done_on)
            for line, text in (
                (self.other_tool, record.other_tool),
                (self.author, record.author),
                (self.held_at, record.held_at),
            ):
                line.setText(text)
            self.note.setPlainText(record.note)
        self.tool.currentIndexChanged.connect(lambda _index: self._tool_chosen())
        self._tool_chosen()
        self.mark_unchanged()

    def _other(self) -> bool:
        return RiskTool(self.tool.currentData()) is RiskTool.OTHER

    def _tool_chosen(self) -> None:
        self.set_field_visible("other_tool", self._other())

    def errors(self) -> dict[str, str]:
        errors = {}
        if self._other() and not self.text("other_tool"):
            errors["other_tool"] = self.tr("Type the name of the instrument.")
        for name in ("other_tool", "author", "held_at") if self._other() else ("author", "held_at"):
            if name not in errors and (problem := self.text_error(name, NAME_MAX)):
                errors[name] = problem
        if problem := date_problem(self.done_on, self.today, required=False):
            errors["done_on"] = problem
        if problem := self.text_error("note"):
            errors["note"] = problem
        return errors

    def checked_value(self) -> ExternalAssessmentFields:
        """Keyword fields for `ExternalAssessment(id, case_id, **fields)`."""
        return {
            "tool": RiskTool(self.tool.currentData()),
            "done_on": self.done_on.date_value(),
            "author": self.text("author"),
            "held_at": self.text("held_at"),
            "other_tool": self.text("other_tool") if self._other() else "",
            "note": self.text("note", multiline=True).strip(),
        }


def drafted_assessment_id(draft: str) -> int | None:
    ids = drafted_ids(draft, ASSESSMENT_KEYS)
    return ids["assessment_id"] if ids else None


def drafted_external_id(draft: str) -> int | None:
    ids = drafted_ids(draft, EXTERNAL_KEYS)
    return ids["external_id"] if ids else None

"""The dialogs of the Strengths tab: a strength or old passion, one primary good of the Good Lives Model, and a
new version of the person's perspective. Each returns what was entered and never writes to the store."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.dates import short_date
from trajectapp.domain.strengths import GoodLivesEntry, Importance, Perspective, PrimaryGood, Strength, StrengthCategory
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.fields import LINE_MAX
from trajectapp.ui.forms.form_dialog import date_problem, draft_fields
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog, drafted_ids
from trajectapp.ui.headings import SECTION, as_heading
from trajectapp.ui.labels import label

STRENGTH_KEYS = ("strength_id",)  # which strength a draft edits (None: a new one)
GOOD_KEY = "good"  # which primary good a draft of the good dialog is about


class StrengthFields(TypedDict):
    """A Strength's fields but its id and case."""

    category: StrengthCategory
    description: str
    since: str
    pick_up: str


class PerspectiveFields(TypedDict):
    """The keyword arguments of services.strengths.record_perspective but the vault and the case."""

    on: date
    want_to_do: str
    wish_to_be: str


def _text_edit(parent: QWidget, text: str = "", placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    edit.setPlaceholderText(placeholder)
    return edit


class StrengthDialog(GuardedFormDialog[StrengthFields]):
    DRAFT_KIND = "strength"
    QUESTION = "strength"
    record_keys = STRENGTH_KEYS

    def __init__(self, ask: Ask, strength: Strength | None = None, parent: QWidget | None = None):
        title = self.tr("New strength or old passion") if strength is None else self.tr("Strength or old passion")
        super().__init__(title, ask, parent)
        self.strength_id = strength.id if strength is not None else None
        choose = self.tr("Choose…") if strength is None else ""
        self.category = self.add_choice("category", self.tr("What it is:"), StrengthCategory, none=choose)
        self.description = _text_edit(self)
        self.add_field(
            "description",
            self.tr("Description:"),
            self.description,
            self.tr("In the person's own words where you can: what they were good at, loved, or held on to."),
        )
        self.since = QLineEdit(self)
        self.since.setMaxLength(LINE_MAX)  # room to show "too long" rather than cut a paste silently
        self.since.setPlaceholderText(self.tr("For example: since primary school, 2015–2018, before prison"))
        self.add_field("since", self.tr("Since when:"), self.since)
        self.pick_up = _text_edit(self)
        self.add_field(
            "pick_up",
            self.tr("Picking it up again:"),
            self.pick_up,
            self.tr("How it could be picked up again, in prison or after release."),
        )
        if strength is not None:
            self.category.setCurrentIndex(self.category.findData(strength.category.value))
            self.description.setPlainText(strength.description)
            self.since.setText(strength.since)
            self.pick_up.setPlainText(strength.pick_up)
        self.setMinimumWidth(560)
        self.mark_unchanged()

    def errors(self) -> dict[str, str]:
        errors = {}
        if self.category.currentData() is None:
            errors["category"] = self.tr("Choose what kind of strength this is.")
        if not self.text("description", multiline=True).strip():
            errors["description"] = self.tr("Describe the strength or passion.")
        elif problem := self.text_error("description"):
            errors["description"] = problem
        if problem := self.text_error("since", NAME_MAX):
            errors["since"] = problem
        if problem := self.text_error("pick_up"):
            errors["pick_up"] = problem
        return errors

    def checked_value(self) -> StrengthFields:
        """Keyword fields for `Strength(id, case_id, **fields)`."""
        return {
            "category": StrengthCategory(self.category.currentData()),
            "description": self.text("description", multiline=True).strip(),
            "since": self.text("since"),
            "pick_up": self.text("pick_up", multiline=True).strip(),
        }


def drafted_strength_id(draft: str) -> int | None:
    ids = drafted_ids(draft, STRENGTH_KEYS)
    return ids["strength_id"] if ids else None


class GoodDialog(GuardedFormDialog[GoodLivesEntry]):
    """What one primary good means to the person. Nothing has to be filled in: a good may not matter to them."""

    DRAFT_KIND = "good"
    QUESTION = "good"
    record_keys = (GOOD_KEY,)

    def __init__(self, ask: Ask, entry: GoodLivesEntry, *, presentation: bool = False, parent: QWidget | None = None):
        super().__init__(self.tr("Good Lives"), ask, parent)
        self.good = entry.good.value
        self._good = entry.good
        self._case_id = entry.case_id
        as_heading(self.add_intro(label(entry.good)), SECTION)
        self.importance = self.add_choice(
            "importance", self.tr("How important to them:"), Importance, none=self.tr("Not said")
        )
        self.pursued_before = _text_edit(self)
        self.add_field(
            "pursued_before",
            self.tr("How they pursued it before:"),
            self.pursued_before,
            self.tr("Including through the extremist milieu, if that is how."),
        )
        self.prosocial_route = _text_edit(self)
        self.add_field(
            "prosocial_route",
            self.tr("A pro-social route:"),
            self.prosocial_route,
            self.tr("A way towards the same good that harms no one, as you and the person see it."),
        )
        self.importance.setCurrentIndex(self.importance.findData(entry.importance.value if entry.importance else None))
        self.pursued_before.setPlainText(entry.pursued_before)
        self.prosocial_route.setPlainText(entry.prosocial_route)
        if presentation:
            self.set_field_visible("pursued_before", False)
            note = self.add_intro(
                self.tr(
                    "Presentation mode: how they pursued it before is hidden. Leave "
                    "presentation mode to see or change it."
                )
            )
            note.setStyleSheet("QLabel { color: #6c3483; }")
        self.setMinimumWidth(560)
        self.mark_unchanged()

    def errors(self) -> dict[str, str]:
        return {name: problem for name in ("pursued_before", "prosocial_route") if (problem := self.text_error(name))}

    def checked_value(self) -> GoodLivesEntry:
        importance = self.importance.currentData()
        return GoodLivesEntry(
            None,
            self._case_id,
            self._good,
            importance=Importance(importance) if importance else None,
            pursued_before=self.text("pursued_before", multiline=True).strip(),
            prosocial_route=self.text("prosocial_route", multiline=True).strip(),
        )


def drafted_good(draft: str) -> PrimaryGood | None:
    """Which good a draft of the good dialog was about; None for an unreadable draft."""
    good = draft_fields(draft).get(GOOD_KEY)
    try:
        return PrimaryGood(good) if isinstance(good, str) else None
    except ValueError:
        return None


class PerspectiveDialog(GuardedFormDialog[PerspectiveFields]):
    """A new, dated version of the perspective; it starts from the latest one and leaves the earlier ones be."""

    DRAFT_KIND = "perspective"
    QUESTION = "perspective"

    def __init__(
        self, ask: Ask, latest: Perspective | None = None, parent: QWidget | None = None, today: date | None = None
    ):
        super().__init__(self.tr("New version of the perspective"), ask, parent, today)
        if latest is not None:
            intro = self.tr(
                "It starts from the version of %1: change what the person says differently now. "
                "Earlier versions stay as they are."
            ).replace("%1", short_date(latest.noted_on))
        else:
            intro = self.tr("Write the answers down in the person's own words, as they said them.")
        self.add_intro(intro)
        self.on = self.add_date("on", self.tr("Date:"), self.today)
        self.want_to_do = _text_edit(self, latest.want_to_do if latest else "")
        self.add_field("want_to_do", self.tr("What do you want to do?"), self.want_to_do)
        self.wish_to_be = _text_edit(self, latest.wish_to_be if latest else "")
        self.add_field("wish_to_be", self.tr("Who do you wish to be?"), self.wish_to_be)
        for edit in (self.want_to_do, self.wish_to_be):
            edit.setMinimumHeight(120)
        self.setMinimumWidth(620)
        self.mark_unchanged()

    def errors(self) -> dict[str, str]:
        errors = {}
        if problem := date_problem(self.on, self.today):
            errors["on"] = problem
        for name in ("want_to_do", "wish_to_be"):
            if problem := self.text_error(name):
                errors[name] = problem
        if not errors and not any(self.text(name, multiline=True).strip() for name in ("want_to_do", "wish_to_be")):
            errors["want_to_do"] = self.tr("Write down at least one of the two answers.")
        return errors

    def checked_value(self) -> PerspectiveFields:
        """Keyword arguments for `record_perspective(vault, case_id=..., **value)`."""
        on = self.on.checked_date()
        return {
            "on": on,
            "want_to_do": self.text("want_to_do", multiline=True).strip(),
            "wish_to_be": self.text("wish_to_be", multiline=True).strip(),
        }

"""The dialog for one life domain in one assessment: where things stand, the person's motivation, both views
side by side, the person's own words, the support needed and the next step with the service that owns it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from trajectapp.domain.dates import short_date
from trajectapp.domain.needs import (
    SITUATION_HIGH,
    SITUATION_LOW,
    Assessment,
    AssessmentItem,
    LifeDomain,
    Motivation,
    Views,
)
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.record_ids import stored_id
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog, drafted_ids
from trajectapp.ui.headings import SECTION, as_heading
from trajectapp.ui.labels import catalogue_text
from trajectapp.ui.needs.needs_words import category_text, score_text

DRAFT_KEYS = ("assessment_id", "domain_id")  # which item a draft of this dialog was editing
TEXTS = ("person_view", "consultant_view", "own_words", "support_needed", "next_step")


class AssessmentItemDialog(GuardedFormDialog[AssessmentItem]):
    DRAFT_KIND = "assessment_item"
    QUESTION = "assessment item"
    record_keys = DRAFT_KEYS

    def __init__(
        self,
        ask: Ask,
        assessment: Assessment,
        domain: LifeDomain,
        services: list[PartnerService],
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Needs: %1").replace("%1", catalogue_text(domain.name)), ask, parent)
        self.assessment_id, self.domain_id = stored_id(assessment.id), stored_id(domain.id)
        heading = QLabel(catalogue_text(domain.name), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        as_heading(heading, SECTION)
        self.form.addRow(heading)
        intro = self.tr("In the assessment of %1.").replace("%1", short_date(assessment.assessed_on))
        if domain.sensitivity is not None:
            intro += " " + self.tr(
                "Everything here is special-category data (%1): hidden in presentation mode."
            ).replace("%1", category_text(domain.sensitivity))
        self.add_intro(intro)
        self.situation = self._score_combo(self.tr("Not scored"))
        self.add_field("situation", self.tr("Where things stand:"), self.situation)
        self.person_situation = self._score_combo(self.tr("No score given"))
        self.add_field("person_situation", self.tr("The person's own score:"), self.person_situation)
        self.motivation = self.add_choice(
            "motivation", self.tr("Motivation to change:"), Motivation, none=self.tr("Not recorded")
        )
        self.person_view, self.consultant_view = QPlainTextEdit(self), QPlainTextEdit(self)
        self.add_side_by_side(
            self.tr("Views:"),
            [
                ("person_view", self.tr("How the person sees it"), self.person_view),
                ("consultant_view", self.tr("How you see it"), self.consultant_view),
            ],
        )
        self.views = self.add_choice("views", self.tr("Do they see it the same way?"), Views)
        self.own_words = QPlainTextEdit(self)
        self.add_field(
            "own_words",
            self.tr("In their own words:"),
            self.own_words,
            self.tr("What the person said about it, as they said it."),
        )
        self.support_needed = QPlainTextEdit(self)
        self.add_field("support_needed", self.tr("Support needed:"), self.support_needed)
        self.next_step = QPlainTextEdit(self)
        self.add_field("next_step", self.tr("Next step:"), self.next_step)
        self.service = QComboBox(self)
        self.service.addItem(self.tr("No partner service"), None)
        for service in services:
            self.service.addItem(catalogue_text(service.name), service.id)
        self.add_field("service", self.tr("Service that owns it:"), self.service)
        self.setMinimumWidth(760)
        self._show(assessment.item_for(self.domain_id))
        self.mark_unchanged()

    def _score_combo(self, unscored: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(unscored, None)
        for score in range(SITUATION_LOW, SITUATION_HIGH + 1):
            combo.addItem(score_text(score), score)
        return combo

    def _show(self, item: AssessmentItem | None) -> None:
        if item is None:
            return
        self.situation.setCurrentIndex(self.situation.findData(item.situation))
        self.person_situation.setCurrentIndex(self.person_situation.findData(item.person_situation))
        self.motivation.setCurrentIndex(self.motivation.findData(item.motivation.value if item.motivation else None))
        self.views.setCurrentIndex(self.views.findData(item.views.value))
        for edit, text in (
            (self.person_view, item.person_view),
            (self.consultant_view, item.consultant_view),
            (self.own_words, item.own_words),
            (self.support_needed, item.support_needed),
            (self.next_step, item.next_step),
        ):
            edit.setPlainText(text)
        index = self.service.findData(item.next_step_service_id)
        if index < 0:  # hidden from the directory since: still the owner of this step
            self.service.addItem(self.tr("(a service no longer listed)"), item.next_step_service_id)
            index = self.service.count() - 1
        self.service.setCurrentIndex(index)

    def errors(self) -> dict[str, str]:
        return {name: problem for name in TEXTS if (problem := self.text_error(name))}

    def checked_value(self) -> AssessmentItem:
        """The item as the form says it."""
        motivation = self.motivation.currentData()
        return AssessmentItem(
            None,
            self.assessment_id,
            self.domain_id,
            situation=self.situation.currentData(),
            person_situation=self.person_situation.currentData(),
            motivation=Motivation(motivation) if motivation else None,
            views=Views(self.views.currentData()),
            next_step_service_id=self.service.currentData(),
            **{name: self.text(name, multiline=True).strip() for name in TEXTS},
        )


def drafted_item(draft: str) -> tuple[int, int] | None:
    """(assessment id, domain id) a draft of this dialog was editing; None for an unreadable draft."""
    ids = drafted_ids(draft, DRAFT_KEYS)
    if ids is None:
        return None
    assessment_id, domain_id = ids["assessment_id"], ids["domain_id"]
    if assessment_id is None or domain_id is None:
        return None
    return assessment_id, domain_id

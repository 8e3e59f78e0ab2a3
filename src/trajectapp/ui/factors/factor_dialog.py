"""The dialog for one push or pull factor: its direction and kind, a category from the editable list, the
life domain it belongs to, when it was first noted, how it stands now, and the evidence in the consultant's
words. It returns what was entered and never writes to the store."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorCategory, FactorKind, FactorStatus
from trajectapp.domain.needs import LifeDomain
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.form_dialog import date_problem
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog, drafted_ids
from trajectapp.ui.labels import catalogue_text, label
from trajectapp.ui.needs.needs_words import category_text, special_mark, special_note

DRAFT_KEYS = ("factor_id",)  # which factor a draft of this dialog was editing (None: a new one)


class FactorFields(TypedDict):
    """A Factor's fields but its id and case."""

    direction: Direction
    kind: FactorKind
    category_id: int
    first_noted_on: ApproximateDate
    status: FactorStatus
    domain_id: int | None
    evidence: str


class FactorDialog(GuardedFormDialog[FactorFields]):
    DRAFT_KIND = "factor"
    QUESTION = "factor"
    record_keys = DRAFT_KEYS

    def __init__(
        self,
        ask: Ask,
        categories: list[FactorCategory],
        domains: list[LifeDomain],
        factor: Factor | None = None,
        *,
        presentation: bool = False,
        parent: QWidget | None = None,
        today: date | None = None,
    ):
        """`categories` and `domains` include hidden ones: those are only offered for the factor that has one."""
        super().__init__(self.tr("New factor") if factor is None else self.tr("Factor"), ask, parent, today)
        self.factor_id = factor.id if factor is not None else None
        self.add_intro(
            self.tr(
                "A factor that drew the person towards extremism, or that draws them away from it. "
                "Describe it in your own words; nothing here is a score."
            )
        )
        self.direction = self._choices([(label(d), d.value) for d in Direction], factor is None)
        self.add_field("direction", self.tr("Direction:"), self.direction)
        self.kind = self._choices([(label(k), k.value) for k in FactorKind], factor is None)
        self.kind.setToolTip(
            self.tr(
                "Push: what drives someone out of where they are. Pull: what attracts them. Personal: something in "
                "the person themselves. Protective: what keeps them from harm."
            )
        )
        self.add_field("kind", self.tr("Kind:"), self.kind)
        self.category = self._choices([], factor is None)
        own_category = factor.category_id if factor is not None else None
        for category in categories:
            name = catalogue_text(category.name)
            if not category.hidden:
                self.category.addItem(name, category.id)
            elif category.id == own_category:
                self.category.addItem(self.tr("%1 (hidden from the list)").replace("%1", name), category.id)
        self.add_field(
            "category",
            self.tr("Category:"),
            self.category,
            self.tr("Missing one? Add it with “Categories…” on the Factors tab."),
        )
        self.domain = QComboBox(self)
        self.domain.addItem(self.tr("No life domain"), None)
        own_domain = factor.domain_id if factor is not None else None
        for domain in domains:
            if domain.hidden and domain.id != own_domain:
                continue
            name = catalogue_text(domain.name)
            if domain.hidden:
                name = self.tr("%1 (hidden from the list)").replace("%1", name)
            if domain.sensitivity is not None:
                self.domain.addItem(
                    special_mark(),
                    self.tr("%1 — %2").replace("%1", name).replace("%2", category_text(domain.sensitivity)),
                    domain.id,
                )
                self.domain.setItemData(
                    self.domain.count() - 1, special_note(domain.sensitivity), Qt.ItemDataRole.ToolTipRole
                )
            else:
                self.domain.addItem(name, domain.id)
        self.add_field("domain", self.tr("Life domain:"), self.domain)
        self.first_noted_on = self.add_approximate_date(
            "first_noted_on",
            self.tr("First noted on:"),
            factor.first_noted_on if factor is not None else ApproximateDate.of(self.today),
        )
        self.status = self._choices([(label(s), s.value) for s in FactorStatus], False)
        self.add_field("status", self.tr("Status now:"), self.status)
        self.evidence = QPlainTextEdit(self)
        self.add_field(
            "evidence",
            self.tr("Evidence:"),
            self.evidence,
            self.tr("In your own words: what you saw or heard that shows it."),
        )
        if factor is not None:
            self._show(factor)
        if presentation:
            self.set_field_visible("evidence", False)
            note = self.add_intro(
                self.tr("Presentation mode: the evidence is hidden. Leave presentation mode to see or change it.")
            )
            note.setStyleSheet("QLabel { color: #6c3483; }")
        self.setMinimumWidth(560)
        self.mark_unchanged()

    def _choices(self, items: list[tuple[str, object]], placeholder: bool) -> QComboBox:
        combo = QComboBox(self)
        if placeholder:
            combo.addItem(self.tr("Choose…"), None)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _show(self, factor: Factor) -> None:
        for combo, data in (
            (self.direction, factor.direction.value),
            (self.kind, factor.kind.value),
            (self.category, factor.category_id),
            (self.domain, factor.domain_id),
            (self.status, factor.status.value),
        ):
            combo.setCurrentIndex(max(combo.findData(data), 0))
        self.evidence.setPlainText(factor.evidence)

    def errors(self) -> dict[str, str]:
        errors = {}
        if self.direction.currentData() is None:
            errors["direction"] = self.tr("Choose whether it draws towards extremism or away from it.")
        if self.kind.currentData() is None:
            errors["kind"] = self.tr("Choose the kind of factor.")
        if self.category.currentData() is None:
            errors["category"] = self.tr("Choose a category.")
        if problem := date_problem(self.first_noted_on, self.today):
            errors["first_noted_on"] = problem
        if problem := self.text_error("evidence"):
            errors["evidence"] = problem
        return errors

    def checked_value(self) -> FactorFields:
        """Keyword fields for `Factor(id, case_id, **fields)`."""
        first_noted_on = self.first_noted_on.checked_date()
        return {
            "direction": Direction(self.direction.currentData()),
            "kind": FactorKind(self.kind.currentData()),
            "category_id": self.category.currentData(),
            "first_noted_on": first_noted_on,
            "status": FactorStatus(self.status.currentData()),
            "domain_id": self.domain.currentData(),
            "evidence": self.text("evidence", multiline=True).strip(),
        }


def drafted_factor_id(draft: str) -> int | None:
    """Which factor a draft of this dialog was editing; None for a new one or an unreadable draft."""
    ids = drafted_ids(draft, DRAFT_KEYS)
    return ids["factor_id"] if ids else None

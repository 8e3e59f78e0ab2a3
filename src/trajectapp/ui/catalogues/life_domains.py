"""The catalogue of life domains. A domain's sensitivity passes to everything recorded under it, so it is shown
in the list and guarded: the shipped ones keep theirs, and a domain in use can gain one but not lose or change it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QWidget

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.needs import LifeDomain
from trajectapp.services.needs import LIFE_DOMAINS
from trajectapp.ui.ask import Ask
from trajectapp.ui.catalogues.entry_list import CatalogueWords, EntryListDialog, EntryNameDialog
from trajectapp.ui.needs.needs_words import category_text

SENSITIVITY = 1  # the column after the name

DomainAnswer = tuple[str, DataCategory | None]  # the name, the sensitivity


class DomainDialog(EntryNameDialog[LifeDomain, DomainAnswer]):
    """A domain's name and, where it may still change, its sensitivity."""

    ID_KEY = "domain_id"

    def __init__(
        self,
        ask: Ask,
        others: list[LifeDomain],
        domain: LifeDomain | None = None,
        *,
        in_use: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(
            self.tr("New life domain") if domain is None else self.tr("Life domain"), ask, others, domain, parent
        )
        self.sensitivity = QComboBox(self)
        self.sensitivity.addItem(self.tr("Ordinary data"), None)
        for category in DataCategory:
            self.sensitivity.addItem(
                self.tr("Special category: %1").replace("%1", category_text(category)), category.value
            )
        hint = self.tr("Everything recorded under the domain is treated as this kind of data.")
        if domain is not None:
            self.sensitivity.setCurrentIndex(
                self.sensitivity.findData(domain.sensitivity.value if domain.sensitivity else None)
            )
            if domain.shipped:
                self.sensitivity.setEnabled(False)
                hint = self.tr("This domain comes with Trajectapp: its sensitivity is fixed.")
            elif in_use and domain.sensitivity is not None:
                self.sensitivity.setEnabled(False)
                hint = self.tr("Records are filed under this domain: its sensitivity can no longer change.")
        self.add_field("sensitivity", self.tr("Sensitivity:"), self.sensitivity, hint)
        self.mark_unchanged()

    def taken_text(self, hidden: bool) -> str:
        if hidden:
            return self.tr("There is already a hidden life domain with this name: show it again instead.")
        return self.tr("There is already a life domain with this name.")

    def checked_value(self) -> DomainAnswer:
        category = self.sensitivity.currentData()
        return self.typed_name(), DataCategory(category) if category else None


class DomainsDialog(EntryListDialog[LifeDomain, DomainAnswer]):
    catalogue = LIFE_DOMAINS
    NAME_DIALOG = DomainDialog
    DRAFT_FORM = "catalogue:life_domain"  # a domain being named when the vault locked
    QUESTION = "life domains"
    ENTRY_QUESTION = "life domain"

    def catalogue_words(self) -> CatalogueWords:
        return CatalogueWords(
            title=self.tr("Life domains"),
            intro=self.tr(
                "The life domains that needs are assessed in. Whatever is recorded under a domain with a sensitivity "
                "is special-category data: hidden in presentation mode and never shared unless chosen. A hidden "
                "domain is not offered for new assessments; what is recorded under it stays. A domain in use is never "
                "deleted."
            ),
            entry=self.tr("Life domain"),
            delete_title=self.tr("Delete life domain"),
            confirm_delete=self.tr("Delete \u201c%1\u201d? Nothing is recorded under it."),
            in_use=self.tr(
                "Needs are recorded under \u201c%1\u201d, so it stays: hide it instead, and it is no longer offered."
            ),
            shipped=self.tr("This domain comes with Trajectapp: it cannot be deleted, but you can hide it."),
        )

    def columns(self) -> list[tuple[str, Callable[[LifeDomain], str]]]:
        shared = super().columns()
        return [*shared[:SENSITIVITY], (self.tr("Sensitivity"), lambda d: category_text(d.sensitivity)), *shared[1:]]

    def name_dialog(self, entry: LifeDomain | None, others: list[LifeDomain], in_use: bool) -> DomainDialog:
        return DomainDialog(self._ask, others, entry, in_use=in_use, parent=self)

    def edited(self, entry: LifeDomain | None, answer: DomainAnswer) -> LifeDomain:
        name, sensitivity = answer
        if entry is None:
            return LifeDomain(None, name, sensitivity)
        return replace(entry, name=name, sensitivity=sensitivity)

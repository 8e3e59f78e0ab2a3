"""The catalogue of factor categories, offered for push and pull factors."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trajectapp.domain.factors import FactorCategory
from trajectapp.services.factors import FACTOR_CATEGORIES
from trajectapp.ui.ask import Ask
from trajectapp.ui.catalogues.entry_list import CatalogueWords, EntryListDialog, EntryNameDialog


class CategoryNameDialog(EntryNameDialog[FactorCategory, str]):
    """The name of a new or renamed category."""

    ID_KEY = "category_id"

    def __init__(
        self,
        ask: Ask,
        others: list[FactorCategory],
        category: FactorCategory | None = None,
        parent: QWidget | None = None,
    ):
        title = self.tr("New category") if category is None else self.tr("Rename category")
        super().__init__(title, ask, others, category, parent)
        self.mark_unchanged()

    def taken_text(self, hidden: bool) -> str:
        if hidden:
            return self.tr("There is already a hidden category with this name: show it again instead.")
        return self.tr("There is already a category with this name.")

    def checked_value(self) -> str:
        return self.typed_name()


class FactorCategoriesDialog(EntryListDialog[FactorCategory, str]):
    catalogue = FACTOR_CATEGORIES
    NAME_DIALOG = CategoryNameDialog
    DRAFT_FORM = "factor_categories:name"  # the name being typed when the vault locked
    QUESTION = "factor categories"
    ENTRY_QUESTION = "factor category"

    def catalogue_words(self) -> CatalogueWords:
        return CatalogueWords(
            title=self.tr("Factor categories"),
            intro=self.tr(
                "The categories offered for push and pull factors. A hidden category is not offered for new factors; "
                "the factors that have it keep it. A category can only be deleted while no factor uses it, and one "
                "that comes with Trajectapp can only be hidden."
            ),
            entry=self.tr("Category"),
            delete_title=self.tr("Delete category"),
            confirm_delete=self.tr("Delete the category \u201c%1\u201d?"),
            in_use=self.tr(
                "Factors use \u201c%1\u201d, so it cannot be deleted. Hide it instead: the factors keep it, "
                "and it is no longer offered for new ones."
            ),
            shipped=self.tr("This category comes with Trajectapp: hide it instead."),
        )

    def name_dialog(
        self, entry: FactorCategory | None, others: list[FactorCategory], in_use: bool
    ) -> CategoryNameDialog:
        return CategoryNameDialog(self._ask, others, entry, self)

    def edited(self, entry: FactorCategory | None, answer: str) -> FactorCategory:
        return FactorCategory(None, answer) if entry is None else FactorCategory(entry.id, answer, entry.hidden)

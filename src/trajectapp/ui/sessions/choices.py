"""What a session can name: the partner services of the directory, and the life domains, factors of the case and
Good Lives goods it touched, as check lists that leave special-category entries out in presentation mode."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from trajectapp.domain import sensitivity
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import short_date
from trajectapp.domain.factors import FactorStatus
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.services.factors import factors, list_factor_categories
from trajectapp.services.needs import list_domains
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services
from trajectapp.ui.labels import catalogue_text, label
from trajectapp.ui.needs.needs_words import SPECIAL_COLOUR, special_note

Key = TypeVar("Key")  # what an option stands for: an id, or a good


@dataclass(frozen=True)
class Option(Generic[Key]):
    key: Key
    text: str
    category: DataCategory | None = None  # special-category data: not listed in presentation mode
    retired: bool = False  # hidden from the catalogue, or a factor that is gone: listed only where chosen
    detail: str = ""  # more about it, for the tooltip


@dataclass(frozen=True)
class SessionChoices:
    services: tuple[Option[int], ...] = ()
    domains: tuple[Option[int], ...] = ()
    factors: tuple[Option[int], ...] = ()
    goods: tuple[Option[PrimaryGood], ...] = ()


def session_choices(vault: OpenVault, case_id: int) -> SessionChoices:
    """Everything a session of `case_id` can name, hidden entries included (for a session that names one)."""
    domains = {stored_id(domain.id): domain for domain in list_domains(vault, include_hidden=True)}
    categories = {
        stored_id(category.id): catalogue_text(category.name)
        for category in list_factor_categories(vault, include_hidden=True)
    }
    factor_options = []
    for factor in factors(vault, case_id):
        text = (
            QCoreApplication.translate("SessionChoices", "%1 · %2")
            .replace("%1", categories.get(factor.category_id, ""))
            .replace("%2", label(factor.kind))
        )
        noted = QCoreApplication.translate("SessionChoices", "First noted on %1").replace(
            "%1", short_date(factor.first_noted_on)
        )
        found = sensitivity.of_domains([factor.domain_id], domains)
        factor_options.append(
            Option(stored_id(factor.id), text, next(iter(found), None), factor.status is FactorStatus.GONE, noted)
        )
    return SessionChoices(
        services=tuple(
            Option(stored_id(service.id), catalogue_text(service.name), retired=service.hidden)
            for service in list_services(vault, include_hidden=True)
        ),
        domains=tuple(
            Option(key, catalogue_text(domain.name), domain.sensitivity, domain.hidden)
            for key, domain in domains.items()
        ),
        factors=tuple(factor_options),
        goods=tuple(Option(good, label(good), next(iter(sensitivity.of_good(good)), None)) for good in PrimaryGood),
    )


class CheckList(QListWidget, Generic[Key]):
    """Options to tick, several at once. Retired options show only while ticked; special-category ones are
    marked, and left out of sight (ticked or not, and kept as they are) while presentation mode is on."""

    def __init__(self, options: Sequence[Option[Key]], parent: QWidget | None = None):
        super().__init__(parent)
        self._hide_special = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # long texts are cut short, whole in the tooltip
        for option in options:
            item = QListWidgetItem(option.text, self)
            item.setData(Qt.ItemDataRole.UserRole, option.key)
            item.setData(Qt.ItemDataRole.UserRole + 1, option)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            tip = [option.text, option.detail]
            if option.category is not None:
                item.setForeground(QBrush(QColor(SPECIAL_COLOUR)))
                tip.append(special_note(option.category))
            item.setToolTip("\n".join(line for line in tip if line))
        self._show_rows()

    def _items(self) -> Iterable[QListWidgetItem]:
        return (self.item(row) for row in range(self.count()))

    def checked(self) -> tuple[Key, ...]:
        return tuple(
            item.data(Qt.ItemDataRole.UserRole) for item in self._items() if item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, keys: Iterable[object]) -> None:
        wanted = set(keys)
        for item in self._items():
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            )
        self._show_rows()

    def set_special_hidden(self, hidden: bool) -> None:
        self._hide_special = hidden
        self._show_rows()

    def is_listed(self, key: object) -> bool:
        """Whether the option `key` can be seen (and ticked) now."""
        return any(item.data(Qt.ItemDataRole.UserRole) == key and not item.isHidden() for item in self._items())

    def visible_count(self) -> int:
        return sum(1 for item in self._items() if not item.isHidden())

    def _show_rows(self) -> None:
        for item in self._items():
            option: Option[Key] = item.data(Qt.ItemDataRole.UserRole + 1)
            retired = option.retired and item.checkState() != Qt.CheckState.Checked
            item.setHidden(retired or (self._hide_special and option.category is not None))

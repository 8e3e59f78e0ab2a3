"""Push and pull factors of a case, and the editable list of factor categories.

A factor's evidence is filed as religion and ideology data (field_categories),
and a factor linked to a tagged life domain holds that domain's category too;
audit summaries name fields only.
"""

from __future__ import annotations

from trajectapp.domain.checks import check_approximate_date, check_choice, check_id
from trajectapp.domain.factors import Direction, Factor, FactorCategory, FactorKind, FactorStatus
from trajectapp.domain.messages import Code, RecordNotFound, Refusal
from trajectapp.domain.shipped_catalogues import SHIPPED_CATEGORIES
from trajectapp.domain.text import check_text
from trajectapp.services.case_file import get_case
from trajectapp.services.catalogues import Catalogue
from trajectapp.services.needs import DomainNotFound
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.record_changes import CaseRecords, check_link, found
from trajectapp.store.catalogues import FactorCategoryRepository, LifeDomainRepository
from trajectapp.store.connection import transaction
from trajectapp.store.factors import FactorRepository


class CategoryNotFound(RecordNotFound):
    missing = Code.CATEGORY_NOT_FOUND


class CategoryInUse(Refusal):
    """A category that a factor uses is hidden, never deleted."""


class FactorNotFound(RecordNotFound):
    missing = Code.FACTOR_NOT_FOUND


FACTORS = CaseRecords(FactorRepository, "factor", ("factor.added", "factor.updated"), FactorNotFound)

# --- the categories ---------------------------------------------------------------------------


def default_factor_categories() -> list[tuple[str, FactorCategory]]:
    """(key, category) for each shipped default, in order (domain.shipped_catalogues)."""
    return list(SHIPPED_CATEGORIES)


FACTOR_CATEGORIES = Catalogue(
    FactorCategoryRepository,
    events="factor_categories",
    record_type="factor_category",
    not_found=CategoryNotFound,
    in_use=CategoryInUse,
    name_taken_code=Code.CATEGORY_NAME_TAKEN,
    shipped_code=Code.CATEGORY_SHIPPED,
    in_use_code=Code.CATEGORY_IN_USE,
)


def add_default_factor_categories(vault: OpenVault) -> int:
    """Copy the shipped defaults the vault has never had; returns how many were added."""
    return FACTOR_CATEGORIES.add_defaults(vault, default_factor_categories())


def list_factor_categories(vault: OpenVault, include_hidden: bool = False) -> list[FactorCategory]:
    return FACTOR_CATEGORIES.entries(vault, include_hidden)


def factor_category_in_use(vault: OpenVault, category_id: int) -> bool:
    return FACTOR_CATEGORIES.is_in_use(vault, category_id)


def save_factor_category(vault: OpenVault, category: FactorCategory) -> FactorCategory:
    """Add (id None) or rename, hide or show a category."""
    return FACTOR_CATEGORIES.save(vault, category)


def hide_factor_category(vault: OpenVault, category_id: int) -> FactorCategory:
    return FACTOR_CATEGORIES.set_hidden(vault, category_id, True)


def unhide_factor_category(vault: OpenVault, category_id: int) -> FactorCategory:
    return FACTOR_CATEGORIES.set_hidden(vault, category_id, False)


def delete_factor_category(vault: OpenVault, category_id: int) -> None:
    """Only a category the consultant added and no factor uses; raises CategoryInUse otherwise."""
    FACTOR_CATEGORIES.delete(vault, category_id)


# --- the factors ------------------------------------------------------------------------------


def factors(vault: OpenVault, case_id: int) -> list[Factor]:
    """In the order they were first noted."""
    return FactorRepository(vault.connection).for_case(case_id)


def _check_factor(factor: Factor) -> None:
    check_id("case_id", factor.case_id)
    check_choice("direction", factor.direction, Direction)
    check_choice("kind", factor.kind, FactorKind)
    check_choice("status", factor.status, FactorStatus)
    check_id("category_id", factor.category_id)
    check_id("domain_id", factor.domain_id, required=False)
    check_approximate_date("first_noted_on", factor.first_noted_on, required=True)
    check_text("evidence", factor.evidence, multiline=True)


def save_factor(vault: OpenVault, factor: Factor) -> Factor:
    """Add (id None) or change a factor; returns it as stored. Nothing is written when nothing changed."""
    _check_factor(factor)
    with transaction(vault.connection):
        connection = vault.connection
        get_case(vault, factor.case_id)
        found(FactorCategoryRepository(connection).get, factor.category_id, CategoryNotFound)
        check_link(LifeDomainRepository(connection).get, factor.domain_id, DomainNotFound)
        return FACTORS.save(connection, factor, case_id=factor.case_id)

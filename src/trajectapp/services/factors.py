"""Push and pull factors of a case, and the editable list of factor categories.

A factor's evidence is filed as religion and ideology data (field_categories),
and a factor linked to a tagged life domain holds that domain's category too;
audit summaries name fields only.
"""

from __future__ import annotations

import json
from dataclasses import replace

from trajectapp.domain.checks import InvalidValue, check_choice, check_date, check_id, check_length
from trajectapp.domain.factors import Direction, Factor, FactorCategory, FactorKind, FactorStatus
from trajectapp.domain.messages import Code, RecordNotFound, Refusal
from trajectapp.domain.names import name_key
from trajectapp.domain.text import check_text
from trajectapp.resource_path import resource_path
from trajectapp.services.case_file import get_case
from trajectapp.services.needs import DomainNotFound
from trajectapp.services.open_vault import OpenVault
from trajectapp.store.audit import AuditRepository, field_changes
from trajectapp.store.catalogues import FactorCategoryRepository, LifeDomainRepository
from trajectapp.store.connection import transaction
from trajectapp.store.factors import FactorRepository


class CategoryNotFound(RecordNotFound):
    missing = Code.CATEGORY_NOT_FOUND


class CategoryInUse(Refusal):
    """A category that a factor uses is hidden, never deleted."""


class FactorNotFound(RecordNotFound):
    missing = Code.FACTOR_NOT_FOUND


# --- the categories ---------------------------------------------------------------------------


def default_factor_categories() -> list[tuple[str, FactorCategory]]:
    """(key, category) for each shipped default, in order, read from resources/catalogues."""
    document = json.loads(resource_path("catalogues", "factor_categories.json").read_text(encoding="utf-8"))
    return [(item["key"], FactorCategory(None, item["name"])) for item in document["categories"]]


def add_default_factor_categories(vault: OpenVault) -> int:
    """Copy the shipped defaults the vault has never had; returns how many were added."""
    with transaction(vault.connection):
        categories = FactorCategoryRepository(vault.connection)
        known = categories.default_keys()
        added = [
            categories.add(category, default_key=key)
            for key, category in default_factor_categories()
            if key not in known
        ]
        if added:
            AuditRepository(vault.connection).record("factor_categories.defaults_added", summary=str(len(added)))
    return len(added)


def list_factor_categories(vault: OpenVault, include_hidden: bool = False) -> list[FactorCategory]:
    return FactorCategoryRepository(vault.connection).all(include_hidden)


def save_factor_category(vault: OpenVault, category: FactorCategory) -> FactorCategory:
    """Add (id None) or rename, hide or show a category."""
    check_text("name", category.name, required=True)
    check_length("name", category.name.strip())
    name = category.name.strip()
    with transaction(vault.connection):
        categories = FactorCategoryRepository(vault.connection)
        before = None
        if category.id is not None:
            before = categories.get(category.id)
            if before is None:
                raise CategoryNotFound(category.id)
        others = [other for other in categories.all(include_hidden=True) if other.id != category.id]
        if name_key(name) in {name_key(other.name) for other in others}:
            raise InvalidValue("name", Code.CATEGORY_NAME_TAKEN)
        audit = AuditRepository(vault.connection)
        if before is None:
            saved = categories.add(replace(category, name=name))
            audit.record("factor_categories.added", record_type="factor_category", record_id=saved.id)
            return saved
        wanted = replace(before, name=name, hidden=bool(category.hidden))
        changed = field_changes(before, wanted)
        if not changed:
            return before
        saved = categories.update(wanted)
        audit.record(
            "factor_categories.updated",
            record_type="factor_category",
            record_id=saved.id,
            summary="fields: " + ", ".join(changed),
        )
    return saved


def _set_category_hidden(vault: OpenVault, category_id: int, hidden: bool) -> FactorCategory:
    with transaction(vault.connection):
        categories = FactorCategoryRepository(vault.connection)
        category = categories.get(category_id)
        if category is None:
            raise CategoryNotFound(category_id)
        if category.hidden == hidden:
            return category
        categories.set_hidden(category_id, hidden)
        AuditRepository(vault.connection).record(
            "factor_categories.hidden" if hidden else "factor_categories.shown",
            record_type="factor_category",
            record_id=category_id,
        )
    return replace(category, hidden=hidden)


def hide_factor_category(vault: OpenVault, category_id: int) -> FactorCategory:
    return _set_category_hidden(vault, category_id, True)


def unhide_factor_category(vault: OpenVault, category_id: int) -> FactorCategory:
    return _set_category_hidden(vault, category_id, False)


def delete_factor_category(vault: OpenVault, category_id: int) -> None:
    """Only a category the consultant added and no factor uses; raises CategoryInUse otherwise."""
    with transaction(vault.connection):
        categories = FactorCategoryRepository(vault.connection)
        category = categories.get(category_id)
        if category is None:
            raise CategoryNotFound(category_id)
        if category.shipped:
            raise CategoryInUse(Code.CATEGORY_SHIPPED)
        if categories.in_use(category_id):
            raise CategoryInUse(Code.CATEGORY_IN_USE)
        categories.delete(category_id)
        AuditRepository(vault.connection).record(
            "factor_categories.deleted", record_type="factor_category", record_id=category_id
        )


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
    check_date("first_noted_on", factor.first_noted_on, required=True)
    check_text("evidence", factor.evidence, multiline=True)


def save_factor(vault: OpenVault, factor: Factor) -> Factor:
    """Add (id None) or change a factor; returns it as stored. Nothing is written when nothing changed."""
    _check_factor(factor)
    with transaction(vault.connection):
        connection = vault.connection
        get_case(vault, factor.case_id)
        if FactorCategoryRepository(connection).get(factor.category_id) is None:
            raise CategoryNotFound(factor.category_id)
        if factor.domain_id is not None and LifeDomainRepository(connection).get(factor.domain_id) is None:
            raise DomainNotFound(factor.domain_id)
        repository, audit = FactorRepository(connection), AuditRepository(connection)
        if factor.id is None:
            saved = repository.add(factor)
            audit.record("factor.added", factor.case_id, record_type="factor", record_id=saved.id)
            return saved
        before = repository.get(factor.id)
        if before is None or before.case_id != factor.case_id:
            raise FactorNotFound(factor.id)
        changed = field_changes(before, factor)
        if not changed:
            return before
        saved = repository.update(factor)
        audit.record(
            "factor.updated",
            factor.case_id,
            record_type="factor",
            record_id=saved.id,
            summary="fields: " + ", ".join(changed),
        )
    return saved

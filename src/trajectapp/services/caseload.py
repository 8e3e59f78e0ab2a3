"""Listing and adding the people on the caseload."""

from __future__ import annotations

from trajectapp.domain.case import Case
from trajectapp.store.audit import AuditRepository
from trajectapp.store.cases import CaseRepository
from trajectapp.store.connection import transaction
from trajectapp.vault.vault import Vault


def list_cases(vault: Vault) -> list[Case]:
    return CaseRepository(vault.connection).all()


def add_case(vault: Vault, *, name: str, preferred_name: str = "") -> Case:
    with transaction(vault.connection):
        case = CaseRepository(vault.connection).add(Case(None, name.strip(), preferred_name.strip()))
        AuditRepository(vault.connection).record("case.created", case.id)
    return case

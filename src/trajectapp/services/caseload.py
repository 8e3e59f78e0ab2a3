"""The caseload: listing, searching and sorting cases, and what needs attention today."""

from __future__ import annotations

from datetime import date, datetime

from trajectapp.domain.case import Case
from trajectapp.domain.caseload import Attention, CaseloadRow
from trajectapp.domain.traject import CaseStatus
from trajectapp.services.case_file import create_case
from trajectapp.services.open_vault import OpenVault
from trajectapp.store.caseload import CaseloadQuery, SortKey
from trajectapp.store.cases import CaseRepository

__all__ = ["SortKey", "add_case", "caseload_ids", "caseload_rows", "list_cases", "needs_attention"]


def list_cases(vault: OpenVault) -> list[Case]:
    return CaseRepository(vault.connection).all()


def add_case(vault: OpenVault, *, name: str, preferred_name: str = "") -> Case:
    return create_case(vault, Case(None, name.strip(), preferred_name.strip()))


def caseload_ids(
    vault: OpenVault,
    *,
    today: date,
    status: CaseStatus | None = None,
    search: str = "",
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
) -> list[int]:
    return CaseloadQuery(vault.connection, today).ids(status=status, search=search, sort=sort, descending=descending)


def caseload_rows(vault: OpenVault, ids: list[int], *, today: date, now: datetime | None = None) -> list[CaseloadRow]:
    return CaseloadQuery(vault.connection, today, now).rows(ids)


def needs_attention(
    vault: OpenVault, *, today: date, release_within_days: int, no_contact_days: int
) -> list[Attention]:
    return CaseloadQuery(vault.connection, today).attention(
        release_within_days=release_within_days, no_contact_days=no_contact_days
    )

"""Until when one case file is kept, from the day its traject was closed (domain.retention holds the rule)."""

from __future__ import annotations

from datetime import date

from trajectapp.domain.retention import closed_on, kept_until
from trajectapp.services.case_file import get_case
from trajectapp.services.open_vault import OpenVault
from trajectapp.store.traject import TrajectRepository


def case_kept_until(vault: OpenVault, case_id: int) -> date | None:
    """The last day the case file is kept, or None while the case is open; CaseNotFound for an unknown case."""
    get_case(vault, case_id)
    return kept_until(closed_on(TrajectRepository(vault.connection).phase_changes(case_id)))

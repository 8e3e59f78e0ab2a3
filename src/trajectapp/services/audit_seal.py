"""The vault's audit seal as it stands: every document made from the vault prints its fingerprint on its last page,
so that a consultant can later show which state of the case file left."""

from __future__ import annotations

from trajectapp.domain.audit import AuditSeal
from trajectapp.services.open_vault import OpenVault
from trajectapp.store.audit import AuditRepository


def current_seal(vault: OpenVault) -> AuditSeal | None:
    """The seal of the trail as it stands (None only in a vault whose seal was removed)."""
    return AuditRepository(vault.connection).seal()

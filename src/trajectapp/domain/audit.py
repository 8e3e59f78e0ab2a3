"""An entry of the vault's audit trail: what happened to which record, and when; never content."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    event: str
    case_id: int | None
    record_type: str
    record_id: int | None
    summary: str
    previous_hash: str | None
    hash: str | None

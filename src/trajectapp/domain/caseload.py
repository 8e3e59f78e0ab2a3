"""One row of the caseload table: what the consultant scans every morning."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from trajectapp.domain.traject import CaseStatus, Phase


@dataclass(frozen=True)
class CaseloadRow:
    case_id: int
    name: str
    preferred_name: str
    phase: Phase | None
    status: CaseStatus
    last_contact: date | None
    next_appointment: datetime | None
    release_date: date | None
    overdue_actions: int

    def days_since_contact(self, today: date) -> int | None:
        return (today - self.last_contact).days if self.last_contact else None

    def days_to_release(self, today: date) -> int | None:
        return (self.release_date - today).days if self.release_date else None


@dataclass(frozen=True)
class Attention:
    """Why a case needs attention today."""

    case_id: int
    name: str
    reason: str  # "release", "no_contact", "participation_pending", "consent_pending"
    detail: int | None = None  # days, where the reason has a number

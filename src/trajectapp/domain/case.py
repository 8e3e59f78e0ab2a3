"""A person on the consultant's caseload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class LegalStatus(Enum):
    UNKNOWN = ""
    ACCUSED = "accused"
    CONVICTED = "convicted"
    INTERNED = "interned"
    RELEASED_UNDER_CONDITIONS = "released_under_conditions"


@dataclass(frozen=True)
class Case:
    id: int | None
    name: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    prison: str = ""
    prisoner_number: str = ""
    nationality: str = ""
    languages: str = ""
    legal_status: LegalStatus = LegalStatus.UNKNOWN
    offence_category: str = ""  # criminal-offence data: see domain.data_categories
    detention_start: date | None = None
    limited_detention_from: date | None = None
    electronic_monitoring_from: date | None = None
    conditional_release_from: date | None = None
    expected_release: date | None = None
    notes: str = ""

    @property
    def display_name(self) -> str:
        if self.preferred_name and self.preferred_name != self.name:
            return f"{self.name} ({self.preferred_name})"
        return self.name

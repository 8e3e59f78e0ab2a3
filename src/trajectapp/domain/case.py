"""A person on the consultant's caseload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Case:
    id: int | None
    name: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    prison: str = ""
    prisoner_number: str = ""

    @property
    def display_name(self) -> str:
        if self.preferred_name and self.preferred_name != self.name:
            return f"{self.name} ({self.preferred_name})"
        return self.name

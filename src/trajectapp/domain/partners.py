"""Partner services (the directory) and their involvement in a case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PartnerService:
    id: int | None
    name: str
    kind: str = ""  # e.g. "welfare", "psychosocial service"; free text from the defaults
    organisation: str = ""
    contact_people: str = ""  # one per line
    phone: str = ""
    email: str = ""
    notes: str = ""
    hidden: bool = False


@dataclass(frozen=True)
class Involvement:
    """A partner service working with one case."""

    id: int | None
    case_id: int
    service_id: int
    since: date | None = None
    until: date | None = None
    contact_person: str = ""
    needs: str = ""  # which needs they work on, in the consultant's words

"""The traject: phases, transfers, participation and consent, read as one timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled


class Phase(Labelled):
    FIRST_CONTACT = "first_contact", QT_TRANSLATE_NOOP("Labels", "First contact")
    BUILDING_TRUST = "building_trust", QT_TRANSLATE_NOOP("Labels", "Building trust")
    EXPLORING = "exploring", QT_TRANSLATE_NOOP("Labels", "Exploring needs and strengths")
    CRITICAL_REFLECTION = "critical_reflection", QT_TRANSLATE_NOOP("Labels", "Critical reflection")
    REINTEGRATION_PLANNING = "reintegration_planning", QT_TRANSLATE_NOOP("Labels", "Reintegration planning")
    RELEASE_PREPARATION = "release_preparation", QT_TRANSLATE_NOOP("Labels", "Release preparation")
    AFTERCARE = "aftercare", QT_TRANSLATE_NOOP("Labels", "Aftercare")  # up to six months after release
    CLOSED = "closed", QT_TRANSLATE_NOOP("Labels", "Closed")


class Participation(Labelled):
    OFFERED = "offered", QT_TRANSLATE_NOOP("Labels", "Offered")
    ACCEPTED = "accepted", QT_TRANSLATE_NOOP("Labels", "Accepted")
    DECLINED = "declined", QT_TRANSLATE_NOOP("Labels", "Declined")
    PAUSED = "paused", QT_TRANSLATE_NOOP("Labels", "Paused")
    WITHDRAWN = "withdrawn", QT_TRANSLATE_NOOP("Labels", "Withdrawn")


class ConsentPurpose(Labelled):
    SHARE_WITH_SERVICE = "share_with_service", QT_TRANSLATE_NOOP("Labels", "Sharing with a partner service")
    STATISTICS = "statistics", QT_TRANSLATE_NOOP("Labels", "Anonymised statistics")


class ConsentDecision(Labelled):
    PENDING = "pending", QT_TRANSLATE_NOOP("Labels", "Asked, no answer yet")
    GIVEN = "given", QT_TRANSLATE_NOOP("Labels", "Given")
    REFUSED = "refused", QT_TRANSLATE_NOOP("Labels", "Refused")


class CaseStatus(Labelled):
    """For the caseload filter: derived from participation and phase."""

    ACTIVE = "active", QT_TRANSLATE_NOOP("Labels", "Active")
    DECLINED = "declined", QT_TRANSLATE_NOOP("Labels", "Declined")
    CLOSED = "closed", QT_TRANSLATE_NOOP("Labels", "Closed")


@dataclass(frozen=True)
class PhaseChange:
    id: int | None
    case_id: int
    phase: Phase
    changed_on: date
    note: str = ""
    closing_reason: str = ""


@dataclass(frozen=True)
class Transfer:
    id: int | None
    case_id: int
    transferred_on: date
    from_prison: str
    to_prison: str
    note: str = ""


@dataclass(frozen=True)
class ParticipationDecision:
    id: int | None
    case_id: int
    status: Participation
    decided_on: date
    reasons: str = ""  # in the person's own words


@dataclass(frozen=True)
class Consent:
    id: int | None
    case_id: int
    purpose: ConsentPurpose
    decision: ConsentDecision
    asked_on: date
    partner_service_id: int | None = None  # for SHARE_WITH_SERVICE
    decided_on: date | None = None
    allowed: str = ""  # what may be shared
    not_allowed: str = ""  # what may not
    revoked_on: date | None = None

    @property
    def in_force(self) -> bool:
        return self.decision is ConsentDecision.GIVEN and self.revoked_on is None


class TimelineKind(Enum):
    PHASE = "phase"
    TRANSFER = "transfer"
    PARTICIPATION = "participation"
    CONSENT = "consent"
    CONSENT_REVOKED = "consent_revoked"


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the case's timeline; `record` is the dataclass it comes from."""

    on: date
    kind: TimelineKind
    record: PhaseChange | Transfer | ParticipationDecision | Consent


def case_status(latest_participation: Participation | None, latest_phase: Phase | None) -> CaseStatus:
    if latest_phase is Phase.CLOSED:
        return CaseStatus.CLOSED
    if latest_participation in (Participation.DECLINED, Participation.WITHDRAWN):
        return CaseStatus.DECLINED
    return CaseStatus.ACTIVE

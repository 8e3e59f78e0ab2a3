"""The traject: phases, transfers, participation and consent, read as one timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from trajectapp.domain.wording import QT_TRANSLATE_NOOP


class Phase(Enum):
    FIRST_CONTACT = "first_contact"
    BUILDING_TRUST = "building_trust"
    EXPLORING = "exploring"  # needs and strengths
    CRITICAL_REFLECTION = "critical_reflection"
    REINTEGRATION_PLANNING = "reintegration_planning"
    RELEASE_PREPARATION = "release_preparation"
    AFTERCARE = "aftercare"  # up to six months after release
    CLOSED = "closed"


class Participation(Enum):
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    PAUSED = "paused"
    WITHDRAWN = "withdrawn"


class ConsentPurpose(Enum):
    SHARE_WITH_SERVICE = "share_with_service"
    STATISTICS = "statistics"


class ConsentDecision(Enum):
    PENDING = "pending"  # asked, no answer yet
    GIVEN = "given"
    REFUSED = "refused"


class CaseStatus(Enum):
    """For the caseload filter: derived from participation and phase."""

    ACTIVE = "active"
    DECLINED = "declined"
    CLOSED = "closed"


LABELS: dict[Enum, str] = {
    Phase.FIRST_CONTACT: QT_TRANSLATE_NOOP("Labels", "First contact"),
    Phase.BUILDING_TRUST: QT_TRANSLATE_NOOP("Labels", "Building trust"),
    Phase.EXPLORING: QT_TRANSLATE_NOOP("Labels", "Exploring needs and strengths"),
    Phase.CRITICAL_REFLECTION: QT_TRANSLATE_NOOP("Labels", "Critical reflection"),
    Phase.REINTEGRATION_PLANNING: QT_TRANSLATE_NOOP("Labels", "Reintegration planning"),
    Phase.RELEASE_PREPARATION: QT_TRANSLATE_NOOP("Labels", "Release preparation"),
    Phase.AFTERCARE: QT_TRANSLATE_NOOP("Labels", "Aftercare"),
    Phase.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    Participation.OFFERED: QT_TRANSLATE_NOOP("Labels", "Offered"),
    Participation.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
    Participation.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    Participation.PAUSED: QT_TRANSLATE_NOOP("Labels", "Paused"),
    Participation.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    ConsentPurpose.SHARE_WITH_SERVICE: QT_TRANSLATE_NOOP("Labels", "Sharing with a partner service"),
    ConsentPurpose.STATISTICS: QT_TRANSLATE_NOOP("Labels", "Anonymised statistics"),
    ConsentDecision.PENDING: QT_TRANSLATE_NOOP("Labels", "Asked, no answer yet"),
    ConsentDecision.GIVEN: QT_TRANSLATE_NOOP("Labels", "Given"),
    ConsentDecision.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    CaseStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    CaseStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}


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

"""The words the interface shows for the domain's enums, translatable."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from trajectapp.domain.case import LegalStatus
from trajectapp.domain.traject import CaseStatus, ConsentDecision, ConsentPurpose, Participation, Phase

_LABELS: dict[Enum, str] = {
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
    LegalStatus.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not recorded"),
    LegalStatus.ACCUSED: QT_TRANSLATE_NOOP("Labels", "Accused"),
    LegalStatus.CONVICTED: QT_TRANSLATE_NOOP("Labels", "Convicted"),
    LegalStatus.INTERNED: QT_TRANSLATE_NOOP("Labels", "Interned"),
    LegalStatus.RELEASED_UNDER_CONDITIONS: QT_TRANSLATE_NOOP("Labels", "Released under conditions"),
    CaseStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    CaseStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}


def label(value: Enum | None) -> str:
    """The translated label of an enum value; an empty string for None."""
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", _LABELS[value])


_SESSION_KINDS = {
    "individual": QT_TRANSLATE_NOOP("Labels", "Individual conversation"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family contact"),
    "multi_agency": QT_TRANSLATE_NOOP("Labels", "Multi-agency meeting"),
    "case_consultation": QT_TRANSLATE_NOOP("Labels", "Case consultation"),
    "phone_video": QT_TRANSLATE_NOOP("Labels", "Phone or video"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}


def session_kind_label(kind: str) -> str:
    return QCoreApplication.translate("Labels", _SESSION_KINDS.get(kind, kind))

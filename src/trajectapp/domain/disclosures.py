"""The disclosure register: every time case data leaves the vault (or arrives from another one), who, what, why,
on what basis, and a fingerprint of the file. Entries are never changed or removed once written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.wording import QT_TRANSLATE_NOOP


class DisclosureDirection(Enum):
    SENT = "sent"
    RECEIVED = "received"  # a transfer package imported from another consultant


class PartyKind(Enum):
    """Who received the data (or, for a received package, who sent it)."""

    PARTNER_SERVICE = "partner_service"
    CONSULTANT = "consultant"  # a colleague who takes over the case
    PERSON = "person"  # the person themself: a copy of their own data


class Basis(Enum):
    CONSENT = "consent"
    LEGAL_OBLIGATION = "legal_obligation"
    CASE_CONSULTATION = "case_consultation"  # a legally regulated case consultation
    VITAL_INTEREST = "vital_interest"
    OTHER = "other"  # always with an explanation


class ConsentCheck(Enum):
    """What the case's recorded consent said about this recipient when the data left."""

    COVERED = "covered"  # consent in force for this partner service
    OVERRIDDEN = "overridden"  # not covered: shared anyway, with the reason recorded
    NOT_APPLICABLE = "not_applicable"  # the person's own copy, or a package received


class OutputFormat(Enum):
    ENCRYPTED_PDF = "encrypted_pdf"
    UNENCRYPTED_PDF = "unencrypted_pdf"
    TRANSFER_PACKAGE = "transfer_package"


LABELS: dict[Enum, str] = {
    DisclosureDirection.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
    DisclosureDirection.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Received"),
    PartyKind.PARTNER_SERVICE: QT_TRANSLATE_NOOP("Labels", "A partner service"),
    PartyKind.CONSULTANT: QT_TRANSLATE_NOOP("Labels", "Another consultant"),
    PartyKind.PERSON: QT_TRANSLATE_NOOP("Labels", "The person themself"),
    Basis.CONSENT: QT_TRANSLATE_NOOP("Labels", "The person's consent"),
    Basis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("Labels", "A legal obligation"),
    Basis.CASE_CONSULTATION: QT_TRANSLATE_NOOP("Labels", "A legally regulated case consultation"),
    Basis.VITAL_INTEREST: QT_TRANSLATE_NOOP("Labels", "Vital interest"),
    Basis.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    ConsentCheck.COVERED: QT_TRANSLATE_NOOP("Labels", "Covered by the recorded consent"),
    ConsentCheck.OVERRIDDEN: QT_TRANSLATE_NOOP("Labels", "Not covered by consent: shared with a reason"),
    ConsentCheck.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Labels", "Consent not asked for"),
    OutputFormat.ENCRYPTED_PDF: QT_TRANSLATE_NOOP("Labels", "PDF with a password"),
    OutputFormat.UNENCRYPTED_PDF: QT_TRANSLATE_NOOP("Labels", "PDF without a password"),
    OutputFormat.TRANSFER_PACKAGE: QT_TRANSLATE_NOOP("Labels", "Transfer package"),
}


@dataclass(frozen=True)
class DisclosedItem:
    """One item that left: its selection key (e.g. "session:42"), its label as shown, its special categories."""

    key: str
    label: str
    categories: frozenset[DataCategory] = frozenset()


@dataclass(frozen=True)
class DisclosureParty:
    """The recipient of what was sent, or the sender of what was received."""

    kind: PartyKind
    name: str
    service_id: int | None = None  # when a partner service from the directory


@dataclass(frozen=True)
class Disclosure:
    id: int | None
    case_id: int
    disclosed_at: datetime  # UTC
    direction: DisclosureDirection
    party: DisclosureParty
    purpose: str
    basis: Basis
    basis_explanation: str  # needed for Basis.OTHER
    consent: ConsentCheck
    override_reason: str  # needed for ConsentCheck.OVERRIDDEN
    items: tuple[DisclosedItem, ...]
    output_format: OutputFormat
    file_name: str  # the name only, never the folder
    file_size: int
    file_sha256: str  # lowercase hex
    carried_over: bool = False  # recorded in the vault the case came from, brought along by its transfer package

"""The disclosure register: every time case data leaves the vault (or arrives from another one), who, what, why,
on what basis, and a fingerprint of the file. Entries are never changed or removed once written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.languages import Language
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled


class DisclosureDirection(Labelled):
    SENT = "sent", QT_TRANSLATE_NOOP("Labels", "Sent")
    RECEIVED = (
        "received",
        QT_TRANSLATE_NOOP("Labels", "Received"),
    )  # a transfer package imported from another consultant


class PartyKind(Labelled):
    """Who received the data (or, for a received package, who sent it)."""

    PARTNER_SERVICE = "partner_service", QT_TRANSLATE_NOOP("Labels", "A partner service")
    CONSULTANT = "consultant", QT_TRANSLATE_NOOP("Labels", "Another consultant")  # a colleague who takes over the case
    PERSON = (
        "person",
        QT_TRANSLATE_NOOP("Labels", "The person themself"),
    )  # the person themself: a copy of their own data


class Basis(Labelled):
    CONSENT = "consent", QT_TRANSLATE_NOOP("Labels", "The person's consent")
    LEGAL_OBLIGATION = "legal_obligation", QT_TRANSLATE_NOOP("Labels", "A legal obligation")
    CASE_CONSULTATION = (
        "case_consultation",
        QT_TRANSLATE_NOOP("Labels", "A legally regulated case consultation"),
    )  # a legally regulated case consultation
    VITAL_INTEREST = "vital_interest", QT_TRANSLATE_NOOP("Labels", "Vital interest")
    OTHER = "other", QT_TRANSLATE_NOOP("Labels", "Other")  # always with an explanation


class ConsentCheck(Labelled):
    """What the case's recorded consent said about this recipient when the data left."""

    COVERED = (
        "covered",
        QT_TRANSLATE_NOOP("Labels", "Covered by the recorded consent"),
    )  # consent in force for this partner service
    OVERRIDDEN = (
        "overridden",
        QT_TRANSLATE_NOOP("Labels", "Not covered by consent: shared with a reason"),
    )  # not covered: shared anyway, with the reason recorded
    NOT_APPLICABLE = (
        "not_applicable",
        QT_TRANSLATE_NOOP("Labels", "Consent not asked for"),
    )  # the person's own copy, or a package received


class OutputFormat(Labelled):
    ENCRYPTED_PDF = "encrypted_pdf", QT_TRANSLATE_NOOP("Labels", "PDF with a password")
    UNENCRYPTED_PDF = "unencrypted_pdf", QT_TRANSLATE_NOOP("Labels", "PDF without a password")
    TRANSFER_PACKAGE = "transfer_package", QT_TRANSLATE_NOOP("Labels", "Transfer package")


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
    language: Language | None = None  # a document's; None for a transfer package and for what was received

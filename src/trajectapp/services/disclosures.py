"""The disclosure register: recording what left the vault (or arrived in it) and reading it back, per case or for
the whole vault.

An entry says who, what, why, on what basis and whether the case's recorded consent covered the recipient, with
the file's name, size and SHA-256; never its folder, never a password. Once written it cannot be changed or removed
(the schema refuses both). Each entry also writes "disclosure.recorded" to the audit trail, without content.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path, PurePosixPath, PureWindowsPath

from trajectapp.domain.checks import NAME_MAX, InvalidValue, check_length
from trajectapp.domain.disclosures import (
    Basis,
    ConsentCheck,
    DisclosedItem,
    Disclosure,
    DisclosureDirection,
    DisclosureParty,
    OutputFormat,
    PartyKind,
)
from trajectapp.domain.languages import Language
from trajectapp.domain.messages import Code
from trajectapp.domain.text import check_text
from trajectapp.domain.traject import Consent, ConsentPurpose
from trajectapp.exchange.files import write_whole_file
from trajectapp.services.case_file import CaseNotFound
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.record_changes import found
from trajectapp.store.audit import AuditBatch, AuditRepository
from trajectapp.store.cases import CaseRepository
from trajectapp.store.clock import now_iso
from trajectapp.store.connection import Connection, transaction
from trajectapp.store.consents import ConsentRepository
from trajectapp.store.disclosures import DisclosureRepository
from trajectapp.store.partners import PartnerRepository

FILE_NAME_MAX = 255


def covering_consents(vault: OpenVault, case_id: int, service_id: int | None) -> list[Consent]:
    """The case's consents in force (given, not revoked) to share with this partner service: what they allow and
    do not allow is in their own words, for the consultant to read before choosing what goes."""
    if service_id is None:
        return []
    return [
        consent
        for consent in ConsentRepository(vault.connection).for_case(case_id)
        if consent.purpose is ConsentPurpose.SHARE_WITH_SERVICE
        and consent.partner_service_id == service_id
        and consent.in_force
    ]


def consent_covers(vault: OpenVault, case_id: int, service_id: int | None) -> bool:
    """Whether consent in force on the case covers sharing with this partner service."""
    return bool(covering_consents(vault, case_id, service_id))


def consent_check(
    vault: OpenVault, case_id: int, direction: DisclosureDirection, party: DisclosureParty
) -> ConsentCheck:
    """What the register will say about consent: COVERED, NOT_APPLICABLE (the person's own copy, a package
    received), or OVERRIDDEN, for which record_disclosure needs a reason."""
    if direction is DisclosureDirection.RECEIVED or party.kind is PartyKind.PERSON:
        return ConsentCheck.NOT_APPLICABLE
    if party.kind is PartyKind.PARTNER_SERVICE and consent_covers(vault, case_id, party.service_id):
        return ConsentCheck.COVERED
    return ConsentCheck.OVERRIDDEN


def fingerprint(content: bytes) -> tuple[int, str]:
    """(size in bytes, SHA-256 in lowercase hex) of a file's content."""
    return len(content), hashlib.sha256(content).hexdigest()


def is_bare_file_name(name: str) -> bool:
    """A file's name without any folder, on this system or another."""
    return bool(name) and name == PurePosixPath(name).name == PureWindowsPath(name).name and name not in (".", "..")


def record_disclosure(
    vault: OpenVault,
    *,
    case_id: int,
    party: DisclosureParty,
    purpose: str,
    basis: Basis,
    items: Sequence[DisclosedItem],
    output_format: OutputFormat,
    file_name: str,
    content: bytes,
    basis_explanation: str = "",
    override_reason: str = "",
    direction: DisclosureDirection = DisclosureDirection.SENT,
    language: Language | None = None,
) -> Disclosure:
    """Write one entry to the register for the file `content` written as `file_name`; InvalidValue or InvalidText
    for the first value that cannot be kept, CaseNotFound for an unknown case.

    Called inside a transaction (the one that writes the file, say), the entry is part of it; otherwise it is
    written in a transaction of its own.
    """
    connection = vault.connection
    found(CaseRepository(connection).get, case_id, CaseNotFound)
    consent = consent_check(vault, case_id, direction, party)
    size, digest = fingerprint(content)
    disclosure = _checked(
        connection,
        Disclosure(
            None,
            case_id,
            datetime.fromisoformat(now_iso()),
            direction,
            party,
            purpose.strip(),
            basis,
            basis_explanation.strip(),
            consent,
            override_reason.strip() if consent is ConsentCheck.OVERRIDDEN else "",
            tuple(items),
            output_format,
            file_name,
            size,
            digest,
            language=language,
        ),
    )
    register, audit = DisclosureRepository(connection), AuditRepository(connection)
    if connection.in_transaction:
        return write_disclosure(register, audit, disclosure)
    with transaction(connection):
        return write_disclosure(register, audit, disclosure)


def pdf_format(pdf: bytes, protected: bool) -> OutputFormat:
    """The register's word for a PDF that leaves with a password or without; ValueError for one that is to leave
    protected but was not encrypted."""
    if protected and b"/Encrypt" not in pdf:
        raise ValueError("a PDF that leaves protected must be encrypted first")
    return OutputFormat.ENCRYPTED_PDF if protected else OutputFormat.UNENCRYPTED_PDF


@contextlib.contextmanager
def leaving_file(vault: OpenVault, path: Path, content: bytes) -> Iterator[None]:
    """One step for a file that leaves the vault and the entries the body writes for it (its register entry, say):
    `content` is written whole to `path` once they are, they stay only if it was, and a file whose entries cannot be
    committed is removed again. OSError when the folder cannot be written to."""
    written = False
    try:
        with transaction(vault.connection):
            yield
            write_whole_file(path, content)  # an error here rolls the entries back
            written = True
    except BaseException:
        if written:  # the entries could not be committed: the file goes too
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise


def write_disclosure(
    register: DisclosureRepository, audit: AuditRepository | AuditBatch, disclosure: Disclosure
) -> Disclosure:
    """The entry and its audit entry, inside the caller's transaction; `disclosure` has been checked. (The demo
    writes its register through this too, with its audit entries in a batch.)"""
    saved = register.add(disclosure)
    audit.record(
        "disclosure.recorded",
        disclosure.case_id,
        record_type="disclosure",
        record_id=saved.id,
        summary=f"{disclosure.direction.value}, {disclosure.party.kind.value}, {disclosure.output_format.value}",
    )
    return saved


def disclosures(vault: OpenVault, case_id: int | None = None) -> list[Disclosure]:
    """The register of one case, or of the whole vault; oldest first."""
    repository = DisclosureRepository(vault.connection)
    return repository.all() if case_id is None else repository.for_case(case_id)


def _checked(connection: Connection, d: Disclosure) -> Disclosure:
    party = d.party
    check_text("party_name", party.name, required=True)
    check_length("party_name", party.name, NAME_MAX)
    if party.service_id is not None and (
        party.kind is not PartyKind.PARTNER_SERVICE or PartnerRepository(connection).get(party.service_id) is None
    ):
        raise InvalidValue("party", Code.RECIPIENT_NOT_IN_DIRECTORY)
    check_text("purpose", d.purpose, multiline=True, required=True)
    check_text("basis_explanation", d.basis_explanation, multiline=True, required=d.basis is Basis.OTHER)
    if d.consent is ConsentCheck.OVERRIDDEN and not d.override_reason:
        raise InvalidValue("override_reason", Code.OVERRIDE_WITHOUT_REASON)
    check_text("override_reason", d.override_reason, multiline=True)
    if not d.items:
        raise InvalidValue("items", Code.NO_ITEMS)
    if not all(isinstance(item, DisclosedItem) for item in d.items):
        raise InvalidValue("items", Code.ITEMS_MALFORMED)
    if not is_bare_file_name(d.file_name) or len(d.file_name) > FILE_NAME_MAX:
        raise InvalidValue("file_name", Code.FILE_NAME_WITH_FOLDER)
    check_text("file_name", d.file_name, required=True)
    return d

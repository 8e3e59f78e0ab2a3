"""The audit trail's record of each document that is printed or saved as a file: which document, of which case,
when; never its content, its file name or a password.

A document saved as a file has left the vault: save_document also writes its entry in the disclosure register
(who it is for, why, on what basis, the file's name, size and fingerprint), in the same step as the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.disclosures import Basis, DisclosedItem, Disclosure, DisclosureParty
from trajectapp.domain.languages import Language
from trajectapp.domain.messages import Code
from trajectapp.services.disclosures import leaving_file, pdf_format, record_disclosure
from trajectapp.services.open_vault import OpenVault
from trajectapp.store.audit import AuditBatch, AuditRepository
from trajectapp.store.connection import transaction

# A document is named by a key such as "session_notes" or "plan", so the trail cannot carry text from it.
_DOCUMENT_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


def record_print(vault: OpenVault, *, document: str, case_id: int | None, record_id: int | None = None) -> None:
    """Write "document.printed" to the audit trail; call once the print job has gone to the printer."""
    _check_key(document)
    with transaction(vault.connection):
        AuditRepository(vault.connection).record(
            "document.printed", case_id, record_type=document, record_id=record_id, summary=document
        )


def save_document(
    vault: OpenVault,
    *,
    path: Path,
    pdf: bytes,
    document: str,
    case_id: int,
    record_id: int | None = None,
    protected: bool,
    title: str,
    party: DisclosureParty,
    purpose: str,
    basis: Basis,
    basis_explanation: str = "",
    override_reason: str = "",
    categories: frozenset[DataCategory] = frozenset(),
    language: Language | None = None,
) -> Disclosure:
    """Write `pdf` (already locked with a password when `protected`) to `path`, whole or not at all, with
    "document.saved" in the audit trail and the file's entry in the disclosure register, in one step: both stay
    only if the file was written.

    The register's one item is the document, by its key (with the record's id) and `title` (such as "Session
    notes of 2026-11-06"), marked with the special `categories` it may hold. Raises InvalidValue or InvalidText
    for a register field that cannot be kept and OSError when the folder cannot be written to; nothing is
    written then."""
    _check_key(document)
    output_format = pdf_format(pdf, protected)
    item = DisclosedItem(
        document if record_id is None else f"{document}:{record_id}", title.strip(), frozenset(categories)
    )
    if not item.label:
        raise InvalidValue("title", Code.DOCUMENT_WITHOUT_TITLE)
    with leaving_file(vault, path, pdf):
        record_saved(
            AuditRepository(vault.connection),
            document=document,
            case_id=case_id,
            record_id=record_id,
            protected=protected,
        )
        disclosure = record_disclosure(
            vault,
            case_id=case_id,
            party=party,
            purpose=purpose,
            basis=basis,
            items=(item,),
            output_format=output_format,
            file_name=Path(path).name,
            content=pdf,
            basis_explanation=basis_explanation,
            override_reason=override_reason,
            language=language,
        )
    return disclosure


def record_saved(
    audit: AuditRepository | AuditBatch, *, document: str, case_id: int | None, record_id: int | None, protected: bool
) -> None:
    """The audit entry of a document saved as a file (the demo writes its own through this too, in a batch)."""
    audit.record(
        "document.saved",
        case_id,
        record_type=document,
        record_id=record_id,
        summary=f"{document}, {'password' if protected else 'no password'}",
    )


def _check_key(document: str) -> None:
    if not isinstance(document, str) or not _DOCUMENT_KEY.fullmatch(document):
        raise InvalidValue("document", Code.DOCUMENT_UNKNOWN)

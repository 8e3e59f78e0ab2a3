"""A handover PDF leaving the vault through the export step: what it is laid out from (exactly the selected items;
for the person's own copy also everyone their data went to and how long it is kept), and the file written together
with its entry in the disclosure register: both, or neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from trajectapp.documents.handover import handover_document
from trajectapp.domain.audit import AuditSeal
from trajectapp.domain.case_content import CaseContent
from trajectapp.domain.disclosures import Basis, DisclosedItem, Disclosure, DisclosureParty
from trajectapp.domain.languages import Language
from trajectapp.domain.retention import retention_words
from trajectapp.domain.selection import Translate, as_written
from trajectapp.services.audit_seal import current_seal
from trajectapp.services.case_export import selected_content
from trajectapp.services.disclosures import disclosures, leaving_file, pdf_format, record_disclosure
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.retention import case_kept_until


@dataclass(frozen=True)
class HandoverMaterial:
    """Plain data, read from the vault: the document can be laid out from it on a worker thread."""

    content: CaseContent
    for_the_person: bool = False
    recipients: tuple[Disclosure, ...] | None = None  # the person's own copy: the register of their case
    kept_until: date | None = None  # the person's own copy: the last day the case is kept (None while it is open)
    seal: AuditSeal | None = None  # the vault's audit seal as the document is made: printed on its last page


def handover_material(
    vault: OpenVault,
    case_id: int,
    keys: Iterable[str],
    *,
    for_the_person: bool = False,
    translate: Translate = as_written,
) -> HandoverMaterial:
    """Exactly the items `keys` selects (their parents come along); CaseNotFound, UnknownItems as selected_content."""
    content = selected_content(vault, case_id, keys, translate=translate)
    seal = current_seal(vault)
    if not for_the_person:
        return HandoverMaterial(content, seal=seal)
    return HandoverMaterial(
        content, True, tuple(disclosures(vault, case_id)), case_kept_until(vault, case_id), seal=seal
    )


def handover_pdf(
    material: HandoverMaterial, *, today: date, recipient: str, purpose: str, translate: Translate = as_written
) -> bytes:
    """The handover document (or the person's own copy) as PDF bytes, in memory. Reads no vault."""
    kept = retention_words(material.kept_until, translate) if material.for_the_person else None
    return handover_document(
        material.content,
        today=today,
        recipient=recipient,
        purpose=purpose,
        translate=translate,
        for_the_person=material.for_the_person,
        recipients=material.recipients,
        kept_until=kept,
        seal=material.seal,
    )


def save_handover_pdf(
    vault: OpenVault,
    *,
    path: Path,
    pdf: bytes,
    case_id: int,
    party: DisclosureParty,
    purpose: str,
    basis: Basis,
    items: Sequence[DisclosedItem],
    protected: bool,
    basis_explanation: str = "",
    override_reason: str = "",
    language: Language | None = None,
) -> Disclosure:
    """Write `pdf` (already locked with a password when `protected`) to `path` and its entry in the disclosure
    register, with the size and SHA-256 of exactly these bytes, in one step: no file without its entry, no entry
    without its file. InvalidValue/InvalidText for a register field that cannot be kept and OSError when the folder
    cannot be written to; nothing is written then."""
    output_format = pdf_format(pdf, protected)
    with leaving_file(vault, path, pdf):
        disclosure = record_disclosure(
            vault,
            case_id=case_id,
            party=party,
            purpose=purpose,
            basis=basis,
            items=items,
            output_format=output_format,
            file_name=Path(path).name,
            content=pdf,
            basis_explanation=basis_explanation,
            override_reason=override_reason,
            language=language,
        )
    return disclosure

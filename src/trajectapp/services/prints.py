"""The audit trail's record of each document that is printed or saved as a file: which document, of which case,
when; never its content, its file name or a password.

Every document saved as a file goes through save_document: the disclosure register hooks in there.
"""

from __future__ import annotations

import re
from pathlib import Path

from trajectapp.domain.checks import InvalidValue
from trajectapp.exchange.files import write_whole_file
from trajectapp.store.audit import AuditRepository
from trajectapp.store.connection import transaction
from trajectapp.vault.vault import Vault

# A document is named by a key such as "session_note" or "plan", so the trail cannot carry text from it.
_DOCUMENT_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


def record_print(vault: Vault, *, document: str, case_id: int | None, record_id: int | None = None) -> None:
    """Write "document.printed" to the audit trail; call once the print job has gone to the printer."""
    _check_key(document)
    with transaction(vault.connection):
        AuditRepository(vault.connection).record("document.printed", case_id, record_type=document,
                                                 record_id=record_id, summary=document)


def save_document(vault: Vault, *, path: Path, pdf: bytes, document: str, case_id: int | None,
                  record_id: int | None = None, protected: bool) -> None:
    """Write `pdf` (already locked with a password when `protected`) to `path`, whole or not at all, and record
    "document.saved" in the same step: the entry stays only if the file was written. Raises OSError when the
    folder cannot be written to."""
    _check_key(document)
    if protected and b"/Encrypt" not in pdf:
        raise ValueError("a document saved as protected must be encrypted first")
    with transaction(vault.connection):
        _record_saved(vault, document=document, case_id=case_id, record_id=record_id, protected=protected)
        write_whole_file(path, pdf)  # an error here rolls the entry back


def _record_saved(vault: Vault, *, document: str, case_id: int | None, record_id: int | None,
                  protected: bool) -> None:
    AuditRepository(vault.connection).record(
        "document.saved", case_id, record_type=document, record_id=record_id,
        summary=f"{document}, {'password' if protected else 'no password'}")


def _check_key(document: str) -> None:
    if not isinstance(document, str) or not _DOCUMENT_KEY.fullmatch(document):
        raise InvalidValue("document", "Document: name it by its key, such as session_note.")

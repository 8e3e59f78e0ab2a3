"""The audit trail's record of each print: which document, of which case, when; never its content."""

from __future__ import annotations

import re

from trajectapp.domain.checks import InvalidValue
from trajectapp.store.audit import AuditRepository
from trajectapp.store.connection import transaction
from trajectapp.vault.vault import Vault

# A document is named by a key such as "session_note" or "plan", so the trail cannot carry text from it.
_DOCUMENT_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


def record_print(vault: Vault, *, document: str, case_id: int | None, record_id: int | None = None) -> None:
    """Write "document.printed" to the audit trail; call once the print job has gone to the printer."""
    if not isinstance(document, str) or not _DOCUMENT_KEY.fullmatch(document):
        raise InvalidValue("document", "Document: name it by its key, such as session_note.")
    with transaction(vault.connection):
        AuditRepository(vault.connection).record("document.printed", case_id, record_type=document,
                                                 record_id=record_id, summary=document)

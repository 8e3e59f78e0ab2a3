"""The audit trail's key: derived from the data key with HKDF, known only to the open connection as two SQL functions.

Whoever holds a decrypted copy of the database can rewrite the trail and recompute plain hashes; without the data
key they cannot recompute an HMAC. The key never leaves the connection: the repositories call `audit_entry_mac`
and `audit_seal_mac` in SQL.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

if TYPE_CHECKING:
    from sqlite3 import Connection

_INFO = b"trajectapp audit trail v1"
ENTRY_FIELDS = 7  # previous hash, at, event, case id, record type, record id, summary
SEAL_FIELDS = 3  # the first keyed entry's id, the number of entries, the last entry's hash

# json.dumps(..., ensure_ascii=False) would build a new encoder for every entry; this one gives the same text.
ENCODER = json.JSONEncoder(ensure_ascii=False)


def derive_audit_key(data_key: bytes | bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(bytes(data_key))


def keyed_digest(audit_key: bytes, kind: str, fields: tuple[object, ...]) -> str:
    """HMAC-SHA256 of the kind ("entry" or "seal") and its fields as one JSON array, in hex."""
    mac = hmac.HMAC(audit_key, hashes.SHA256())
    mac.update(ENCODER.encode([kind, *fields]).encode("utf-8"))
    return mac.finalize().hex()


def give_audit_key(connection: Connection, data_key: bytes | bytearray) -> None:
    """Let SQL on this connection sign entries and the seal with the key derived from `data_key`."""
    audit_key = derive_audit_key(data_key)
    connection.create_function(
        "audit_entry_mac", ENTRY_FIELDS, lambda *fields: keyed_digest(audit_key, "entry", fields), deterministic=True
    )
    connection.create_function(
        "audit_seal_mac", SEAL_FIELDS, lambda *fields: keyed_digest(audit_key, "seal", fields), deterministic=True
    )

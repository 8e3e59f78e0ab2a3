"""The recovery key: 160 random bits a person can copy by hand, in groups of four."""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trajectapp.domain.recovery_keys import format_groups, normalise

RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, 8 groups of 4


def new_recovery_key() -> str:
    return format_groups(base64.b32encode(os.urandom(RECOVERY_BYTES)).decode("ascii"))


def recovery_wrapping_key(key: str) -> bytes:
    """The AES key that wraps the data key for recovery.

    The recovery key already carries 160 random bits, so a memory-hard KDF adds
    nothing; HKDF only shapes it into a 256-bit key for this one purpose.
    """
    raw = base64.b32decode(normalise(key))
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"trajectapp recovery wrap v1").derive(raw)

"""The recovery key: 160 random bits a person can copy by hand, in groups of four."""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, 8 groups of 4
GROUP_SIZE = 4
_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def new_recovery_key() -> str:
    return format_groups(base64.b32encode(os.urandom(RECOVERY_BYTES)).decode("ascii"))


def format_groups(key: str) -> str:
    plain = normalise(key)
    return "-".join(plain[i : i + GROUP_SIZE] for i in range(0, len(plain), GROUP_SIZE))


def groups(key: str) -> list[str]:
    return format_groups(key).split("-")


def normalise(typed: str) -> str:
    """What a person typed, without spaces or dashes, in capitals; 0/1/8 read as O/I/B."""
    cleaned = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-")
    return cleaned.translate(str.maketrans("018", "OIB"))


def is_well_formed(typed: str) -> bool:
    plain = normalise(typed)
    return len(plain) == 32 and set(plain) <= _ALPHABET


def recovery_wrapping_key(key: str) -> bytes:
    """The AES key that wraps the data key for recovery.

    The recovery key already carries 160 random bits, so a memory-hard KDF adds
    nothing; HKDF only shapes it into a 256-bit key for this one purpose.
    """
    raw = base64.b32decode(normalise(key))
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"trajectapp recovery wrap v1").derive(raw)

"""How a recovery key is written down and typed back: 32 base32 characters in groups of four, dashes and spaces
optional, and the digits people misread as letters read as those letters."""

from __future__ import annotations

GROUP_SIZE = 4
_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


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

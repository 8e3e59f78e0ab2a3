"""The one-time secrets handed over with what leaves the vault: random groups of characters from an alphabet
without characters that read like one another, so that they can be read out over the phone and typed.

A transfer package's passphrase is 30 of the 28 symbols in six groups of five (about 144 bits); a protected PDF's
password 20 in five groups of four (about 96 bits). Both are far beyond any search, shown once, never stored.
"""

from __future__ import annotations

import secrets

# No 0/O, 1/I/L or 8/B pairs, and no S beside the 5.
ALPHABET = "2345679ACDEFGHJKMNPQRTUVWXYZ"
GROUPS = 6
GROUP_SIZE = 5
LENGTH = GROUPS * GROUP_SIZE


def random_groups(groups: int, size: int) -> str:
    """`groups` groups of `size` random characters of ALPHABET, joined by dashes."""
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(size)) for _ in range(groups))


def new_passphrase() -> str:
    """A fresh package passphrase such as "K7QD4-RMXH2-CFWPT-4N9EV-A3GJK-ZZ7QM"."""
    return random_groups(GROUPS, GROUP_SIZE)


def normalise(typed: str) -> str:
    """What a person typed, in capitals, without the spaces and dashes between the groups."""
    return "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-")


def is_well_formed(typed: str) -> bool:
    plain = normalise(typed)
    return len(plain) == LENGTH and all(ch in ALPHABET for ch in plain)

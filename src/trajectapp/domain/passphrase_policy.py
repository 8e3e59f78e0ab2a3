"""How strong a new passphrase is, and the minimum a vault accepts."""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise

MIN_LENGTH = 12
# About what a random 10-character password of mixed case and digits gives;
# a phrase of three or four ordinary words passes easily.
MIN_BITS = 56
# One word with a number or a sign tacked on ("Mohammed1990!", "2017Brugge")
# is the first thing a guesser tries, however long the word.
_WORD_AND_NUMBER = re.compile(r"^(?:[^\W\d_]+[\d\W_]+|[\d\W_]+[^\W\d_]+)$")

_COMMON = {
    "password",
    "passphrase",
    "wachtwoord",
    "motdepasse",
    "paswoord",
    "trajectapp",
    "qwerty",
    "azerty",
    "letmein",
    "welcome",
    "welkom",
    "bienvenue",
    "iloveyou",
    "admin",
    "abc",
    "changeme",
    "secret",
    "geheim",
    "gevangenis",
    "prison",
}


class Weakness(Enum):
    TOO_SHORT = "too_short"
    COMMON = "common"
    REPETITIVE = "repetitive"
    PREDICTABLE = "predictable"


@dataclass(frozen=True)
class Assessment:
    score: int  # 0 (very weak) .. 4 (very strong), for a meter
    bits: float
    weaknesses: list[Weakness] = field(default_factory=list)

    @property
    def acceptable(self) -> bool:
        return not self.weaknesses


def _pool_size(passphrase: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 64
    return max(pool, 1)


def _effective_length(passphrase: str) -> int:
    """Length with runs and simple sequences ("aaaa", "1234", "abcd") counted once."""
    length, previous_step = 0, None
    for before, char in pairwise(" " + passphrase):
        step = ord(char) - ord(before)
        if step in (0, 1, -1) and step == previous_step:
            continue
        previous_step = step
        length += 1
    return length


def assess(passphrase: str) -> Assessment:
    bits = _effective_length(passphrase) * math.log2(_pool_size(passphrase))
    weaknesses = []
    if len(passphrase) < MIN_LENGTH:
        weaknesses.append(Weakness.TOO_SHORT)
    letters = "".join(c for c in passphrase.lower() if c.isalpha())
    if letters in _COMMON or any(letters == word * (len(letters) // max(len(word), 1)) for word in _COMMON if letters):
        weaknesses.append(Weakness.COMMON)
    if len(set(passphrase.lower())) < 6:
        weaknesses.append(Weakness.REPETITIVE)
    if not weaknesses and (bits < MIN_BITS or _WORD_AND_NUMBER.match(passphrase)):
        weaknesses.append(Weakness.PREDICTABLE)
    if not passphrase:
        score = 0
    elif weaknesses:
        score = 1 if len(passphrase) >= 8 else 0
    else:
        score = 2 if bits < 75 else 3 if bits < 100 else 4
    return Assessment(score, bits, weaknesses)

"""A name put into a sentence of the interface, set apart for the Unicode bidirectional algorithm: a name in Arabic
script inside a Dutch sentence reads right to left, and the words and numbers around it stay where they belong."""

from __future__ import annotations

import unicodedata

FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"
_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def isolated(text: str) -> str:
    """`text` between FSI and PDI when it holds right-to-left letters: it then takes its direction from its own
    first letter, and neither it nor the sentence around it reorders the other. Left-to-right text, all that our
    left-to-right languages need nothing for, comes back as it is. For what the interface shows, never for what is
    stored."""
    if any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT for char in text):
        return FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE
    return text

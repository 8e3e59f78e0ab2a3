"""How names are compared: blind to case and accents, so "celik" finds "Çelik"."""

from __future__ import annotations

import unicodedata


def name_key(text: str) -> str:
    """ "Çelik Ağaoğlu" -> "celik agaoglu": for sorting and searching names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

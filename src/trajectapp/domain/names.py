"""How names are compared: blind to case, accents and invisible format characters, so "celik" finds "Çelik"."""

from __future__ import annotations

import unicodedata


def name_key(text: str) -> str:
    """ "Çelik Ağaoğlu" -> "celik agaoglu": for sorting and searching names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # A format character (a direction override, a zero-width space) kept from before text was cleaned of them must
    # not tell two names apart that read the same.
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")

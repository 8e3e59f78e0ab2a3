"""Which text the case file keeps: composed (NFC), without invisible control or format characters, and no blank name
where one is needed.

Forms and transfer packages clean text before it gets this far (`clean_text`, `without_invisible_marks`); check_text
is the rule itself, which the services hold every caller to. A NUL, for one, would be stored but cut short by
SQLite's own text functions; a right-to-left override or a zero-width space would make one name look like another.
"""

from __future__ import annotations

import re
import unicodedata

from trajectapp.domain.messages import Code, FieldRefusal

# Unicode's control characters (category Cc), and unpaired surrogates, which UTF-8 cannot hold.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# In text of several lines, line breaks and tabs are part of the text.
_CONTROL_BETWEEN_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAKS = re.compile("[\n\t]")
# Characters drawn as nothing that are not of the format category: the combining grapheme joiner and the fillers
# of Hangul and Khmer, all used to pad a name without a visible trace.
_BLANK_LETTERS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")
_ZWNJ, _ZWJ = "\u200c", "\u200d"
# Scripts whose letters join, where a zero-width non-joiner between two letters is spelling (Persian "می‌خواهم").
_JOINING_SCRIPTS = ("ARABIC", "SYRIAC", "NKO", "MANDAIC", "MONGOLIAN", "PHAGS-PA")
_EMOJI_STYLE = "\ufe0f"  # the variation selector that asks for a pictograph drawn as an emoji
_VIRAMA = 9  # the canonical combining class of a virama, after which both joiners are spelling in Indic scripts


class InvalidText(FieldRefusal, ValueError):
    """Text a field does not keep: `field` names the field, `code` says why."""


def check_text(field: str, text: str, *, multiline: bool = False, required: bool = False) -> None:
    """Raise InvalidText when `text` may not be stored in `field`."""
    if (_CONTROL_BETWEEN_LINES if multiline else _CONTROL).search(text) or _has_invisible_mark(text):
        raise InvalidText(field, Code.TEXT_CONTROL_CHARACTER)
    if required and not text.strip():
        raise InvalidText(field, Code.TEXT_EMPTY)


def clean_text(text: str, *, multiline: bool = False) -> str:
    """Typed or pasted text as the case file keeps it: composed, without invisible control or format characters; a
    multi-line text keeps its line breaks and tabs, a single line gets spaces for them."""
    text = without_invisible_marks(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not multiline:
        text = _BREAKS.sub(" ", text)
    return _CONTROL_BETWEEN_LINES.sub("", text)


def without_invisible_marks(text: str) -> str:
    """`text` composed (NFC), without the format characters and blank letters that show nothing (direction
    overrides and isolates, zero-width spaces, soft hyphens...) but the joiners that spell a word. Control
    characters are left for check_text to refuse."""
    text = unicodedata.normalize("NFC", text)
    if not any(_may_be_invisible(ch) for ch in text):
        return text
    return "".join(ch for n, ch in enumerate(text) if not _is_invisible_mark(text, n))


def _has_invisible_mark(text: str) -> bool:
    return any(_may_be_invisible(ch) and _is_invisible_mark(text, n) for n, ch in enumerate(text))


def _may_be_invisible(ch: str) -> bool:
    return ch in _BLANK_LETTERS or unicodedata.category(ch) == "Cf"


def _is_invisible_mark(text: str, n: int) -> bool:
    ch = text[n]
    if ch in _BLANK_LETTERS:
        return True
    if unicodedata.category(ch) != "Cf":
        return False
    if ch in (_ZWNJ, _ZWJ):
        return not _joiner_spells(text, n)
    return True


def _joiner_spells(text: str, n: int) -> bool:
    """Whether the joiner at `n` is part of the spelling, as IDNA allows it (RFC 5892, appendix A.1 and A.2, with the
    joining scripts for the joining types): after a virama, a non-joiner between two letters of a joining script, and
    a joiner between two pictographs (an emoji sequence)."""
    before = n - 1
    while before >= 0 and unicodedata.combining(text[before]) and unicodedata.combining(text[before]) != _VIRAMA:
        before -= 1
    if before < 0 or n + 1 >= len(text):
        return False
    previous, following = text[before], text[n + 1]
    if unicodedata.combining(previous) == _VIRAMA:
        return True
    if text[n] == _ZWNJ:
        return _joining_letter(previous) and _joining_letter(following)
    return unicodedata.category(following) == "So" and (
        unicodedata.category(previous) in ("So", "Sk") or previous == _EMOJI_STYLE
    )


def _joining_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L") and unicodedata.name(ch, "").startswith(_JOINING_SCRIPTS)

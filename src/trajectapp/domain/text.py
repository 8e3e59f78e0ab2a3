"""Which text the case file keeps: no invisible control characters, and no blank name where one is needed.

The forms clean pasted text before it gets this far (ui/forms/fields.py);
this is the rule itself, which the services hold every caller to. A NUL, for
one, would be stored but cut short by SQLite's own text functions.
"""

from __future__ import annotations

import re

from trajectapp.domain.messages import Code, FieldRefusal

# Unicode's control characters (category Cc), and unpaired surrogates, which UTF-8 cannot hold.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# In text of several lines, line breaks and tabs are part of the text.
_CONTROL_BETWEEN_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class InvalidText(FieldRefusal, ValueError):
    """Text a field does not keep: `field` names the field, `code` says why."""


def check_text(field: str, text: str, *, multiline: bool = False, required: bool = False) -> None:
    """Raise InvalidText when `text` may not be stored in `field`."""
    if (_CONTROL_BETWEEN_LINES if multiline else _CONTROL).search(text):
        raise InvalidText(field, Code.TEXT_CONTROL_CHARACTER)
    if required and not text.strip():
        raise InvalidText(field, Code.TEXT_EMPTY)

"""The simple markup of a session note, in one place for the editor that shows it and the documents that print it.

A line that starts with `# ` is a heading and `## ` a subheading (`###` is text); `- `, `* `, `• ` or a number such
as `2. ` starts a list item, indented by two spaces or more under another one; `**strong**` and `*emphasis*` need a
non-space beside each star, so "5 * 3 * 2" stays as typed. The note is kept exactly as typed.
"""

from __future__ import annotations

import re

HEADING = re.compile(r"(#{1,2})[ \t]+(?=\S)")  # group 1: the mark; one # a heading, two a subheading
ITEM = re.compile(r"([ \t]*)([-*•]|[0-9]{1,3}[.)])[ \t]+(?=\S)")  # group 1: indent, group 2: the mark
STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")

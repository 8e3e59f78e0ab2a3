"""Full-text search across the session notes and every free-text field of the case files (FTS5, inside the
encrypted store; the index and its triggers are in migration 0004)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trajectapp.domain.dates import ApproximateDate
from trajectapp.services.open_vault import OpenVault

# Around each hit in a snippet; control characters, which no stored text holds (domain.text), so a
# snippet's own text can never be mistaken for a marker.
HIT_START, HIT_END = "\x02", "\x03"
ELLIPSIS = "…"
_SNIPPET_TOKENS = 12
# More terms than anyone types; a longer paste is cut rather than made into a slow query.
_MOST_TERMS = 32
# Characters FTS5 gives a meaning to outside a quoted string; they separate terms here.
_SYNTAX = str.maketrans(dict.fromkeys("\"*^:()+-{}[],.;!?'`\\/|<>=&%$#@~", " "))
# Control characters and unpaired surrogates, which no stored text holds and SQLite cannot take.
_UNSTORABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# Someone who types these in capitals means them as FTS5 operators; without operators, they are dropped.
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


@dataclass(frozen=True)
class SearchHit:
    case_id: int
    case_name: str
    kind: str  # which record the text is in: session, case, phase_change, assessment_item, factor, goal...
    record_id: int  # that record's id (for kind "session": the session to open)
    on: ApproximateDate | None  # the record's date, where it has one: a factor's may be only a year or a month
    snippet: str  # the text around the hits, each hit between HIT_START and HIT_END
    rank: float  # lower is better (FTS5 bm25)


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for what the user typed, or None when there is nothing to search for.

    Every term is quoted, so no user text is read as FTS5 syntax (NEAR(, *, column filters); the operators
    AND, OR, NOT and NEAR typed in capitals are left out, unless they are all there is. All terms must occur,
    and the last one may be the start of a word, as it is while someone types.
    """
    text = _UNSTORABLE.sub(" ", text).translate(_SYNTAX)
    terms = [term for term in text.split() if any(c.isalnum() for c in term)]
    terms = [term for term in terms if term not in _OPERATORS] or terms
    terms = terms[:_MOST_TERMS]
    if not terms:
        return None
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(vault: OpenVault, text: str, limit: int = 50) -> list[SearchHit]:
    """The best `limit` hits for `text`, best first; any text is accepted."""
    query = fts_query(text)
    if query is None or limit <= 0:
        return []
    rows = vault.connection.execute(
        "SELECT t.case_id, c.name, t.kind, t.rowid / 16, t.on_date,"
        " snippet(search_text, 0, ?, ?, ?, ?), t.rank"
        " FROM search_text t JOIN cases c ON c.id = t.case_id"
        " WHERE search_text MATCH ? ORDER BY t.rank LIMIT ?",
        (HIT_START, HIT_END, ELLIPSIS, _SNIPPET_TOKENS, query, limit),
    )
    return [SearchHit(r[0], r[1], r[2], r[3], _on(r[4]), r[5], r[6]) for r in rows]


def _on(stored: str | None) -> ApproximateDate | None:
    return ApproximateDate.from_iso(stored) if stored else None

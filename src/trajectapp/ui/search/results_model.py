"""SearchResultsModel: the hits of a full-text search as a table (person, date, where, the text around the
hits), with the snippet also as rich text in which the hits stand out."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QObject, Qt

from trajectapp.domain.dates import short_date
from trajectapp.domain.wording import QT_TRANSLATE_NOOP
from trajectapp.services.search import HIT_END, HIT_START, SearchHit
from trajectapp.ui.record_table_model import Index, RecordTableModel

PERSON, DATE, KIND, TEXT = range(4)
# Which record a hit is in, in words (the kinds of services.search.SearchHit).
_KINDS = {
    "session": QT_TRANSLATE_NOOP("SearchResultsModel", "Session note"),
    "case": QT_TRANSLATE_NOOP("SearchResultsModel", "Notes on the person"),
    "phase_change": QT_TRANSLATE_NOOP("SearchResultsModel", "Phase change"),
    "participation": QT_TRANSLATE_NOOP("SearchResultsModel", "Participation decision"),
    "transfer": QT_TRANSLATE_NOOP("SearchResultsModel", "Transfer to another prison"),
    "assessment": QT_TRANSLATE_NOOP("SearchResultsModel", "Needs assessment"),
    "assessment_item": QT_TRANSLATE_NOOP("SearchResultsModel", "Life domain in an assessment"),
    "factor": QT_TRANSLATE_NOOP("SearchResultsModel", "Push or pull factor"),
    "strength": QT_TRANSLATE_NOOP("SearchResultsModel", "Strength"),
    "good_lives": QT_TRANSLATE_NOOP("SearchResultsModel", "Good Lives"),
    "perspective": QT_TRANSLATE_NOOP("SearchResultsModel", "Perspective"),
    "goal": QT_TRANSLATE_NOOP("SearchResultsModel", "Goal"),
    "goal_note": QT_TRANSLATE_NOOP("SearchResultsModel", "Progress note on a goal"),
    "action": QT_TRANSLATE_NOOP("SearchResultsModel", "Follow-up action"),
}
# The snippet in rich text, for SnippetDelegate.
SNIPPET_HTML = int(Qt.ItemDataRole.UserRole) + 1
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
# A hit stands out in a selected row as in any other.
HIT_STYLE = "background-color: #fde68a; color: #1a1a1a; font-weight: bold;"
# Line breaks, with the note markup that starts a line (a heading's #, a list's -), which reads as noise on
# one line.
_LINE_BREAKS = re.compile(r"\s*\n\s*(?:#{1,6}\s+|[-*]\s+)?")
_FIRST_LINE_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|[-*]\s+)")


def kind_text(kind: str) -> str:
    """Where a hit is, in words; a kind this version does not know shows as stored."""
    return QCoreApplication.translate("SearchResultsModel", _KINDS[kind]) if kind in _KINDS else kind


def _one_line(snippet: str) -> str:
    return _LINE_BREAKS.sub(" · ", _FIRST_LINE_MARKUP.sub("", snippet.strip()))


def snippet_text(snippet: str) -> str:
    """The snippet on one line, without the hit markers."""
    return _one_line(snippet).replace(HIT_START, "").replace(HIT_END, "")


def snippet_html(snippet: str) -> str:
    """The snippet on one line as rich text: the note's own text escaped, each hit highlighted."""
    escaped = html.escape(_one_line(snippet), quote=False)
    opened = escaped.count(HIT_START) - escaped.count(HIT_END)
    escaped += HIT_END * max(opened, 0)  # a snippet cut inside a hit still closes it
    return escaped.replace(HIT_START, f'<span style="{HIT_STYLE}">').replace(HIT_END, "</span>")


class SearchResultsModel(RecordTableModel[SearchHit]):
    def __init__(self, parent: QObject | None = None):
        super().__init__(
            [
                (QCoreApplication.translate("SearchResultsModel", "Person"), lambda hit: hit.case_name),
                (
                    QCoreApplication.translate("SearchResultsModel", "Date"),
                    lambda hit: short_date(hit.on) if hit.on else "",
                ),
                (QCoreApplication.translate("SearchResultsModel", "Found in"), lambda hit: kind_text(hit.kind)),
                (QCoreApplication.translate("SearchResultsModel", "Text"), lambda hit: snippet_text(hit.snippet)),
            ],
            parent,
        )

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if role == SNIPPET_HTML:
            shows_text = index.isValid() and index.column() == TEXT
            return snippet_html(self.record_at(index.row()).snippet) if shows_text else None
        return super().data(index, role)

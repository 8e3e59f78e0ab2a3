"""How the case summary writes: its words (translated in the "CaseSummary" context, the domain's labels in
"Labels", the catalogues' texts in "Catalogue"), section headings, lists of facts and tables. No Qt."""

from __future__ import annotations

from datetime import date
from enum import Enum
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from trajectapp.documents import frame
from trajectapp.documents.case_summary_data import CaseSummaryData
from trajectapp.domain.dates import long_date
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.selection import Translate
from trajectapp.domain.sensitivity import of_domains
from trajectapp.domain.shipped_catalogues import catalogue_text
from trajectapp.domain.traject import ConsentDecision, ConsentPurpose, Participation, Phase
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled

CONTEXT = "CaseSummary"
_LABEL_WIDTH = 45 * mm

_WORDS: dict[Enum, str] = {
    Phase.FIRST_CONTACT: QT_TRANSLATE_NOOP("CaseSummary", "First contact"),
    Phase.BUILDING_TRUST: QT_TRANSLATE_NOOP("CaseSummary", "Building trust"),
    Phase.EXPLORING: QT_TRANSLATE_NOOP("CaseSummary", "Exploring needs and strengths"),
    Phase.CRITICAL_REFLECTION: QT_TRANSLATE_NOOP("CaseSummary", "Critical reflection"),
    Phase.REINTEGRATION_PLANNING: QT_TRANSLATE_NOOP("CaseSummary", "Reintegration planning"),
    Phase.RELEASE_PREPARATION: QT_TRANSLATE_NOOP("CaseSummary", "Release preparation"),
    Phase.AFTERCARE: QT_TRANSLATE_NOOP("CaseSummary", "Aftercare"),
    Phase.CLOSED: QT_TRANSLATE_NOOP("CaseSummary", "Closed"),
    Participation.OFFERED: QT_TRANSLATE_NOOP("CaseSummary", "Participation offered"),
    Participation.ACCEPTED: QT_TRANSLATE_NOOP("CaseSummary", "Participation accepted"),
    Participation.DECLINED: QT_TRANSLATE_NOOP("CaseSummary", "Participation declined"),
    Participation.PAUSED: QT_TRANSLATE_NOOP("CaseSummary", "Participation paused"),
    Participation.WITHDRAWN: QT_TRANSLATE_NOOP("CaseSummary", "Participation withdrawn"),
    ConsentPurpose.SHARE_WITH_SERVICE: QT_TRANSLATE_NOOP("CaseSummary", "Consent to share with a service"),
    ConsentPurpose.STATISTICS: QT_TRANSLATE_NOOP("CaseSummary", "Consent to anonymised statistics"),
    ConsentDecision.PENDING: QT_TRANSLATE_NOOP("CaseSummary", "asked, no answer yet"),
    ConsentDecision.GIVEN: QT_TRANSLATE_NOOP("CaseSummary", "given"),
    ConsentDecision.REFUSED: QT_TRANSLATE_NOOP("CaseSummary", "refused"),
}


class Words:
    def __init__(self, translate: Translate):
        self.translate = translate

    def __call__(self, text: str) -> str:
        return self.translate(CONTEXT, text)

    def of(self, value: Enum | None) -> str:
        if value is None:
            return ""
        if value in _WORDS:  # the summary's own words for the timeline
            return self(_WORDS[value])
        return self.translate("Labels", value.label) if isinstance(value, Labelled) else ""

    def catalogue(self, text: str) -> str:
        """A life domain's, factor category's or partner service's name in the reader's language if it came with
        Trajectapp, as typed if the consultant typed it."""
        return catalogue_text(text, self.translate)


class SummaryLayout:
    """The summary's building blocks, for one case and one choice of special-category data."""

    def __init__(self, data: CaseSummaryData, include_special: bool, words: Words):
        self.data = data
        self.include_special = include_special
        self.words = words
        self.styles = frame.styles()
        self.width = frame.CONTENT_WIDTH
        self.domains = {stored_id(domain.id): domain for domain in data.domains}

    def long_date(self, day: date) -> str:
        """A date in the summary's running text, in its language: "14 maart 2026"."""
        return long_date(day, self.words.translate)

    def section(self, title: str) -> Paragraph:
        return Paragraph(escape(self.words(title)), self.styles["section"])

    def none(self, text: str) -> Paragraph:
        return Paragraph(escape(self.words(text)), self.styles["lead"])

    def special_domain(self, domain_id: int | None) -> bool:
        return not self.include_special and bool(of_domains([domain_id], self.domains))

    def facts(self, rows: list[tuple[str, str]]) -> Table:
        """Label and value, side by side; the labels come translated."""
        cells = [
            [Paragraph(escape(label), self.styles["label"]), Paragraph(frame.user_text(value), self.styles["cell"])]
            for label, value in rows
        ]
        return frame.facts_table(cells, _LABEL_WIDTH, self.width)

    def grid(self, head: list[str], rows: list[list[str]], shares: list[float]) -> Table:
        cells = [[Paragraph(escape(self.words(text)), self.styles["head"]) for text in head]]
        cells += [[Paragraph(frame.user_text(text), self.styles["cell"]) for text in row] for row in rows]
        return frame.grid_table(cells, shares, self.width)

"""The notes of one session, or of every session in a period, as an A4 PDF: per session a header block (when, what
kind, how long, where, who took part, the focus, what it touched), the note with its markup, and the follow-up
actions. Plain data in, bytes out, no Qt.

Tags for life domains about religion or ideology, health or offences (and the factors filed under them, and the
good of spirituality) are left out unless the consultant includes them; the document then says so.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from trajectapp.documents import frame
from trajectapp.documents.note_markup import add_note_styles, note_blocks, note_paragraphs
from trajectapp.documents.record_facts import fact_rows
from trajectapp.documents.script import isolated, shape_for_pdf
from trajectapp.documents.session_notes_data import SessionNotesData
from trajectapp.domain import sessions as session_words
from trajectapp.domain.dates import clock_time, long_date, short_date
from trajectapp.domain.record_ids import linked, stored_id
from trajectapp.domain.selection import Translate, as_written
from trajectapp.domain.sensitivity import of_domains, of_good
from trajectapp.domain.sessions import SESSION_FIELDS, Participant, Session, SessionParty
from trajectapp.domain.shipped_catalogues import catalogue_text
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled

CONTEXT = "SessionNotes"
TITLE = QT_TRANSLATE_NOOP("SessionNotes", "Session notes")
LEFT_OUT = QT_TRANSLATE_NOOP(
    "SessionNotes", "Tags about religion or ideology, health and offences were left out of these notes."
)
_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("SessionNotes", "Planned, not held yet"),
    "held": QT_TRANSLATE_NOOP("SessionNotes", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("SessionNotes", "Cancelled"),
}
_LABEL_WIDTH = 36 * mm


def session_notes_document(
    data: SessionNotesData, *, today: date, include_special: bool = False, translate: Translate = as_written
) -> bytes:
    """The notes as PDF bytes; `include_special` keeps the special-category tags that are otherwise left out."""
    notes = _Notes(data, include_special, translate)
    words = notes.words
    story: list[Flowable] = [
        Paragraph(escape(words(TITLE)), notes.styles["title"]),
        Paragraph(frame.user_text(data.person), notes.styles["name"]),
        Paragraph(escape(notes.lead()), notes.styles["lead"]),
    ]
    if not include_special:  # said whether or not a tag was left out, so that it gives nothing away
        story.append(Paragraph(escape(words(LEFT_OUT)), notes.styles["footnote"]))
    if not data.sessions:
        story.append(
            Paragraph(
                escape(words(QT_TRANSLATE_NOOP("SessionNotes", "No sessions in this period."))), notes.styles["body"]
            )
        )
    for number, session in enumerate(data.sessions):
        story += notes.session(session, first=number == 0)
    page_frame = frame.PageFrame(
        title=words(TITLE) + " – " + data.person,
        header_left=words(TITLE) + " – " + shape_for_pdf(data.person),
        header_right=words(QT_TRANSLATE_NOOP("SessionNotes", "Printed %1")).replace("%1", long_date(today, translate)),
        confidential=words(
            QT_TRANSLATE_NOOP(
                "SessionNotes", "Confidential: holds personal data from a case file. Do not copy or pass it on."
            )
        ),
        page_words=words(QT_TRANSLATE_NOOP("SessionNotes", "Page %1 of %2")),
        closing_note=frame.seal_note(
            data.seal, words(QT_TRANSLATE_NOOP("SessionNotes", "Audit seal when this file was made: %1 (entry %2)"))
        ),
    )
    return frame.build_pdf(story, page_frame)


class _Notes:
    """The document's parts, each a list of flowables."""

    def __init__(self, data: SessionNotesData, include_special: bool, translate: Translate):
        self.data = data
        self.include_special = include_special
        self._translate = translate
        self.styles = _styles()
        self.width = frame.CONTENT_WIDTH

    def words(self, text: str) -> str:
        return self._translate(CONTEXT, text)

    def label(self, value: Labelled | None) -> str:
        return self._translate("Labels", value.label) if value is not None else ""

    def catalogue(self, text: str) -> str:
        """A life domain's, factor category's or partner service's name in the reader's language if it came with
        Trajectapp, as typed if the consultant typed it."""
        return catalogue_text(text, self._translate)

    def lead(self) -> str:
        count = len(self.data.sessions)
        if self.data.period is None:
            return self.words(QT_TRANSLATE_NOOP("SessionNotes", "The notes of one session."))
        first, last = self.data.period
        text = self.words(
            QT_TRANSLATE_NOOP("SessionNotes", "The notes of the sessions from %1 to %2: %3 in all.")
            if count != 1
            else QT_TRANSLATE_NOOP("SessionNotes", "The notes of the sessions from %1 to %2: one in all.")
        )
        return (
            text.replace("%1", long_date(first, self._translate))
            .replace("%2", long_date(last, self._translate))
            .replace("%3", str(count))
        )

    # -- one session -------------------------------------------------------------------------------------------

    def session(self, session: Session, *, first: bool) -> list[Flowable]:
        kind = self._translate("Labels", session_words.KIND_WORDS.get(session.kind, session.kind))
        title = f"{long_date(session.starts_at.date(), self._translate)}  {clock_time(session.starts_at)} · {kind}"
        # The rule goes under the heading, not between sessions, so that a page never starts with one.
        head: list[Flowable] = [] if first else [CondPageBreak(45 * mm)]
        head += [
            Paragraph(escape(title), self.styles["session"]),
            HRFlowable(width="100%", thickness=0.6, color=frame.RULE, spaceBefore=0, spaceAfter=4),
            self.facts(self.header_rows(session)),
        ]
        part: list[Flowable] = [KeepTogether(head)]
        part += self.note(session.note)
        part += self.actions(session)
        return part

    def header_rows(self, session: Session) -> list[tuple[str, str]]:
        """(translated label, value) for the block under a session's heading; blank values are left out."""
        minutes = self.words(QT_TRANSLATE_NOOP("SessionNotes", "%1 minutes")).replace(
            "%1", str(session.duration_minutes)
        )
        rows = fact_rows(
            SESSION_FIELDS,
            session,
            translate=self._translate,
            leave_out=("starts_at", "kind", "note"),  # in the heading, and under it
            shown={
                "status": self.words(_STATUSES.get(session.status, "")) if session.status != "held" else "",
                "duration_minutes": minutes if session.duration_minutes else "",
            },
        )
        rows.append(
            (
                self.words(QT_TRANSLATE_NOOP("SessionNotes", "Taking part")),
                ", ".join(self.participant(p) for p in session.participants),
            )
        )
        domains = [
            self.catalogue(self.data.domains[i].name)
            for i in session.domain_ids
            if i in self.data.domains and (self.include_special or not of_domains([i], self.data.domains))
        ]
        rows.append((self.words(QT_TRANSLATE_NOOP("SessionNotes", "Life domains")), ", ".join(domains)))
        rows.append((self.words(QT_TRANSLATE_NOOP("SessionNotes", "Factors")), "; ".join(self.factors(session))))
        goods = [self.label(good) for good in session.goods if self.include_special or not of_good(good)]
        rows.append((self.words(QT_TRANSLATE_NOOP("SessionNotes", "Good Lives goods")), "; ".join(goods)))
        return [(label, value) for label, value in rows if value.strip()]

    def participant(self, participant: Participant) -> str:
        # Names are set apart from the list and the words around them: two Arabic names side by side would
        # otherwise read as one right-to-left run, with "(family)" after the wrong one.
        if participant.party is SessionParty.PERSON:
            return isolated(self.data.person)
        if participant.party is SessionParty.SERVICE:
            service = linked(self.data.service_names, participant.service_id)
            return self.catalogue(service) if service is not None else self.label(participant.party)
        if participant.name.strip():
            if participant.party is SessionParty.FAMILY:
                return self.words(QT_TRANSLATE_NOOP("SessionNotes", "%1 (family)")).replace(
                    "%1", isolated(participant.name)
                )
            return isolated(participant.name)
        return self.label(participant.party)

    def factors(self, session: Session) -> list[str]:
        shown = []
        for factor_id in session.factor_ids:
            factor = self.data.factors.get(factor_id)
            if factor is None or (not self.include_special and of_domains([factor.domain_id], self.data.domains)):
                continue
            category = self.catalogue(self.data.factor_categories.get(factor.category_id, ""))
            shown.append(f"{category} ({self.label(factor.kind).lower()}, {self.label(factor.direction).lower()})")
        return shown

    def facts(self, rows: list[tuple[str, str]]) -> Table:
        cells: list[list[Paragraph | str]] = [
            [Paragraph(escape(label), self.styles["label"]), Paragraph(frame.user_text(value), self.styles["cell"])]
            for label, value in rows
        ] or [["", ""]]
        return frame.facts_table(cells, _LABEL_WIDTH, self.width, below=1)

    def note(self, note: str) -> list[Flowable]:
        blocks = note_blocks(note)
        if not blocks:
            return [
                Spacer(0, 2 * mm),
                Paragraph(escape(self.words(QT_TRANSLATE_NOOP("SessionNotes", "No note."))), self.styles["lead"]),
            ]
        return [Spacer(0, 3 * mm), *note_paragraphs(blocks, self.styles)]

    def actions(self, session: Session) -> list[Flowable]:
        actions = self.data.actions.get(stored_id(session.id), ())
        if not actions:
            return []
        head = [
            QT_TRANSLATE_NOOP("SessionNotes", "Follow-up action"),
            QT_TRANSLATE_NOOP("SessionNotes", "Who"),
            QT_TRANSLATE_NOOP("SessionNotes", "By when"),
            QT_TRANSLATE_NOOP("SessionNotes", "Done"),
        ]
        cells = [[Paragraph(escape(self.words(text)), self.styles["head"]) for text in head]]
        for action in actions:
            cells.append(
                [
                    Paragraph(frame.user_text(text), self.styles["cell"])
                    for text in (
                        action.description,
                        action.owner,
                        short_date(action.due_on) if action.due_on else "",
                        short_date(action.done_on) if action.done_on else "",
                    )
                ]
            )
        return [Spacer(0, 3 * mm), frame.grid_table(cells, (0.52, 0.22, 0.13, 0.13), self.width)]


def _styles() -> dict[str, ParagraphStyle]:
    styles = frame.styles()
    styles["session"] = ParagraphStyle(
        "session", parent=styles["section"], fontSize=12.5, leading=17, spaceBefore=16, spaceAfter=4
    )
    add_note_styles(styles, heading_size=11.5, heading_leading=16, heading_before=6)
    return styles

"""The handover document: exactly the part of a case chosen in the export step, laid out as an A4 PDF for a partner
service or a colleague ("Handover"), or for the person themself ("Your data", which also lists who received their
data and until when the case file is kept). Plain data in, PDF bytes out, no Qt; the export step encrypts it.

Nothing is left out or added here: the selection (domain.case_content) decides. Items of a special category are
printed because they were chosen, each with a small mark that says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from trajectapp.documents import frame, handover_record, handover_work
from trajectapp.documents.handover_layout import Layout, day
from trajectapp.documents.script import shape_for_pdf
from trajectapp.domain.audit import AuditSeal
from trajectapp.domain.case_content import CaseContent
from trajectapp.domain.disclosures import Disclosure, DisclosureDirection, PartyKind
from trajectapp.domain.selection import Translate, as_written
from trajectapp.domain.wording import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Handover", "Handover")
PERSON_TITLE = QT_TRANSLATE_NOOP("Handover", "Your data")
NOTHING_SELECTED = QT_TRANSLATE_NOOP("Handover", "Nothing from the case file was chosen for this document.")
SECTION_START = 45 * mm  # room for a section heading and its first lines at the foot of a page
# The parts of the case in the order of the selection tree.
_PARTS = (
    handover_record.person,
    handover_record.timeline,
    handover_record.involvements,
    handover_record.needs,
    handover_record.risk_assessments,
    handover_record.factors,
    handover_record.strengths,
    handover_record.goods,
    handover_record.perspectives,
    handover_work.goals,
    handover_work.plan_versions,
    handover_work.sessions,
    handover_work.actions,
)


def handover_document(
    content: CaseContent,
    *,
    today: date,
    recipient: str,
    purpose: str,
    translate: Translate = as_written,
    for_the_person: bool = False,
    recipients: Sequence[Disclosure] | None = None,
    kept_until: str | None = None,
    seal: AuditSeal | None = None,
) -> bytes:
    """The selected content as PDF bytes, for `recipient` and `purpose` as the export step names them.

    `for_the_person` makes it the person's own copy: titled "Your data", with every entry of the register in
    `recipients` (those in the content when None) and the sentence `kept_until` (domain.retention's words).
    `seal`, the vault's audit seal when the file was made, is printed on the last page, so that the consultant can
    later show which state of the case file was shared."""
    layout = Layout(translate, {item.key: item.categories for item in content.items if item.categories})
    words = layout.words
    title = words(PERSON_TITLE if for_the_person else TITLE)
    name = str(content.person.get("name") or "")  # the name only when it was chosen itself
    story: list[Flowable] = [Paragraph(escape(title), layout.styles["title"])]
    story.append(layout.line(name, "name") if name else Spacer(0, 3 * mm))
    story += layout.facts(
        [
            (words(QT_TRANSLATE_NOOP("Handover", "For")), recipient),
            (words(QT_TRANSLATE_NOOP("Handover", "Purpose")), purpose),
            (words(QT_TRANSLATE_NOOP("Handover", "Made on")), layout.long_date(today)),
        ]
    )
    story += [
        Spacer(0, 2 * mm),
        Paragraph(
            escape(
                words(
                    QT_TRANSLATE_NOOP("Handover", "A copy of your data from the case file that your consultant keeps.")
                    if for_the_person
                    else QT_TRANSLATE_NOOP(
                        "Handover", "This document holds only the parts of the case file chosen for this handover."
                    )
                )
            ),
            layout.styles["lead"],
        ),
    ]
    if not content.items:
        story.append(layout.line(words(NOTHING_SELECTED), "body"))
    # The parts first, so that the note on marks is there exactly when a mark is. (An assessment brought along by
    # one of its domains holds the categories of every domain in the register, but prints no mark of its own.)
    parts = [part(content, layout) for part in (_PARTS if for_the_person else (*_PARTS, _earlier_disclosures))]
    if layout.marked_any:
        story.append(
            Paragraph(
                escape(
                    words(
                        QT_TRANSLATE_NOOP(
                            "Handover",
                            "Parts marked “special category” hold data about religion or ideology, health or offences, "
                            "which the law protects more strictly.",
                        )
                    )
                ),
                layout.styles["footnote"],
            )
        )
    if for_the_person:
        story += _recipients(content.disclosures if recipients is None else recipients, layout)
        if kept_until:
            story += [
                layout.section(QT_TRANSLATE_NOOP("Handover", "How long your data is kept")),
                layout.line(kept_until),
            ]
    for flowables in parts:
        if flowables:
            # A part starts on a new page only when too little is left for its heading and a few lines.
            story += [CondPageBreak(SECTION_START), *flowables]
    heading = title + (f" – {name}" if name else "")
    page_frame = frame.PageFrame(
        title=heading,
        header_left=shape_for_pdf(heading),
        header_right=words(QT_TRANSLATE_NOOP("Handover", "Made %1"), layout.long_date(today)),
        confidential=words(
            QT_TRANSLATE_NOOP("Handover", "Confidential: your personal data. Keep it in a safe place.")
            if for_the_person
            else QT_TRANSLATE_NOOP(
                "Handover",
                "Confidential: personal data shared for the purpose on page 1 only. Do not copy or pass it on.",
            )
        ),
        page_words=words(QT_TRANSLATE_NOOP("Handover", "Page %1 of %2")),
        closing_note=frame.seal_note(
            seal, words(QT_TRANSLATE_NOOP("Handover", "Audit seal when this file was made: %1 (entry %2)"))
        ),
    )
    return frame.build_pdf(story, page_frame)


def _recipients(entries: Sequence[Disclosure], layout: Layout) -> list[Flowable]:
    """Who received the person's data from the register, and where a case file that came from elsewhere came
    from."""
    sent = [d for d in entries if d.direction is DisclosureDirection.SENT]
    received = [d for d in entries if d.direction is DisclosureDirection.RECEIVED]
    part: list[Flowable] = [layout.section(QT_TRANSLATE_NOOP("Handover", "Who received your data"))]
    if sent:
        part.append(_register(sent, layout, QT_TRANSLATE_NOOP("Handover", "Recipient"), for_the_person=True))
    else:
        part.append(
            layout.line(
                layout.words(QT_TRANSLATE_NOOP("Handover", "Nobody has received data from this case file so far.")),
                "body",
            )
        )
    if received:
        part += [
            layout.section(QT_TRANSLATE_NOOP("Handover", "Where your case file came from")),
            _register(received, layout, QT_TRANSLATE_NOOP("Handover", "From")),
        ]
    return part


def _earlier_disclosures(content: CaseContent, layout: Layout) -> list[Flowable]:
    if not content.disclosures:
        return []
    return [
        layout.section(QT_TRANSLATE_NOOP("Handover", "Earlier disclosures")),
        _register(
            content.disclosures, layout, QT_TRANSLATE_NOOP("Handover", "Sent to or received from"), direction=True
        ),
    ]


def _register(
    entries: Sequence[Disclosure],
    layout: Layout,
    party_head: str,
    *,
    direction: bool = False,
    for_the_person: bool = False,
) -> Table:
    head = [
        QT_TRANSLATE_NOOP("Handover", "Date"),
        party_head,
        QT_TRANSLATE_NOOP("Handover", "Purpose"),
        QT_TRANSLATE_NOOP("Handover", "Format"),
    ]
    rows = []
    for entry in entries:
        kind = (
            layout.words(QT_TRANSLATE_NOOP("Handover", "You: a copy of your own data"))
            if for_the_person and entry.party.kind is PartyKind.PERSON
            else layout.label(entry.party.kind)
        )
        name = layout.catalogue(entry.party.name) if entry.party.kind is PartyKind.PARTNER_SERVICE else entry.party.name
        party = name + "\n" + kind
        if direction:
            party = layout.words(QT_TRANSLATE_NOOP("Handover", "%1: %2"), layout.label(entry.direction), party)
        basis = layout.words(QT_TRANSLATE_NOOP("Handover", "Basis: %1"), layout.label(entry.basis))
        rows.append(
            [
                day(entry.disclosed_at.date()),
                party,
                f"{entry.purpose}\n{basis}",
                layout.label(entry.output_format),
            ]
        )
    return layout.grid(head, rows, [0.14, 0.3, 0.38, 0.18])

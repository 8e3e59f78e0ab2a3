"""The parts of a handover about the person and what is known of them: the person's details, the traject, the
partner services involved, needs assessments, risk assessments made elsewhere, factors, strengths, goods and the
perspective. Each part holds only what the content holds, and is empty when nothing of it was selected.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from trajectapp.documents.handover_layout import Layout, Markup, Piece, day
from trajectapp.documents.record_facts import field_label, value_words
from trajectapp.domain.case_content import CaseContent
from trajectapp.domain.case_tables import PERSON
from trajectapp.domain.dates import table_date
from trajectapp.domain.needs import AssessmentItem, RiskTool, Views
from trajectapp.domain.record_ids import linked, stored_id
from trajectapp.domain.selection import record_key
from trajectapp.domain.traject import Consent, ParticipationDecision, PhaseChange, TimelineEntry, TimelineKind, Transfer
from trajectapp.domain.wording import QT_TRANSLATE_NOOP


def person(content: CaseContent, layout: Layout) -> list[Flowable]:
    rows = []
    for column in PERSON.columns:
        if column.name in content.person:
            shown = value_words(column, content.person[column.name], layout.translate)
            rows.append((field_label(column, layout.translate), layout.marked(shown, f"{PERSON.key}:{column.name}")))
    facts = layout.facts(rows)
    return [layout.section(QT_TRANSLATE_NOOP("Handover", "The person")), *facts] if facts else []


def timeline(content: CaseContent, layout: Layout) -> list[Flowable]:
    if not content.timeline:
        return []
    rows = [[day(entry.on), *_timeline_line(entry, content, layout)] for entry in content.timeline]
    head = [
        QT_TRANSLATE_NOOP("Handover", "Date"),
        QT_TRANSLATE_NOOP("Handover", "What"),
        QT_TRANSLATE_NOOP("Handover", "Details"),
    ]
    return [layout.section(QT_TRANSLATE_NOOP("Handover", "The traject")), layout.grid(head, rows, [0.15, 0.3, 0.55])]


def _timeline_line(entry: TimelineEntry, content: CaseContent, layout: Layout) -> tuple[str, str]:
    record = entry.record
    if isinstance(record, PhaseChange):
        what = layout.words(QT_TRANSLATE_NOOP("Handover", "Phase: %1"), layout.label(record.phase))
        return what, "\n".join(text.strip() for text in (record.note, record.closing_reason) if text.strip())
    if isinstance(record, Transfer):
        details = f"{record.from_prison} → {record.to_prison}" if record.from_prison else record.to_prison
        return layout.words(QT_TRANSLATE_NOOP("Handover", "Transfer")), details + (
            f"\n{record.note.strip()}" if record.note.strip() else ""
        )
    if isinstance(record, ParticipationDecision):
        what = layout.words(QT_TRANSLATE_NOOP("Handover", "Participation: %1"), layout.label(record.status))
        return what, record.reasons
    consent: Consent = record
    service = layout.catalogue(linked(content.service_names, consent.partner_service_id) or "")
    what = layout.words(QT_TRANSLATE_NOOP("Handover", "Consent: %1"), layout.label(consent.purpose))
    if entry.kind is TimelineKind.CONSENT_REVOKED:
        return what, layout.words(QT_TRANSLATE_NOOP("Handover", "Revoked")) + (f" ({service})" if service else "")
    lines = [layout.label(consent.decision) + (f" ({service})" if service else "")]
    if consent.allowed.strip():
        lines.append(layout.words(QT_TRANSLATE_NOOP("Handover", "May be shared: %1"), consent.allowed.strip()))
    if consent.not_allowed.strip():
        lines.append(layout.words(QT_TRANSLATE_NOOP("Handover", "May not be shared: %1"), consent.not_allowed.strip()))
    return what, "\n".join(lines)


def involvements(content: CaseContent, layout: Layout) -> list[Flowable]:
    if not content.involvements:
        return []
    head = [
        QT_TRANSLATE_NOOP("Handover", "Service"),
        QT_TRANSLATE_NOOP("Handover", "Since"),
        QT_TRANSLATE_NOOP("Handover", "Until"),
        QT_TRANSLATE_NOOP("Handover", "Contact person"),
        QT_TRANSLATE_NOOP("Handover", "Works on"),
    ]
    rows = [
        [
            layout.catalogue(content.service_names.get(i.service_id, "")),
            day(i.since),
            day(i.until),
            i.contact_person,
            i.needs,
        ]
        for i in content.involvements
    ]
    return [
        layout.section(QT_TRANSLATE_NOOP("Handover", "Partner services involved")),
        layout.grid(head, rows, [0.26, 0.13, 0.13, 0.2, 0.28]),
    ]


def needs(content: CaseContent, layout: Layout) -> list[Flowable]:
    pieces = []
    for assessment in content.assessments:
        head = [
            layout.heading(
                layout.words(
                    QT_TRANSLATE_NOOP("Handover", "Assessment of %1"), layout.long_date(assessment.assessed_on)
                )
            )
        ]
        if assessment.note.strip():
            head.append(layout.line(assessment.note))
        domains = [_assessment_item(item, content, layout) for item in assessment.items] or [([], [])]
        pieces += [(head + domains[0][0], domains[0][1]), *domains[1:]]
    return layout.pieces(QT_TRANSLATE_NOOP("Handover", "Needs assessments"), pieces)


def _assessment_item(item: AssessmentItem, content: CaseContent, layout: Layout) -> Piece:
    domain = content.domains.get(item.domain_id)
    name = layout.catalogue(domain.name) if domain else "?"
    mark = layout.mark(record_key("assessment_item", stored_id(item.id)))
    title = Markup(layout.text(name) + (f"  {mark}" if mark else ""))
    words = layout.words

    def score(value: int | None) -> str:
        return words(QT_TRANSLATE_NOOP("Handover", "%1 of 10"), str(value)) if value is not None else ""

    situation = score(item.situation) + (f" – {layout.label(item.stage)}" if item.stage else "")
    next_step = item.next_step.strip()
    service = linked(content.service_names, item.next_step_service_id)
    if next_step and service is not None:
        next_step += f" ({layout.catalogue(service)})"
    rows = [
        (words(QT_TRANSLATE_NOOP("Handover", "Situation")), situation),
        (words(QT_TRANSLATE_NOOP("Handover", "As the person sees it")), score(item.person_situation)),
        (words(QT_TRANSLATE_NOOP("Handover", "Motivation")), layout.label(item.motivation)),
        (words(QT_TRANSLATE_NOOP("Handover", "The person's view")), item.person_view),
        (words(QT_TRANSLATE_NOOP("Handover", "The consultant's view")), item.consultant_view),
        (
            words(QT_TRANSLATE_NOOP("Handover", "Views compared")),
            layout.label(item.views) if item.views is not Views.NOT_COMPARED else "",
        ),
        (words(QT_TRANSLATE_NOOP("Handover", "In their own words")), item.own_words),
        (words(QT_TRANSLATE_NOOP("Handover", "Support needed")), item.support_needed),
        (words(QT_TRANSLATE_NOOP("Handover", "Next step")), next_step),
    ]
    rows = [(label, value) for label, value in rows if value.strip()]
    # The domain's name stays with its first lines; the rest may run on to the next page.
    return [layout.line(title, "domain"), *layout.facts(rows[:3])], layout.facts(rows[3:])


def risk_assessments(content: CaseContent, layout: Layout) -> list[Flowable]:
    if not content.risk_assessments:
        return []
    head = [
        QT_TRANSLATE_NOOP("Handover", "Instrument"),
        QT_TRANSLATE_NOOP("Handover", "Made on"),
        QT_TRANSLATE_NOOP("Handover", "By"),
        QT_TRANSLATE_NOOP("Handover", "Report kept at"),
        QT_TRANSLATE_NOOP("Handover", "Note"),
    ]
    rows = []
    for record in content.risk_assessments:
        tool = (
            record.other_tool.strip()
            if record.tool is RiskTool.OTHER and record.other_tool.strip()
            else layout.label(record.tool)
        )
        rows.append(
            [
                layout.marked(tool, record_key("risk_assessment", stored_id(record.id))),
                day(record.done_on),
                record.author,
                record.held_at,
                record.note,
            ]
        )
    return [
        layout.section(QT_TRANSLATE_NOOP("Handover", "Risk assessments made elsewhere")),
        layout.grid(head, rows, [0.22, 0.13, 0.18, 0.22, 0.25]),
    ]


def factors(content: CaseContent, layout: Layout) -> list[Flowable]:
    if not content.factors:
        return []
    head = [
        QT_TRANSLATE_NOOP("Handover", "Factor"),
        QT_TRANSLATE_NOOP("Handover", "Category"),
        QT_TRANSLATE_NOOP("Handover", "Status"),
        QT_TRANSLATE_NOOP("Handover", "Since"),
        QT_TRANSLATE_NOOP("Handover", "What shows it"),
    ]
    rows = []
    for factor in content.factors:
        kind = f"{layout.label(factor.kind)}\n{layout.label(factor.direction)}"
        category = layout.catalogue(content.factor_categories.get(factor.category_id, ""))
        domain = content.domains.get(factor.domain_id) if factor.domain_id is not None else None
        if domain is not None:
            category += f"\n({layout.catalogue(domain.name)})"
        rows.append(
            [
                layout.marked(kind, record_key("factor", stored_id(factor.id))),
                category,
                layout.label(factor.status),
                table_date(factor.first_noted_on, layout.translate),
                factor.evidence,
            ]
        )
    return [
        layout.section(QT_TRANSLATE_NOOP("Handover", "Push and pull factors")),
        layout.grid(head, rows, [0.2, 0.2, 0.14, 0.13, 0.33]),
    ]


def strengths(content: CaseContent, layout: Layout) -> list[Flowable]:
    if not content.strengths:
        return []
    head = [
        QT_TRANSLATE_NOOP("Handover", "Strength"),
        QT_TRANSLATE_NOOP("Handover", "What"),
        QT_TRANSLATE_NOOP("Handover", "Since"),
        QT_TRANSLATE_NOOP("Handover", "How to pick it up again"),
    ]
    rows = [
        [
            layout.marked(layout.label(s.category), record_key("strength", stored_id(s.id))),
            s.description,
            s.since,
            s.pick_up,
        ]
        for s in content.strengths
    ]
    return [
        layout.section(QT_TRANSLATE_NOOP("Handover", "Strengths and old passions")),
        layout.grid(head, rows, [0.18, 0.36, 0.16, 0.3]),
    ]


def goods(content: CaseContent, layout: Layout) -> list[Flowable]:
    if not content.goods:
        return []
    head = [
        QT_TRANSLATE_NOOP("Handover", "Good"),
        QT_TRANSLATE_NOOP("Handover", "Importance"),
        QT_TRANSLATE_NOOP("Handover", "Pursued before"),
        QT_TRANSLATE_NOOP("Handover", "A pro-social route"),
    ]
    rows = [
        [
            layout.marked(layout.label(g.good), record_key("good", stored_id(g.id))),
            layout.label(g.importance),
            g.pursued_before,
            g.prosocial_route,
        ]
        for g in content.goods
    ]
    return [
        layout.section(QT_TRANSLATE_NOOP("Handover", "The Good Lives lens")),
        layout.grid(head, rows, [0.26, 0.16, 0.29, 0.29]),
    ]


def perspectives(content: CaseContent, layout: Layout) -> list[Flowable]:
    pieces: list[Piece] = []
    for version in content.perspectives:
        head: list[Flowable] = [
            layout.heading(
                layout.words(QT_TRANSLATE_NOOP("Handover", "As said on %1"), layout.long_date(version.noted_on)),
                record_key("perspective", stored_id(version.id)),
            )
        ]
        head += layout.facts(
            [
                (layout.words(QT_TRANSLATE_NOOP("Handover", "What I want to do")), version.want_to_do),
                (layout.words(QT_TRANSLATE_NOOP("Handover", "Who I wish to be")), version.wish_to_be),
            ]
        )
        pieces.append((head, []))
    return layout.pieces(QT_TRANSLATE_NOOP("Handover", "Perspective, in the person's own words"), pieces)

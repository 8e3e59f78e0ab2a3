"""The case summary: the person, the traject, the latest needs assessment with its star chart, factors, strengths
and the plan, as an A4 PDF for the consultant's own file or a case conference. Plain data in, bytes out, no Qt.

Special-category data (religion or ideology, health, offences) is left out unless the consultant includes it, and
the summary then says that some sensitive items were left out.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from trajectapp.documents import frame
from trajectapp.documents.case_summary_data import CaseSummaryData
from trajectapp.documents.case_summary_layout import SummaryLayout, Words
from trajectapp.documents.radar_drawing import measure_text, radar_drawing
from trajectapp.documents.record_facts import fact_rows
from trajectapp.documents.script import shape_for_pdf
from trajectapp.domain import plan as plan_words
from trajectapp.domain.case import CASE_FIELDS
from trajectapp.domain.columns import TEXT_KINDS
from trajectapp.domain.dates import long_date, short_date, table_date
from trajectapp.domain.needs_chart import ShownSeries, radar_input
from trajectapp.domain.radar_chart import Wording
from trajectapp.domain.radar_layout import build_radar_chart
from trajectapp.domain.record_ids import linked, stored_id
from trajectapp.domain.selection import Translate, as_written
from trajectapp.domain.sensitivity import of_goal
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.domain.traject import (
    Consent,
    ParticipationDecision,
    PhaseChange,
    TimelineKind,
    Transfer,
)
from trajectapp.domain.wording import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("CaseSummary", "Case summary")
LEFT_OUT = QT_TRANSLATE_NOOP(
    "CaseSummary", "Some sensitive items (religion or ideology, health, offences) were left out of this summary."
)
_CHART_SIZE = 105 * mm
SECTION_START = 45 * mm  # room for a section heading and its first lines at the foot of a page


def _date(day: date | None) -> str:
    """A date in a table of the summary."""
    return short_date(day) if day else ""


def case_summary(
    data: CaseSummaryData, *, today: date, include_special: bool = False, translate: Translate = as_written
) -> bytes:
    """The case summary as PDF bytes; `include_special` keeps the special-category data that is otherwise left out."""
    summary = _Summary(data, include_special, Words(translate))
    words = summary.words
    story: list[Flowable] = [
        Paragraph(escape(words(TITLE)), summary.styles["title"]),
        Paragraph(frame.user_text(data.case.display_name), summary.styles["name"]),
        Paragraph(
            escape(
                words(QT_TRANSLATE_NOOP("CaseSummary", "The case file as it stood on %1.")).replace(
                    "%1", long_date(today, translate)
                )
            ),
            summary.styles["lead"],
        ),
    ]
    if not include_special:  # said whether or not something was left out, so that it gives nothing away
        story.append(Paragraph(escape(words(LEFT_OUT)), summary.styles["footnote"]))
    for part in (
        summary.person,
        summary.timeline,
        summary.needs,
        summary.factors,
        summary.strengths,
        summary.plan,
        summary.services,
    ):
        # A section starts on a new page only when too little is left for its heading and a few lines; keeping
        # the heading with a whole table instead would leave most of a page empty before a long one.
        story += [CondPageBreak(SECTION_START), *part()]
    page_frame = frame.PageFrame(
        title=words(TITLE) + " – " + data.case.display_name,
        header_left=words(TITLE) + " – " + shape_for_pdf(data.case.display_name),
        header_right=words(QT_TRANSLATE_NOOP("CaseSummary", "Printed %1")).replace("%1", long_date(today, translate)),
        confidential=words(
            QT_TRANSLATE_NOOP(
                "CaseSummary", "Confidential: holds personal data from a case file. Do not copy or pass it on."
            )
        ),
        page_words=words(QT_TRANSLATE_NOOP("CaseSummary", "Page %1 of %2")),
        closing_note=frame.seal_note(
            data.seal, words(QT_TRANSLATE_NOOP("CaseSummary", "Audit seal when this file was made: %1 (entry %2)"))
        ),
    )
    return frame.build_pdf(story, page_frame)


class _Summary(SummaryLayout):
    """The summary's sections, each a list of flowables."""

    # -- sections -----------------------------------------------------------------------------------------------

    def person(self) -> list[Flowable]:
        # The person's short facts; text of several lines (the notes) is the consultant's own and stays in the file.
        left_out = [
            column.name
            for column in CASE_FIELDS
            if (column.kind in TEXT_KINDS and not column.single_line)
            or (column.category is not None and not self.include_special)
        ]
        rows = fact_rows(CASE_FIELDS, self.data.case, translate=self.words.translate, leave_out=left_out)
        shown = [(label, value) for label, value in rows if value.strip()]
        return [self.section(QT_TRANSLATE_NOOP("CaseSummary", "The person")), self.facts(shown)]

    def timeline(self) -> list[Flowable]:
        part: list[Flowable] = [self.section(QT_TRANSLATE_NOOP("CaseSummary", "The traject"))]
        rows = [[_date(entry.on), *self.timeline_line(entry.kind, entry.record)] for entry in self.data.timeline]
        if not rows:
            return [*part, self.none(QT_TRANSLATE_NOOP("CaseSummary", "Nothing recorded yet."))]
        head = [
            QT_TRANSLATE_NOOP("CaseSummary", "Date"),
            QT_TRANSLATE_NOOP("CaseSummary", "What"),
            QT_TRANSLATE_NOOP("CaseSummary", "Details"),
        ]
        return [*part, self.grid(head, rows, [0.15, 0.33, 0.52])]

    def timeline_line(
        self, kind: TimelineKind, record: PhaseChange | Transfer | ParticipationDecision | Consent
    ) -> tuple[str, str]:
        words = self.words
        if isinstance(record, PhaseChange):
            return words.of(record.phase), "\n".join(t for t in (record.note, record.closing_reason) if t.strip())
        if isinstance(record, Transfer):
            return (
                words(QT_TRANSLATE_NOOP("CaseSummary", "Transfer")),
                f"{record.from_prison} → {record.to_prison}" + (f"\n{record.note}" if record.note.strip() else ""),
            )
        if isinstance(record, ParticipationDecision):
            return words.of(record.status), record.reasons
        consent: Consent = record
        service = self.words.catalogue(linked(self.data.service_names, consent.partner_service_id) or "")
        if kind is TimelineKind.CONSENT_REVOKED:
            return words.of(consent.purpose), words(QT_TRANSLATE_NOOP("CaseSummary", "revoked")) + (
                f" ({service})" if service else ""
            )
        details = [words.of(consent.decision) + (f" ({service})" if service else "")]
        if consent.allowed.strip():
            details.append(words(QT_TRANSLATE_NOOP("CaseSummary", "May be shared: %1")).replace("%1", consent.allowed))
        if consent.not_allowed.strip():
            details.append(
                words(QT_TRANSLATE_NOOP("CaseSummary", "May not be shared: %1")).replace("%1", consent.not_allowed)
            )
        return words.of(consent.purpose), "\n".join(details)

    def needs(self) -> list[Flowable]:
        latest = self.data.latest_assessment
        part: list[Flowable] = [self.section(QT_TRANSLATE_NOOP("CaseSummary", "Needs"))]
        if latest is None:
            return [*part, self.none(QT_TRANSLATE_NOOP("CaseSummary", "No needs assessment yet."))]
        part.append(
            Paragraph(
                escape(
                    self.words(QT_TRANSLATE_NOOP("CaseSummary", "Latest assessment: %1")).replace(
                        "%1", self.long_date(latest.assessed_on)
                    )
                ),
                self.styles["body"],
            )
        )
        if latest.note.strip():
            part.append(Paragraph(frame.user_text(latest.note), self.styles["body"]))
        chart = self.chart()
        if chart is not None:
            part.append(chart)
        rows = []
        for item in latest.items:
            domain = self.domains.get(item.domain_id)
            if domain is None or self.special_domain(item.domain_id):
                continue
            if item.situation is None and item.motivation is None and not (item.support_needed or item.next_step):
                continue
            next_step = item.next_step
            service = linked(self.data.service_names, item.next_step_service_id)
            if service is not None and next_step.strip():
                next_step += f" ({self.words.catalogue(service)})"
            rows.append(
                [
                    self.words.catalogue(domain.name),
                    "" if item.situation is None else str(item.situation),
                    self.words.of(item.motivation),
                    item.support_needed,
                    next_step,
                ]
            )
        if rows:
            head = [
                QT_TRANSLATE_NOOP("CaseSummary", "Domain"),
                QT_TRANSLATE_NOOP("CaseSummary", "Score"),
                QT_TRANSLATE_NOOP("CaseSummary", "Motivation"),
                QT_TRANSLATE_NOOP("CaseSummary", "Support needed"),
                QT_TRANSLATE_NOOP("CaseSummary", "Next step"),
            ]
            part.append(self.grid(head, rows, [0.2, 0.08, 0.22, 0.25, 0.25]))
        return part

    def chart(self) -> Table | None:
        chart_data = self.data.chart
        if chart_data is None or not chart_data.series:
            return None
        label = self.words(QT_TRANSLATE_NOOP("CaseSummary", "%1 (latest)"))
        first = self.words(QT_TRANSLATE_NOOP("CaseSummary", "%1 (first)"))
        series = list(reversed(chart_data.series))  # the latest first: drawn most prominently
        shown = [
            ShownSeries(s.assessment_id, (label if n == 0 else first).replace("%1", _date(s.assessed_on)))
            for n, s in enumerate(series)
        ]
        axes, values = radar_input(
            chart_data, shown, hide_special=not self.include_special, translate=self.words.translate
        )
        wording = Wording(
            self.words(QT_TRANSLATE_NOOP("CaseSummary", "Not enough domains scored to draw a chart")),
            self.words(QT_TRANSLATE_NOOP("CaseSummary", "not scored")),
        )
        radar = build_radar_chart(axes, values, size=_CHART_SIZE, text_width=measure_text, wording=wording)
        table = Table([[radar_drawing(radar)]], colWidths=[self.width])
        table.setStyle(
            TableStyle(
                [
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def factors(self) -> list[Flowable]:
        part: list[Flowable] = [self.section(QT_TRANSLATE_NOOP("CaseSummary", "Push and pull factors"))]
        rows = []
        for factor in self.data.factors:
            if self.special_domain(factor.domain_id):
                continue
            row = [
                self.words.of(factor.direction),
                self.words.of(factor.kind),
                self.words.catalogue(self.data.factor_categories.get(factor.category_id, "")),
                self.words.of(factor.status),
                table_date(factor.first_noted_on, self.words.translate),
            ]
            if self.include_special:
                row.append(factor.evidence)
            rows.append(row)
        if not rows:
            return [*part, self.none(QT_TRANSLATE_NOOP("CaseSummary", "No factors recorded."))]
        head = [
            QT_TRANSLATE_NOOP("CaseSummary", "Direction"),
            QT_TRANSLATE_NOOP("CaseSummary", "Kind"),
            QT_TRANSLATE_NOOP("CaseSummary", "Category"),
            QT_TRANSLATE_NOOP("CaseSummary", "Status"),
            QT_TRANSLATE_NOOP("CaseSummary", "Since"),
        ]
        if self.include_special:
            return [
                *part,
                self.grid(
                    [*head, QT_TRANSLATE_NOOP("CaseSummary", "Evidence")], rows, [0.14, 0.14, 0.16, 0.1, 0.14, 0.32]
                ),
            ]
        return [*part, self.grid(head, rows, [0.22, 0.18, 0.3, 0.15, 0.15])]

    def strengths(self) -> list[Flowable]:
        part: list[Flowable] = [self.section(QT_TRANSLATE_NOOP("CaseSummary", "Strengths, goods and perspective"))]
        if self.data.strengths:
            head = [
                QT_TRANSLATE_NOOP("CaseSummary", "Strength"),
                QT_TRANSLATE_NOOP("CaseSummary", "What"),
                QT_TRANSLATE_NOOP("CaseSummary", "Since"),
                QT_TRANSLATE_NOOP("CaseSummary", "How to pick it up again"),
            ]
            rows = [[self.words.of(s.category), s.description, s.since, s.pick_up] for s in self.data.strengths]
            part.append(self.grid(head, rows, [0.18, 0.34, 0.16, 0.32]))
        else:
            part.append(self.none(QT_TRANSLATE_NOOP("CaseSummary", "No strengths recorded.")))
        goods = [
            entry
            for entry in self.data.goods
            if entry.importance or entry.pursued_before.strip() or entry.prosocial_route.strip()
        ]
        if goods:
            part.append(Spacer(0, 3 * mm))
            head = [
                QT_TRANSLATE_NOOP("CaseSummary", "Good"),
                QT_TRANSLATE_NOOP("CaseSummary", "Importance"),
                QT_TRANSLATE_NOOP("CaseSummary", "Pursued before"),
                QT_TRANSLATE_NOOP("CaseSummary", "A pro-social route"),
            ]
            rows = []
            for entry in goods:
                before = entry.pursued_before
                if entry.good is PrimaryGood.SPIRITUALITY and not self.include_special:
                    before = ""
                rows.append([self.words.of(entry.good), self.words.of(entry.importance), before, entry.prosocial_route])
            part.append(self.grid(head, rows, [0.24, 0.16, 0.3, 0.3]))
        if self.data.perspectives:
            latest = self.data.perspectives[-1]
            part.append(Spacer(0, 3 * mm))
            part.append(
                Paragraph(
                    escape(
                        self.words(QT_TRANSLATE_NOOP("CaseSummary", "In their own words, on %1")).replace(
                            "%1", self.long_date(latest.noted_on)
                        )
                    ),
                    self.styles["label"],
                )
            )
            part.append(
                self.facts(
                    [
                        (self.words(QT_TRANSLATE_NOOP("CaseSummary", "What I want to do")), latest.want_to_do),
                        (self.words(QT_TRANSLATE_NOOP("CaseSummary", "Who I wish to be")), latest.wish_to_be),
                    ]
                )
            )
        return part

    def plan(self) -> list[Flowable]:
        part: list[Flowable] = [self.section(QT_TRANSLATE_NOOP("CaseSummary", "Reintegration plan"))]
        versions = self.data.plan_versions
        if versions:
            latest = versions[-1]
            # "%1: %2" as the language writes a caption and its value: French puts a space before the colon.
            captioned = self.words(QT_TRANSLATE_NOOP("CaseSummary", "%1: %2"))
            answers = "; ".join(
                captioned.replace("%1", self.words.of(a.party)).replace("%2", self.words.of(a.answer))
                for a in latest.agreements
            )
            line = self.words(QT_TRANSLATE_NOOP("CaseSummary", "Latest plan version: %1")).replace(
                "%1", self.long_date(latest.made_on)
            )
            part.append(Paragraph(frame.user_text(line + (f" – {answers}" if answers else "")), self.styles["body"]))
        goals = [goal for goal in self.data.goals if self.include_special or not of_goal(goal, self.domains)]
        if not goals:
            return [*part, self.none(QT_TRANSLATE_NOOP("CaseSummary", "No goals to show."))]
        for goal in goals:
            steps = self.data.steps.get(stored_id(goal.id), ())
            title = Paragraph(frame.user_text(goal.title), self.styles["goal"])
            status = self.words.of(goal.status) + (f" – {self.long_date(goal.target_on)}" if goal.target_on else "")
            lines: list[Flowable] = [title, Paragraph(escape(status), self.styles["label"])]
            if goal.success.strip():
                lines.append(Paragraph(frame.user_text(goal.success), self.styles["cell"]))
            if steps:
                lines.append(Spacer(0, 1.5 * mm))
                head = [
                    QT_TRANSLATE_NOOP("CaseSummary", "Step"),
                    QT_TRANSLATE_NOOP("CaseSummary", "Who"),
                    QT_TRANSLATE_NOOP("CaseSummary", "By when"),
                    QT_TRANSLATE_NOOP("CaseSummary", "Status"),
                ]
                rows = [
                    [s.what, self.who(s.party, s.service_id, s.party_name), _date(s.due_on), self.words.of(s.status)]
                    for s in steps
                ]
                lines.append(self.grid(head, rows, [0.46, 0.24, 0.13, 0.17]))
            part.append(KeepTogether(lines))
        return part

    def who(self, party: plan_words.Party, service_id: int | None, name: str) -> str:
        service = linked(self.data.service_names, service_id) if party is plan_words.Party.SERVICE else None
        if service is not None:
            return self.words.catalogue(service)
        return name.strip() or self.words.of(party)

    def services(self) -> list[Flowable]:
        part: list[Flowable] = [self.section(QT_TRANSLATE_NOOP("CaseSummary", "Partner services involved"))]
        rows = [
            [
                self.words.catalogue(self.data.service_names.get(i.service_id, "")),
                _date(i.since),
                _date(i.until),
                i.contact_person,
                i.needs,
            ]
            for i in self.data.involvements
        ]
        if not rows:
            return [*part, self.none(QT_TRANSLATE_NOOP("CaseSummary", "No partner services involved yet."))]
        head = [
            QT_TRANSLATE_NOOP("CaseSummary", "Service"),
            QT_TRANSLATE_NOOP("CaseSummary", "Since"),
            QT_TRANSLATE_NOOP("CaseSummary", "Until"),
            QT_TRANSLATE_NOOP("CaseSummary", "Contact person"),
            QT_TRANSLATE_NOOP("CaseSummary", "Works on"),
        ]
        return [*part, self.grid(head, rows, [0.24, 0.15, 0.15, 0.2, 0.26])]

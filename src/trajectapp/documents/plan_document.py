"""The reintegration plan as the person reads and signs it: one version's goals, steps and answers, in plain
words, built in memory as an A4 PDF.

The person reads this document, often with others in the room, so goals about health, religion or ideology,
or offences are left out unless the consultant includes them; they are omitted, never blacked out.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from trajectapp.documents import frame
from trajectapp.documents.script import shape_for_pdf
from trajectapp.domain.dates import long_date, short_date
from trajectapp.domain.plan import (
    GoalStatus,
    Party,
    PlanAgreement,
    PlanAnswer,
    PlanGoal,
    PlanStep,
    PlanVersion,
    StepStatus,
)
from trajectapp.domain.record_ids import linked
from trajectapp.domain.selection import Translate, as_written
from trajectapp.domain.sensitivity import of_plan_goal
from trajectapp.domain.shipped_catalogues import catalogue_text
from trajectapp.domain.wording import QT_TRANSLATE_NOOP

CONTEXT = "PlanDocument"
TITLE = QT_TRANSLATE_NOOP("PlanDocument", "My plan")
Choice = TypeVar("Choice", bound=Enum)

# The person's own view of the plan: first person where it speaks about them.
_GOAL_STATUS = {
    GoalStatus.FUTURE: QT_TRANSLATE_NOOP("PlanDocument", "For later"),
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("PlanDocument", "I am working on it now"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("PlanDocument", "Reached"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("PlanDocument", "Stopped"),
}
_STEP_STATUS = {
    StepStatus.NOT_STARTED: QT_TRANSLATE_NOOP("PlanDocument", "Not started"),
    StepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanDocument", "Busy with it"),
    StepStatus.CANNOT_BE_DONE_YET: QT_TRANSLATE_NOOP("PlanDocument", "Cannot be done yet"),
    StepStatus.NO_LONGER_NEEDED: QT_TRANSLATE_NOOP("PlanDocument", "No longer needed"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("PlanDocument", "Done"),
}
_ANSWERS = {
    PlanAnswer.AGREES: QT_TRANSLATE_NOOP("PlanDocument", "Agrees"),
    PlanAnswer.DOES_NOT_AGREE: QT_TRANSLATE_NOOP("PlanDocument", "Does not agree"),
    PlanAnswer.COULD_NOT_ANSWER: QT_TRANSLATE_NOOP("PlanDocument", "Could not answer"),
}
_PARTY = {
    Party.PERSON: QT_TRANSLATE_NOOP("PlanDocument", "Me"),
    Party.CONSULTANT: QT_TRANSLATE_NOOP("PlanDocument", "My consultant"),
    Party.SERVICE: QT_TRANSLATE_NOOP("PlanDocument", "A partner service"),
    Party.FAMILY: QT_TRANSLATE_NOOP("PlanDocument", "My family"),
    Party.OTHER: QT_TRANSLATE_NOOP("PlanDocument", "Someone else"),
}


def shown_goals(version: PlanVersion, include_special: bool) -> tuple[PlanGoal, ...]:
    """The goals the document holds: all, or only those about no special category."""
    return tuple(goal for goal in version.goals if include_special or not of_plan_goal(goal))


def plan_document(
    person_name: str,
    version: PlanVersion,
    *,
    today: date,
    service_names: Mapping[int, str] | None = None,
    consultant_name: str = "",
    include_special: bool = False,
    translate: Translate = as_written,
) -> bytes:
    """The plan version as PDF bytes for the person to read and sign.

    `service_names` names the partner services that answered (by id); `include_special` keeps the goals about
    health, religion or ideology, or offences, which are otherwise left out."""
    layout = _Layout(translate, consultant_name, service_names or {})
    words, styles = layout.words, layout.styles
    goals = shown_goals(version, include_special)
    story: list[Flowable] = [
        Paragraph(escape(words(TITLE)), styles["title"]),
        Paragraph(frame.user_text(person_name), styles["name"]),
        Paragraph(
            escape(
                words(
                    QT_TRANSLATE_NOOP(
                        "PlanDocument",
                        "This is my plan of %1. It says what I want to reach, and who does what to get there.",
                    )
                ).replace("%1", long_date(version.made_on, translate))
            ),
            styles["lead"],
        ),
    ]
    if version.note.strip():
        story.append(_note_box(version.note, layout))
    story.append(Paragraph(escape(words(QT_TRANSLATE_NOOP("PlanDocument", "What I want to reach"))), styles["section"]))
    if not goals:
        story.append(
            Paragraph(
                escape(words(QT_TRANSLATE_NOOP("PlanDocument", "There are no goals in this printed plan."))),
                styles["body"],
            )
        )
    for number, goal in enumerate(goals, start=1):
        story += _goal(number, goal, layout)
    if not include_special:  # said whether or not a goal was left out, so that it gives nothing away
        story += [
            Spacer(0, 3 * mm),
            Paragraph(
                escape(
                    words(
                        QT_TRANSLATE_NOOP(
                            "PlanDocument",
                            "Some goals may be left out of this printed plan, for example goals about health, "
                            "religion or the case against me. My consultant can tell me about them.",
                        )
                    )
                ),
                styles["footnote"],
            ),
        ]
    story += _agreements(version.agreements, layout)
    story.append(KeepTogether(_signatures(person_name, version, goals, layout)))
    return frame.build_pdf(story, _page_frame(person_name, version.made_on, today, layout))


class _Layout:
    """What every part of the plan is laid out with: its words (in its own context), styles and width, and the names
    of the consultant and of the partner services (by id) that it fills in for the parties."""

    def __init__(self, translate: Translate, consultant_name: str, service_names: Mapping[int, str]):
        self._translate = translate
        self.consultant_name = consultant_name
        self.service_names = service_names
        self.styles = frame.styles()
        self.width = frame.CONTENT_WIDTH

    def words(self, text: str) -> str:
        return self._translate(CONTEXT, text)

    def of(self, table: Mapping[Choice, str], value: Choice) -> str:
        return self.words(table[value])

    def catalogue(self, text: str) -> str:
        """A life domain's or partner service's name in the reader's language if it came with Trajectapp, as typed
        if the consultant typed it."""
        return catalogue_text(text, self._translate)

    def long_date(self, day: date) -> str:
        return long_date(day, self._translate)


def _note_box(note: str, layout: _Layout) -> Table:
    box = Table([[Paragraph(frame.user_text(note), layout.styles["cell"])]], colWidths=[layout.width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), frame.SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _goal(number: int, goal: PlanGoal, layout: _Layout) -> list[Flowable]:
    words, styles, width = layout.words, layout.styles, layout.width
    status = layout.of(_GOAL_STATUS, goal.status)
    if goal.status is GoalStatus.DROPPED and goal.dropped_reason.strip():
        status += " – " + goal.dropped_reason.strip()
    facts = [
        (QT_TRANSLATE_NOOP("PlanDocument", "It has worked when"), goal.success),
        (QT_TRANSLATE_NOOP("PlanDocument", "By when"), short_date(goal.target_on) if goal.target_on else ""),
        (QT_TRANSLATE_NOOP("PlanDocument", "Where it stands"), status),
        (QT_TRANSLATE_NOOP("PlanDocument", "About"), ", ".join(layout.catalogue(d.name) for d in goal.domains)),
    ]
    label_width = 38 * mm
    rows = [
        [Paragraph(escape(words(caption)), styles["label"]), Paragraph(frame.user_text(value), styles["cell"])]
        for caption, value in facts
        if value.strip()
    ]
    heading = Paragraph(f"{number}. " + frame.user_text(goal.title), styles["goal"])
    part: list[Flowable] = [heading]
    if rows:
        part.append(frame.facts_table(rows, label_width, width))
    part.append(Spacer(0, 2 * mm))
    part.append(
        Paragraph(escape(words(QT_TRANSLATE_NOOP("PlanDocument", "Steps: who does what, by when"))), styles["label"])
    )
    part.append(Spacer(0, 1 * mm))
    steps: Flowable
    if goal.steps:
        steps = _steps_table(goal.steps, layout)
    else:
        steps = Paragraph(escape(words(QT_TRANSLATE_NOOP("PlanDocument", "No steps yet."))), styles["cell"])
    # A goal stays on one page when it fits; a longer one still breaks between the rows of its steps.
    return [KeepTogether([*part, steps])]


def _who(party: Party, name: str, layout: _Layout) -> str:
    consultant_name = layout.consultant_name
    if party is Party.CONSULTANT and consultant_name.strip():
        return layout.of(_PARTY, party) + f" ({consultant_name.strip()})"
    if party is Party.SERVICE and name.strip():
        return layout.catalogue(name.strip())
    if party in (Party.FAMILY, Party.OTHER) and name.strip():
        return name.strip()
    return layout.of(_PARTY, party)


def _steps_table(steps: tuple[PlanStep, ...], layout: _Layout) -> Table:
    words, styles, width = layout.words, layout.styles, layout.width
    head = [
        QT_TRANSLATE_NOOP("PlanDocument", "What"),
        QT_TRANSLATE_NOOP("PlanDocument", "Who does it"),
        QT_TRANSLATE_NOOP("PlanDocument", "By when"),
        QT_TRANSLATE_NOOP("PlanDocument", "Where it stands"),
    ]
    rows = [[Paragraph(escape(words(text)), styles["head"]) for text in head]]
    for step in steps:
        rows.append(
            [
                Paragraph(frame.user_text(step.what), styles["cell"]),
                Paragraph(frame.user_text(_who(step.party, step.who, layout)), styles["cell"]),
                Paragraph(short_date(step.due_on) if step.due_on else "", styles["cell"]),
                Paragraph(escape(layout.of(_STEP_STATUS, step.status)), styles["cell"]),
            ]
        )
    return frame.grid_table(rows, (0.46, 0.24, 0.13, 0.17), width)


def _party_name(agreement: PlanAgreement, layout: _Layout) -> str:
    return _who(agreement.party, _answered_by(agreement, layout.service_names), layout)


def _answered_by(agreement: PlanAgreement, service_names: Mapping[int, str]) -> str:
    """The name of the service that answered, or the name given for another party."""
    if agreement.party is Party.SERVICE:
        return linked(service_names, agreement.service_id) or ""
    return agreement.party_name


def _agreements(agreements: tuple[PlanAgreement, ...], layout: _Layout) -> list[Flowable]:
    words, styles, width = layout.words, layout.styles, layout.width
    part: list[Flowable] = [
        Paragraph(escape(words(QT_TRANSLATE_NOOP("PlanDocument", "Who agrees with this plan"))), styles["section"])
    ]
    if not agreements:
        part.append(
            Paragraph(escape(words(QT_TRANSLATE_NOOP("PlanDocument", "Nobody has answered yet."))), styles["body"])
        )
        return part
    head = [
        QT_TRANSLATE_NOOP("PlanDocument", "Who"),
        QT_TRANSLATE_NOOP("PlanDocument", "Answer"),
        QT_TRANSLATE_NOOP("PlanDocument", "Why, in their own words"),
        QT_TRANSLATE_NOOP("PlanDocument", "Date"),
    ]
    rows = [[Paragraph(escape(words(text)), styles["head"]) for text in head]]
    # The person first, then the consultant, then the others as they answered.
    order = {Party.PERSON: 0, Party.CONSULTANT: 1}
    for agreement in sorted(agreements, key=lambda a: order.get(a.party, 2)):
        rows.append(
            [
                Paragraph(frame.user_text(_party_name(agreement, layout)), styles["cell"]),
                Paragraph(escape(layout.of(_ANSWERS, agreement.answer)), styles["cell"]),
                Paragraph(frame.user_text(agreement.reason), styles["cell"]),
                Paragraph(short_date(agreement.answered_on) if agreement.answered_on else "", styles["cell"]),
            ]
        )
    part.append(frame.grid_table(rows, (0.24, 0.17, 0.45, 0.14), width))
    return part


def _signers(
    person_name: str, version: PlanVersion, goals: tuple[PlanGoal, ...], layout: _Layout
) -> list[tuple[str, str]]:
    """(who, name) for each party that signs: the person, the consultant, then every service and other party
    that answered or does a step."""
    signers = [
        (layout.of(_PARTY, Party.PERSON), person_name),
        (layout.of(_PARTY, Party.CONSULTANT), layout.consultant_name),
    ]
    seen: set[tuple[Party, str]] = set()
    others: list[tuple[str, str]] = []

    def add(party: Party, name: str) -> None:
        key = (party, name.strip().casefold())
        if party in (Party.PERSON, Party.CONSULTANT) or not name.strip() or key in seen:
            return
        seen.add(key)
        others.append(
            (layout.of(_PARTY, party), layout.catalogue(name.strip()) if party is Party.SERVICE else name.strip())
        )

    for agreement in version.agreements:
        add(agreement.party, _answered_by(agreement, layout.service_names))
    for goal in goals:
        for step in goal.steps:
            if step.party is Party.SERVICE:
                add(step.party, step.who)
    return signers + others


def _signatures(person_name: str, version: PlanVersion, goals: tuple[PlanGoal, ...], layout: _Layout) -> list[Flowable]:
    words, styles, width = layout.words, layout.styles, layout.width
    part: list[Flowable] = [
        Paragraph(escape(words(QT_TRANSLATE_NOOP("PlanDocument", "Signatures"))), styles["section"]),
        Paragraph(
            escape(
                words(QT_TRANSLATE_NOOP("PlanDocument", "By signing, we say that we have read this plan together."))
            ),
            styles["body"],
        ),
    ]
    head = ["", "", QT_TRANSLATE_NOOP("PlanDocument", "Signature"), "", QT_TRANSLATE_NOOP("PlanDocument", "Date")]
    rows: list[list[Paragraph | str]] = [
        [Paragraph(escape(words(text)) if text else "", styles["label"]) for text in head]
    ]
    for role, name in _signers(person_name, version, goals, layout):
        rows.append(
            [Paragraph(escape(role), styles["label"]), Paragraph(frame.user_text(name), styles["cell"]), "", "", ""]
        )
    # The narrow empty column keeps the signature line and the date line apart.
    columns = [width * 0.2, width * 0.3, width * 0.31, width * 0.04, width * 0.15]
    table = Table(rows, colWidths=columns, rowHeights=[None] + [14 * mm] * (len(rows) - 1))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (1, -1), 6),
                ("LINEBELOW", (2, 1), (2, -1), 0.7, frame.RULE),
                ("LINEBELOW", (4, 1), (4, -1), 0.7, frame.RULE),
            ]
        )
    )
    part.append(table)
    return part


def _page_frame(person_name: str, made_on: date, today: date, layout: _Layout) -> frame.PageFrame:
    words = layout.words
    return frame.PageFrame(
        title=words(TITLE),
        header_left=words(TITLE) + " – " + shape_for_pdf(person_name),
        header_right=words(QT_TRANSLATE_NOOP("PlanDocument", "Plan of %1, printed %2"))
        .replace("%1", layout.long_date(made_on))
        .replace("%2", layout.long_date(today)),
        confidential=words(
            QT_TRANSLATE_NOOP(
                "PlanDocument", "Confidential: for me and the people who sign this plan. Do not copy or pass it on."
            )
        ),
        page_words=words(QT_TRANSLATE_NOOP("PlanDocument", "Page %1 of %2")),
    )

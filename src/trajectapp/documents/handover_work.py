"""The parts of a handover about the work done together: goals with their steps and progress notes, plan versions
with who agrees to them, sessions with their notes (markup printed as in the session notes) and follow-up actions.
Each part holds only what the content holds, and is empty when nothing of it was selected.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from trajectapp.documents import frame
from trajectapp.documents.handover_layout import Layout, Piece, day
from trajectapp.documents.record_facts import fact_rows
from trajectapp.documents.script import isolated
from trajectapp.domain.case_content import CaseContent
from trajectapp.domain.dates import clock_time
from trajectapp.domain.plan import GOAL_FIELDS, Goal, GoalStatus, Party, PlanAgreement, PlanGoal, PlanStep
from trajectapp.domain.record_ids import linked, stored_id
from trajectapp.domain.selection import record_key
from trajectapp.domain.sessions import KIND_WORDS, SESSION_FIELDS, Action, Participant, Session, SessionParty
from trajectapp.domain.wording import QT_TRANSLATE_NOOP

_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Handover", "Planned, not held yet"),
    "held": QT_TRANSLATE_NOOP("Handover", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("Handover", "Cancelled"),
}
_STEP_HEAD = [
    QT_TRANSLATE_NOOP("Handover", "Step"),
    QT_TRANSLATE_NOOP("Handover", "Who"),
    QT_TRANSLATE_NOOP("Handover", "By when"),
    QT_TRANSLATE_NOOP("Handover", "Status"),
]
_STEP_SHARES = [0.46, 0.24, 0.13, 0.17]


def goals(content: CaseContent, layout: Layout) -> list[Flowable]:
    return layout.pieces(
        QT_TRANSLATE_NOOP("Handover", "Goals and steps"), [_goal(goal, content, layout) for goal in content.goals]
    )


def _goal(goal: Goal, content: CaseContent, layout: Layout) -> Piece:
    words = layout.words
    head: list[Flowable] = [layout.heading(goal.title, record_key("goal", stored_id(goal.id)))]
    domains = ", ".join(layout.catalogue(content.domains[i].name) for i in goal.domain_ids if i in content.domains)
    head += layout.facts(
        [
            (words(QT_TRANSLATE_NOOP("Handover", "Life domains")), domains),
            *fact_rows(
                GOAL_FIELDS,
                goal,
                translate=layout.translate,
                leave_out=("title",),  # the heading
                shown={"dropped_reason": goal.dropped_reason if goal.status is GoalStatus.DROPPED else ""},
            ),
        ]
    )
    tail: list[Flowable] = []
    steps = content.steps.get(stored_id(goal.id), ())
    if steps:
        rows = [
            [
                layout.marked(s.what, record_key("step", stored_id(s.id))),
                _who(s.party, s.service_id, s.party_name, content, layout),
                day(s.due_on),
                layout.label(s.status),
            ]
            for s in steps
        ]
        tail += [Spacer(0, 1.5 * mm), layout.grid(_STEP_HEAD, rows, _STEP_SHARES)]
    notes = content.progress_notes.get(stored_id(goal.id), ())
    if notes:
        head_row = [QT_TRANSLATE_NOOP("Handover", "Date"), QT_TRANSLATE_NOOP("Handover", "Progress note")]
        rows = [[layout.marked(day(n.noted_on), record_key("goal_note", stored_id(n.id))), n.note] for n in notes]
        tail += [Spacer(0, 1.5 * mm), layout.grid(head_row, rows, [0.18, 0.82])]
    return head, tail


def _who(party: Party, service_id: int | None, name: str, content: CaseContent, layout: Layout) -> str:
    service = linked(content.service_names, service_id) if party is Party.SERVICE else None
    if service is not None:
        return layout.catalogue(service)
    return name.strip() or layout.label(party)


def plan_versions(content: CaseContent, layout: Layout) -> list[Flowable]:
    pieces: list[Piece] = []
    for version in content.plan_versions:
        intro: list[Flowable] = [
            layout.heading(
                layout.words(QT_TRANSLATE_NOOP("Handover", "The plan of %1"), layout.long_date(version.made_on)),
                record_key("plan_version", stored_id(version.id)),
            )
        ]
        if version.note.strip():
            intro.append(layout.line(version.note))
        # The version's heading stays with its first goal.
        goals = [_plan_goal(goal, layout) for goal in version.goals] or [([], [])]
        pieces += [(intro + goals[0][0], goals[0][1]), *goals[1:]]
        if version.agreements:
            pieces.append((_agreements(version.agreements, content, layout), []))
    return layout.pieces(QT_TRANSLATE_NOOP("Handover", "Plan versions"), pieces)


def _plan_goal(goal: PlanGoal, layout: Layout) -> Piece:
    status = layout.label(goal.status) + (f" – {layout.long_date(goal.target_on)}" if goal.target_on else "")
    head: list[Flowable] = [Spacer(0, 1.5 * mm), layout.line(goal.title, "head"), layout.line(status, "label")]
    if goal.success.strip():
        head.append(layout.line(goal.success, "cell"))
    if not goal.steps:
        return head, []
    rows = [[s.what, _step_who(s, layout), day(s.due_on), layout.label(s.status)] for s in goal.steps]
    return head, [Spacer(0, 1 * mm), layout.grid(_STEP_HEAD, rows, _STEP_SHARES)]


def _step_who(step: PlanStep, layout: Layout) -> str:
    """Who a step of a plan version was for, as the version keeps it: a service's name, or the words typed."""
    who = step.who.strip()
    if not who:
        return layout.label(step.party)
    return layout.catalogue(who) if step.party is Party.SERVICE else who


def _agreements(agreements: tuple[PlanAgreement, ...], content: CaseContent, layout: Layout) -> list[Flowable]:
    head = [
        QT_TRANSLATE_NOOP("Handover", "Who"),
        QT_TRANSLATE_NOOP("Handover", "Answer"),
        QT_TRANSLATE_NOOP("Handover", "Why"),
        QT_TRANSLATE_NOOP("Handover", "Answered on"),
    ]
    rows = [
        [
            _who(a.party, a.service_id, a.party_name, content, layout),
            layout.label(a.answer),
            a.reason,
            day(a.answered_on),
        ]
        for a in agreements
    ]
    title = layout.words(QT_TRANSLATE_NOOP("Handover", "Who agrees to this plan"))
    return [Spacer(0, 2 * mm), layout.line(title, "label"), layout.grid(head, rows, [0.3, 0.2, 0.37, 0.13])]


def sessions(content: CaseContent, layout: Layout) -> list[Flowable]:
    return layout.pieces(
        QT_TRANSLATE_NOOP("Handover", "Sessions and their notes"),
        [_session(session, content, layout) for session in content.sessions],
    )


def _session(session: Session, content: CaseContent, layout: Layout) -> Piece:
    kind = layout.label_words(KIND_WORDS.get(session.kind, session.kind))
    title = f"{layout.long_date(session.starts_at.date())}  {clock_time(session.starts_at)} · {kind}"
    # The rule goes under the heading, not between sessions, so that a page never starts with one.
    head: list[Flowable] = [
        layout.heading(title, record_key("session", stored_id(session.id))),
        HRFlowable(width="100%", thickness=0.6, color=frame.RULE, spaceBefore=0, spaceAfter=4),
        *layout.facts(_session_facts(session, content, layout)),
    ]
    tail: list[Flowable] = layout.note(session.note) if session.note.strip() else []
    actions = [a for a in content.actions if a.session_id == session.id and session.id is not None]
    if actions:
        tail += [Spacer(0, 3 * mm), _actions_grid(actions, layout)]
    return head, tail


def _session_facts(session: Session, content: CaseContent, layout: Layout) -> list[tuple[str, str]]:
    words = layout.words
    factors = {f.id: f for f in content.factors}
    tagged = []
    for factor_id in session.factor_ids:
        if factor_id in factors:
            factor = factors[factor_id]
            tagged.append(
                f"{layout.catalogue(content.factor_categories.get(factor.category_id, ''))} "
                f"({layout.label(factor.kind).lower()}, {layout.label(factor.direction).lower()})"
            )
    own = fact_rows(
        SESSION_FIELDS,
        session,
        translate=layout.translate,
        leave_out=("starts_at", "kind", "note"),  # in the heading, and under it
        shown={
            "status": words(_STATUSES.get(session.status, "")) if session.status != "held" else "",
            "duration_minutes": words(QT_TRANSLATE_NOOP("Handover", "%1 minutes"), str(session.duration_minutes))
            if session.duration_minutes
            else "",
        },
    )
    return [
        *own,
        (
            words(QT_TRANSLATE_NOOP("Handover", "Taking part")),
            ", ".join(_participant(p, content, layout) for p in session.participants),
        ),
        (
            words(QT_TRANSLATE_NOOP("Handover", "Life domains")),
            ", ".join(layout.catalogue(content.domains[i].name) for i in session.domain_ids if i in content.domains),
        ),
        (words(QT_TRANSLATE_NOOP("Handover", "Factors")), "; ".join(tagged)),
        (words(QT_TRANSLATE_NOOP("Handover", "Good Lives goods")), "; ".join(layout.label(g) for g in session.goods)),
    ]


def _participant(participant: Participant, content: CaseContent, layout: Layout) -> str:
    # Names are set apart from the list and the words around them: two Arabic names side by side would otherwise
    # read as one right-to-left run, with "(family)" after the wrong one.
    if participant.party is SessionParty.PERSON:
        # The person's name only when it was selected itself.
        name = str(content.person.get("name") or "")
        return isolated(name) if name else layout.label(participant.party)
    if participant.party is SessionParty.SERVICE:
        service = linked(content.service_names, participant.service_id)
        return layout.catalogue(service) if service is not None else layout.label(participant.party)
    if participant.name.strip():
        if participant.party is SessionParty.FAMILY:
            return layout.words(QT_TRANSLATE_NOOP("Handover", "%1 (family)"), isolated(participant.name.strip()))
        return isolated(participant.name.strip())
    return layout.label(participant.party)


def actions(content: CaseContent, layout: Layout) -> list[Flowable]:
    """The selected actions that are not printed under a selected session."""
    shown = {s.id for s in content.sessions}
    loose = [a for a in content.actions if a.session_id is None or a.session_id not in shown]
    if not loose:
        return []
    return [layout.section(QT_TRANSLATE_NOOP("Handover", "Follow-up actions")), _actions_grid(loose, layout)]


def _actions_grid(actions: list[Action], layout: Layout) -> Table:
    head = [
        QT_TRANSLATE_NOOP("Handover", "Follow-up action"),
        QT_TRANSLATE_NOOP("Handover", "Who"),
        QT_TRANSLATE_NOOP("Handover", "By when"),
        QT_TRANSLATE_NOOP("Handover", "Done on"),
    ]
    rows = [[a.description, a.owner, day(a.due_on), day(a.done_on)] for a in actions]
    return layout.grid(head, rows, [0.52, 0.22, 0.13, 0.13])

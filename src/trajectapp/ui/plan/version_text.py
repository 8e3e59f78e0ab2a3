"""A plan version and a comparison of two, as readable rich text for a text browser: goals with their steps as
they were, each party's answer, and what changed between two versions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from trajectapp.domain.dates import short_date
from trajectapp.domain.plan import (
    Change,
    FieldChange,
    GoalComparison,
    Party,
    PlanAgreement,
    PlanAnswer,
    PlanComparison,
    PlanDomain,
    PlanGoal,
    PlanStep,
    PlanVersion,
)
from trajectapp.domain.record_ids import linked
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled
from trajectapp.ui.labels import captioned, catalogue_text, label

_MUTED = "#555"
_CHANGE_COLOURS = {Change.ADDED: "#1e7b34", Change.REMOVED: "#a93226", Change.CHANGED: "#7d6608"}

_FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("PlanText", "Goal"),
    "domains": QT_TRANSLATE_NOOP("PlanText", "Life domains"),
    "success": QT_TRANSLATE_NOOP("PlanText", "Success looks like"),
    "target_on": QT_TRANSLATE_NOOP("PlanText", "Target date"),
    "status": QT_TRANSLATE_NOOP("PlanText", "Status"),
    "dropped_reason": QT_TRANSLATE_NOOP("PlanText", "Why dropped"),
    "good": QT_TRANSLATE_NOOP("PlanText", "Good"),
    "what": QT_TRANSLATE_NOOP("PlanText", "What"),
    "party": QT_TRANSLATE_NOOP("PlanText", "Who does it"),
    "who": QT_TRANSLATE_NOOP("PlanText", "Who"),
    "due_on": QT_TRANSLATE_NOOP("PlanText", "Due"),
}
# Also stored, but shown through another field (a service's id through its name).
_NOT_SHOWN = {"service_id"}
# Each change in a whole sentence of its own, so that a translation can make the words agree ("Étape ajoutée").
_GOAL_CHANGES = {
    Change.ADDED: QT_TRANSLATE_NOOP("PlanText", "Goal added: %1"),
    Change.REMOVED: QT_TRANSLATE_NOOP("PlanText", "Goal removed: %1"),
    Change.CHANGED: QT_TRANSLATE_NOOP("PlanText", "Goal changed: %1"),
}
_STEP_CHANGES = {
    Change.ADDED: QT_TRANSLATE_NOOP("PlanText", "Step added: %1"),
    Change.REMOVED: QT_TRANSLATE_NOOP("PlanText", "Step removed: %1"),
    Change.CHANGED: QT_TRANSLATE_NOOP("PlanText", "Step changed: %1"),
}
_PERSONS_ANSWERS = {
    PlanAnswer.DOES_NOT_AGREE: QT_TRANSLATE_NOOP("PlanText", "the person does not agree"),
    PlanAnswer.COULD_NOT_ANSWER: QT_TRANSLATE_NOOP("PlanText", "the person could not answer"),
}


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _paragraph(text: str, colour: str = "") -> str:
    style = f" style='color:{colour}'" if colour else ""
    return f"<p{style}>{escape(text)}</p>"


def party_text(party: Party, service_id: int | None, name: str, service_names: Mapping[int, str]) -> str:
    """Who, in words: "The person", a service's name, "Family: his sister Samira"; `service_names` as stored."""
    if party is Party.SERVICE:
        return catalogue_text(linked(service_names, service_id) or "") or label(party)
    if party in (Party.FAMILY, Party.OTHER) and name.strip():
        return f"{label(party)}: {name.strip()}"
    return label(party)


def agreement_party(agreement: PlanAgreement, service_names: Mapping[int, str]) -> str:
    return party_text(agreement.party, agreement.service_id, agreement.party_name, service_names)


def agreement_summary(version: PlanVersion) -> str:
    """ "3 of 3 agree", "1 of 2 agree", or that nobody has answered yet."""
    if not version.agreements:
        return QCoreApplication.translate("PlanText", "No answers yet")
    agree = sum(1 for a in version.agreements if a.answer is PlanAnswer.AGREES)
    text = (
        QCoreApplication.translate("PlanText", "%1 of %2 agree")
        .replace("%1", str(agree))
        .replace("%2", str(len(version.agreements)))
    )
    person = next((a for a in version.agreements if a.party is Party.PERSON), None)
    if person is not None and person.answer in _PERSONS_ANSWERS:
        text += " · " + QCoreApplication.translate("PlanText", _PERSONS_ANSWERS[person.answer])
    return text


def _date(value: date | None) -> str:
    return short_date(value) if value else QCoreApplication.translate("PlanText", "no date")


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def _step_who(step: PlanStep) -> str:
    if step.party in (Party.SERVICE, Party.FAMILY, Party.OTHER) and step.who.strip():
        return catalogue_text(step.who) if step.party is Party.SERVICE else f"{label(step.party)}: {step.who}"
    return label(step.party)


def _domain_names(domains: tuple[PlanDomain, ...]) -> str:
    return ", ".join(catalogue_text(domain.name) for domain in domains)


def version_html(
    version: PlanVersion, service_names: Mapping[int, str], hidden: Callable[[PlanGoal], bool], hidden_note: str = ""
) -> str:
    """The version's goals and steps as they were on its date, and every party's answer."""
    title = QCoreApplication.translate("PlanText", "Plan of %1").replace("%1", short_date(version.made_on))
    parts = [_heading(3, title)]
    if version.note.strip():
        parts.append(f"<p>{_lines(version.note)}</p>")
    parts.append(_heading(4, QCoreApplication.translate("PlanText", "Who agrees")))
    if not version.agreements:
        nobody = QCoreApplication.translate(
            "PlanText", "Nobody has answered yet. Use Agreement… to record each party’s answer."
        )
        parts.append(_paragraph(nobody))
    else:
        rows = []
        for agreement in version.agreements:
            reason = f"<br><i>“{_lines(agreement.reason)}”</i>" if agreement.reason.strip() else ""
            on = f" ({short_date(agreement.answered_on)})" if agreement.answered_on else ""
            who = f"<b>{escape(agreement_party(agreement, service_names))}</b>"
            rows.append(f"<li>{captioned(who, escape(label(agreement.answer) + on) + reason)}</li>")
        parts.append(f"<ul>{''.join(rows)}</ul>")
    parts.append(_heading(4, QCoreApplication.translate("PlanText", "Goals and steps")))
    shown = [goal for goal in version.goals if not hidden(goal)]
    if hidden_note:
        parts.append(f"<p style='color:{_MUTED}'><i>{escape(hidden_note)}</i></p>")
    for goal in shown:
        parts.append(f"<p style='margin-top:10px; margin-bottom:0'><b>{escape(goal.title)}</b></p>")
        facts = [label(goal.status)]
        if goal.target_on:
            facts.append(QCoreApplication.translate("PlanText", "target %1").replace("%1", short_date(goal.target_on)))
        facts.append(_domain_names(goal.domains))
        parts.append(f"<div style='color:{_MUTED}'>{escape(' · '.join(facts))}</div>")
        if goal.success.strip():
            success = QCoreApplication.translate("PlanText", "Success looks like:")
            parts.append(f"<p>{escape(success)} {_lines(goal.success)}</p>")
        if goal.dropped_reason.strip():
            why = QCoreApplication.translate("PlanText", "Why dropped:")
            parts.append(f"<p>{escape(why)} {_lines(goal.dropped_reason)}</p>")
        if goal.steps:
            items = "".join(
                f"<li>{escape(step.what)} <span style='color:{_MUTED}'>— {escape(_step_who(step))}, "
                f"{escape(_date(step.due_on))}, {escape(label(step.status))}</span></li>"
                for step in goal.steps
            )
            parts.append(f"<ul style='margin-top:2px'>{items}</ul>")
        else:
            parts.append(_paragraph(QCoreApplication.translate("PlanText", "No steps in this version."), _MUTED))
    return "".join(parts)


# --- comparing two versions ------------------------------------------------------------------------------


def _value_text(field: str, value: object) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("PlanText", "nothing")
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, Labelled):
        return label(value)
    if field == "domains":
        assert isinstance(value, tuple) and all(isinstance(domain, PlanDomain) for domain in value), "a goal's domains"
        return _domain_names(value)
    if field == "who":  # a service's name, or the words typed for family or someone else
        return catalogue_text(" ".join(str(value).split()))
    return " ".join(str(value).split())


def _field_texts(changes: tuple[FieldChange, ...]) -> list[str]:
    """ "Status: Not started → Done" for each field that changed, escaped."""
    texts = []
    for change in changes:
        if change.field in _NOT_SHOWN:
            continue
        name = QCoreApplication.translate("PlanText", _FIELD_NAMES.get(change.field, change.field))
        texts.append(
            escape(
                captioned(
                    name, f"{_value_text(change.field, change.before)} → {_value_text(change.field, change.after)}"
                )
            )
        )
    return texts


def _badge(change: Change, text: str) -> str:
    return f"<span style='color:{_CHANGE_COLOURS.get(change, _MUTED)}'><b>{escape(text)}</b></span>"


def _changed(change: Change, sentence: str, subject_html: str) -> str:
    """The sentence that says what happened to a goal or a step, in the change's colour, naming it in `subject_html`."""
    words = escape(QCoreApplication.translate("PlanText", sentence)).replace("%1", subject_html)
    return f"<span style='color:{_CHANGE_COLOURS.get(change, _MUTED)}'>{words}</span>"


def _goal_part(goal: GoalComparison) -> str:
    title = f"<b>{escape(goal.title)}</b>"
    part = [f"<p style='margin-bottom:2px'>{_changed(goal.change, _GOAL_CHANGES[goal.change], title)}</p>"]
    lines = [f"<li>{text}</li>" for text in _field_texts(goal.fields)]
    for step in goal.steps:
        if step.change is Change.UNCHANGED:
            continue
        details = "; ".join(_field_texts(step.fields))
        lines.append(
            f"<li>{_changed(step.change, _STEP_CHANGES[step.change], escape(step.what))}"
            + (f" <span style='color:{_MUTED}'>— {details}</span>" if details else "")
            + "</li>"
        )
    if lines and goal.change is Change.CHANGED:
        part.append(f"<ul style='margin-top:0'>{''.join(lines)}</ul>")
    return "".join(part)


def comparison_html(
    comparison: PlanComparison,
    older: PlanVersion,
    newer: PlanVersion,
    service_names: Mapping[int, str],
    hidden: Callable[[PlanGoal], bool],
) -> str:
    """What changed from `older` to `newer`, goal by goal and step by step, then the answers."""
    hidden_ids = {goal.goal_id for goal in (*older.goals, *newer.goals) if hidden(goal)}
    title = (
        QCoreApplication.translate("PlanText", "From the plan of %1 to the plan of %2")
        .replace("%1", short_date(older.made_on))
        .replace("%2", short_date(newer.made_on))
    )
    parts = [_heading(3, title)]
    goals = [goal for goal in comparison.goals if goal.goal_id not in hidden_ids]
    moved = [goal for goal in goals if goal.change is not Change.UNCHANGED]
    same = [goal for goal in goals if goal.change is Change.UNCHANGED]
    parts.append(_heading(4, QCoreApplication.translate("PlanText", "Goals and steps")))
    if not moved:
        parts.append(_paragraph(QCoreApplication.translate("PlanText", "No goal or step changed.")))
    parts += [_goal_part(goal) for goal in moved]
    if same:
        names = ", ".join(goal.title for goal in same)
        parts.append(_paragraph(QCoreApplication.translate("PlanText", "Unchanged: %1").replace("%1", names), _MUTED))
    parts.append(_heading(4, QCoreApplication.translate("PlanText", "Answers")))
    rows = []
    for answer in comparison.agreements:
        who = party_text(answer.party, answer.service_id, answer.party_name, service_names)
        before = label(answer.before) if answer.before else QCoreApplication.translate("PlanText", "no answer")
        after = label(answer.after) if answer.after else QCoreApplication.translate("PlanText", "no answer")
        said = escape(after) if answer.change is Change.UNCHANGED else _badge(answer.change, f"{before} → {after}")
        rows.append(f"<li>{captioned(f'<b>{escape(who)}</b>', said)}</li>")
    nobody = QCoreApplication.translate("PlanText", "Nobody answered either version.")
    parts.append(f"<ul>{''.join(rows)}</ul>" if rows else _paragraph(nobody))
    return "".join(parts)

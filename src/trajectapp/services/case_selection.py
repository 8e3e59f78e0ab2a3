"""The selection tree of one case: everything an export could take out of the vault, by section and item, each
item marked with the special categories it holds (services.sensitivity decides which). Reads only.

Empty sections are left out, and so are the person's fields that hold nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from trajectapp.domain.case_tables import PERSON
from trajectapp.domain.columns import LABEL_CONTEXT as FIELDS_CONTEXT
from trajectapp.domain.columns import is_blank
from trajectapp.domain.dates import ApproximateDate, short_date, short_moment
from trajectapp.domain.disclosures import Disclosure, DisclosureDirection, PartyKind
from trajectapp.domain.partners import Involvement
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.selection import SelectionItem, SelectionSection, SelectionTree, Value, Word, record_key
from trajectapp.domain.sessions import KIND_WORDS, Action
from trajectapp.domain.shipped_catalogues import CONTEXT as CATALOGUE_CONTEXT
from trajectapp.domain.traject import Consent, ConsentPurpose, ParticipationDecision, PhaseChange, Transfer
from trajectapp.domain.wording import CONTEXT as LABELS_CONTEXT
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled
from trajectapp.services import case_file, contacts, factors, needs, partners, plan, strengths
from trajectapp.services.disclosures import disclosures
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.sensitivity import StoredRecord, data_categories

_SHORT = 60
# The records the tree lists as items of their own besides the traject and the register: those whose special
# categories services.sensitivity reads, and the services involved and the actions, which hold none the schema tags.
_Listed = StoredRecord | Involvement | Action
SECTIONS = {
    "person": QT_TRANSLATE_NOOP("Selection", "The person"),
    "traject": QT_TRANSLATE_NOOP("Selection", "The traject: phases, transfers, participation and consent"),
    "involvements": QT_TRANSLATE_NOOP("Selection", "Partner services involved"),
    "needs": QT_TRANSLATE_NOOP("Selection", "Needs assessments"),
    "risk_assessments": QT_TRANSLATE_NOOP("Selection", "Risk assessments made elsewhere"),
    "factors": QT_TRANSLATE_NOOP("Selection", "Push and pull factors"),
    "strengths": QT_TRANSLATE_NOOP("Selection", "Strengths and old passions"),
    "goods": QT_TRANSLATE_NOOP("Selection", "The Good Lives lens"),
    "perspectives": QT_TRANSLATE_NOOP("Selection", "Perspective, in the person's own words"),
    "goals": QT_TRANSLATE_NOOP("Selection", "Goals and steps"),
    "plan_versions": QT_TRANSLATE_NOOP("Selection", "Plan versions"),
    "sessions": QT_TRANSLATE_NOOP("Selection", "Sessions and their notes"),
    "actions": QT_TRANSLATE_NOOP("Selection", "Follow-up actions"),
    "disclosures": QT_TRANSLATE_NOOP("Selection", "Earlier disclosures (the register)"),
}
_SESSION_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Selection", "planned"),
    "held": QT_TRANSLATE_NOOP("Selection", "held"),
    "cancelled": QT_TRANSLATE_NOOP("Selection", "cancelled"),
}


def _word(value: Labelled) -> Word:
    return Word(LABELS_CONTEXT, value.label)


def _catalogue(text: str) -> Word:
    """A catalogue's text, which the tree shows in the reader's language when it came with Trajectapp."""
    return Word(CATALOGUE_CONTEXT, text)


def _short(text: str) -> str:
    """The first line, cut to a length a tree shows."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= _SHORT else line[: _SHORT - 1].rstrip() + "…"


def _date(day: date | ApproximateDate | None) -> str:
    return short_date(day) if day else "?"


def selection_tree(vault: OpenVault, case_id: int) -> SelectionTree:
    """Everything in the case that an export can take, nothing selected; CaseNotFound for an unknown case."""
    case = case_file.get_case(vault, case_id)
    services = {stored_id(s.id): _catalogue(s.name) for s in partners.list_services(vault, include_hidden=True)}
    domains = {stored_id(d.id): _catalogue(d.name) for d in needs.list_domains(vault, include_hidden=True)}
    categories = {
        stored_id(c.id): _catalogue(c.name) for c in factors.list_factor_categories(vault, include_hidden=True)
    }

    def item(
        prefix: str,
        record: _Listed,
        words: str,
        *values: Value,
        children: Iterable[SelectionItem] = (),
    ) -> SelectionItem:
        return SelectionItem(
            record_key(prefix, stored_id(record.id)),
            words,
            tuple(values),
            frozenset() if isinstance(record, Involvement | Action) else data_categories(vault, record),
            tuple(children),
        )

    person = [
        SelectionItem(
            f"{PERSON.key}:{column.name}",
            "%1",
            (Word(FIELDS_CONTEXT, column.label),),
            frozenset({column.category}) if column.category else frozenset(),
        )
        for column in PERSON.columns
        if not is_blank(getattr(case, column.name)) or column.required
    ]

    traject: dict[str, SelectionItem] = {}  # a revoked consent is on the timeline twice, and once here
    for entry in case_file.timeline(vault, case_id):
        made = _traject_item(entry.record, services)
        traject.setdefault(made.key, made)

    assessments = [
        item(
            "assessment",
            a,
            QT_TRANSLATE_NOOP("Selection", "Assessment of %1"),
            _date(a.assessed_on),
            children=[item("assessment_item", i, "%1", domains.get(i.domain_id, "?")) for i in a.items],
        )
        for a in needs.assessments(vault, case_id)
    ]
    goals = []
    for goal in plan.goals(vault, case_id):
        children = [
            item("step", s, QT_TRANSLATE_NOOP("Selection", "Step: %1"), _short(s.what))
            for s in plan.steps(vault, stored_id(goal.id))
        ]
        children += [
            item("goal_note", n, QT_TRANSLATE_NOOP("Selection", "Progress note of %1"), _date(n.noted_on))
            for n in plan.progress_notes(vault, stored_id(goal.id))
        ]
        goals.append(
            item("goal", goal, QT_TRANSLATE_NOOP("Selection", "Goal: %1"), _short(goal.title), children=children)
        )

    sections = {
        "person": person,
        "traject": list(traject.values()),
        "involvements": [
            item("involvement", i, "%1", services.get(i.service_id, "?")) for i in partners.involvements(vault, case_id)
        ],
        "needs": assessments,
        "risk_assessments": [
            item(
                "risk_assessment",
                r,
                QT_TRANSLATE_NOOP("Selection", "%1, made on %2"),
                r.other_tool.strip() or _word(r.tool),
                _date(r.done_on),
            )
            for r in needs.external_assessments(vault, case_id)
        ],
        "factors": [
            item(
                "factor",
                f,
                QT_TRANSLATE_NOOP("Selection", "%1: %2, noted on %3"),
                _word(f.kind),
                categories.get(f.category_id, "?"),
                _date(f.first_noted_on),
            )
            for f in factors.factors(vault, case_id)
        ],
        "strengths": [
            item("strength", s, QT_TRANSLATE_NOOP("Selection", "%1: %2"), _word(s.category), _short(s.description))
            for s in strengths.strengths(vault, case_id)
        ],
        "goods": [item("good", g, "%1", _word(g.good)) for g in strengths.goods(vault, case_id) if g.id is not None],
        "perspectives": [
            item("perspective", p, QT_TRANSLATE_NOOP("Selection", "Perspective of %1"), _date(p.noted_on))
            for p in strengths.perspectives(vault, case_id)
        ],
        "goals": goals,
        "plan_versions": [
            item("plan_version", v, QT_TRANSLATE_NOOP("Selection", "Plan version of %1"), _date(v.made_on))
            for v in plan.plan_versions(vault, case_id)
        ],
        "sessions": [
            item(
                "session",
                s,
                QT_TRANSLATE_NOOP("Selection", "%1 on %2, %3"),
                Word(LABELS_CONTEXT, KIND_WORDS.get(s.kind, s.kind)),
                short_moment(s.starts_at),
                Word("Selection", _SESSION_STATUSES.get(s.status, s.status)),
            )
            for s in contacts.sessions(vault, case_id)
        ],
        "actions": [
            item("action", a, QT_TRANSLATE_NOOP("Selection", "Action: %1"), _short(a.description))
            for a in sorted(contacts.actions(vault, case_id), key=lambda a: stored_id(a.id))
        ],
        "disclosures": [_disclosure_item(d) for d in disclosures(vault, case_id)],
    }
    return SelectionTree(
        case_id,
        tuple(
            SelectionSection(f"section:{name}", SECTIONS[name], tuple(items))
            for name, items in sections.items()
            if items
        ),
    )


def _traject_item(
    record: PhaseChange | Transfer | ParticipationDecision | Consent, services: dict[int, Word]
) -> SelectionItem:
    if isinstance(record, PhaseChange):
        return SelectionItem(
            record_key("phase", stored_id(record.id)),
            QT_TRANSLATE_NOOP("Selection", "Phase: %1, from %2"),
            (_word(record.phase), _date(record.changed_on)),
        )
    if isinstance(record, Transfer):
        return SelectionItem(
            record_key("transfer", stored_id(record.id)),
            QT_TRANSLATE_NOOP("Selection", "Transfer to %1 on %2"),
            (record.to_prison, _date(record.transferred_on)),
        )
    if isinstance(record, ParticipationDecision):
        return SelectionItem(
            record_key("participation", stored_id(record.id)),
            QT_TRANSLATE_NOOP("Selection", "Participation: %1, on %2"),
            (_word(record.status), _date(record.decided_on)),
        )
    if record.purpose is ConsentPurpose.SHARE_WITH_SERVICE:
        service_id = record.partner_service_id
        service: Value = "?" if service_id is None else services.get(service_id, "?")
        return SelectionItem(
            record_key("consent", stored_id(record.id)),
            QT_TRANSLATE_NOOP("Selection", "Consent to share with %1: %2, asked on %3"),
            (service, _word(record.decision), _date(record.asked_on)),
        )
    return SelectionItem(
        record_key("consent", stored_id(record.id)),
        QT_TRANSLATE_NOOP("Selection", "Consent to anonymised statistics: %1, asked on %2"),
        (_word(record.decision), _date(record.asked_on)),
    )


def _disclosure_item(disclosure: Disclosure) -> SelectionItem:
    words = (
        QT_TRANSLATE_NOOP("Selection", "Sent to %1 on %2")
        if disclosure.direction is DisclosureDirection.SENT
        else QT_TRANSLATE_NOOP("Selection", "Received from %1 on %2")
    )
    held = frozenset().union(*(item.categories for item in disclosure.items))
    name = disclosure.party.name
    party = _catalogue(name) if disclosure.party.kind is PartyKind.PARTNER_SERVICE else name
    return SelectionItem(
        record_key("disclosure", stored_id(disclosure.id)),
        words,
        (party, short_date(disclosure.disclosed_at.date())),
        held,
    )

"""The selected part of one case as plain data (domain.case_content), for a handover document or the person's own
copy to lay out, and its list of items for the disclosure register. Reads only."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from trajectapp.domain.case_content import CaseContent
from trajectapp.domain.case_tables import PERSON
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.selection import Translate, as_written, record_key
from trajectapp.domain.traject import TimelineKind
from trajectapp.services import case_file, contacts, factors, needs, partners, plan, strengths
from trajectapp.services.case_selection import selection_tree
from trajectapp.services.disclosures import disclosures
from trajectapp.services.open_vault import OpenVault

_TIMELINE_KEYS = {
    TimelineKind.PHASE: "phase",
    TimelineKind.TRANSFER: "transfer",
    TimelineKind.PARTICIPATION: "participation",
    TimelineKind.CONSENT: "consent",
    TimelineKind.CONSENT_REVOKED: "consent",
}


def selected_content(
    vault: OpenVault, case_id: int, keys: Iterable[str], *, translate: Translate = as_written
) -> CaseContent:
    """Exactly the items `keys` selects (keys of services.case_selection's tree; the parents of selected items come
    along). CaseNotFound for an unknown case, UnknownItems for a key the case does not hold."""
    tree = selection_tree(vault, case_id)
    chosen = tree.effective(keys)

    def has(prefix: str, record_id: int | None) -> bool:
        return record_id is not None and record_key(prefix, record_id) in chosen

    case = case_file.get_case(vault, case_id)
    goals = [goal for goal in plan.goals(vault, case_id) if has("goal", goal.id)]
    goal_ids = [stored_id(goal.id) for goal in goals]
    return CaseContent(
        case_id=case_id,
        items=tree.disclosed_items(chosen, translate),
        person={c.name: getattr(case, c.name) for c in PERSON.columns if f"{PERSON.key}:{c.name}" in chosen},
        timeline=tuple(
            entry for entry in case_file.timeline(vault, case_id) if has(_TIMELINE_KEYS[entry.kind], entry.record.id)
        ),
        involvements=tuple(i for i in partners.involvements(vault, case_id) if has("involvement", i.id)),
        assessments=tuple(
            replace(
                a,
                items=tuple(i for i in a.items if has("assessment_item", i.id)),
                started_from=a.started_from if has("assessment", a.started_from) else None,
            )
            for a in needs.assessments(vault, case_id)
            if has("assessment", a.id)
        ),
        risk_assessments=tuple(r for r in needs.external_assessments(vault, case_id) if has("risk_assessment", r.id)),
        factors=tuple(f for f in factors.factors(vault, case_id) if has("factor", f.id)),
        strengths=tuple(s for s in strengths.strengths(vault, case_id) if has("strength", s.id)),
        goods=tuple(g for g in strengths.goods(vault, case_id) if has("good", g.id)),
        perspectives=tuple(p for p in strengths.perspectives(vault, case_id) if has("perspective", p.id)),
        goals=tuple(
            replace(
                g,
                need_item_id=g.need_item_id if has("assessment_item", g.need_item_id) else None,
                strength_id=g.strength_id if has("strength", g.strength_id) else None,
            )
            for g in goals
        ),
        steps={goal_id: tuple(s for s in plan.steps(vault, goal_id) if has("step", s.id)) for goal_id in goal_ids},
        progress_notes={
            goal_id: tuple(n for n in plan.progress_notes(vault, goal_id) if has("goal_note", n.id))
            for goal_id in goal_ids
        },
        plan_versions=tuple(v for v in plan.plan_versions(vault, case_id) if has("plan_version", v.id)),
        sessions=tuple(
            replace(s, factor_ids=tuple(f for f in s.factor_ids if has("factor", f)))
            for s in contacts.sessions(vault, case_id)
            if has("session", s.id)
        ),
        actions=tuple(
            replace(a, session_id=a.session_id if has("session", a.session_id) else None)
            for a in sorted(contacts.actions(vault, case_id), key=lambda a: stored_id(a.id))
            if has("action", a.id)
        ),
        disclosures=tuple(d for d in disclosures(vault, case_id) if has("disclosure", d.id)),
        domains={stored_id(d.id): d for d in needs.list_domains(vault, include_hidden=True)},
        factor_categories={stored_id(c.id): c.name for c in factors.list_factor_categories(vault, include_hidden=True)},
        service_names={stored_id(s.id): s.name for s in partners.list_services(vault, include_hidden=True)},
    )

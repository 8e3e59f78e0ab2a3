"""Gather one case's file for the printed case summary: reads only, through the other services."""

from __future__ import annotations

from trajectapp.documents.case_summary_data import CaseSummaryData
from trajectapp.domain.record_ids import stored_id
from trajectapp.services import case_file, factors, needs, partners, plan, strengths
from trajectapp.services.audit_seal import current_seal
from trajectapp.services.open_vault import OpenVault


def gather_case_summary(vault: OpenVault, case_id: int) -> CaseSummaryData:
    """Everything the case summary prints, as plain data; the chart compares the first and the latest assessment."""
    assessments = needs.assessments(vault, case_id)
    chosen = sorted({stored_id(assessments[0].id), stored_id(assessments[-1].id)}) if assessments else []
    goals = plan.goals(vault, case_id)
    goal_ids = [stored_id(goal.id) for goal in goals]
    return CaseSummaryData(
        case=case_file.get_case(vault, case_id),
        timeline=tuple(case_file.timeline(vault, case_id)),
        domains=tuple(needs.list_domains(vault, include_hidden=True)),
        assessments=tuple(assessments),
        chart=needs.chart_series(vault, case_id, chosen) if chosen else None,
        factors=tuple(factors.factors(vault, case_id)),
        factor_categories={stored_id(c.id): c.name for c in factors.list_factor_categories(vault, include_hidden=True)},
        strengths=tuple(strengths.strengths(vault, case_id)),
        goods=tuple(strengths.goods(vault, case_id)),
        perspectives=tuple(strengths.perspectives(vault, case_id)),
        goals=tuple(goals),
        steps={goal_id: tuple(plan.steps(vault, goal_id)) for goal_id in goal_ids},
        plan_versions=tuple(plan.plan_versions(vault, case_id)),
        service_names={stored_id(s.id): s.name for s in partners.list_services(vault, include_hidden=True)},
        involvements=tuple(partners.involvements(vault, case_id)),
        seal=current_seal(vault),
    )

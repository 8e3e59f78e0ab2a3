"""Which special categories a record of needs, factors, strengths, the plan or a session holds, for exports,
presentation mode and statistics to treat it conservatively.

Two sources, together: the fields the record descriptions tag (domain.case_tables, as the schema's
field_categories does: a factor's evidence, every field of an external risk assessment), and the
sensitivity of the life domains the record is filed under, now and, for a plan
version, as they were tagged on its date.
"""

from __future__ import annotations

from trajectapp.domain import sensitivity
from trajectapp.domain.case_tables import tagged_columns
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.factors import Factor
from trajectapp.domain.needs import Assessment, AssessmentItem, ExternalAssessment
from trajectapp.domain.plan import Goal, PlanGoal, PlanVersion, ProgressNote, Step
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import Session
from trajectapp.domain.strengths import GoodLivesEntry, Perspective, Strength
from trajectapp.services.open_vault import OpenVault
from trajectapp.store.catalogues import LifeDomainRepository
from trajectapp.store.factors import FactorRepository
from trajectapp.store.plan import GoalRepository

# The stored records (each with its own id) whose categories this reads; besides them, a plan version's goal.
StoredRecord = (
    AssessmentItem
    | Assessment
    | ExternalAssessment
    | Factor
    | Strength
    | GoodLivesEntry
    | Perspective
    | Goal
    | Step
    | ProgressNote
    | PlanVersion
    | Session
)
Record = StoredRecord | PlanGoal

# The table each kind of record is stored in, for the tags its description puts on its fields.
_TABLES: dict[type, str] = {
    AssessmentItem: "assessment_items",
    Assessment: "assessments",
    ExternalAssessment: "external_assessments",
    Factor: "factors",
    Strength: "strengths",
    GoodLivesEntry: "good_lives",
    Perspective: "perspectives",
    Goal: "goals",
    Step: "goal_steps",
    ProgressNote: "goal_notes",
    PlanGoal: "plan_versions",
    PlanVersion: "plan_versions",
    Session: "sessions",
}


def data_categories(vault: OpenVault, record: Record) -> frozenset[DataCategory]:
    """Every special category the record may hold; empty for ordinary data."""
    connection = vault.connection
    table = _TABLES[type(record)]
    found = frozenset(category for (tagged_table, _), category in tagged_columns().items() if tagged_table == table)
    domains = {stored_id(domain.id): domain for domain in LifeDomainRepository(connection).all(include_hidden=True)}
    if isinstance(record, AssessmentItem):
        found |= sensitivity.of_domains([record.domain_id], domains)
    elif isinstance(record, Assessment):
        found |= sensitivity.of_domains([item.domain_id for item in record.items], domains)
    elif isinstance(record, Factor):
        found |= sensitivity.of_domains([record.domain_id], domains)
    elif isinstance(record, GoodLivesEntry):
        found |= sensitivity.of_good(record.good)
    elif isinstance(record, Goal):
        found |= sensitivity.of_goal(record, domains)
    elif isinstance(record, (Step, ProgressNote)):
        goal = GoalRepository(connection).get(record.goal_id)
        if goal is not None:
            found |= sensitivity.of_goal(goal, domains)
    elif isinstance(record, PlanGoal):
        found |= sensitivity.of_plan_goal(record) | sensitivity.of_domains([d.id for d in record.domains], domains)
    elif isinstance(record, PlanVersion):
        found |= sensitivity.of_plan_version(record) | sensitivity.of_domains(
            [d.id for goal in record.goals for d in goal.domains], domains
        )
    elif isinstance(record, Session):
        # The note is free text and untagged; what the session was tagged with says what it touched.
        factors = [FactorRepository(connection).get(factor_id) for factor_id in record.factor_ids]
        found |= sensitivity.of_domains([*record.domain_ids, *(f.domain_id for f in factors if f)], domains)
        for good in record.goods:
            found |= sensitivity.of_good(good)
    return found

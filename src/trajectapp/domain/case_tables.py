"""The records that make up one case file, kind by kind and field by field, as plain data.

The person, a session and a goal describe their own fields (domain.case, domain.sessions, domain.plan); this module
puts them together with the rest of a case. One description serves every reader: the store reads and writes every
record of a case from it (store.case_rows), the transfer package carries and checks exactly these fields
(exchange), the selection tree keys each record by its `key` prefix ("session:42"), `trajectapp check` counts each
table as `counted_as` names it, and the special categories a field holds are read from it (services.sensitivity).
A migration that adds a field to a case table adds it here too (or to its record's description);
tests/test_transfer_package.py and tests/test_record_descriptions.py fail until it does.

Records link to each other (`Kind.REF`) and to the vault-wide catalogues
(life domains, factor categories, partner services), which a package carries
by name and which the importing vault maps onto its own.
"""

from __future__ import annotations

from trajectapp.domain.case import CASE_FIELDS
from trajectapp.domain.columns import Column, Kind, Table, approximate, choice, day, nonblank, ref, score, text
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.disclosures import Basis, ConsentCheck, DisclosureDirection, OutputFormat, PartyKind
from trajectapp.domain.factors import Direction, FactorKind, FactorStatus
from trajectapp.domain.languages import Language
from trajectapp.domain.needs import Motivation, RiskTool, Views
from trajectapp.domain.plan import GOAL_FIELDS, Party, PlanAnswer, StepStatus
from trajectapp.domain.sessions import SESSION_FIELDS, SessionParty
from trajectapp.domain.strengths import Importance, PrimaryGood, StrengthCategory
from trajectapp.domain.traject import ConsentDecision, ConsentPurpose, Participation, Phase

__all__ = [
    "CATALOGUES",
    "FACTOR_CATEGORIES",
    "LIFE_DOMAINS",
    "PARTNER_SERVICES",
    "PERSON",
    "TABLES",
    "TABLES_BY_NAME",
    "Column",
    "Kind",
    "Table",
    "tagged_columns",
]

# --- the catalogues a case refers to ----------------------------------------------------------------------------

LIFE_DOMAINS, FACTOR_CATEGORIES, PARTNER_SERVICES = "life_domains", "factor_categories", "partner_services"
CATALOGUES: dict[str, tuple[Column, ...]] = {
    LIFE_DOMAINS: (nonblank("name"), choice("sensitivity", DataCategory, nullable=True)),
    FACTOR_CATEGORIES: (nonblank("name"),),
    PARTNER_SERVICES: (
        nonblank("name"),
        text("kind"),
        text("organisation"),
        text("contact_people"),
        text("phone"),
        text("email"),
        text("notes"),
    ),
}

# --- the person ---------------------------------------------------------------------------------------------------

# The person's fields as domain.case describes them. Only `name` is needed; a package may leave out any other field
# that was not selected.
PERSON = Table("cases", CASE_FIELDS, key="person", counted_as="cases")

_SERVICE_PARTY = ("service_id", "party", "service")
_OFFENCES = DataCategory.OFFENCES

# --- everything else, in an order where each table refers only to tables before it (or to itself) -----------------

TABLES: tuple[Table, ...] = (
    Table(
        "phase_changes",
        (choice("phase", Phase), day("changed_on"), text("note"), text("closing_reason")),
        key="phase",
        counted_as="phase changes",
    ),
    Table(
        "transfers",
        (day("transferred_on"), text("from_prison"), text("to_prison"), text("note")),
        key="transfer",
        counted_as="transfers",
    ),
    Table(
        "participation_decisions",
        (choice("status", Participation), day("decided_on"), text("reasons")),
        key="participation",
        counted_as="participation decisions",
    ),
    Table(
        "consents",
        (
            choice("purpose", ConsentPurpose),
            ref("partner_service_id", PARTNER_SERVICES, True),
            choice("decision", ConsentDecision),
            day("asked_on"),
            day("decided_on", True),
            text("allowed"),
            text("not_allowed"),
            day("revoked_on", True),
        ),
        key="consent",
        set_exactly_when=(("partner_service_id", "purpose", "share_with_service"),),
        counted_as="consents",
    ),
    Table(
        "involvements",
        (
            ref("service_id", PARTNER_SERVICES),
            day("since", True),
            day("until", True),
            text("contact_person"),
            text("needs"),
        ),
        key="involvement",
        counted_as="services involved in cases",
    ),
    Table(
        "assessments",
        (day("assessed_on"), ref("started_from", "assessments", True), text("note")),
        key="assessment",
        counted_as="needs assessments",
    ),
    Table(
        "assessment_items",
        (
            ref("domain_id", LIFE_DOMAINS),
            score("situation"),
            score("person_situation"),
            choice("motivation", Motivation, True),
            text("person_view"),
            text("consultant_view"),
            choice("views", Views),
            text("own_words"),
            text("support_needed"),
            text("next_step"),
            ref("next_step_service_id", PARTNER_SERVICES, True),
        ),
        key="assessment_item",
        parent=("assessment_id", "assessments"),
        unique=(("assessment_id", "domain_id"),),
        counted_as="domains assessed",
    ),
    Table(
        "external_assessments",
        (
            choice("tool", RiskTool, category=_OFFENCES),
            text("other_tool", category=_OFFENCES),
            day("done_on", True, category=_OFFENCES),
            text("author", category=_OFFENCES),
            text("held_at", category=_OFFENCES),
            text("note", category=_OFFENCES),
        ),
        key="risk_assessment",
        counted_as="external risk assessments noted",
    ),
    Table(
        "factors",
        (
            choice("direction", Direction),
            choice("kind", FactorKind),
            ref("category_id", FACTOR_CATEGORIES),
            ref("domain_id", LIFE_DOMAINS, True),
            approximate("first_noted_on"),
            choice("status", FactorStatus),
            text("evidence", category=DataCategory.RELIGION_IDEOLOGY),
        ),
        key="factor",
        counted_as="push and pull factors",
    ),
    Table(
        "strengths",
        (choice("category", StrengthCategory), nonblank("description"), text("since"), text("pick_up")),
        key="strength",
        counted_as="strengths and old passions",
    ),
    Table(
        "good_lives",
        (
            choice("good", PrimaryGood),
            choice("importance", Importance, True),
            text("pursued_before", category=DataCategory.RELIGION_IDEOLOGY),
            text("prosocial_route"),
        ),
        key="good",
        unique=(("good",),),
        counted_as="Good Lives entries",
    ),
    Table(
        "perspectives",
        (day("noted_on"), text("want_to_do"), text("wish_to_be")),
        key="perspective",
        counted_as="perspective versions",
    ),
    Table(
        "goals",
        GOAL_FIELDS,
        key="goal",
        needed_when=(("dropped_reason", "status", "dropped"),),
        counted_as="goals",
    ),
    Table(
        "goal_domains",
        (ref("domain_id", LIFE_DOMAINS),),
        parent=("goal_id", "goals"),
        has_id=False,
        unique=(("goal_id", "domain_id"),),
        counted_as="life domains of goals",
    ),
    Table(
        "goal_notes",
        (day("noted_on"), nonblank("note")),
        key="goal_note",
        parent=("goal_id", "goals"),
        counted_as="goal progress notes",
    ),
    Table(
        "goal_steps",
        (
            nonblank("what"),
            choice("party", Party),
            ref("service_id", PARTNER_SERVICES, True),
            text("party_name"),
            day("due_on", True),
            choice("status", StepStatus),
        ),
        key="step",
        parent=("goal_id", "goals"),
        set_exactly_when=(_SERVICE_PARTY,),
        counted_as="goal steps",
    ),
    Table(
        "plan_versions",
        (day("made_on"), text("note"), Column("snapshot", Kind.PLAN_SNAPSHOT)),
        key="plan_version",
        counted_as="plan versions",
    ),
    Table(
        "plan_agreements",
        (
            choice("party", Party),
            ref("service_id", PARTNER_SERVICES, True),
            text("party_name"),
            choice("answer", PlanAnswer),
            text("reason"),
            day("answered_on", True),
        ),
        parent=("version_id", "plan_versions"),
        set_exactly_when=(_SERVICE_PARTY,),
        counted_as="plan agreements",
    ),
    Table("sessions", SESSION_FIELDS, key="session", counted_as="sessions"),
    Table(
        "session_participants",
        (
            choice("party", SessionParty),
            ref("service_id", PARTNER_SERVICES, True),
            text("party_name"),
        ),
        parent=("session_id", "sessions"),
        set_exactly_when=(_SERVICE_PARTY,),
        counted_as="session participants",
    ),
    Table(
        "session_domains",
        (ref("domain_id", LIFE_DOMAINS),),
        parent=("session_id", "sessions"),
        has_id=False,
        unique=(("session_id", "domain_id"),),
        counted_as="life domains touched in sessions",
    ),
    Table(
        "session_factors",
        (ref("factor_id", "factors"),),
        parent=("session_id", "sessions"),
        has_id=False,
        unique=(("session_id", "factor_id"),),
        counted_as="factors touched in sessions",
    ),
    Table(
        "session_goods",
        (choice("good", PrimaryGood),),
        parent=("session_id", "sessions"),
        has_id=False,
        unique=(("session_id", "good"),),
        counted_as="Good Lives goods touched in sessions",
    ),
    Table(
        "actions",
        (
            nonblank("description"),
            text("owner"),
            day("due_on", True),
            day("done_on", True),
            ref("session_id", "sessions", True),
        ),
        key="action",
        counted_as="actions",
    ),
    Table(
        "disclosures",
        (
            Column("disclosed_at", Kind.TIMESTAMP),
            choice("direction", DisclosureDirection),
            choice("party_kind", PartyKind),
            nonblank("party_name"),
            ref("party_service_id", PARTNER_SERVICES, True),
            nonblank("purpose"),
            choice("basis", Basis),
            text("basis_explanation"),
            choice("consent", ConsentCheck),
            text("override_reason"),
            Column("items", Kind.DISCLOSED_ITEMS),
            choice("format", OutputFormat),
            Column("file_name", Kind.FILE_NAME),
            Column("file_size", Kind.INTEGER, low=0, high=2**53),
            Column("file_sha256", Kind.SHA256),
            choice("language", Language, True),
        ),
        key="disclosure",
        needed_when=(("basis_explanation", "basis", "other"), ("override_reason", "consent", "overridden")),
        set_only_when=(("party_service_id", "party_kind", "partner_service"),),
        fixed_on_import=(("carried_over", 1),),
        counted_as="disclosures",
    ),
)

TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}


def tagged_columns() -> dict[tuple[str, str], DataCategory]:
    """(table, column) -> category for every field of a case that holds special-category data; the migration that
    adds such a field tags it in the schema's field_categories the same way."""
    return {
        (table.name, column.name): column.category
        for table in (PERSON, *TABLES)
        for column in table.columns
        if column.category is not None
    }

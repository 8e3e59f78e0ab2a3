"""The records that make up one case file, kind by kind and field by field, as plain data.

One description serves three readers: the store reads and writes every record
of a case from it (store.case_rows), the transfer package carries and checks
exactly these fields (exchange), and the selection tree keys each record by
its `key` prefix ("session:42"). A migration that adds a field to a case
table adds it here too; tests/test_transfer_package.py fails until it does.

Records link to each other (`Kind.REF`) and to the vault-wide catalogues
(life domains, factor categories, partner services), which a package carries
by name and which the importing vault maps onto its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from trajectapp.domain.case import LegalStatus
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.disclosures import Basis, ConsentCheck, DisclosureDirection, OutputFormat, PartyKind
from trajectapp.domain.factors import Direction, FactorKind, FactorStatus
from trajectapp.domain.needs import Motivation, RiskTool, Views
from trajectapp.domain.plan import GoalStatus, Party, PlanAnswer, StepStatus
from trajectapp.domain.sessions import LONGEST_SESSION_MINUTES, SESSION_KINDS, SESSION_STATUSES, Focus, SessionParty
from trajectapp.domain.strengths import Importance, PrimaryGood, StrengthCategory
from trajectapp.domain.traject import ConsentDecision, ConsentPurpose, Participation, Phase


class Kind(Enum):
    TEXT = "text"  # any text; line breaks and tabs allowed
    NONBLANK = "nonblank"  # text that is more than spaces
    INTEGER = "integer"  # whole number within `low`..`high`
    DATE = "date"  # 2031-03-05
    DATETIME = "datetime"  # 2031-03-05 14:30:00, local time as the sessions keep it
    TIMESTAMP = "timestamp"  # 2031-03-05T13:30:00+00:00, as the store stamps its own entries
    CHOICE = "choice"  # one of `choices`
    REF = "ref"  # a record of the table `refers_to`, in the same case or a catalogue
    PLAN_SNAPSHOT = "plan_snapshot"  # a plan version's goals and steps as they were (JSON)
    DISCLOSED_ITEMS = "disclosed_items"  # a register entry's list of items (JSON)
    SHA256 = "sha256"  # 64 lowercase hex digits
    FILE_NAME = "file_name"  # a file's name, without a folder


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    nullable: bool = False
    choices: tuple[str, ...] = ()
    refers_to: str = ""
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class Table:
    """A kind of record in a case. `parent` (column, table) for records under another record; the rest belong
    to the case directly through their `case_id`. `key` is the selection key's prefix; a table without one
    goes wherever its parent goes."""

    name: str
    columns: tuple[Column, ...]
    key: str = ""
    parent: tuple[str, str] | None = None
    has_id: bool = True
    unique: tuple[tuple[str, ...], ...] = ()  # within the case; the parent column counts as a column
    # (column, when, value): `column` is set exactly when `when` equals `value`, empty otherwise.
    set_exactly_when: tuple[tuple[str, str, str], ...] = ()
    # (column, when, value): `column` must not be blank when `when` equals `value`.
    needed_when: tuple[tuple[str, str, str], ...] = ()
    # (column, when, value): `column` may be set only when `when` equals `value`.
    set_only_when: tuple[tuple[str, str, str], ...] = ()
    fixed_on_import: tuple[tuple[str, object], ...] = ()  # columns the importing vault sets itself

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)


def _values(kind: type[Enum]) -> tuple[str, ...]:
    return tuple(member.value for member in kind)


def text(name: str) -> Column:
    return Column(name, Kind.TEXT)


def nonblank(name: str) -> Column:
    return Column(name, Kind.NONBLANK)


def day(name: str, nullable: bool = False) -> Column:
    return Column(name, Kind.DATE, nullable)


def choice(name: str, values: type[Enum] | tuple[str, ...], nullable: bool = False) -> Column:
    return Column(name, Kind.CHOICE, nullable, values if isinstance(values, tuple) else _values(values))


def ref(name: str, table: str, nullable: bool = False) -> Column:
    return Column(name, Kind.REF, nullable, refers_to=table)


def score(name: str) -> Column:
    return Column(name, Kind.INTEGER, True, low=1, high=10)


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

# The fields of the `cases` row, in the order of the person form. Only `name` is needed; a package may leave out
# any other field that was not selected.
PERSON = Table(
    "cases",
    (
        nonblank("name"),
        text("preferred_name"),
        day("date_of_birth", True),
        text("prison"),
        text("prisoner_number"),
        text("nationality"),
        text("languages"),
        choice("legal_status", LegalStatus),
        text("offence_category"),
        day("detention_start", True),
        day("limited_detention_from", True),
        day("electronic_monitoring_from", True),
        day("conditional_release_from", True),
        day("expected_release", True),
        text("notes"),
    ),
    key="person",
)

_SERVICE_PARTY = ("service_id", "party", "service")

# --- everything else, in an order where each table refers only to tables before it (or to itself) -----------------

TABLES: tuple[Table, ...] = (
    Table(
        "phase_changes", (choice("phase", Phase), day("changed_on"), text("note"), text("closing_reason")), key="phase"
    ),
    Table("transfers", (day("transferred_on"), text("from_prison"), text("to_prison"), text("note")), key="transfer"),
    Table(
        "participation_decisions",
        (choice("status", Participation), day("decided_on"), text("reasons")),
        key="participation",
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
    ),
    Table(
        "assessments", (day("assessed_on"), ref("started_from", "assessments", True), text("note")), key="assessment"
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
    ),
    Table(
        "external_assessments",
        (
            choice("tool", RiskTool),
            text("other_tool"),
            day("done_on", True),
            text("author"),
            text("held_at"),
            text("note"),
        ),
        key="risk_assessment",
    ),
    Table(
        "factors",
        (
            choice("direction", Direction),
            choice("kind", FactorKind),
            ref("category_id", FACTOR_CATEGORIES),
            ref("domain_id", LIFE_DOMAINS, True),
            day("first_noted_on"),
            choice("status", FactorStatus),
            text("evidence"),
        ),
        key="factor",
    ),
    Table(
        "strengths",
        (choice("category", StrengthCategory), nonblank("description"), text("since"), text("pick_up")),
        key="strength",
    ),
    Table(
        "good_lives",
        (
            choice("good", PrimaryGood),
            choice("importance", Importance, True),
            text("pursued_before"),
            text("prosocial_route"),
        ),
        key="good",
        unique=(("good",),),
    ),
    Table("perspectives", (day("noted_on"), text("want_to_do"), text("wish_to_be")), key="perspective"),
    Table(
        "goals",
        (
            nonblank("title"),
            text("success"),
            day("target_on", True),
            choice("status", GoalStatus),
            text("dropped_reason"),
            ref("need_item_id", "assessment_items", True),
            ref("strength_id", "strengths", True),
            choice("good", PrimaryGood, True),
        ),
        key="goal",
        needed_when=(("dropped_reason", "status", "dropped"),),
    ),
    Table(
        "goal_domains",
        (ref("domain_id", LIFE_DOMAINS),),
        parent=("goal_id", "goals"),
        has_id=False,
        unique=(("goal_id", "domain_id"),),
    ),
    Table("goal_notes", (day("noted_on"), nonblank("note")), key="goal_note", parent=("goal_id", "goals")),
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
    ),
    Table("plan_versions", (day("made_on"), text("note"), Column("snapshot", Kind.PLAN_SNAPSHOT)), key="plan_version"),
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
    ),
    Table(
        "sessions",
        (
            Column("starts_at", Kind.DATETIME),
            choice("status", SESSION_STATUSES),
            choice("kind", SESSION_KINDS),
            Column("duration_minutes", Kind.INTEGER, True, low=1, high=LONGEST_SESSION_MINUTES),
            text("location"),
            choice("focus", Focus, True),
            text("note"),
        ),
        key="session",
    ),
    Table(
        "session_participants",
        (
            choice("party", SessionParty),
            ref("service_id", PARTNER_SERVICES, True),
            text("party_name"),
        ),
        parent=("session_id", "sessions"),
        set_exactly_when=(_SERVICE_PARTY,),
    ),
    Table(
        "session_domains",
        (ref("domain_id", LIFE_DOMAINS),),
        parent=("session_id", "sessions"),
        has_id=False,
        unique=(("session_id", "domain_id"),),
    ),
    Table(
        "session_factors",
        (ref("factor_id", "factors"),),
        parent=("session_id", "sessions"),
        has_id=False,
        unique=(("session_id", "factor_id"),),
    ),
    Table(
        "session_goods",
        (choice("good", PrimaryGood),),
        parent=("session_id", "sessions"),
        has_id=False,
        unique=(("session_id", "good"),),
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
        ),
        key="disclosure",
        needed_when=(("basis_explanation", "basis", "other"), ("override_reason", "consent", "overridden")),
        set_only_when=(("party_service_id", "party_kind", "partner_service"),),
        fixed_on_import=(("carried_over", 1),),
    ),
)

TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}

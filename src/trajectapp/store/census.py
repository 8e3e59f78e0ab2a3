"""How many records of each kind a vault holds, for `trajectapp check`."""

from __future__ import annotations

from trajectapp.store.connection import Connection

# Kind shown to the user -> table. Later schemas add their aggregates here.
COUNTED_TABLES = {
    "cases": "cases",
    "phase changes": "phase_changes",
    "transfers": "transfers",
    "participation decisions": "participation_decisions",
    "consents": "consents",
    "partner services": "partner_services",
    "services involved in cases": "involvements",
    "sessions": "sessions",
    "actions": "actions",
    "session participants": "session_participants",
    "life domains touched in sessions": "session_domains",
    "factors touched in sessions": "session_factors",
    "Good Lives goods touched in sessions": "session_goods",
    "search index entries": "search_text",
    "life domains": "life_domains",
    "needs assessments": "assessments",
    "domains assessed": "assessment_items",
    "external risk assessments noted": "external_assessments",
    "factor categories": "factor_categories",
    "push and pull factors": "factors",
    "strengths and old passions": "strengths",
    "Good Lives entries": "good_lives",
    "perspective versions": "perspectives",
    "goals": "goals",
    "goal steps": "goal_steps",
    "goal progress notes": "goal_notes",
    "plan versions": "plan_versions",
    "plan agreements": "plan_agreements",
    "disclosures": "disclosures",
    "audit events": "audit_log",
    "drafts": "drafts",
}

# Kind -> (table, column, condition) for the kinds that are some rows of a table; counted where the
# vault's schema has the column.
COUNTED_SELECTIONS = {
    "session notes": ("sessions", "note", "note <> ''"),
    "actions from sessions": ("actions", "session_id", "session_id IS NOT NULL"),
    "documents printed": ("audit_log", "event", "event = 'document.printed'"),
}


def record_counts(connection: Connection) -> dict[str, int]:
    """Counts of every kind the vault's schema has; `check` never migrates, so an older vault lacks some."""
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    # Table names and conditions come from the constants above, never from input.
    counts = {
        kind: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for kind, table in COUNTED_TABLES.items()
        if table in present
    }
    for kind, (table, column, condition) in COUNTED_SELECTIONS.items():
        if column in {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}:
            counts[kind] = connection.execute(f"SELECT count(*) FROM {table} WHERE {condition}").fetchone()[0]
    return counts

"""How many records of each kind a vault holds, for `trajectapp check`."""

from __future__ import annotations

from trajectapp.domain.case_tables import PERSON, TABLES
from trajectapp.store.connection import Connection

# Kind shown to the user -> table: every kind of record in a case as domain.case_tables names it, then the
# vault's catalogues and its own bookkeeping.
COUNTED_TABLES = {
    **{table.counted_as: table.name for table in (PERSON, *TABLES)},
    "partner services": "partner_services",
    "life domains": "life_domains",
    "factor categories": "factor_categories",
    "search index entries": "search_text",
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

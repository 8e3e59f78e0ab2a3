-- The first schema: people on the caseload, the audit trail, encrypted drafts.

CREATE TABLE cases (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    preferred_name  TEXT NOT NULL DEFAULT '',
    date_of_birth   TEXT CHECK (date_of_birth IS NULL OR date(date_of_birth) = date_of_birth),
    prison          TEXT NOT NULL DEFAULT '',
    prisoner_number TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- Who did what, when; events are names such as 'case.created', never content.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    event   TEXT NOT NULL,
    case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL
);

-- Unsaved form contents kept when the vault locks, restored on unlock.
CREATE TABLE drafts (
    form     TEXT PRIMARY KEY,
    content  TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

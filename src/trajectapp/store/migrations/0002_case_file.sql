-- The case file: the person in full, the traject, participation, consent,
-- partner services, contacts and actions, tagged special categories, and a
-- hash-chained audit trail.

ALTER TABLE cases ADD COLUMN nationality TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN legal_status TEXT NOT NULL DEFAULT ''
    CHECK (legal_status IN ('', 'accused', 'convicted', 'interned', 'released_under_conditions'));
ALTER TABLE cases ADD COLUMN offence_category TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN detention_start TEXT CHECK (detention_start IS NULL OR date(detention_start) = detention_start);
ALTER TABLE cases ADD COLUMN limited_detention_from TEXT
    CHECK (limited_detention_from IS NULL OR date(limited_detention_from) = limited_detention_from);
ALTER TABLE cases ADD COLUMN electronic_monitoring_from TEXT
    CHECK (electronic_monitoring_from IS NULL OR date(electronic_monitoring_from) = electronic_monitoring_from);
ALTER TABLE cases ADD COLUMN conditional_release_from TEXT
    CHECK (conditional_release_from IS NULL OR date(conditional_release_from) = conditional_release_from);
ALTER TABLE cases ADD COLUMN expected_release TEXT CHECK (expected_release IS NULL OR date(expected_release) = expected_release);
ALTER TABLE cases ADD COLUMN notes TEXT NOT NULL DEFAULT '';

-- Which fields hold special-category data (religion or ideology, health,
-- criminal offences). Later migrations tag the fields they add.
CREATE TABLE field_categories (
    table_name  TEXT NOT NULL,
    column_name TEXT NOT NULL,
    category    TEXT NOT NULL CHECK (category IN ('religion_ideology', 'health', 'offences')),
    PRIMARY KEY (table_name, column_name)
);
INSERT INTO field_categories (table_name, column_name, category) VALUES
    ('cases', 'legal_status', 'offences'),
    ('cases', 'offence_category', 'offences');

CREATE TABLE phase_changes (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    phase          TEXT NOT NULL CHECK (phase IN ('first_contact', 'building_trust', 'exploring',
                       'critical_reflection', 'reintegration_planning', 'release_preparation', 'aftercare', 'closed')),
    changed_on     TEXT NOT NULL CHECK (date(changed_on) = changed_on),
    note           TEXT NOT NULL DEFAULT '',
    closing_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phase_changes_by_case ON phase_changes (case_id, changed_on);

CREATE TABLE transfers (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    transferred_on TEXT NOT NULL CHECK (date(transferred_on) = transferred_on),
    from_prison    TEXT NOT NULL DEFAULT '',
    to_prison      TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX transfers_by_case ON transfers (case_id, transferred_on);

CREATE TABLE participation_decisions (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('offered', 'accepted', 'declined', 'paused', 'withdrawn')),
    decided_on TEXT NOT NULL CHECK (date(decided_on) = decided_on),
    reasons    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participation_by_case ON participation_decisions (case_id, decided_on);

CREATE TABLE partner_services (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind           TEXT NOT NULL DEFAULT '',
    organisation   TEXT NOT NULL DEFAULT '',
    contact_people TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    hidden         INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    default_key    TEXT UNIQUE  -- the shipped default it came from, if any
);

CREATE TABLE involvements (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    service_id     INTEGER NOT NULL REFERENCES partner_services (id) ON DELETE RESTRICT,
    since          TEXT CHECK (since IS NULL OR date(since) = since),
    until          TEXT CHECK (until IS NULL OR date(until) = until),
    contact_person TEXT NOT NULL DEFAULT '',
    needs          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX involvements_by_case ON involvements (case_id);

CREATE TABLE consents (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    purpose            TEXT NOT NULL CHECK (purpose IN ('share_with_service', 'statistics')),
    partner_service_id INTEGER REFERENCES partner_services (id) ON DELETE RESTRICT,
    decision           TEXT NOT NULL CHECK (decision IN ('pending', 'given', 'refused')),
    asked_on           TEXT NOT NULL CHECK (date(asked_on) = asked_on),
    decided_on         TEXT CHECK (decided_on IS NULL OR date(decided_on) = decided_on),
    allowed            TEXT NOT NULL DEFAULT '',
    not_allowed        TEXT NOT NULL DEFAULT '',
    revoked_on         TEXT CHECK (revoked_on IS NULL OR date(revoked_on) = revoked_on),
    CHECK ((purpose = 'share_with_service') = (partner_service_id IS NOT NULL))
);
CREATE INDEX consents_by_case ON consents (case_id);

-- Contacts and appointments; the sessions issue adds the notes and the rest.
CREATE TABLE sessions (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL CHECK (datetime(starts_at) = starts_at),
    status    TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
    kind      TEXT NOT NULL DEFAULT 'individual'
);
CREATE INDEX sessions_by_case ON sessions (case_id, starts_at);

CREATE TABLE actions (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    owner       TEXT NOT NULL DEFAULT '',
    due_on      TEXT CHECK (due_on IS NULL OR date(due_on) = due_on),
    done_on     TEXT CHECK (done_on IS NULL OR date(done_on) = done_on)
);
CREATE INDEX actions_by_case ON actions (case_id, done_on, due_on);

-- The audit trail gains what changed and a hash chain: each entry's hash
-- covers its own fields and the previous entry's hash.
ALTER TABLE audit_log ADD COLUMN record_type TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN record_id INTEGER;
ALTER TABLE audit_log ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN previous_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE INDEX audit_by_case ON audit_log (case_id);

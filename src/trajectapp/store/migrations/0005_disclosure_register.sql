-- The disclosure register: each time case data leaves the vault through the
-- export step (a PDF, a transfer package) or arrives in a transfer package,
-- who, what, why, on what basis, and a fingerprint of the file. Never the
-- password, never the folder the file went to. An entry is written once and
-- never changed or removed: the triggers below refuse both.

CREATE TABLE disclosures (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (id),
    disclosed_at      TEXT NOT NULL,
    direction         TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    -- The recipient of what was sent, or the sender of what was received.
    party_kind        TEXT NOT NULL CHECK (party_kind IN ('partner_service', 'consultant', 'person')),
    party_name        TEXT NOT NULL CHECK (length(trim(party_name)) > 0),
    party_service_id  INTEGER REFERENCES partner_services (id),
    purpose           TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    basis             TEXT NOT NULL CHECK (basis IN ('consent', 'legal_obligation', 'case_consultation',
                          'vital_interest', 'other')),
    basis_explanation TEXT NOT NULL DEFAULT '',
    consent           TEXT NOT NULL CHECK (consent IN ('covered', 'overridden', 'not_applicable')),
    override_reason   TEXT NOT NULL DEFAULT '',
    -- [{"key": "session:42", "label": "...", "categories": ["health"]}, ...]: exactly what was included.
    items             TEXT NOT NULL CHECK (json_valid(items) AND json_type(items) = 'array'),
    format            TEXT NOT NULL CHECK (format IN ('encrypted_pdf', 'unencrypted_pdf', 'transfer_package')),
    file_name         TEXT NOT NULL CHECK (length(file_name) > 0 AND instr(file_name, '/') = 0
                          AND instr(file_name, char(92)) = 0),
    file_size         INTEGER NOT NULL CHECK (file_size >= 0),
    file_sha256       TEXT NOT NULL CHECK (length(file_sha256) = 64 AND NOT file_sha256 GLOB '*[^0-9a-f]*'),
    -- 1: recorded in the vault the case came from and brought along by its transfer package.
    carried_over      INTEGER NOT NULL DEFAULT 0 CHECK (carried_over IN (0, 1)),
    CHECK (party_service_id IS NULL OR party_kind = 'partner_service'),
    CHECK (basis <> 'other' OR length(trim(basis_explanation)) > 0),
    CHECK (consent <> 'overridden' OR length(trim(override_reason)) > 0)
);
CREATE INDEX disclosures_by_case ON disclosures (case_id, disclosed_at);

CREATE TRIGGER disclosures_are_never_changed BEFORE UPDATE ON disclosures BEGIN
    SELECT RAISE(ABORT, 'an entry in the disclosure register cannot be changed');
END;
CREATE TRIGGER disclosures_are_never_removed BEFORE DELETE ON disclosures BEGIN
    SELECT RAISE(ABORT, 'an entry in the disclosure register cannot be removed');
END;

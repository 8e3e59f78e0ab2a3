-- Approximate dates: a date known only to its year or its month (2015, 2015-03), kept as ISO text cut to what is
-- known, so that it sorts with the dates known to the day (2015-03-14). A push or pull factor is often noted as
-- "since 2015", and a person's first conviction is often known only to the year.
--
-- The check of an approximate date is written with IS, not =: date() of text that is no date is NULL, and a CHECK
-- that comes out NULL lets its row through.

ALTER TABLE cases ADD COLUMN first_conviction TEXT CHECK (first_conviction IS NULL
    OR date(first_conviction) IS first_conviction
    OR date(first_conviction || '-01') IS first_conviction || '-01'
    OR first_conviction GLOB '[0-9][0-9][0-9][0-9]');
INSERT INTO field_categories (table_name, column_name, category) VALUES ('cases', 'first_conviction', 'offences');

-- SQLite cannot widen a column's CHECK in place: the factors are made again with the wider check of
-- first_noted_on, keeping their ids (sessions refer to them; store/schema.py keeps foreign keys off while a
-- migration runs and checks every link before it commits), their indexes and their search triggers (from 0004).
CREATE TABLE factors_with_approximate_dates (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    direction      TEXT NOT NULL CHECK (direction IN ('towards_extremism', 'away_from_extremism')),
    kind           TEXT NOT NULL CHECK (kind IN ('push', 'pull', 'personal', 'protective')),
    category_id    INTEGER NOT NULL REFERENCES factor_categories (id) ON DELETE RESTRICT,
    domain_id      INTEGER REFERENCES life_domains (id) ON DELETE RESTRICT,
    first_noted_on TEXT NOT NULL CHECK (date(first_noted_on) IS first_noted_on
                       OR date(first_noted_on || '-01') IS first_noted_on || '-01'
                       OR first_noted_on GLOB '[0-9][0-9][0-9][0-9]'),
    status         TEXT NOT NULL CHECK (status IN ('active', 'weakening', 'gone')),
    evidence       TEXT NOT NULL DEFAULT ''
);
INSERT INTO factors_with_approximate_dates
        (id, case_id, direction, kind, category_id, domain_id, first_noted_on, status, evidence)
    SELECT id, case_id, direction, kind, category_id, domain_id, first_noted_on, status, evidence FROM factors;
DROP TABLE factors;
ALTER TABLE factors_with_approximate_dates RENAME TO factors;

CREATE INDEX factors_by_case ON factors (case_id, first_noted_on);
CREATE INDEX factors_by_domain ON factors (domain_id);
CREATE INDEX factors_by_category ON factors (category_id);

-- The search index's rows of the factors stay as they were (same ids); only the triggers went with the old table.
CREATE TRIGGER search_factors_added AFTER INSERT ON factors WHEN NEW.evidence <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 8, NEW.evidence, NEW.case_id, 'factor', NEW.first_noted_on);
END;
CREATE TRIGGER search_factors_changed AFTER UPDATE OF evidence, first_noted_on ON factors BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 8;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 8, NEW.evidence, NEW.case_id, 'factor', NEW.first_noted_on WHERE NEW.evidence <> '';
END;
CREATE TRIGGER search_factors_removed AFTER DELETE ON factors BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 8;
END;

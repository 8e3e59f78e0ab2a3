-- Needs by life domain, push and pull factors, strengths, the Good Lives lens,
-- the person's perspective, reintegration goals with their steps, and dated
-- versions of the plan with who agrees to it.

-- The catalogue of life domains: shipped defaults (default_key) and the
-- consultant's own. A domain's sensitivity passes to everything recorded
-- under it (assessment items, factors, goals): see domain.sensitivity.
CREATE TABLE life_domains (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sensitivity TEXT CHECK (sensitivity IS NULL OR sensitivity IN ('religion_ideology', 'health', 'offences')),
    hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    position    INTEGER NOT NULL,
    default_key TEXT UNIQUE
);

-- An assessment is dated and kept forever; a new one starts as a copy of the last.
CREATE TABLE assessments (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    assessed_on  TEXT NOT NULL CHECK (date(assessed_on) = assessed_on),
    started_from INTEGER REFERENCES assessments (id) ON DELETE SET NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessments_by_case ON assessments (case_id, assessed_on);

CREATE TABLE assessment_items (
    id                   INTEGER PRIMARY KEY,
    assessment_id        INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    domain_id            INTEGER NOT NULL REFERENCES life_domains (id) ON DELETE RESTRICT,
    situation            INTEGER CHECK (situation IS NULL OR situation BETWEEN 1 AND 10),
    person_situation     INTEGER CHECK (person_situation IS NULL OR person_situation BETWEEN 1 AND 10),
    motivation           TEXT CHECK (motivation IS NULL OR motivation IN ('does_not_want_to_answer',
                             'no_need_to_change', 'unsure', 'wants_to_change', 'taking_steps', 'keeping_it_up')),
    person_view          TEXT NOT NULL DEFAULT '',
    consultant_view      TEXT NOT NULL DEFAULT '',
    views                TEXT NOT NULL DEFAULT 'not_compared'
                             CHECK (views IN ('not_compared', 'agree', 'partly', 'disagree')),
    own_words            TEXT NOT NULL DEFAULT '',
    support_needed       TEXT NOT NULL DEFAULT '',
    next_step            TEXT NOT NULL DEFAULT '',
    next_step_service_id INTEGER REFERENCES partner_services (id) ON DELETE RESTRICT,
    UNIQUE (assessment_id, domain_id)
);
CREATE INDEX assessment_items_by_domain ON assessment_items (domain_id);

-- External risk assessments are not scored here: only that one exists, and where.
CREATE TABLE external_assessments (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    tool       TEXT NOT NULL CHECK (tool IN ('vera_2r', 'erg', 'other')),
    other_tool TEXT NOT NULL DEFAULT '',
    done_on    TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),
    author     TEXT NOT NULL DEFAULT '',
    held_at    TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX external_assessments_by_case ON external_assessments (case_id);

CREATE TABLE factor_categories (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    position    INTEGER NOT NULL,
    default_key TEXT UNIQUE
);

CREATE TABLE factors (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    direction      TEXT NOT NULL CHECK (direction IN ('towards_extremism', 'away_from_extremism')),
    kind           TEXT NOT NULL CHECK (kind IN ('push', 'pull', 'personal', 'protective')),
    category_id    INTEGER NOT NULL REFERENCES factor_categories (id) ON DELETE RESTRICT,
    domain_id      INTEGER REFERENCES life_domains (id) ON DELETE RESTRICT,
    first_noted_on TEXT NOT NULL CHECK (date(first_noted_on) = first_noted_on),
    status         TEXT NOT NULL CHECK (status IN ('active', 'weakening', 'gone')),
    evidence       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX factors_by_case ON factors (case_id, first_noted_on);
CREATE INDEX factors_by_domain ON factors (domain_id);
CREATE INDEX factors_by_category ON factors (category_id);

CREATE TABLE strengths (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    category    TEXT NOT NULL CHECK (category IN ('passion', 'skill', 'relationship', 'value', 'achievement',
                    'protective_factor')),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    since       TEXT NOT NULL DEFAULT '',
    pick_up     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX strengths_by_case ON strengths (case_id);

-- The Good Lives lens: at most one entry per primary good per case.
CREATE TABLE good_lives (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    good            TEXT NOT NULL CHECK (good IN ('life', 'knowledge', 'excellence_in_play', 'excellence_in_work',
                        'agency', 'inner_peace', 'relatedness', 'community', 'spirituality', 'pleasure',
                        'creativity')),
    importance      TEXT CHECK (importance IS NULL OR importance IN ('not_important', 'somewhat_important',
                        'important', 'very_important')),
    pursued_before  TEXT NOT NULL DEFAULT '',
    prosocial_route TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, good)
);

-- What the person wants to do and who they wish to be: every version kept.
CREATE TABLE perspectives (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    noted_on   TEXT NOT NULL CHECK (date(noted_on) = noted_on),
    want_to_do TEXT NOT NULL DEFAULT '',
    wish_to_be TEXT NOT NULL DEFAULT ''
);
CREATE INDEX perspectives_by_case ON perspectives (case_id, noted_on);

CREATE TABLE goals (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    success        TEXT NOT NULL DEFAULT '',
    target_on      TEXT CHECK (target_on IS NULL OR date(target_on) = target_on),
    status         TEXT NOT NULL CHECK (status IN ('future', 'active', 'achieved', 'dropped')),
    dropped_reason TEXT NOT NULL DEFAULT '',
    need_item_id   INTEGER REFERENCES assessment_items (id) ON DELETE SET NULL,
    strength_id    INTEGER REFERENCES strengths (id) ON DELETE SET NULL,
    good           TEXT CHECK (good IS NULL OR good IN ('life', 'knowledge', 'excellence_in_play',
                       'excellence_in_work', 'agency', 'inner_peace', 'relatedness', 'community', 'spirituality',
                       'pleasure', 'creativity')),
    CHECK (status <> 'dropped' OR length(trim(dropped_reason)) > 0)
);
CREATE INDEX goals_by_case ON goals (case_id, status);

CREATE TABLE goal_domains (
    goal_id   INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    domain_id INTEGER NOT NULL REFERENCES life_domains (id) ON DELETE RESTRICT,
    PRIMARY KEY (goal_id, domain_id)
);
CREATE INDEX goal_domains_by_domain ON goal_domains (domain_id);

CREATE TABLE goal_notes (
    id       INTEGER PRIMARY KEY,
    goal_id  INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    noted_on TEXT NOT NULL CHECK (date(noted_on) = noted_on),
    note     TEXT NOT NULL CHECK (length(trim(note)) > 0)
);
CREATE INDEX goal_notes_by_goal ON goal_notes (goal_id, noted_on);

CREATE TABLE goal_steps (
    id         INTEGER PRIMARY KEY,
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    what       TEXT NOT NULL CHECK (length(trim(what)) > 0),
    party      TEXT NOT NULL CHECK (party IN ('person', 'consultant', 'service', 'family', 'other')),
    service_id INTEGER REFERENCES partner_services (id) ON DELETE RESTRICT,
    party_name TEXT NOT NULL DEFAULT '',
    due_on     TEXT CHECK (due_on IS NULL OR date(due_on) = due_on),
    status     TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'cannot_be_done_yet',
                   'no_longer_needed', 'done')),
    CHECK ((party = 'service') = (service_id IS NOT NULL))
);
CREATE INDEX goal_steps_by_goal ON goal_steps (goal_id, status, due_on);

-- A version of the plan holds the goals and steps as they were on its date
-- (JSON, inside the encrypted database), so later edits never change it.
CREATE TABLE plan_versions (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    made_on  TEXT NOT NULL CHECK (date(made_on) = made_on),
    note     TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
);
CREATE INDEX plan_versions_by_case ON plan_versions (case_id, made_on);

CREATE TABLE plan_agreements (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES plan_versions (id) ON DELETE CASCADE,
    party       TEXT NOT NULL CHECK (party IN ('person', 'consultant', 'service', 'family', 'other')),
    service_id  INTEGER REFERENCES partner_services (id) ON DELETE RESTRICT,
    party_name  TEXT NOT NULL DEFAULT '',
    answer      TEXT NOT NULL CHECK (answer IN ('agrees', 'does_not_agree', 'could_not_answer')),
    reason      TEXT NOT NULL DEFAULT '',
    answered_on TEXT CHECK (answered_on IS NULL OR date(answered_on) = answered_on),
    CHECK ((party = 'service') = (service_id IS NOT NULL))
);
CREATE INDEX plan_agreements_by_version ON plan_agreements (version_id);

-- Fields that hold special-category data whatever they are filed under. The
-- rest follows the life domain a record is linked to (life_domains.sensitivity).
INSERT INTO field_categories (table_name, column_name, category) VALUES
    ('external_assessments', 'tool', 'offences'),
    ('external_assessments', 'other_tool', 'offences'),
    ('external_assessments', 'done_on', 'offences'),
    ('external_assessments', 'author', 'offences'),
    ('external_assessments', 'held_at', 'offences'),
    ('external_assessments', 'note', 'offences'),
    ('factors', 'evidence', 'religion_ideology'),
    ('good_lives', 'pursued_before', 'religion_ideology');

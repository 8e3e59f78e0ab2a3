-- Sessions in full (duration, location, focus, who took part, what they
-- touched), the session note, follow-up actions from a session, and a
-- full-text index over the notes and every free-text field of the case file.

ALTER TABLE sessions ADD COLUMN duration_minutes INTEGER
    CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440);
ALTER TABLE sessions ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN focus TEXT
    CHECK (focus IS NULL OR focus IN ('relation', 'critical_reflection', 'practical_support', 'planning'));
-- The note: text with simple markup (# headings, - lists, *emphasis*), kept as typed.
ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- Who took part besides the consultant: the person, a partner service from
-- the directory, family, or someone else (named in party_name).
CREATE TABLE session_participants (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    party      TEXT NOT NULL CHECK (party IN ('person', 'service', 'family', 'other')),
    service_id INTEGER REFERENCES partner_services (id) ON DELETE RESTRICT,
    party_name TEXT NOT NULL DEFAULT '',
    CHECK ((party = 'service') = (service_id IS NOT NULL))
);
CREATE INDEX session_participants_by_session ON session_participants (session_id);
CREATE INDEX session_participants_by_service ON session_participants (service_id);

-- What a session touched. A tag to a special-category life domain (or the
-- good spirituality) makes the session carry that category; the note itself
-- is free text and is not tagged.
CREATE TABLE session_domains (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    domain_id  INTEGER NOT NULL REFERENCES life_domains (id) ON DELETE RESTRICT,
    PRIMARY KEY (session_id, domain_id)
);
CREATE INDEX session_domains_by_domain ON session_domains (domain_id);

CREATE TABLE session_factors (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    factor_id  INTEGER NOT NULL REFERENCES factors (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, factor_id)
);
CREATE INDEX session_factors_by_factor ON session_factors (factor_id);

CREATE TABLE session_goods (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    good       TEXT NOT NULL CHECK (good IN ('life', 'knowledge', 'excellence_in_play', 'excellence_in_work',
                   'agency', 'inner_peace', 'relatedness', 'community', 'spirituality', 'pleasure',
                   'creativity')),
    PRIMARY KEY (session_id, good)
);

-- A follow-up action may come from a session.
ALTER TABLE actions ADD COLUMN session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL;
CREATE INDEX actions_by_session ON actions (session_id);

-- Full-text search. One ordinary FTS5 table holds a copy of each record's
-- free text (inside the encrypted database, like the rest), so snippet() can
-- highlight hits; external-content tables need one source table, and
-- contentless ones cannot give snippets. Triggers on each source table keep
-- it in step. A row's rowid is the record's id * 16 + a code for its table,
-- so a trigger finds its row by rowid, not by scanning. Records with no text
-- have no row. "Çelik" is found by "celik": diacritics are removed.
CREATE VIRTUAL TABLE search_text USING fts5 (
    body,
    case_id UNINDEXED,
    kind UNINDEXED,
    on_date UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- session: note
CREATE TRIGGER search_sessions_added AFTER INSERT ON sessions WHEN NEW.note <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 1, NEW.note, NEW.case_id, 'session', date(NEW.starts_at));
END;
CREATE TRIGGER search_sessions_changed AFTER UPDATE OF note, starts_at ON sessions BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 1;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 1, NEW.note, NEW.case_id, 'session', date(NEW.starts_at) WHERE NEW.note <> '';
END;
CREATE TRIGGER search_sessions_removed AFTER DELETE ON sessions BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 1;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 1, X.note, X.case_id, 'session', date(X.starts_at) FROM sessions X WHERE X.note <> '';

-- case: notes
CREATE TRIGGER search_cases_added AFTER INSERT ON cases WHEN NEW.notes <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 2, NEW.notes, NEW.id, 'case', NULL);
END;
CREATE TRIGGER search_cases_changed AFTER UPDATE OF notes ON cases BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 2;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 2, NEW.notes, NEW.id, 'case', NULL WHERE NEW.notes <> '';
END;
CREATE TRIGGER search_cases_removed AFTER DELETE ON cases BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 2;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 2, X.notes, X.id, 'case', NULL FROM cases X WHERE X.notes <> '';

-- phase_change: note, closing_reason
CREATE TRIGGER search_phase_changes_added AFTER INSERT ON phase_changes WHEN trim(NEW.note || char(10) || NEW.closing_reason, char(10)) <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 3, trim(NEW.note || char(10) || NEW.closing_reason, char(10)), NEW.case_id, 'phase_change', NEW.changed_on);
END;
CREATE TRIGGER search_phase_changes_changed AFTER UPDATE OF note, closing_reason, changed_on ON phase_changes BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 3;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 3, trim(NEW.note || char(10) || NEW.closing_reason, char(10)), NEW.case_id, 'phase_change', NEW.changed_on WHERE trim(NEW.note || char(10) || NEW.closing_reason, char(10)) <> '';
END;
CREATE TRIGGER search_phase_changes_removed AFTER DELETE ON phase_changes BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 3;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 3, trim(X.note || char(10) || X.closing_reason, char(10)), X.case_id, 'phase_change', X.changed_on FROM phase_changes X WHERE trim(X.note || char(10) || X.closing_reason, char(10)) <> '';

-- participation: reasons
CREATE TRIGGER search_participation_decisions_added AFTER INSERT ON participation_decisions WHEN NEW.reasons <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 4, NEW.reasons, NEW.case_id, 'participation', NEW.decided_on);
END;
CREATE TRIGGER search_participation_decisions_changed AFTER UPDATE OF reasons, decided_on ON participation_decisions BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 4;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 4, NEW.reasons, NEW.case_id, 'participation', NEW.decided_on WHERE NEW.reasons <> '';
END;
CREATE TRIGGER search_participation_decisions_removed AFTER DELETE ON participation_decisions BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 4;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 4, X.reasons, X.case_id, 'participation', X.decided_on FROM participation_decisions X WHERE X.reasons <> '';

-- transfer: note
CREATE TRIGGER search_transfers_added AFTER INSERT ON transfers WHEN NEW.note <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 5, NEW.note, NEW.case_id, 'transfer', NEW.transferred_on);
END;
CREATE TRIGGER search_transfers_changed AFTER UPDATE OF note, transferred_on ON transfers BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 5;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 5, NEW.note, NEW.case_id, 'transfer', NEW.transferred_on WHERE NEW.note <> '';
END;
CREATE TRIGGER search_transfers_removed AFTER DELETE ON transfers BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 5;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 5, X.note, X.case_id, 'transfer', X.transferred_on FROM transfers X WHERE X.note <> '';

-- assessment: note
CREATE TRIGGER search_assessments_added AFTER INSERT ON assessments WHEN NEW.note <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 6, NEW.note, NEW.case_id, 'assessment', NEW.assessed_on);
END;
CREATE TRIGGER search_assessments_changed AFTER UPDATE OF note, assessed_on ON assessments BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 6;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 6, NEW.note, NEW.case_id, 'assessment', NEW.assessed_on WHERE NEW.note <> '';
END;
CREATE TRIGGER search_assessments_removed AFTER DELETE ON assessments BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 6;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 6, X.note, X.case_id, 'assessment', X.assessed_on FROM assessments X WHERE X.note <> '';

-- assessment_item: person_view, consultant_view, own_words, support_needed, next_step
CREATE TRIGGER search_assessment_items_added AFTER INSERT ON assessment_items WHEN trim(NEW.person_view || char(10) || NEW.consultant_view || char(10) || NEW.own_words || char(10) || NEW.support_needed || char(10) || NEW.next_step, char(10)) <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 7, trim(NEW.person_view || char(10) || NEW.consultant_view || char(10) || NEW.own_words || char(10) || NEW.support_needed || char(10) || NEW.next_step, char(10)), (SELECT a.case_id FROM assessments a WHERE a.id = NEW.assessment_id), 'assessment_item', (SELECT a.assessed_on FROM assessments a WHERE a.id = NEW.assessment_id));
END;
CREATE TRIGGER search_assessment_items_changed AFTER UPDATE OF person_view, consultant_view, own_words, support_needed, next_step ON assessment_items BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 7;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 7, trim(NEW.person_view || char(10) || NEW.consultant_view || char(10) || NEW.own_words || char(10) || NEW.support_needed || char(10) || NEW.next_step, char(10)), (SELECT a.case_id FROM assessments a WHERE a.id = NEW.assessment_id), 'assessment_item', (SELECT a.assessed_on FROM assessments a WHERE a.id = NEW.assessment_id) WHERE trim(NEW.person_view || char(10) || NEW.consultant_view || char(10) || NEW.own_words || char(10) || NEW.support_needed || char(10) || NEW.next_step, char(10)) <> '';
END;
CREATE TRIGGER search_assessment_items_removed AFTER DELETE ON assessment_items BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 7;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 7, trim(X.person_view || char(10) || X.consultant_view || char(10) || X.own_words || char(10) || X.support_needed || char(10) || X.next_step, char(10)), (SELECT a.case_id FROM assessments a WHERE a.id = X.assessment_id), 'assessment_item', (SELECT a.assessed_on FROM assessments a WHERE a.id = X.assessment_id) FROM assessment_items X WHERE trim(X.person_view || char(10) || X.consultant_view || char(10) || X.own_words || char(10) || X.support_needed || char(10) || X.next_step, char(10)) <> '';

-- factor: evidence
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
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 8, X.evidence, X.case_id, 'factor', X.first_noted_on FROM factors X WHERE X.evidence <> '';

-- strength: description, pick_up
CREATE TRIGGER search_strengths_added AFTER INSERT ON strengths WHEN trim(NEW.description || char(10) || NEW.pick_up, char(10)) <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 9, trim(NEW.description || char(10) || NEW.pick_up, char(10)), NEW.case_id, 'strength', NULL);
END;
CREATE TRIGGER search_strengths_changed AFTER UPDATE OF description, pick_up ON strengths BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 9;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 9, trim(NEW.description || char(10) || NEW.pick_up, char(10)), NEW.case_id, 'strength', NULL WHERE trim(NEW.description || char(10) || NEW.pick_up, char(10)) <> '';
END;
CREATE TRIGGER search_strengths_removed AFTER DELETE ON strengths BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 9;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 9, trim(X.description || char(10) || X.pick_up, char(10)), X.case_id, 'strength', NULL FROM strengths X WHERE trim(X.description || char(10) || X.pick_up, char(10)) <> '';

-- good_lives: pursued_before, prosocial_route
CREATE TRIGGER search_good_lives_added AFTER INSERT ON good_lives WHEN trim(NEW.pursued_before || char(10) || NEW.prosocial_route, char(10)) <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 10, trim(NEW.pursued_before || char(10) || NEW.prosocial_route, char(10)), NEW.case_id, 'good_lives', NULL);
END;
CREATE TRIGGER search_good_lives_changed AFTER UPDATE OF pursued_before, prosocial_route ON good_lives BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 10;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 10, trim(NEW.pursued_before || char(10) || NEW.prosocial_route, char(10)), NEW.case_id, 'good_lives', NULL WHERE trim(NEW.pursued_before || char(10) || NEW.prosocial_route, char(10)) <> '';
END;
CREATE TRIGGER search_good_lives_removed AFTER DELETE ON good_lives BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 10;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 10, trim(X.pursued_before || char(10) || X.prosocial_route, char(10)), X.case_id, 'good_lives', NULL FROM good_lives X WHERE trim(X.pursued_before || char(10) || X.prosocial_route, char(10)) <> '';

-- perspective: want_to_do, wish_to_be
CREATE TRIGGER search_perspectives_added AFTER INSERT ON perspectives WHEN trim(NEW.want_to_do || char(10) || NEW.wish_to_be, char(10)) <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 11, trim(NEW.want_to_do || char(10) || NEW.wish_to_be, char(10)), NEW.case_id, 'perspective', NEW.noted_on);
END;
CREATE TRIGGER search_perspectives_changed AFTER UPDATE OF want_to_do, wish_to_be, noted_on ON perspectives BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 11;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 11, trim(NEW.want_to_do || char(10) || NEW.wish_to_be, char(10)), NEW.case_id, 'perspective', NEW.noted_on WHERE trim(NEW.want_to_do || char(10) || NEW.wish_to_be, char(10)) <> '';
END;
CREATE TRIGGER search_perspectives_removed AFTER DELETE ON perspectives BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 11;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 11, trim(X.want_to_do || char(10) || X.wish_to_be, char(10)), X.case_id, 'perspective', X.noted_on FROM perspectives X WHERE trim(X.want_to_do || char(10) || X.wish_to_be, char(10)) <> '';

-- goal: title, success, dropped_reason
CREATE TRIGGER search_goals_added AFTER INSERT ON goals WHEN trim(NEW.title || char(10) || NEW.success || char(10) || NEW.dropped_reason, char(10)) <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 12, trim(NEW.title || char(10) || NEW.success || char(10) || NEW.dropped_reason, char(10)), NEW.case_id, 'goal', NEW.target_on);
END;
CREATE TRIGGER search_goals_changed AFTER UPDATE OF title, success, dropped_reason, target_on ON goals BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 12;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 12, trim(NEW.title || char(10) || NEW.success || char(10) || NEW.dropped_reason, char(10)), NEW.case_id, 'goal', NEW.target_on WHERE trim(NEW.title || char(10) || NEW.success || char(10) || NEW.dropped_reason, char(10)) <> '';
END;
CREATE TRIGGER search_goals_removed AFTER DELETE ON goals BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 12;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 12, trim(X.title || char(10) || X.success || char(10) || X.dropped_reason, char(10)), X.case_id, 'goal', X.target_on FROM goals X WHERE trim(X.title || char(10) || X.success || char(10) || X.dropped_reason, char(10)) <> '';

-- goal_note: note
CREATE TRIGGER search_goal_notes_added AFTER INSERT ON goal_notes WHEN NEW.note <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 13, NEW.note, (SELECT g.case_id FROM goals g WHERE g.id = NEW.goal_id), 'goal_note', NEW.noted_on);
END;
CREATE TRIGGER search_goal_notes_changed AFTER UPDATE OF note, noted_on ON goal_notes BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 13;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 13, NEW.note, (SELECT g.case_id FROM goals g WHERE g.id = NEW.goal_id), 'goal_note', NEW.noted_on WHERE NEW.note <> '';
END;
CREATE TRIGGER search_goal_notes_removed AFTER DELETE ON goal_notes BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 13;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 13, X.note, (SELECT g.case_id FROM goals g WHERE g.id = X.goal_id), 'goal_note', X.noted_on FROM goal_notes X WHERE X.note <> '';

-- action: description
CREATE TRIGGER search_actions_added AFTER INSERT ON actions WHEN NEW.description <> '' BEGIN
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        VALUES (NEW.id * 16 + 14, NEW.description, NEW.case_id, 'action', NEW.due_on);
END;
CREATE TRIGGER search_actions_changed AFTER UPDATE OF description, due_on ON actions BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 14;
    INSERT INTO search_text (rowid, body, case_id, kind, on_date)
        SELECT NEW.id * 16 + 14, NEW.description, NEW.case_id, 'action', NEW.due_on WHERE NEW.description <> '';
END;
CREATE TRIGGER search_actions_removed AFTER DELETE ON actions BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 16 + 14;
END;
INSERT INTO search_text (rowid, body, case_id, kind, on_date)
    SELECT X.id * 16 + 14, X.description, X.case_id, 'action', X.due_on FROM actions X WHERE X.description <> '';

-- An assessment's date is its items' date too.
CREATE TRIGGER search_assessment_items_redated AFTER UPDATE OF assessed_on ON assessments BEGIN
    UPDATE search_text SET on_date = NEW.assessed_on
        WHERE rowid IN (SELECT i.id * 16 + 7 FROM assessment_items i WHERE i.assessment_id = NEW.id);
END;

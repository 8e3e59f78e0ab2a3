-- The audit trail is keyed and sealed, and neither it nor the disclosure register can be changed in SQL.
--
-- From the first entry written after this migration, an entry's hash is an HMAC with a key derived from the data
-- key (store/audit_key.py), so a decrypted copy is not enough to rewrite the chain; the entries before it keep
-- their plain hashes, and the first keyed entry covers the last of them. The seal (one row) holds where the keyed
-- entries begin, how many entries there are and the last one's hash, under an HMAC of its own: removing the last
-- entries no longer leaves a whole chain. Trajectapp writes the seal in the transaction of every entry; the
-- migration in store/schema.py seals the trail as it stands.
CREATE TABLE audit_seal (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    keyed_from INTEGER NOT NULL,
    entries    INTEGER NOT NULL CHECK (entries >= 0),
    last_hash  TEXT NOT NULL,
    mac        TEXT NOT NULL
);
CREATE TRIGGER audit_seal_is_never_removed BEFORE DELETE ON audit_seal BEGIN
    SELECT RAISE(ABORT, 'the audit seal cannot be removed');
END;

CREATE TRIGGER audit_entries_are_never_changed BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'an entry in the audit trail cannot be changed');
END;
CREATE TRIGGER audit_entries_are_never_removed BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'an entry in the audit trail cannot be removed');
END;
-- INSERT OR REPLACE deletes the row it replaces without firing delete triggers: refuse an insert over an existing id.
CREATE TRIGGER audit_entries_are_never_replaced BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) BEGIN
    SELECT RAISE(ABORT, 'an entry in the audit trail cannot be replaced');
END;
CREATE TRIGGER disclosures_are_never_replaced BEFORE INSERT ON disclosures
WHEN EXISTS (SELECT 1 FROM disclosures WHERE id = NEW.id) BEGIN
    SELECT RAISE(ABORT, 'an entry in the disclosure register cannot be replaced');
END;

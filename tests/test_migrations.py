"""Schema migrations on real SQLCipher databases: numbering, from-scratch, failure, backup."""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

import pytest

from conftest import FAST_KDF_FLOOR, PASSPHRASE
from trajectapp.domain.data_categories import DataCategory
from trajectapp.services.caseload import list_cases
from trajectapp.services.check import SOUND, check_vault
from trajectapp.store import connection as db
from trajectapp.store import schema
from trajectapp.store.audit import AuditRepository
from trajectapp.store.cases import CaseRepository
from trajectapp.store.categories import tagged_fields
from trajectapp.store.schema import SchemaTooNew, latest_version, migrate
from trajectapp.vault import keyfile
from trajectapp.vault.errors import VaultError
from trajectapp.vault.kdf import derive_key
from trajectapp.vault.vault import DATABASE_NAME, KEY_FILE_NAME, unlock_vault

REAL = schema.migrations()
LATEST = len(REAL)
EXTRA_TABLE = "extra_notes"
VALID_EXTRA = f"CREATE TABLE {EXTRA_TABLE} (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
# The first statement succeeds, the second fails: the first must not survive.
BROKEN_EXTRA = "CREATE TABLE half_done (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);"


def schema_of(connection: db.Connection) -> list[tuple[str, str, str]]:
    return sorted(
        connection.execute(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    )


def tables_of(connection: db.Connection) -> set[str]:
    return {name for kind, name, _ in schema_of(connection) if kind == "table"}


def with_migrations(monkeypatch: pytest.MonkeyPatch, listed: list[tuple[int, str]]) -> None:
    """Make the store see `listed` as its migration files (the files, not the store, are replaced)."""
    monkeypatch.setattr(schema, "migrations", lambda: list(listed))


def data_key_of(folder: Path) -> bytes:
    key_file = keyfile.read(folder / KEY_FILE_NAME, FAST_KDF_FLOOR)
    data_key = key_file.unwrap_with_passphrase_key(derive_key(PASSPHRASE, key_file.kdf))
    assert data_key is not None
    return data_key


def backup_of(folder: Path, version: int) -> Path:
    return folder / f"vault.before-migration-from-v{version}.db"


@pytest.fixture
def fresh_database(tmp_path):
    connection = db.open_database(tmp_path / "fresh.db", os.urandom(32))
    yield connection
    db.close(connection)


# --- the files --------------------------------------------------------------------------


def _migration_files() -> list[str]:
    return sorted(entry.name for entry in resources.files("trajectapp.store.migrations").iterdir())


def test_every_sql_file_is_named_as_a_migration():
    sql_files = [name for name in _migration_files() if name.lower().endswith(".sql")]
    assert sql_files, "no migration files found"
    misnamed = [name for name in sql_files if not re.fullmatch(r"\d{4}_[a-z0-9_]+\.sql", name)]
    assert not misnamed, f"these files would be skipped silently: {misnamed}"


def test_migrations_are_numbered_without_gaps():
    numbers = [int(name[:4]) for name in _migration_files() if re.fullmatch(r"\d{4}_[a-z0-9_]+\.sql", name)]
    assert numbers == list(range(1, len(numbers) + 1))
    assert [version for version, _ in REAL] == numbers
    assert latest_version() == len(numbers)


@pytest.mark.parametrize("version, sql", REAL, ids=[f"{version:04d}" for version, _ in REAL])
def test_a_migration_leaves_transactions_and_the_version_to_the_runner(version, sql):
    code = "\n".join(line.split("--")[0] for line in sql.splitlines())
    assert not re.search(r"user_version", code, re.IGNORECASE)
    assert not re.search(r"\b(COMMIT|ROLLBACK)\b", code, re.IGNORECASE)
    assert not re.search(r"\bBEGIN\s*(;|TRANSACTION|DEFERRED|IMMEDIATE|EXCLUSIVE)", code, re.IGNORECASE)


# --- migrating ----------------------------------------------------------------------------


def test_a_new_vault_is_at_the_latest_version(vault, vault_folder):
    assert db.schema_version_of(vault.connection) == latest_version() == LATEST
    assert not list(vault_folder.glob("*before-migration*")), "a new vault needs no backup"


def test_migrating_an_empty_database_reaches_the_latest_version(fresh_database):
    assert db.schema_version_of(fresh_database) == 0
    assert tables_of(fresh_database) == set()
    backed_up = []
    applied = migrate(fresh_database, before_migrating=backed_up.append)
    assert applied == list(range(1, LATEST + 1))
    assert db.schema_version_of(fresh_database) == LATEST
    assert {"cases", "audit_log", "drafts"} <= tables_of(fresh_database)
    assert backed_up == [], "an empty database has nothing to back up"
    assert not fresh_database.in_transaction


def test_migrating_twice_changes_nothing(fresh_database):
    migrate(fresh_database)
    before = schema_of(fresh_database)
    backed_up = []
    assert migrate(fresh_database, before_migrating=backed_up.append) == []
    assert schema_of(fresh_database) == before
    assert backed_up == []


@pytest.mark.parametrize("start", range(LATEST))
def test_migrating_from_every_earlier_version_gives_the_same_schema(vault, tmp_path, monkeypatch, start):
    connection = db.open_database(tmp_path / f"from-v{start}.db", os.urandom(32))
    try:
        with_migrations(monkeypatch, REAL[:start])
        migrate(connection)
        assert db.schema_version_of(connection) == start
        monkeypatch.undo()
        migrate(connection)
        assert db.schema_version_of(connection) == LATEST
        assert schema_of(connection) == schema_of(vault.connection)
    finally:
        db.close(connection)


def test_a_schema_newer_than_the_app_is_refused(vault):
    vault.connection.execute("PRAGMA user_version = 99")
    before = schema_of(vault.connection)
    with pytest.raises(SchemaTooNew):
        migrate(vault.connection)
    assert db.schema_version_of(vault.connection) == 99
    assert schema_of(vault.connection) == before


def test_a_failing_migration_changes_nothing(vault, make_case, monkeypatch):
    make_case("Çelik Ağaoğlu")
    before = schema_of(vault.connection)
    with_migrations(monkeypatch, [*REAL, (LATEST + 1, BROKEN_EXTRA)])
    with pytest.raises(db.DatabaseError):
        migrate(vault.connection)
    assert not vault.connection.in_transaction
    assert db.schema_version_of(vault.connection) == LATEST
    assert schema_of(vault.connection) == before
    assert "half_done" not in tables_of(vault.connection)
    # The connection is still good for ordinary work.
    make_case("Yasmina El Idrissi")
    assert sorted(case.name for case in list_cases(vault)) == ["Yasmina El Idrissi", "Çelik Ağaoğlu"]


def test_each_migration_lands_on_its_own(vault, monkeypatch):
    with_migrations(monkeypatch, [*REAL, (LATEST + 1, VALID_EXTRA), (LATEST + 2, BROKEN_EXTRA)])
    with pytest.raises(db.DatabaseError):
        migrate(vault.connection)
    assert db.schema_version_of(vault.connection) == LATEST + 1
    assert EXTRA_TABLE in tables_of(vault.connection)
    assert "half_done" not in tables_of(vault.connection)


# --- migrating a vault as it unlocks ----------------------------------------------------------


def test_unlocking_an_older_vault_migrates_it_and_keeps_a_backup(vault, vault_folder, make_case, monkeypatch):
    make_case("Çelik Ağaoğlu")
    vault.lock()
    data_key = data_key_of(vault_folder)
    with_migrations(monkeypatch, [*REAL, (LATEST + 1, VALID_EXTRA)])

    migrated = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert db.schema_version_of(migrated.connection) == LATEST + 1
        assert EXTRA_TABLE in tables_of(migrated.connection)
        assert [case.name for case in list_cases(migrated)] == ["Çelik Ağaoğlu"]
        assert AuditRepository(migrated.connection).events()[-1] == "vault.unlocked"
    finally:
        migrated.lock()

    backup = backup_of(vault_folder, LATEST)
    assert backup.name == f"vault.before-migration-from-v{LATEST}.db"
    assert backup.exists()
    raw = backup.read_bytes()
    assert "Çelik Ağaoğlu".encode() not in raw and "Çelik Ağaoğlu".encode("utf-16-le") not in raw
    assert db.page_errors(backup, data_key) == []
    copy = db.open_database(backup, data_key)
    try:
        assert db.schema_version_of(copy) == LATEST
        assert EXTRA_TABLE not in tables_of(copy)
        assert [case.name for case in CaseRepository(copy).all()] == ["Çelik Ağaoğlu"]
        assert db.structure_errors(copy) == []
    finally:
        db.close(copy)


def test_a_migrated_vault_is_not_backed_up_again(vault, vault_folder, monkeypatch):
    vault.lock()
    with_migrations(monkeypatch, [*REAL, (LATEST + 1, VALID_EXTRA)])
    unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()
    backup = backup_of(vault_folder, LATEST).read_bytes()
    unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()
    assert backup_of(vault_folder, LATEST).read_bytes() == backup
    assert sorted(path.name for path in vault_folder.iterdir()) == sorted(
        [DATABASE_NAME, KEY_FILE_NAME, backup_of(vault_folder, LATEST).name]
    )


def test_a_vault_at_the_latest_version_is_not_backed_up(vault, vault_folder):
    vault.lock()
    unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()
    assert sorted(path.name for path in vault_folder.iterdir()) == sorted([DATABASE_NAME, KEY_FILE_NAME])


def test_a_failing_migration_on_unlock_leaves_the_vault_at_its_version(vault, vault_folder, make_case, monkeypatch):
    make_case("Çelik Ağaoğlu")
    vault.lock()
    with_migrations(monkeypatch, [*REAL, (LATEST + 1, BROKEN_EXTRA)])
    with pytest.raises(VaultError):
        unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    monkeypatch.undo()

    reopened = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert db.schema_version_of(reopened.connection) == LATEST
        assert "half_done" not in tables_of(reopened.connection)
        assert [case.name for case in list_cases(reopened)] == ["Çelik Ağaoğlu"]
    finally:
        reopened.lock()


def test_check_never_migrates(vault, vault_folder, monkeypatch):
    vault.lock()
    before = sorted((path.name, path.read_bytes()) for path in vault_folder.iterdir())
    with_migrations(monkeypatch, [*REAL, (LATEST + 1, VALID_EXTRA)])
    report = check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert report.outcome == SOUND
    assert report.schema_version == LATEST
    assert sorted((path.name, path.read_bytes()) for path in vault_folder.iterdir()) == before


# --- special-category tags -----------------------------------------------------------------------


def test_every_tagged_field_is_a_column_of_its_table(vault):
    tagged = tagged_fields(vault.connection)
    assert tagged
    for (table, column), category in tagged.items():
        columns = {row[1] for row in vault.connection.execute(f"PRAGMA table_info({table})")}
        assert column in columns, (table, column)
        assert isinstance(category, DataCategory)


def test_the_needs_schema_tags_what_holds_special_categories_whatever_it_is_filed_under(vault):
    tagged = tagged_fields(vault.connection)
    external = {
        column
        for (table, column), category in tagged.items()
        if table == "external_assessments" and category is DataCategory.OFFENCES
    }
    assert external == {"tool", "other_tool", "done_on", "author", "held_at", "note"}
    assert tagged[("factors", "evidence")] is DataCategory.RELIGION_IDEOLOGY
    assert tagged[("good_lives", "pursued_before")] is DataCategory.RELIGION_IDEOLOGY
    # A life domain's own sensitivity takes only the categories the tags know.
    with pytest.raises(db.DatabaseError):
        vault.connection.execute("INSERT INTO life_domains (name, sensitivity, position) VALUES ('x', 'politics', 1)")


def test_a_case_file_from_version_2_keeps_its_data_through_the_needs_migration(tmp_path, monkeypatch):
    connection = db.open_database(tmp_path / "v2.db", os.urandom(32))
    try:
        with_migrations(monkeypatch, REAL[:2])
        migrate(connection)
        connection.execute("INSERT INTO cases (name, created_at, updated_at) VALUES ('Çelik Ağaoğlu', 'x', 'x')")
        connection.execute("INSERT INTO actions (case_id, description, due_on) VALUES (1, 'Call', '2026-01-01')")
        monkeypatch.undo()
        assert migrate(connection) == list(range(3, LATEST + 1))
        assert connection.execute("SELECT name FROM cases").fetchall() == [("Çelik Ağaoğlu",)]
        assert connection.execute("SELECT count(*) FROM life_domains").fetchone() == (0,)  # defaults come on opening
    finally:
        db.close(connection)


def test_a_case_file_from_version_3_is_searchable_after_the_sessions_migration(tmp_path, monkeypatch):
    connection = db.open_database(tmp_path / "v3.db", os.urandom(32))
    try:
        with_migrations(monkeypatch, REAL[:3])
        migrate(connection)
        connection.execute(
            "INSERT INTO cases (name, created_at, updated_at, notes) VALUES"
            " ('Çelik Ağaoğlu', 'x', 'x', 'Speelt graag voetbal')"
        )
        connection.execute(
            "INSERT INTO sessions (case_id, starts_at, status) VALUES (1, '2026-01-05 10:00:00', 'held')"
        )
        connection.execute("INSERT INTO actions (case_id, description, due_on) VALUES (1, 'Bel Zoë', '2026-01-01')")
        connection.execute(
            "INSERT INTO phase_changes (case_id, phase, changed_on, note) VALUES (1, 'exploring', '2026-01-02', '')"
        )
        monkeypatch.undo()
        assert migrate(connection) == list(range(4, LATEST + 1))
        assert connection.execute("SELECT note, location, focus, duration_minutes FROM sessions").fetchall() == [
            ("", "", None, None)
        ]
        assert connection.execute("SELECT session_id FROM actions").fetchall() == [(None,)]
        # What was written before has been indexed; empty text is not.
        assert sorted(connection.execute("SELECT kind, case_id FROM search_text").fetchall()) == [
            ("action", 1),
            ("case", 1),
        ]
        for word in ("voetbal", "zoe"):
            found = connection.execute("SELECT count(*) FROM search_text WHERE search_text MATCH ?", (f'"{word}"',))
            assert found.fetchone() == (1,), word
    finally:
        db.close(connection)


def test_the_search_index_follows_every_source_through_its_triggers(vault, make_case):
    case = make_case("Çelik Ağaoğlu")
    connection = vault.connection
    connection.execute("UPDATE cases SET notes = 'houdt van tekenen' WHERE id = ?", (case.id,))
    assert connection.execute("SELECT kind, body FROM search_text").fetchall() == [("case", "houdt van tekenen")]
    connection.execute("UPDATE cases SET notes = '' WHERE id = ?", (case.id,))
    assert connection.execute("SELECT count(*) FROM search_text").fetchone() == (0,)
    # Every table a trigger reads from exists, with the columns it reads: a from-scratch schema proves it.
    triggers = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
        )
    ]
    assert len(triggers) == 14 * 3 + 1


def test_a_case_file_from_version_4_gets_an_empty_register_that_cannot_be_rewritten(tmp_path, monkeypatch):
    connection = db.open_database(tmp_path / "v4.db", os.urandom(32))
    try:
        with_migrations(monkeypatch, REAL[:4])
        migrate(connection)
        connection.execute("INSERT INTO cases (name, created_at, updated_at) VALUES ('Çelik Ağaoğlu', 'x', 'x')")
        connection.execute(
            "INSERT INTO sessions (case_id, starts_at, status, note)"
            " VALUES (1, '2026-01-05 10:00:00', 'held', 'Over werk gepraat')"
        )
        monkeypatch.undo()
        assert migrate(connection) == list(range(5, LATEST + 1))
        assert connection.execute("SELECT name FROM cases").fetchall() == [("Çelik Ağaoğlu",)]
        assert connection.execute("SELECT count(*) FROM disclosures").fetchone() == (0,)
        connection.execute(
            "INSERT INTO disclosures (case_id, disclosed_at, direction, party_kind, party_name, purpose, basis,"
            " consent, items, format, file_name, file_size, file_sha256) VALUES (1, '2026-01-06T09:00:00+00:00',"
            " 'sent', 'person', 'Çelik', 'Eigen kopie', 'consent', 'not_applicable', '[]', 'encrypted_pdf',"
            " 'kopie.pdf', 10, ?)",
            ("0" * 64,),
        )
        for statement in ("UPDATE disclosures SET purpose = 'iets anders'", "DELETE FROM disclosures"):
            with pytest.raises(db.DatabaseError):
                connection.execute(statement)
        assert connection.execute("SELECT purpose FROM disclosures").fetchall() == [("Eigen kopie",)]
    finally:
        db.close(connection)


def test_a_case_file_from_version_6_keeps_its_factors_and_their_links_through_the_approximate_dates(
    tmp_path, monkeypatch
):
    connection = db.open_database(tmp_path / "v6.db", os.urandom(32))
    try:
        with_migrations(monkeypatch, REAL[:6])
        migrate(connection)
        connection.execute("INSERT INTO cases (name, created_at, updated_at) VALUES ('Çelik Ağaoğlu', 'x', 'x')")
        connection.execute("INSERT INTO factor_categories (name, position) VALUES ('Belonging', 1)")
        connection.execute(
            "INSERT INTO factors (id, case_id, direction, kind, category_id, first_noted_on, status, evidence)"
            " VALUES (7, 1, 'towards_extremism', 'push', 1, '2025-11-03', 'active', 'Zoekt erkenning')"
        )
        connection.execute(
            "INSERT INTO sessions (id, case_id, starts_at, status) VALUES (3, 1, '2026-01-05 10:00:00', 'held')"
        )
        connection.execute("INSERT INTO session_factors (session_id, factor_id) VALUES (3, 7)")
        monkeypatch.undo()
        assert migrate(connection) == list(range(7, LATEST + 1))

        assert connection.execute("SELECT id, first_noted_on, evidence FROM factors").fetchall() == [
            (7, "2025-11-03", "Zoekt erkenning")
        ]
        assert connection.execute("SELECT session_id, factor_id FROM session_factors").fetchall() == [(3, 7)]
        assert connection.execute("PRAGMA foreign_keys").fetchone() == (1,), "foreign keys are on again"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        # The search index still finds the factor, and its triggers follow it after the table was made again.
        found = "SELECT on_date FROM search_text WHERE search_text MATCH '\"erkenning\"'"
        assert connection.execute(found).fetchall() == [("2025-11-03",)]
        connection.execute("UPDATE factors SET first_noted_on = '2015' WHERE id = 7")
        assert connection.execute(found).fetchall() == [("2015",)]
        # A removed factor still takes its links along.
        connection.execute("DELETE FROM factors WHERE id = 7")
        assert connection.execute("SELECT count(*) FROM session_factors").fetchone() == (0,)
    finally:
        db.close(connection)


@pytest.mark.parametrize("typed", ["2015", "2015-03", "2015-03-14"])
def test_an_approximate_date_is_kept_to_what_is_known(vault, make_case, typed):
    case = make_case("Çelik Ağaoğlu")
    vault.connection.execute("UPDATE cases SET first_conviction = ? WHERE id = ?", (typed, case.id))
    assert vault.connection.execute("SELECT first_conviction FROM cases").fetchone() == (typed,)


@pytest.mark.parametrize(
    "typed", ["15", "2015-3", "2015-13", "2015-02-30", "14/03/2015", "2015-03-14 10:00", "soon", ""]
)
def test_what_is_no_approximate_date_is_refused_by_the_schema(vault, make_case, typed):
    case = make_case("Çelik Ağaoğlu")
    with pytest.raises(db.DatabaseError):
        vault.connection.execute("UPDATE cases SET first_conviction = ? WHERE id = ?", (typed, case.id))


def test_a_migration_that_leaves_a_broken_link_is_rolled_back(vault, make_case, monkeypatch):
    make_case("Çelik Ağaoğlu")
    dangling = "INSERT INTO actions (case_id, description) VALUES (999, 'Bel Zoë');"
    with_migrations(monkeypatch, [*REAL, (LATEST + 1, dangling)])
    with pytest.raises(schema.BrokenLinks):
        migrate(vault.connection)
    assert db.schema_version_of(vault.connection) == LATEST
    assert vault.connection.execute("SELECT count(*) FROM actions").fetchone() == (0,)
    assert vault.connection.execute("PRAGMA foreign_keys").fetchone() == (1,)

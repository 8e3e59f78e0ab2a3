"""The vault's life cycle on a real SQLCipher store: create, lock, unlock, re-key, recover."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from conftest import FAST_KDF_FLOOR, PASSPHRASE
from trajectapp.domain.messages import Code
from trajectapp.domain.recovery_keys import is_well_formed, normalise
from trajectapp.services.caseload import add_case, list_cases
from trajectapp.services.drafts import keep_draft, read_draft
from trajectapp.store import connection as db
from trajectapp.store.audit import AuditRepository
from trajectapp.store.cases import CaseRepository
from trajectapp.ui.messages import message_text
from trajectapp.vault import keyfile
from trajectapp.vault.errors import NotAVault, VaultExists, VaultLocked, WrongPassphrase, WrongRecoveryKey
from trajectapp.vault.kdf import MIN_ITERATIONS, MIN_MEMORY_KIB, SALT_BYTES, calibrate, derive_key
from trajectapp.vault.recovery_key import new_recovery_key
from trajectapp.vault.vault import (
    DATABASE_NAME,
    KEY_FILE_NAME,
    FolderState,
    create_vault,
    folder_state,
    reset_passphrase,
    unlock_vault,
)

NEW_PASSPHRASE = "Een nieuwe zin voor Hasselt, 2024?"
NAMES = ["Çelik Ağaoğlu", "Yasmina El Idrissi", "Zoë Ørsted-Ñúñez"]


def snapshot(folder: Path) -> dict[str, str]:
    """Name -> SHA-256 of every file under `folder`."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def data_key_of(folder: Path, passphrase: str) -> bytes:
    key_file = keyfile.read(folder / KEY_FILE_NAME, FAST_KDF_FLOOR)
    data_key = key_file.unwrap_with_passphrase_key(derive_key(passphrase, key_file.kdf))
    assert data_key is not None, "the passphrase does not unwrap the data key"
    return data_key


def names_in(vault) -> list[str]:
    return sorted(case.name for case in list_cases(vault))


def fill(vault) -> None:
    for name in NAMES:
        add_case(vault, name=name, preferred_name=name.split()[0])


# --- create, lock, unlock -------------------------------------------------------


def test_cases_survive_lock_and_unlock(vault, vault_folder):
    fill(vault)
    vault.lock()

    reopened = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert names_in(reopened) == sorted(NAMES)
        celik = next(case for case in list_cases(reopened) if case.name == "Çelik Ağaoğlu")
        assert celik.preferred_name == "Çelik"
        assert celik.display_name == "Çelik Ağaoğlu (Çelik)"
    finally:
        reopened.lock()


def test_a_locked_vault_folder_holds_only_the_database_and_the_key_file(vault, vault_folder):
    fill(vault)
    vault.lock()
    assert sorted(path.name for path in vault_folder.iterdir()) == sorted([DATABASE_NAME, KEY_FILE_NAME])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_no_case_name_is_readable_in_the_files_on_disk(vault, vault_folder, encoding):
    fill(vault)
    vault.lock()
    database = (vault_folder / DATABASE_NAME).read_bytes()
    key = (vault_folder / KEY_FILE_NAME).read_bytes()
    for name in [*NAMES, "Ağaoğlu", "Idrissi", "Ørsted"]:
        needle = name.encode(encoding)
        assert needle not in database, f"{name!r} readable ({encoding}) in the database file"
        assert needle not in key, f"{name!r} readable ({encoding}) in the key file"


def test_the_database_is_not_a_plain_sqlite_file(vault, vault_folder):
    vault.lock()
    assert not (vault_folder / DATABASE_NAME).read_bytes().startswith(b"SQLite format 3\x00")


def test_the_key_file_holds_neither_passphrase_nor_keys(vault, vault_folder, recovery_key):
    data_key = data_key_of(vault_folder, PASSPHRASE)
    raw = (vault_folder / KEY_FILE_NAME).read_bytes()
    for secret in (PASSPHRASE, recovery_key, normalise(recovery_key)):
        assert secret.encode("utf-8") not in raw
    for form in (data_key, data_key.hex().encode(), base64.b64encode(data_key)):
        assert form not in raw


def test_each_vault_has_its_own_data_key(tmp_path, kdf_params):
    first, first_recovery = create_vault(tmp_path / "one", PASSPHRASE, kdf_params)
    second, second_recovery = create_vault(tmp_path / "two", PASSPHRASE, kdf_params)
    first.lock()
    second.lock()
    assert data_key_of(tmp_path / "one", PASSPHRASE) != data_key_of(tmp_path / "two", PASSPHRASE)
    assert first_recovery != second_recovery


def test_a_new_vault_records_its_creation(vault):
    assert AuditRepository(vault.connection).events() == ["vault.created"]


def test_unlocking_records_an_event(vault, vault_folder):
    vault.lock()
    reopened = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert AuditRepository(reopened.connection).events() == ["vault.created", "vault.unlocked"]
    finally:
        reopened.lock()


@pytest.mark.parametrize("wrong", ["", "vier seizoenen in brugge, 2017!", PASSPHRASE + " ", PASSPHRASE[:-1]])
def test_a_wrong_passphrase_does_not_unlock(vault, vault_folder, wrong):
    vault.lock()
    before = snapshot(vault_folder)
    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_folder, wrong, kdf_floor=FAST_KDF_FLOOR)
    assert snapshot(vault_folder) == before


def test_a_passphrase_in_other_scripts_works(tmp_path, kdf_params):
    passphrase = "Şimdi ağır ağır, جملة طويلة, ✓ 2017"
    created, _ = create_vault(tmp_path / "vault", passphrase, kdf_params)
    add_case(created, name="Çelik Ağaoğlu")
    created.lock()
    reopened = unlock_vault(tmp_path / "vault", passphrase, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert names_in(reopened) == ["Çelik Ağaoğlu"]
    finally:
        reopened.lock()


# --- locking ---------------------------------------------------------------------


def test_the_connection_of_a_locked_vault_is_refused(vault):
    connection = vault.connection
    assert not vault.is_locked
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        _ = vault.connection
    with pytest.raises(VaultLocked):
        list_cases(vault)
    with pytest.raises(db.DatabaseError):
        connection.execute("SELECT 1")  # the old connection is closed, not just hidden


def test_locking_twice_is_harmless(vault):
    vault.lock()
    vault.lock()
    assert vault.is_locked


# --- changing the passphrase -----------------------------------------------------


def test_change_passphrase_swaps_old_for_new_and_keeps_the_data(vault, vault_folder):
    fill(vault)
    data_key = data_key_of(vault_folder, PASSPHRASE)
    key_before = (vault_folder / KEY_FILE_NAME).read_bytes()

    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert names_in(vault) == sorted(NAMES)  # still unlocked and usable
    vault.lock()

    assert (vault_folder / KEY_FILE_NAME).read_bytes() != key_before
    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    reopened = unlock_vault(vault_folder, NEW_PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert names_in(reopened) == sorted(NAMES)
        assert "vault.passphrase_changed" in AuditRepository(reopened.connection).events()
    finally:
        reopened.lock()
    # The database is still keyed with the same data key: it was never re-encrypted.
    assert data_key_of(vault_folder, NEW_PASSPHRASE) == data_key
    direct = db.open_database(vault_folder / DATABASE_NAME, data_key)
    try:
        assert sorted(case.name for case in CaseRepository(direct).all()) == sorted(NAMES)
    finally:
        db.close(direct)


def test_change_passphrase_takes_a_new_salt_and_keeps_the_cost(vault, vault_folder, kdf_params):
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    stored = keyfile.read(vault_folder / KEY_FILE_NAME, FAST_KDF_FLOOR).kdf
    assert stored.salt != kdf_params.salt
    assert (stored.memory_kib, stored.iterations, stored.lanes) == (
        kdf_params.memory_kib,
        kdf_params.iterations,
        kdf_params.lanes,
    )
    assert vault.kdf_params == stored


def test_change_passphrase_keeps_the_recovery_key_working(vault, vault_folder, recovery_key):
    before = keyfile.read(vault_folder / KEY_FILE_NAME, FAST_KDF_FLOOR)
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    vault.lock()
    assert keyfile.read(vault_folder / KEY_FILE_NAME, FAST_KDF_FLOOR).by_recovery == before.by_recovery
    recovered = reset_passphrase(
        vault_folder, recovery_key, "Derde zin, na het vergeten van de tweede", kdf_floor=FAST_KDF_FLOOR
    )
    recovered.lock()


def test_change_passphrase_twice_in_one_session(vault, vault_folder):
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    vault.change_passphrase(NEW_PASSPHRASE, "Derde zin voor de derde keer, 2025")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_folder, NEW_PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    unlock_vault(vault_folder, "Derde zin voor de derde keer, 2025", kdf_floor=FAST_KDF_FLOOR).lock()


def test_change_passphrase_with_a_wrong_current_one_changes_nothing(vault, vault_folder):
    fill(vault)
    key_before = (vault_folder / KEY_FILE_NAME).read_bytes()
    with pytest.raises(WrongPassphrase) as caught:
        vault.change_passphrase("not the passphrase", NEW_PASSPHRASE)
    assert caught.value.code is Code.CURRENT_PASSPHRASE_WRONG
    assert "Nothing has been changed" in message_text(caught.value)
    assert (vault_folder / KEY_FILE_NAME).read_bytes() == key_before
    assert names_in(vault) == sorted(NAMES)
    assert "vault.passphrase_changed" not in AuditRepository(vault.connection).events()
    vault.lock()
    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_folder, NEW_PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()


def test_change_passphrase_on_a_locked_vault_changes_nothing(vault, vault_folder):
    vault.lock()
    before = snapshot(vault_folder)
    with pytest.raises(VaultLocked):
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert snapshot(vault_folder) == before
    unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()


# --- resetting the passphrase with the recovery key --------------------------------


def spaced_lower(recovery_key: str) -> str:
    return " ".join(recovery_key.lower().split("-"))


@pytest.mark.parametrize("typed", [lambda key: key, spaced_lower, lambda key: "  " + normalise(key).lower() + "\n"])
def test_reset_passphrase_with_the_recovery_key(vault, vault_folder, recovery_key, typed):
    fill(vault)
    vault.lock()

    recovered = reset_passphrase(vault_folder, typed(recovery_key), NEW_PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert names_in(recovered) == sorted(NAMES)
        assert AuditRepository(recovered.connection).events()[-2:] == [
            "vault.unlocked_with_recovery_key",
            "vault.passphrase_reset",
        ]
    finally:
        recovered.lock()

    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    reopened = unlock_vault(vault_folder, NEW_PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert names_in(reopened) == sorted(NAMES)
    finally:
        reopened.lock()


def test_the_recovery_key_keeps_working_after_a_reset(vault, vault_folder, recovery_key):
    vault.lock()
    reset_passphrase(vault_folder, recovery_key, NEW_PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()
    reset_passphrase(vault_folder, recovery_key, "Nog een keer vergeten, 2026!", kdf_floor=FAST_KDF_FLOOR).lock()
    unlock_vault(vault_folder, "Nog een keer vergeten, 2026!", kdf_floor=FAST_KDF_FLOOR).lock()


def _one_character_off(key: str) -> str:
    plain = normalise(key)
    swapped = "B" if plain[0] != "B" else "C"
    return swapped + plain[1:]


@pytest.mark.parametrize(
    "wrong",
    [
        lambda key: new_recovery_key(),  # well formed, another vault's
        _one_character_off,
        lambda key: normalise(key)[:-1],  # one character short
        lambda key: normalise(key) + "A",  # one character too many
        lambda key: normalise(key)[:-1] + "9",  # 9 is not in the alphabet
        lambda key: "",
        lambda key: "not a recovery key at all",
        lambda key: PASSPHRASE,
    ],
    ids=["other-vault", "one-off", "short", "long", "bad-character", "empty", "words", "passphrase"],
)
def test_a_wrong_or_malformed_recovery_key_changes_nothing(vault, vault_folder, recovery_key, wrong):
    fill(vault)
    vault.lock()
    typed = wrong(recovery_key)
    assert normalise(typed) != normalise(recovery_key)
    before = snapshot(vault_folder)
    with pytest.raises(WrongRecoveryKey) as caught:
        reset_passphrase(vault_folder, typed, NEW_PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert message_text(caught.value)
    assert snapshot(vault_folder) == before
    unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()


def test_the_recovery_key_is_well_formed(recovery_key):
    assert is_well_formed(recovery_key)
    assert len(recovery_key.split("-")) == 8
    assert all(len(group) == 4 for group in recovery_key.split("-"))


# --- creating ------------------------------------------------------------------------


def test_create_vault_makes_missing_folders(tmp_path, kdf_params):
    folder = tmp_path / "a" / "b" / "vault"
    created, _ = create_vault(folder, PASSPHRASE, kdf_params)
    created.lock()
    assert folder_state(folder) is FolderState.VAULT


def test_create_vault_accepts_an_empty_existing_folder(tmp_path, kdf_params):
    folder = tmp_path / "empty"
    folder.mkdir()
    created, _ = create_vault(folder, PASSPHRASE, kdf_params)
    created.lock()
    assert folder_state(folder) is FolderState.VAULT


def test_create_vault_refuses_a_folder_with_a_vault(vault, vault_folder, kdf_params):
    fill(vault)
    vault.lock()
    before = snapshot(vault_folder)
    with pytest.raises(VaultExists) as caught:
        create_vault(vault_folder, "another passphrase entirely", kdf_params)
    assert caught.value.params == {"folder": str(vault_folder)}
    assert message_text(caught.value) == f"There is already a vault in {vault_folder}. Nothing has been changed."
    assert snapshot(vault_folder) == before
    reopened = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert names_in(reopened) == sorted(NAMES)
    finally:
        reopened.lock()


@pytest.mark.parametrize("left_behind", [DATABASE_NAME, KEY_FILE_NAME])
def test_create_vault_refuses_a_folder_with_half_a_vault(tmp_path, kdf_params, left_behind):
    folder = tmp_path / "half"
    folder.mkdir()
    (folder / left_behind).write_bytes(b"whatever was there")
    before = snapshot(folder)
    with pytest.raises(VaultExists):
        create_vault(folder, PASSPHRASE, kdf_params)
    assert snapshot(folder) == before


def test_create_vault_refuses_a_folder_with_other_files(tmp_path, kdf_params):
    folder = tmp_path / "documents"
    (folder / "sub").mkdir(parents=True)
    (folder / "letter.txt").write_text("Beste, ...", encoding="utf-8")
    (folder / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    before = snapshot(folder)
    with pytest.raises(NotAVault):
        create_vault(folder, PASSPHRASE, kdf_params)
    assert snapshot(folder) == before
    assert sorted(path.name for path in folder.iterdir()) == ["letter.txt", "sub"]


def test_create_vault_refuses_a_path_that_is_a_file(tmp_path, kdf_params):
    path = tmp_path / "not-a-folder"
    path.write_bytes(b"plain file")
    with pytest.raises(NotAVault):
        create_vault(path, PASSPHRASE, kdf_params)
    assert path.read_bytes() == b"plain file"


# --- folder_state --------------------------------------------------------------------


def test_folder_state_of_a_missing_folder(tmp_path):
    assert folder_state(tmp_path / "nowhere") is FolderState.EMPTY


def test_folder_state_of_an_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    assert folder_state(tmp_path / "empty") is FolderState.EMPTY


def test_folder_state_of_a_vault(vault, vault_folder):
    assert folder_state(vault_folder) is FolderState.VAULT
    vault.lock()
    assert folder_state(vault_folder) is FolderState.VAULT


@pytest.mark.parametrize("only", [DATABASE_NAME, KEY_FILE_NAME])
def test_folder_state_of_half_a_vault(tmp_path, only):
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / only).write_bytes(b"x")
    assert folder_state(tmp_path / "half") is FolderState.VAULT


def test_folder_state_of_a_folder_with_other_files(tmp_path):
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("notes", encoding="utf-8")
    assert folder_state(tmp_path / "other") is FolderState.OTHER


def test_folder_state_of_a_folder_with_only_a_subfolder(tmp_path):
    (tmp_path / "other" / "inner").mkdir(parents=True)
    assert folder_state(tmp_path / "other") is FolderState.OTHER


def test_folder_state_of_a_file(tmp_path):
    (tmp_path / "file").write_bytes(b"x")
    assert folder_state(tmp_path / "file") is FolderState.OTHER


# --- key derivation parameters ---------------------------------------------------------


def test_the_key_file_stores_the_parameters_it_was_made_with(vault, vault_folder, kdf_params):
    assert keyfile.read(vault_folder / KEY_FILE_NAME, FAST_KDF_FLOOR).kdf == kdf_params
    assert vault.kdf_params == kdf_params
    vault.lock()
    reopened = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert reopened.kdf_params == kdf_params
    finally:
        reopened.lock()


def test_calibrate_never_goes_below_the_floor():
    params = calibrate(target_seconds=0.05)
    assert params.memory_kib >= MIN_MEMORY_KIB == 64 * 1024
    assert params.iterations >= MIN_ITERATIONS == 3
    assert len(params.salt) == SALT_BYTES
    assert params.within_bounds()
    # A key file written with these parameters reads them back unchanged.
    assert (
        keyfile.parse(keyfile.dump(keyfile.KeyFile.new(b"k" * 32, params, b"p" * 32, b"r" * 32, "today"))).kdf == params
    )


def test_a_refused_commit_keeps_nothing_and_the_next_transaction_begins(vault):
    connection = vault.connection
    connection.execute("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")
    connection.execute(
        "CREATE TEMP TABLE child (parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"
    )
    with pytest.raises(db.DatabaseError), db.transaction(connection):
        connection.execute("INSERT INTO child VALUES (42)")  # refused only at COMMIT
    assert not connection.in_transaction
    assert connection.execute("SELECT count(*) FROM child").fetchone()[0] == 0
    with db.transaction(connection):
        connection.execute("INSERT INTO parent VALUES (42)")
        connection.execute("INSERT INTO child VALUES (42)")
    assert connection.execute("SELECT count(*) FROM child").fetchone()[0] == 1


# -- a disk that refuses a write ------------------------------------------------------------------------------------


def test_a_full_disk_refuses_a_write_with_a_code_naming_the_file_and_the_next_write_goes_through(vault):
    """SQLite rolls a transaction back by itself on a full disk; the refusal is that, not a failed second ROLLBACK.
    `PRAGMA max_page_count` keeps the real database from growing, as a full disk would."""
    pages = vault.connection.execute("PRAGMA page_count").fetchone()[0]
    vault.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(db.NotWritten) as refused:
        keep_draft(vault, form="note", content="Zoë Verbruggen " * 4000)
    assert refused.value.code is Code.DISK_FULL
    assert refused.value.params == {"file": str(vault.folder / "vault.db")}
    assert message_text(refused.value).startswith("There is no room left on the disk for ")
    assert not vault.connection.in_transaction

    vault.connection.execute("PRAGMA max_page_count = 4294967294")
    keep_draft(vault, form="note", content="Zoë Verbruggen " * 4000)
    assert read_draft(vault, form="note") == "Zoë Verbruggen " * 4000


def test_a_read_only_vault_refuses_a_write_with_its_own_code(vault):
    vault.connection.execute("PRAGMA query_only = ON")  # what SQLite answers for a read-only file or folder
    with pytest.raises(db.NotWritten) as refused:
        keep_draft(vault, form="note", content="Zoë")
    assert refused.value.code is Code.FOLDER_READ_ONLY
    assert not vault.connection.in_transaction

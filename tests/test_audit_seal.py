"""The audit trail's key and seal, and the triggers that keep the trail and the disclosure register as written:
what someone holding a decrypted copy of the database can no longer do unnoticed."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from pypdf import PdfReader

from conftest import FAST_KDF_FLOOR, PASSPHRASE
from old_vaults import vault_at_schema
from trajectapp.domain.case import Case
from trajectapp.domain.traject import Phase
from trajectapp.services import case_file
from trajectapp.services.case_summary import gather_case_summary
from trajectapp.services.check import DAMAGED, SOUND, check_vault
from trajectapp.services.documents import case_summary_pdf, session_notes_pdf
from trajectapp.services.handover_export import handover_material, handover_pdf
from trajectapp.services.session_notes import gather_period_notes
from trajectapp.store import connection as db
from trajectapp.store.audit import GENESIS, AuditRepository, entry_hash
from trajectapp.vault import keyfile
from trajectapp.vault.kdf import derive_key
from trajectapp.vault.vault import DATABASE_NAME, KEY_FILE_NAME, unlock_vault

_ENTRY = "at, event, case_id, record_type, record_id, summary, previous_hash, hash"
_TRIGGERS = ("audit_entries_are_never_changed", "audit_entries_are_never_removed", "audit_seal_is_never_removed")
REMOVED = "The audit trail has been altered: its last entries have been removed."


def data_key_of(folder: Path) -> bytes:
    key_file = keyfile.read(folder / KEY_FILE_NAME, FAST_KDF_FLOOR)
    data_key = key_file.unwrap_with_passphrase_key(derive_key(PASSPHRASE, key_file.kdf))
    assert data_key is not None
    return data_key


def some_work(vault, cases: int = 4) -> None:
    for number in range(cases):
        case = case_file.create_case(vault, Case(None, f"Çelik Ağaoğlu {number}", prison="Brugge"))
        case_file.record_phase(vault, case_id=case.id, phase=Phase.FIRST_CONTACT, on=date(2026, 2, 1))


def edit_a_decrypted_copy(folder: Path, edit) -> None:
    """What an intruder with the data key does: decrypt the database, edit it with plain SQLite (dropping the
    triggers first), and encrypt it again in place of the original."""
    data_key, path = data_key_of(folder), folder / DATABASE_NAME
    plain, again = folder.parent / "plain.db", folder.parent / "again.db"
    encrypted = sqlcipher3.connect(str(path), isolation_level=None)
    encrypted.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    version = encrypted.execute("PRAGMA user_version").fetchone()[0]
    encrypted.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    encrypted.execute("SELECT sqlcipher_export('plain')")
    encrypted.close()

    copy = sqlite3.connect(plain, isolation_level=None)
    for trigger in _TRIGGERS:
        copy.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    edit(copy)
    copy.close()

    decrypted = sqlcipher3.connect(str(plain), isolation_level=None)
    decrypted.execute(f"ATTACH DATABASE '{again}' AS again KEY \"x'{data_key.hex()}'\"")
    decrypted.execute("SELECT sqlcipher_export('again')")
    decrypted.execute(f"PRAGMA again.user_version = {version:d}")
    decrypted.close()
    plain.unlink()
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    again.replace(path)


def remove_last(count: int):
    return lambda copy: copy.execute(
        "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT ?)", (count,)
    )


# --- removing the end ------------------------------------------------------------------------------


def test_the_last_three_entries_removed_from_a_decrypted_copy_are_found(vault, vault_folder):
    some_work(vault)
    vault.lock()
    assert check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).outcome == SOUND

    edit_a_decrypted_copy(vault_folder, remove_last(3))
    before = fingerprints(vault_folder)
    report = check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)

    assert report.outcome == DAMAGED
    assert report.message.startswith(REMOVED)
    assert fingerprints(vault_folder) == before  # the check changes no file


def fingerprints(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file in `folder` but SQLite's shared-memory index, which holds no data of its own."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file() and not path.name.endswith("-shm")
    }


def test_unlocking_and_working_on_does_not_hide_the_removed_end(vault, vault_folder):
    some_work(vault)
    vault.lock()
    edit_a_decrypted_copy(vault_folder, remove_last(3))

    again = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    some_work(again, cases=2)
    again.lock()

    report = check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert report.outcome == DAMAGED
    assert "has been altered" in report.message


# --- rewriting the chain --------------------------------------------------------------------------


def rechain_with_plain_hashes(copy) -> None:
    """Alter one entry and recompute every hash after it, as anyone can for a plain hash chain."""
    copy.execute("UPDATE audit_log SET summary = 'fields: name' WHERE id = 3")
    previous = GENESIS
    for entry_id, *fields in copy.execute(f"SELECT id, {_ENTRY} FROM audit_log ORDER BY id").fetchall():
        at, event, case_id, record_type, record_id, summary = fields[:6]
        digest = entry_hash(previous, at, event, case_id, record_type, record_id, summary)
        copy.execute("UPDATE audit_log SET previous_hash = ?, hash = ? WHERE id = ?", (previous, digest, entry_id))
        previous = digest


def test_a_trail_rewritten_with_recomputed_hashes_is_found(vault, vault_folder):
    some_work(vault)
    vault.lock()

    edit_a_decrypted_copy(vault_folder, rechain_with_plain_hashes)
    report = check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)

    assert report.outcome == DAMAGED
    assert report.message.startswith("The audit trail has been altered:")


def test_unlocking_does_not_rechain_entries_whose_hashes_were_emptied(vault, vault_folder):
    some_work(vault)
    vault.lock()
    edit_a_decrypted_copy(
        vault_folder, lambda copy: copy.execute("UPDATE audit_log SET previous_hash = NULL, hash = NULL")
    )

    again = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        rows = again.connection.execute("SELECT hash FROM audit_log ORDER BY id").fetchall()
        assert [row for row in rows[:-1] if row[0] is not None] == []  # left as found; only the unlock is new
        assert AuditRepository(again.connection).broken_links() != []
    finally:
        again.lock()
    assert check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).outcome == DAMAGED


# --- the seal itself ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda copy: copy.execute("DELETE FROM audit_seal"), "its seal has been removed"),
        (lambda copy: copy.execute("UPDATE audit_seal SET entries = entries - 3"), "its seal is not the one"),
        (lambda copy: copy.execute("UPDATE audit_seal SET keyed_from = 1000"), "its seal is not the one"),
    ],
)
def test_a_removed_or_edited_seal_is_found(vault, vault_folder, edit, message):
    some_work(vault)
    vault.lock()

    edit_a_decrypted_copy(vault_folder, edit)
    report = check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)

    assert report.outcome == DAMAGED
    assert message in report.message


def test_check_shows_the_seal_of_a_sound_vault(vault, vault_folder):
    some_work(vault)
    seal = AuditRepository(vault.connection).seal()
    count = AuditRepository(vault.connection).count()
    vault.lock()

    report = check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)

    assert seal is not None and seal.entries == count
    assert report.outcome == SOUND
    assert f"Audit seal: {count} entries, fingerprint {seal.fingerprint}" in report.lines()
    assert len(seal.fingerprint) == 14 and seal.fingerprint.count("-") == 2


# --- the triggers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET summary = 'fields: name' WHERE id = 2",
        "UPDATE audit_log SET hash = NULL",
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
        "INSERT OR REPLACE INTO audit_log SELECT id, at, 'case.viewed', case_id, record_type, record_id, summary,"
        " previous_hash, hash FROM audit_log WHERE id = 2",
        "REPLACE INTO audit_log (id, at, event) VALUES (1, '2019-01-01T09:00:00+00:00', 'vault.created')",
        "DELETE FROM audit_seal",
    ],
)
def test_sql_refuses_to_change_remove_or_replace_an_audit_entry(vault, make_case, statement):
    make_case()
    before = vault.connection.execute("SELECT * FROM audit_log ORDER BY id").fetchall()

    with pytest.raises(db.DatabaseError):
        vault.connection.execute(statement)

    assert vault.connection.execute("SELECT * FROM audit_log ORDER BY id").fetchall() == before
    assert AuditRepository(vault.connection).broken_links() == []


# --- a vault from before the key ------------------------------------------------------------------


@pytest.fixture
def version_7_vault(tmp_path: Path, kdf_params, monkeypatch) -> Path:
    """A vault as schema version 7 left it: a trail chained with plain hashes, no seal."""
    folder = tmp_path / "v7-vault"
    with vault_at_schema(folder, kdf_params, monkeypatch, 7, "2026-01-05") as connection:
        previous = GENESIS
        with db.transaction(connection):
            for number, event in enumerate(("vault.created", "vault.unlocked", "vault.unlocked")):
                at = f"2026-01-0{number + 5}T09:00:00+00:00"
                digest = entry_hash(previous, at, event, None, "", None, "")
                connection.execute(
                    "INSERT INTO audit_log (at, event, previous_hash, hash) VALUES (?, ?, ?, ?)",
                    (at, event, previous, digest),
                )
                previous = digest
    return folder


def test_a_vault_from_before_the_key_is_sealed_as_it_stands_and_keyed_from_then_on(version_7_vault):
    vault = unlock_vault(version_7_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        audit = AuditRepository(vault.connection)
        seal = audit.seal()
        assert seal is not None and seal.keyed_from == 4 and seal.entries == 4  # three old ones and this unlock
        assert audit.broken_links() == []
    finally:
        vault.lock()
    assert check_vault(version_7_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).outcome == SOUND

    # The old entries keep their plain hashes; the first keyed entry covers the last of them.
    def rewrite_the_old_part(copy) -> None:
        copy.execute("UPDATE audit_log SET at = '2019-01-01T09:00:00+00:00' WHERE id = 2")
        previous = GENESIS
        for entry_id, at, event in copy.execute(
            "SELECT id, at, event FROM audit_log WHERE id < 4 ORDER BY id"
        ).fetchall():
            digest = entry_hash(previous, at, event, None, "", None, "")
            copy.execute("UPDATE audit_log SET previous_hash = ?, hash = ? WHERE id = ?", (previous, digest, entry_id))
            previous = digest

    edit_a_decrypted_copy(version_7_vault, rewrite_the_old_part)
    report = check_vault(version_7_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert report.outcome == DAMAGED
    assert report.message.startswith("The audit trail has been altered: 1 entry does not match.")


# --- what leaves the vault ------------------------------------------------------------------------


def _handover(vault, case_id: int) -> bytes:
    material = handover_material(vault, case_id, ["person:name"])
    return handover_pdf(material, today=date(2026, 3, 14), recipient="CAW", purpose="Overdracht")


def _case_summary(vault, case_id: int) -> bytes:
    return case_summary_pdf(gather_case_summary(vault, case_id), today=date(2026, 3, 14), include_special=False)


def _period_notes(vault, case_id: int) -> bytes:
    data = gather_period_notes(vault, case_id, date(2026, 1, 1), date(2026, 12, 31))
    return session_notes_pdf(data, today=date(2026, 3, 14), include_special=False)


@pytest.mark.parametrize("document", [_handover, _case_summary, _period_notes])
def test_a_document_carries_the_audit_seal_of_the_moment_it_was_made_on_its_last_page(vault, make_case, document):
    case = make_case("Çelik Ağaoğlu")
    seal = AuditRepository(vault.connection).seal()

    pdf = document(vault, case.id)

    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
    assert seal is not None
    assert f"Audit seal when this file was made: {seal.fingerprint} (entry {seal.entries})" in pages[-1]
    assert all(seal.fingerprint not in page for page in pages[:-1])

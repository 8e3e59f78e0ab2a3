"""The full integrity check that runs once a vault is open: on a read-only connection of its own, stopped by the
lock before the vault closes, and naming the damage unlocking no longer reads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from conftest import FAST_KDF_FLOOR, PASSPHRASE
from trajectapp.domain.messages import Code
from trajectapp.services.caseload import add_case
from trajectapp.services.integrity import IntegrityCheck
from trajectapp.store.connection import DatabaseError
from trajectapp.vault.vault import DATABASE_NAME, Vault, unlock_vault

PAGE = 4096


@pytest.fixture
def filled(vault: Vault, vault_folder: Path) -> Path:
    """The test's vault with enough cases to span many pages, locked."""
    for number in range(60):
        add_case(vault, name=f"Çelik Ağaoğlu {number}")
    vault.lock()
    return vault_folder


def damage_a_middle_page(folder: Path) -> None:
    database = folder / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[len(data) // PAGE // 2 * PAGE + 1000] ^= 0x01
    database.write_bytes(bytes(data))


def test_a_sound_vault_is_found_sound(filled):
    vault = unlock_vault(filled, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert IntegrityCheck(vault).run() is None
    finally:
        vault.lock()


def test_unlocking_opens_past_a_damaged_page_and_the_check_names_it(filled):
    damage_a_middle_page(filled)
    vault = unlock_vault(filled, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        found = IntegrityCheck(vault).run()
    finally:
        vault.lock()
    assert found is not None and found.code is Code.INTEGRITY_PAGES_DAMAGED


def test_the_check_reads_through_a_connection_that_cannot_write(filled):
    vault = unlock_vault(filled, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        reader = vault.integrity_reader
        assert reader is not None and reader is not vault.connection
        with pytest.raises(DatabaseError, match="readonly"):
            reader.execute("CREATE TABLE intruder (value TEXT)")
        assert reader.execute("SELECT count(*) FROM cases").fetchone() == (60,)
    finally:
        vault.lock()
    assert vault.integrity_reader is None


def test_a_check_stopped_before_it_starts_never_runs(filled):
    damage_a_middle_page(filled)
    vault = unlock_vault(filled, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    check = IntegrityCheck(vault)
    check.stop()
    assert check.run() is None  # the damage is there: only the stop keeps it from being named
    vault.lock()


def test_stopping_a_running_check_waits_until_it_has_ended(filled):
    """The lock stops the check from the GUI thread, then closes the reader: no check may still be reading it."""
    damage_a_middle_page(filled)
    vault = unlock_vault(filled, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    check = IntegrityCheck(vault)
    inside = threading.Event()
    assert vault.integrity_reader is not None

    def hold_until_stopped() -> int:
        # In place of the check's own question to go on: holds the check in SQLite until the lock asks it to stop.
        inside.set()
        while not check.stopping:
            threading.Event().wait(0.001)
        return 1

    vault.integrity_reader.set_progress_handler(hold_until_stopped, 1)
    results: list[object] = []
    worker = threading.Thread(target=lambda: results.append(check.run()))
    worker.start()
    assert inside.wait(10)
    assert check.running
    check.stop()
    assert not check.running  # it has ended, not only been asked to
    vault.lock()
    worker.join(10)
    assert results == [None]  # stopped: the damage it would have found is not reported

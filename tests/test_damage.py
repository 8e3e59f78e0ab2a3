"""The damage matrix: every way a vault folder can be broken gets its own error, and is left as it was.

One vault with a few hundred cases (so the database spans many pages) is built
once per module; each test damages its own copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from key_files import with_checksum
from trajectapp.cli import refusal_text
from trajectapp.domain.case import Case
from trajectapp.domain.messages import Code
from trajectapp.services.check import DAMAGED, NOT_OPENED_HERE, SOUND, WRONG_PASSPHRASE, check_vault
from trajectapp.services.integrity import IntegrityCheck
from trajectapp.store.audit import AuditRepository
from trajectapp.store.cases import CaseRepository
from trajectapp.store.census import COUNTED_SELECTIONS, COUNTED_TABLES
from trajectapp.store.connection import transaction
from trajectapp.store.schema import latest_version
from trajectapp.ui.messages import message_text
from trajectapp.vault import keyfile
from trajectapp.vault.errors import (
    DatabaseDamaged,
    KeyFileDamaged,
    KeyFileMissing,
    NotAVault,
    VaultError,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from trajectapp.vault.vault import DATABASE_NAME, KEY_FILE_NAME, create_vault, reset_passphrase, unlock_vault

CASES = 400
PAGE = 4096  # SQLCipher 4's default page size


def snapshot(folder: Path) -> dict[str, str] | None:
    """Name -> SHA-256 of every file (or "folder") under `folder`; None when the folder does not exist."""
    if not folder.exists():
        return None
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, str]:
    """A locked vault of CASES cases, and its recovery key. Tests copy it, never touch it."""
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, recovery_key = create_vault(folder, PASSPHRASE, fast_kdf())
    with transaction(vault.connection):
        cases = CaseRepository(vault.connection)
        audit = AuditRepository(vault.connection)
        for number in range(CASES):
            case = cases.add(
                Case(
                    None,
                    f"Çelik Ağaoğlu {number:04d}",
                    f"Çelik {number}",
                    None,
                    "Gevangenis Brugge",
                    f"BR-{number:06d}",
                )
            )
            audit.record("case.created", case.id)
    vault.lock()
    size = (folder / DATABASE_NAME).stat().st_size
    assert size % PAGE == 0 and size // PAGE >= 16, f"the template database has only {size} bytes"
    return folder, recovery_key


@pytest.fixture
def copy(template, tmp_path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(template[0], folder)
    return folder


# --- ways to damage a vault ----------------------------------------------------------


def _database(folder: Path) -> Path:
    return folder / DATABASE_NAME


def truncate(size: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        raw = _database(folder).read_bytes()
        _database(folder).write_bytes(raw[: size(len(raw))])

    return damage


def flip_byte(offset: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        raw = bytearray(_database(folder).read_bytes())
        raw[offset(len(raw))] ^= 0x01
        _database(folder).write_bytes(bytes(raw))

    return damage


def key_document(folder: Path) -> dict:
    return json.loads((folder / KEY_FILE_NAME).read_text(encoding="ascii"))


def rewrite_key_file(change: Callable[[dict], object], recompute_checksum: bool = False) -> Callable[[Path], None]:
    """Edit the key file's JSON with `change`; if it returns something, that becomes the document. With
    `recompute_checksum`, as someone would who edits it on purpose."""

    def damage(folder: Path) -> None:
        document = key_document(folder)
        replaced = change(document)
        document = document if replaced is None else replaced
        if recompute_checksum:
            document = with_checksum(document)
        (folder / KEY_FILE_NAME).write_text(json.dumps(document, indent=2), encoding="ascii")

    return damage


def write_key_file(raw: bytes) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        (folder / KEY_FILE_NAME).write_bytes(raw)

    return damage


def replace_by_folder(name: str) -> Callable[[Path], None]:
    """Stands for any file the system cannot read (permissions do not stop root, which tests may run as)."""

    def damage(folder: Path) -> None:
        (folder / name).unlink()
        (folder / name).mkdir()

    return damage


def _short_ciphertext(document: dict) -> None:
    ciphertext = keyfile._unb64(document["wrapped_by_passphrase"]["ciphertext"])
    document["wrapped_by_passphrase"]["ciphertext"] = keyfile._b64(ciphertext[:-1])


def _long_nonce(document: dict) -> None:
    document["wrapped_by_recovery"]["nonce"] = keyfile._b64(os.urandom(16))


def _newer_format(document: dict) -> None:
    document["version"] = 99


def _flip_a_bit_of_the_wrapped_key(document: dict) -> None:
    ciphertext = bytearray(keyfile._unb64(document["wrapped_by_passphrase"]["ciphertext"]))
    ciphertext[5] ^= 0x10
    document["wrapped_by_passphrase"]["ciphertext"] = keyfile._b64(bytes(ciphertext))


def _double_the_memory(document: dict) -> None:
    document["kdf"]["memory_kib"] *= 2


def _another_salt(document: dict) -> None:
    document["kdf"]["salt"] = keyfile._b64(os.urandom(16))


def _newer_schema(folder: Path) -> None:
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    vault.connection.execute("PRAGMA user_version = 99")
    vault.lock()


def _not_a_vault(folder: Path) -> None:
    shutil.rmtree(folder)
    (folder / "photos").mkdir(parents=True)
    (folder / "letter.txt").write_text("Beste collega, ...", encoding="utf-8")
    (folder / "photos" / "visit.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))


def _empty_folder(folder: Path) -> None:
    shutil.rmtree(folder)
    folder.mkdir()


def _no_folder(folder: Path) -> None:
    shutil.rmtree(folder)


def _key_file_of_another_vault(folder: Path) -> None:
    other = folder.with_name("other-vault")
    vault, _ = create_vault(other, PASSPHRASE, fast_kdf())
    vault.lock()
    shutil.copy2(other / KEY_FILE_NAME, folder / KEY_FILE_NAME)
    shutil.rmtree(other)


def _nothing(folder: Path) -> None:
    pass


@dataclass(frozen=True)
class Scenario:
    damage: Callable[[Path], None]
    error: type[VaultError]
    passphrase: str = PASSPHRASE
    # What the template's recovery key meets instead, where that differs.
    reset_error: type[VaultError] | None = None
    # Damage in a page that unlocking does not read: the vault opens, and the full check that runs once it is open
    # names it (only `check` refuses it outright).
    found_once_open: Code | None = None


SCENARIOS = {
    "database truncated to half, at a page boundary": Scenario(
        truncate(lambda size: size // 2 // PAGE * PAGE), DatabaseDamaged
    ),
    "database truncated to half, inside a page": Scenario(truncate(lambda size: size // 2 + 7), DatabaseDamaged),
    "database truncated to two pages": Scenario(truncate(lambda size: 2 * PAGE), DatabaseDamaged),
    "database without its last page": Scenario(truncate(lambda size: size - PAGE), DatabaseDamaged),
    "database truncated to 0 bytes": Scenario(truncate(lambda size: 0), DatabaseDamaged),
    "database deleted": Scenario(lambda folder: _database(folder).unlink(), DatabaseDamaged),
    "database replaced by random bytes": Scenario(
        lambda folder: _database(folder).write_bytes(os.urandom(20 * PAGE)), DatabaseDamaged
    ),
    "flipped byte in the first page's salt": Scenario(flip_byte(lambda size: 3), DatabaseDamaged),
    "flipped byte in the first page": Scenario(flip_byte(lambda size: 100), DatabaseDamaged),
    "flipped byte in a middle page": Scenario(
        flip_byte(lambda size: size // PAGE // 2 * PAGE + 1000),
        DatabaseDamaged,
        found_once_open=Code.INTEGRITY_PAGES_DAMAGED,
    ),
    "flipped last byte": Scenario(flip_byte(lambda size: size - 1), DatabaseDamaged),
    "database replaced by a folder": Scenario(replace_by_folder(DATABASE_NAME), DatabaseDamaged),
    "key file of another vault": Scenario(_key_file_of_another_vault, DatabaseDamaged, reset_error=WrongRecoveryKey),
    "key file deleted": Scenario(lambda folder: (folder / KEY_FILE_NAME).unlink(), KeyFileMissing),
    "key file of random bytes": Scenario(write_key_file(os.urandom(300)), KeyFileDamaged),
    "key file empty": Scenario(write_key_file(b""), KeyFileDamaged),
    "key file of broken JSON": Scenario(
        write_key_file(b'{"format": "trajectapp-vault-key", "version": 1,'), KeyFileDamaged
    ),
    "key file cut in half": Scenario(
        lambda folder: (folder / KEY_FILE_NAME).write_bytes((folder / KEY_FILE_NAME).read_bytes()[:200]), KeyFileDamaged
    ),
    "key file of valid JSON with the wrong fields": Scenario(
        write_key_file(b'{"format": "trajectapp-vault-key", "version": 1, "colour": "blue"}'), KeyFileDamaged
    ),
    "key file of a JSON list": Scenario(write_key_file(b"[1, 2, 3]"), KeyFileDamaged),
    "key file of another format": Scenario(rewrite_key_file(lambda doc: doc.update(format="keepass")), KeyFileDamaged),
    "key file without its salt": Scenario(rewrite_key_file(lambda doc: doc["kdf"].pop("salt")), KeyFileDamaged),
    "key file with a wrapped key of the wrong length": Scenario(rewrite_key_file(_short_ciphertext), KeyFileDamaged),
    "key file with a nonce of the wrong length": Scenario(rewrite_key_file(_long_nonce), KeyFileDamaged),
    "key file asking for 1 TiB of memory": Scenario(
        rewrite_key_file(lambda doc: doc["kdf"].update(memory_kib=2**30)), KeyFileDamaged
    ),
    "key file replaced by a folder": Scenario(replace_by_folder(KEY_FILE_NAME), KeyFileDamaged),
    "key file with one bit of a wrapped key flipped": Scenario(
        rewrite_key_file(_flip_a_bit_of_the_wrapped_key), KeyFileDamaged
    ),
    "key file with its memory doubled": Scenario(rewrite_key_file(_double_the_memory), KeyFileDamaged),
    "key file with another salt": Scenario(rewrite_key_file(_another_salt), KeyFileDamaged),
    # Someone who edits the parameters and recomputes the checksum: no file can tell that from a wrong
    # passphrase, but the recovery key's wrapped key is bound to them, so a reset cannot keep what was changed.
    "key file with its memory doubled and the checksum recomputed": Scenario(
        rewrite_key_file(_double_the_memory, recompute_checksum=True), WrongPassphrase, reset_error=WrongRecoveryKey
    ),
    "key file asking for 4 GiB of memory, with the checksum recomputed": Scenario(
        rewrite_key_file(lambda doc: doc["kdf"].update(memory_kib=4 * 1024 * 1024), recompute_checksum=True),
        KeyFileDamaged,
    ),
    "key file asking for 21 passes, with the checksum recomputed": Scenario(
        rewrite_key_file(lambda doc: doc["kdf"].update(iterations=21), recompute_checksum=True), KeyFileDamaged
    ),
    "key file of a newer version": Scenario(rewrite_key_file(_newer_format, recompute_checksum=True), VaultTooNew),
    "schema newer than the app": Scenario(_newer_schema, VaultTooNew),
    "folder with other files": Scenario(_not_a_vault, NotAVault),
    "empty folder": Scenario(_empty_folder, NotAVault),
    "missing folder": Scenario(_no_folder, NotAVault),
    "wrong passphrase": Scenario(_nothing, WrongPassphrase, passphrase="Vier seizoenen in Gent, 2017!"),
}


def damaged_copy(copy: Path, name: str) -> tuple[Scenario, dict[str, str] | None]:
    scenario = SCENARIOS[name]
    scenario.damage(copy)
    return scenario, snapshot(copy)


def assert_plain_words(message: str, folder: Path) -> None:
    message = message.replace(str(folder), "The folder")
    assert len(message) >= 20, message
    assert message[0].isupper() and message.endswith("."), message
    assert "\n" not in message, message
    for jargon in ("Traceback", "Error", "Exception", "sqlite", "sqlcipher", "errno", "None", "b'", "0x", "{", "<"):
        assert jargon.lower() not in message.lower(), f"{jargon!r} in {message!r}"


# --- unlocking ---------------------------------------------------------------------------


REFUSED_AT_UNLOCK = [name for name, scenario in SCENARIOS.items() if scenario.found_once_open is None]


@pytest.mark.parametrize("name", REFUSED_AT_UNLOCK)
def test_unlock_refuses_with_its_own_error_and_changes_nothing(copy, name):
    scenario, before = damaged_copy(copy, name)
    with pytest.raises(VaultError) as caught:
        unlock_vault(copy, scenario.passphrase, kdf_floor=FAST_KDF_FLOOR).lock()
    assert type(caught.value) is scenario.error, f"{name}: {type(caught.value).__name__}: {caught.value}"
    assert_plain_words(message_text(caught.value), copy)
    assert snapshot(copy) == before


@pytest.mark.parametrize("name", [name for name in SCENARIOS if SCENARIOS[name].found_once_open is not None])
def test_damage_unlocking_does_not_read_is_named_by_the_check_once_open(copy, template, name):
    scenario, _ = damaged_copy(copy, name)
    # One after the other: an open vault holds its folder against a second opening.
    for opening in (
        lambda: unlock_vault(copy, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR),
        lambda: reset_passphrase(
            copy, template[1], "A new passphrase, long enough to be taken", kdf_floor=FAST_KDF_FLOOR
        ),
    ):
        vault = opening()
        try:
            found = IntegrityCheck(vault).run()
        finally:
            vault.lock()
        assert found is not None and type(found) is scenario.error and found.code is scenario.found_once_open
        assert_plain_words(message_text(found), copy)


@pytest.mark.parametrize(
    "name",
    [name for name in REFUSED_AT_UNLOCK if SCENARIOS[name].error is not WrongPassphrase or SCENARIOS[name].reset_error],
)
def test_reset_with_the_recovery_key_refuses_and_changes_nothing(copy, template, name):
    scenario, before = damaged_copy(copy, name)
    with pytest.raises(VaultError) as caught:
        reset_passphrase(copy, template[1], "A new passphrase that never gets written", kdf_floor=FAST_KDF_FLOOR).lock()
    assert type(caught.value) is (scenario.reset_error or scenario.error), (
        f"{name}: {type(caught.value).__name__}: {caught.value}"
    )
    assert snapshot(copy) == before


def test_each_kind_of_failure_has_its_own_message(template, tmp_path):
    messages: dict[type[VaultError], set[str]] = {}
    for number, scenario in enumerate(SCENARIOS[name] for name in REFUSED_AT_UNLOCK):
        folder = tmp_path / f"case{number}" / "vault"
        shutil.copytree(template[0], folder)
        scenario.damage(folder)
        with pytest.raises(VaultError) as caught:
            unlock_vault(folder, scenario.passphrase, kdf_floor=FAST_KDF_FLOOR).lock()
        messages.setdefault(type(caught.value), set()).add(message_text(caught.value))

    kinds = list(messages)
    assert set(kinds) == {scenario.error for scenario in SCENARIOS.values()}
    for first in kinds:
        for second in kinds:
            if first is not second:
                shared = messages[first] & messages[second]
                assert not shared, f"{first.__name__} and {second.__name__} both say {shared}"

    (wrong_passphrase,) = messages[WrongPassphrase]
    assert "passphrase" in wrong_passphrase.lower()
    assert "damaged" not in wrong_passphrase.lower()
    for damaged in messages[DatabaseDamaged] | messages[KeyFileDamaged] | messages[KeyFileMissing]:
        assert damaged != wrong_passphrase
        assert "backup" in damaged.lower()
    for damaged in messages[DatabaseDamaged]:
        assert "passphrase is correct" in damaged.lower()


def test_a_sound_copy_of_the_template_unlocks(copy):
    """The control for the matrix: without damage, the same copy opens and holds every case."""
    vault = unlock_vault(copy, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert CaseRepository(vault.connection).count() == CASES
    finally:
        vault.lock()


# --- trajectapp check --------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_check_reports_damage_or_a_wrong_passphrase_and_changes_nothing(copy, name):
    scenario, before = damaged_copy(copy, name)
    report = check_vault(copy, scenario.passphrase, kdf_floor=FAST_KDF_FLOOR)
    # A newer version's vault is not damaged: it cannot be opened by this one.
    expected = {WrongPassphrase: WRONG_PASSPHRASE, VaultTooNew: NOT_OPENED_HERE}.get(scenario.error, DAMAGED)
    assert report.outcome == expected, report.refusal
    assert report.refusal is not None and type(report.refusal) is scenario.error
    assert_plain_words(refusal_text(report.refusal), copy)
    assert report.counts == {}
    assert snapshot(copy) == before


def test_check_counts_a_sound_vault_and_changes_nothing(copy):
    before = snapshot(copy)
    report = check_vault(copy, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert report.outcome == SOUND == 0
    assert report.schema_version == latest_version()
    assert set(report.counts) == {*COUNTED_TABLES, *COUNTED_SELECTIONS}
    assert {kind: report.counts[kind] for kind in ("cases", "audit events", "drafts")} == {
        "cases": CASES,
        "audit events": CASES + 1,
        "drafts": 0,
    }
    assert report.lines()[0].startswith("Vault is sound")
    assert "cases: 400" in report.lines()
    assert snapshot(copy) == before

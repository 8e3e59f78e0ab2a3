"""The key file: its checksum is checked first, its parameters are bounded before any key is derived, its wrapped
keys are bound to those parameters, and a key file of version 1 still opens (and is written anew on unlock)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import FAST_KDF_FLOOR, PASSPHRASE
from key_files import edit_key_file, version_1_key_file, with_checksum
from trajectapp.domain.messages import Code
from trajectapp.services.check import SOUND, check_vault
from trajectapp.vault import keyfile
from trajectapp.vault import vault as vaults
from trajectapp.vault.errors import KeyFileDamaged, WrongRecoveryKey
from trajectapp.vault.kdf import KdfParams, derive_key
from trajectapp.vault.recovery_key import recovery_wrapping_key
from trajectapp.vault.vault import KEY_FILE_NAME, create_vault, reset_passphrase, unlock_vault

MIB = 1024
# The least the application writes: the floor every vault is read with, unless a test passes another.
LEAST_COST = {"memory_kib": 64 * MIB, "iterations": 3}
VALID = keyfile.KeyFile.new(
    os.urandom(32), KdfParams(os.urandom(16), 64 * MIB, 3, 4), os.urandom(32), os.urandom(32), "2026-12-07"
)


def cheap_kdf(memory_kib: int = 16) -> KdfParams:
    return KdfParams(os.urandom(16), memory_kib, 1, 1)


def with_kdf(**changes: int) -> bytes:
    """VALID's key file with its parameters changed and its checksum recomputed, as someone would do on purpose."""
    document = json.loads(keyfile.dump(VALID))
    document["kdf"].update(changes)
    return json.dumps(with_checksum(document), indent=2).encode("ascii")


def data_key_of(folder: Path) -> bytes:
    key_file = keyfile.read(folder / KEY_FILE_NAME, FAST_KDF_FLOOR)
    data_key = key_file.unwrap_with_passphrase_key(derive_key(PASSPHRASE, key_file.kdf))
    assert data_key is not None
    return data_key


def key_document(folder: Path) -> dict:
    return json.loads((folder / KEY_FILE_NAME).read_text(encoding="ascii"))


# --- one flipped bit -------------------------------------------------------------------------


def test_one_flipped_bit_anywhere_in_the_key_file_is_damage():
    raw = keyfile.dump(VALID)
    assert keyfile.parse(raw) == VALID
    for bit in range(len(raw) * 8):
        flipped = bytearray(raw)
        flipped[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(KeyFileDamaged) as caught:
            keyfile.parse(bytes(flipped))
        assert caught.value.code is Code.KEY_FILE_DAMAGED, f"bit {bit}: {caught.value.code}"


def test_a_flipped_bit_in_a_wrapped_key_is_damage_even_with_the_right_passphrase(tmp_path):
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, cheap_kdf())[0].lock()
    raw = bytearray((folder / KEY_FILE_NAME).read_bytes())
    position = raw.index(key_document(folder)["wrapped_by_passphrase"]["ciphertext"].encode("ascii")) + 10
    raw[position] ^= 0x02
    (folder / KEY_FILE_NAME).write_bytes(bytes(raw))

    with pytest.raises(KeyFileDamaged) as caught:
        unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert caught.value.code is Code.KEY_FILE_DAMAGED


# --- bounds --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": 8},
        {"memory_kib": 64 * MIB - 1},
        {"memory_kib": MIB * MIB + 1},
        {"memory_kib": 4 * MIB * MIB},
        {"iterations": 1},
        {"iterations": 2},
        {"iterations": 21},
        {"iterations": 1000},
    ],
    ids=str,
)
def test_parameters_out_of_bounds_are_refused_as_tampering(changes):
    with pytest.raises(KeyFileDamaged) as caught:
        keyfile.parse(with_kdf(**changes))
    assert caught.value.code is Code.KEY_FILE_TAMPERED


@pytest.mark.parametrize("changes", [LEAST_COST, {"memory_kib": MIB * MIB, "iterations": 20}], ids=str)
def test_parameters_at_the_bounds_are_read(changes):
    assert keyfile.parse(with_kdf(**changes)).kdf.memory_kib == changes["memory_kib"]


def test_a_lower_floor_is_only_what_its_caller_passes():
    cheap = with_kdf(memory_kib=8, iterations=1, lanes=1)
    assert keyfile.parse(cheap, FAST_KDF_FLOOR).kdf.memory_kib == 8
    with pytest.raises(KeyFileDamaged):
        keyfile.parse(cheap)


@pytest.fixture(scope="module")
def least_cost_vault(tmp_path_factory) -> Path:
    """A vault with the application's least parameters (64 MiB, 3 passes), read with its floor."""
    folder = tmp_path_factory.mktemp("least-cost") / "vault"
    create_vault(folder, PASSPHRASE, KdfParams(os.urandom(16), 64 * MIB, 3, 4))[0].lock()
    return folder


@pytest.mark.parametrize("changes", [{"memory_kib": 8}, {"iterations": 1}], ids=str)
def test_unlock_refuses_cheap_parameters_without_deriving_a_key(least_cost_vault, tmp_path, monkeypatch, changes):
    folder = tmp_path / "vault"
    shutil.copytree(least_cost_vault, folder)
    edit_key_file(folder / KEY_FILE_NAME, lambda document: document["kdf"].update(changes), recompute_checksum=True)

    def no_derivation(*arguments):
        raise AssertionError("a key was derived from parameters out of bounds")

    monkeypatch.setattr(vaults, "derive_key", no_derivation)
    with pytest.raises(KeyFileDamaged) as caught:
        unlock_vault(folder, PASSPHRASE)
    assert caught.value.code is Code.KEY_FILE_TAMPERED


# --- recovery --------------------------------------------------------------------------------


def test_recovery_never_lowers_the_parameters(tmp_path):
    folder = tmp_path / "vault"
    vault, recovery_key = create_vault(folder, PASSPHRASE, cheap_kdf(memory_kib=16))
    vault.lock()
    edit_key_file(
        folder / KEY_FILE_NAME, lambda document: document["kdf"].update(memory_kib=8), recompute_checksum=True
    )
    before = (folder / KEY_FILE_NAME).read_bytes()

    with pytest.raises(WrongRecoveryKey):
        reset_passphrase(folder, recovery_key, "a new passphrase, cheaper to guess", kdf_floor=FAST_KDF_FLOOR)
    assert (folder / KEY_FILE_NAME).read_bytes() == before


def test_recovery_keeps_the_parameters_and_binds_both_keys_anew(tmp_path):
    folder = tmp_path / "vault"
    vault, recovery_key = create_vault(folder, PASSPHRASE, cheap_kdf(memory_kib=16))
    vault.lock()
    reset_passphrase(folder, recovery_key, "a new passphrase", kdf_floor=FAST_KDF_FLOOR).lock()
    after = keyfile.read(folder / KEY_FILE_NAME, FAST_KDF_FLOOR)
    assert (after.kdf.memory_kib, after.kdf.iterations, after.kdf.lanes) == (16, 1, 1)
    assert after.by_passphrase.binding == after.by_recovery.binding == keyfile.VERSION
    unlock_vault(folder, "a new passphrase", kdf_floor=FAST_KDF_FLOOR).lock()


# --- version 1 ---------------------------------------------------------------------------------


def make_version_1_vault(folder: Path, kdf: KdfParams) -> str:
    """A vault whose key file is in version 1, as every vault made before version 2 has it; its recovery key."""
    vault, recovery_key = create_vault(folder, PASSPHRASE, cheap_kdf())
    vault.lock()
    raw = version_1_key_file(data_key_of(folder), kdf, derive_key(PASSPHRASE, kdf), recovery_wrapping_key(recovery_key))
    (folder / KEY_FILE_NAME).write_bytes(raw)
    return recovery_key


@pytest.fixture
def version_1_vault(tmp_path) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    return folder, make_version_1_vault(folder, cheap_kdf())


def test_a_version_1_key_file_opens_and_is_written_in_the_current_version(version_1_vault):
    folder, recovery_key = version_1_vault
    unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()

    document = key_document(folder)
    assert document["version"] == keyfile.VERSION and document["checksum"].startswith("sha256:")
    # The recovery key was not at hand: its wrapped key keeps version 1's binding until it is used.
    assert (document["wrapped_by_passphrase"]["binding"], document["wrapped_by_recovery"]["binding"]) == (2, 1)
    unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()

    reset_passphrase(folder, recovery_key, "a new passphrase", kdf_floor=FAST_KDF_FLOOR).lock()
    assert key_document(folder)["wrapped_by_recovery"]["binding"] == 2
    unlock_vault(folder, "a new passphrase", kdf_floor=FAST_KDF_FLOOR).lock()


def test_a_version_1_key_file_opens_with_the_recovery_key(version_1_vault):
    folder, recovery_key = version_1_vault
    reset_passphrase(folder, recovery_key, "a new passphrase", kdf_floor=FAST_KDF_FLOOR).lock()
    assert key_document(folder)["version"] == keyfile.VERSION
    unlock_vault(folder, "a new passphrase", kdf_floor=FAST_KDF_FLOOR).lock()


def test_a_version_1_key_file_that_cannot_be_rewritten_still_opens(version_1_vault):
    folder, _ = version_1_vault
    before = (folder / KEY_FILE_NAME).read_bytes()
    (folder / (KEY_FILE_NAME + ".new")).mkdir()  # where the new key file would be written

    unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()
    assert (folder / KEY_FILE_NAME).read_bytes() == before


def test_check_reads_a_version_1_key_file_and_leaves_it_as_it_was(version_1_vault):
    folder, _ = version_1_vault
    before = (folder / KEY_FILE_NAME).read_bytes()
    assert check_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).outcome == SOUND
    assert (folder / KEY_FILE_NAME).read_bytes() == before


def test_a_version_1_key_file_may_have_more_passes_and_gets_memory_for_them(tmp_path):
    """The old calibration kept 64 MiB and added passes, up to 1000: a fast machine may have written more than 20.
    Such a vault still opens, and its new key file trades the passes beyond 20 for memory."""
    folder = tmp_path / "vault"
    make_version_1_vault(folder, KdfParams(os.urandom(16), 8, 25, 1))

    unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()
    kdf = keyfile.read(folder / KEY_FILE_NAME, FAST_KDF_FLOOR).kdf
    assert (kdf.memory_kib, kdf.iterations) == (16, 20)
    unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()


def test_version_1_is_bounded_by_its_work_instead_of_its_passes():
    def version_1(iterations: int) -> bytes:
        kdf = KdfParams(os.urandom(16), 64 * MIB, iterations, 4)
        return version_1_key_file(os.urandom(32), kdf, os.urandom(32), os.urandom(32))

    assert keyfile.parse(version_1(320)).kdf.iterations == 320  # 64 MiB x 320 = 1 GiB x 20
    with pytest.raises(KeyFileDamaged) as caught:
        keyfile.parse(version_1(321))
    assert caught.value.code is Code.KEY_FILE_TAMPERED


@pytest.mark.parametrize(
    ("memory_kib", "iterations"), [(64 * MIB, 3), (64 * MIB, 21), (64 * MIB, 41), (MIB * MIB // 2, 40)]
)
def test_a_new_salt_never_comes_with_less_work(memory_kib, iterations):
    renewed = KdfParams(os.urandom(16), memory_kib, iterations, 4).with_new_salt()
    assert renewed.iterations == min(iterations, 20) and renewed.memory_kib <= MIB * MIB
    assert renewed.memory_kib * renewed.iterations >= memory_kib * iterations


def test_a_version_1_key_file_with_cheap_parameters_is_refused_too():
    raw = version_1_key_file(os.urandom(32), KdfParams(os.urandom(16), 8, 1, 1), os.urandom(32), os.urandom(32))
    assert keyfile.parse(raw, FAST_KDF_FLOOR).version == 1
    with pytest.raises(KeyFileDamaged) as caught:
        keyfile.parse(raw)
    assert caught.value.code is Code.KEY_FILE_TAMPERED

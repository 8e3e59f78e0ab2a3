"""A vault's files are its owner's alone, a vault is made whole or not at all, and what stops a vault from opening
that is not damage (a permission, a read-only or full disk, another running copy) is told as what it is.

The permission and disk tests run in a subprocess (disk_conditions): as root, file permissions are given up there
for real, and small or read-only disks are mounted in a mount namespace of its own."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import FAST_KDF_FLOOR, PASSPHRASE
from disk_conditions import read_only_at, run_python, small_disk_at
from trajectapp.cli import refusal_text
from trajectapp.domain.messages import Code
from trajectapp.services.check import DAMAGED, NOT_OPENED_HERE, SOUND, check_vault
from trajectapp.services.disclosures import leaving_file
from trajectapp.ui.messages import message_text
from trajectapp.vault.errors import VaultError
from trajectapp.vault.folder_lock import LOCK_FILE_NAME
from trajectapp.vault.vault import DATABASE_NAME, KEY_FILE_NAME, Vault, create_vault, unlock_vault

UNLOCK = """
import sys
from pathlib import Path
from trajectapp.services.opening import unlock_vault
from trajectapp.vault.errors import VaultError
from trajectapp.vault.kdf import KdfFloor
FLOOR = KdfFloor(memory_kib=8, iterations=1)  # conftest's FAST_KDF_FLOOR: the test vaults are cheap
try:
    unlock_vault(Path(sys.argv[1]), sys.argv[2], kdf_floor=FLOOR).lock()
    print("opened")
except VaultError as error:
    print(error.code.value)
"""

CREATE = """
import os, sys
from pathlib import Path
from trajectapp.services.opening import create_vault
from trajectapp.vault.errors import VaultError
from trajectapp.vault.kdf import KdfParams
disk = Path(sys.argv[1])
try:
    create_vault(disk / "vault", "a passphrase", KdfParams(salt=os.urandom(16), memory_kib=8, iterations=1, lanes=1))
    print("created")
except VaultError as error:
    print(error.code.value)
print(sorted(os.listdir(disk)))
"""

CHECK = (
    "import sys; from trajectapp.cli import main; from trajectapp.vault.kdf import KdfFloor; "
    "sys.exit(main(['check', '--vault', sys.argv[1]], kdf_floor=KdfFloor(memory_kib=8, iterations=1)))"
)

# What each refusal that is not damage tells the person to do.
NOT_DAMAGE = {
    Code.VAULT_ACCESS_DENIED: "belong to your account",
    Code.VAULT_READ_ONLY: "make the disk writable",
    Code.VAULT_DISK_FULL: "free some space",
    Code.VAULT_IN_USE: "close Trajectapp there",
}


@pytest.fixture
def umask_022() -> Iterator[None]:
    earlier = os.umask(0o022)
    yield
    os.umask(earlier)


@pytest.fixture
def locked_vault_folder(vault: Vault, vault_folder: Path) -> Path:
    vault.lock()
    return vault_folder


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def checksums(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


# -- whose files ------------------------------------------------------------------------------------------------


def test_a_vault_made_with_umask_022_has_a_private_folder_and_private_files(umask_022, tmp_path, kdf_params):
    folder = tmp_path / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf_params)
    try:
        assert mode(folder) == 0o700
        names = sorted(path.name for path in folder.iterdir())
        assert {DATABASE_NAME, KEY_FILE_NAME, LOCK_FILE_NAME, DATABASE_NAME + "-wal"} <= set(names)
        assert {name: mode(folder / name) for name in names} == dict.fromkeys(names, 0o600)
        vault.change_passphrase(PASSPHRASE, "another passphrase")
        assert mode(folder / KEY_FILE_NAME) == 0o600
    finally:
        vault.lock()
    assert sorted(path.name for path in tmp_path.iterdir() if path.name != "user" and path.name != "tmp") == ["vault"]


def test_an_existing_empty_folder_becomes_the_private_vault_folder(umask_022, tmp_path, kdf_params):
    folder = tmp_path / "chosen"
    folder.mkdir(mode=0o755)
    create_vault(folder, PASSPHRASE, kdf_params)[0].lock()
    assert mode(folder) == 0o700
    assert unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).folder == folder


def test_an_empty_folder_reached_through_a_link_gets_the_vault_and_keeps_its_link(tmp_path, kdf_params):
    target, link = tmp_path / "on another disk", tmp_path / "vault"
    target.mkdir()
    link.symlink_to(target)
    create_vault(link, PASSPHRASE, kdf_params)[0].lock()
    assert link.is_symlink()
    assert sorted(path.name for path in target.iterdir()) == [DATABASE_NAME, KEY_FILE_NAME]
    unlock_vault(link, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()


def test_the_key_file_is_written_private_over_a_partial_one_a_crash_left(umask_022, vault, vault_folder):
    partial = vault_folder / (KEY_FILE_NAME + ".new")
    partial.write_bytes(b"half a key file")
    partial.chmod(0o644)
    vault.change_passphrase(PASSPHRASE, "another passphrase")
    assert mode(vault_folder / KEY_FILE_NAME) == 0o600
    assert not partial.exists()


def test_unlocking_a_vault_made_before_narrows_its_modes(locked_vault_folder):
    locked_vault_folder.chmod(0o755)
    for path in locked_vault_folder.iterdir():
        path.chmod(0o644)
    unlock_vault(locked_vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()
    assert mode(locked_vault_folder) == 0o700
    assert {path.name: mode(path) for path in locked_vault_folder.iterdir()} == {
        DATABASE_NAME: 0o600,
        KEY_FILE_NAME: 0o600,
    }


def test_a_file_that_leaves_the_vault_is_private(umask_022, vault, tmp_path):
    path = tmp_path / "handover.pdf"
    with leaving_file(vault, path, b"%PDF-1.7 the handover"):
        pass
    assert mode(path) == 0o600


# -- made whole or not at all ----------------------------------------------------------------------------------


def test_a_vault_on_a_disk_that_fills_up_is_not_made_at_all(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    result = run_python(CREATE, str(disk), mount=small_disk_at(disk, 128))
    assert result.stdout.splitlines() == [Code.VAULT_DISK_FULL.value, "[]"], result.stderr


def test_a_vault_in_a_folder_that_may_not_be_written_is_not_made_at_all(tmp_path):
    parent = tmp_path / "not yours"
    parent.mkdir()
    parent.chmod(0o555)
    result = run_python(CREATE, str(parent), as_plain_account=True)
    assert result.stdout.splitlines() == [Code.VAULT_ACCESS_DENIED.value, "[]"], result.stderr


# -- not damage, and said so ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "denied_mode", "readable"),
    [
        (KEY_FILE_NAME, 0o000, False),
        (DATABASE_NAME, 0o000, False),
        (DATABASE_NAME, 0o400, True),
        (".", 0o500, True),
        (".", 0o000, False),
    ],
)
def test_a_permission_is_not_taken_for_damage(locked_vault_folder, name, denied_mode, readable):
    (locked_vault_folder / name).chmod(denied_mode)
    before = checksums(locked_vault_folder)
    result = run_python(UNLOCK, str(locked_vault_folder), PASSPHRASE, as_plain_account=True)
    assert result.stdout.strip() == Code.VAULT_ACCESS_DENIED.value, result.stderr
    # `check` only reads: what it may read, it checks.
    checked = run_python(CHECK, str(locked_vault_folder), stdin=PASSPHRASE + "\n", as_plain_account=True)
    if readable:
        assert (checked.returncode, checked.stderr) == (SOUND, "")
        assert checked.stdout.startswith("Vault is sound")
    else:
        assert (checked.returncode, checked.stdout) == (NOT_OPENED_HERE, "")
        denied = VaultError(Code.VAULT_ACCESS_DENIED, folder=str(locked_vault_folder))
        assert checked.stderr.strip() == refusal_text(denied)
    (locked_vault_folder / name).chmod(0o700 if name == "." else 0o600)
    assert checksums(locked_vault_folder) == before


def test_a_key_file_that_may_only_be_read_is_no_obstacle(locked_vault_folder):
    (locked_vault_folder / KEY_FILE_NAME).chmod(0o400)
    result = run_python(UNLOCK, str(locked_vault_folder), PASSPHRASE, as_plain_account=True)
    assert result.stdout.strip() == "opened", result.stderr


def test_a_read_only_disk_is_not_taken_for_damage(locked_vault_folder):
    before = checksums(locked_vault_folder)
    result = run_python(UNLOCK, str(locked_vault_folder), PASSPHRASE, mount=read_only_at(locked_vault_folder))
    assert result.stdout.strip() == Code.VAULT_READ_ONLY.value, result.stderr
    assert checksums(locked_vault_folder) == before


# -- `check` only reads ------------------------------------------------------------------------------------------


@pytest.fixture
def crashed_vault_folder(vault: Vault, vault_folder: Path, make_case, tmp_path: Path) -> Path:
    """The vault's files as a crash leaves them: commits in the write-ahead log, not yet folded into the database."""
    vault.connection.execute("PRAGMA wal_autocheckpoint = 0")
    make_case("Çelik Ağaoğlu")
    return copy_as_a_crash_leaves_it(vault_folder, tmp_path / "crashed")


@pytest.fixture
def crashed_after_two_commits_folder(vault: Vault, vault_folder: Path, make_case, tmp_path: Path) -> Path:
    """As `crashed_vault_folder`, with two commits in the write-ahead log."""
    vault.connection.execute("PRAGMA wal_autocheckpoint = 0")
    make_case("Çelik Ağaoğlu")
    make_case("Jan Peeters")
    return copy_as_a_crash_leaves_it(vault_folder, tmp_path / "crashed")


def copy_as_a_crash_leaves_it(vault_folder: Path, crashed: Path) -> Path:
    crashed.mkdir(mode=0o700)
    for path in vault_folder.iterdir():
        if path.name != LOCK_FILE_NAME:  # the lock is let go with the program that held it
            shutil.copy2(path, crashed / path.name)
    assert (crashed / (DATABASE_NAME + "-wal")).stat().st_size > 0
    return crashed


def test_check_of_a_vault_a_crash_left_folds_nothing_into_it(crashed_vault_folder):
    data_files = (DATABASE_NAME, DATABASE_NAME + "-wal", KEY_FILE_NAME)
    before = {name: checksums(crashed_vault_folder)[name] for name in data_files}
    report = check_vault(crashed_vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert report.outcome == SOUND
    assert report.counts["cases"] == 1  # read from the log, where the only commit of it is
    # SQLite rebuilds its shared-memory index (-shm) to read the log; the files that hold data are as they were.
    assert {name: checksums(crashed_vault_folder)[name] for name in data_files} == before


def wal_frames(log: Path) -> list[tuple[int, bool]]:
    """Where each whole frame of a write-ahead log starts, and whether it ends a commit (SQLite's file format)."""
    data = log.read_bytes()
    frame_size = 24 + int.from_bytes(data[8:12], "big")
    return [
        (offset, int.from_bytes(data[offset + 4 : offset + 8], "big") != 0)
        for offset in range(32, len(data) - frame_size + 1, frame_size)
    ]


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


# A byte inside the first frame's header (its salt, its checksum) or its encrypted page.
@pytest.mark.parametrize("inside_the_frame", [8, 12, 16, 24 + 100], ids=["salt-1", "salt-2", "checksum", "page"])
def test_check_reports_a_write_ahead_log_damaged_before_a_commit(crashed_after_two_commits_folder, inside_the_frame):
    folder = crashed_after_two_commits_folder
    log = folder / (DATABASE_NAME + "-wal")
    frames = wal_frames(log)
    assert [ends for _offset, ends in frames].count(True) >= 2  # the first frame is followed by a later commit
    flip_byte(log, frames[0][0] + inside_the_frame)
    before = checksums(folder)
    report = check_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert report.outcome == DAMAGED
    assert report.refusal is not None and report.refusal.code is Code.DATABASE_LOG_DAMAGED
    assert "vault.db-wal" in refusal_text(report.refusal)
    assert checksums(folder) == before


def test_check_reports_a_write_ahead_log_whose_header_is_damaged(crashed_vault_folder):
    flip_byte(crashed_vault_folder / (DATABASE_NAME + "-wal"), 12)  # the checkpoint sequence, under the checksum
    before = checksums(crashed_vault_folder)
    checked = run_python(CHECK, str(crashed_vault_folder), stdin=PASSPHRASE + "\n")
    assert checked.returncode == DAMAGED
    assert "vault.db-wal" in checked.stdout + checked.stderr
    assert checksums(crashed_vault_folder) == before


@pytest.mark.parametrize("crash", ["frame cut short", "last commit torn"])
def test_a_write_ahead_log_a_crash_tore_at_its_end_is_sound(crashed_vault_folder, crash):
    log = crashed_vault_folder / (DATABASE_NAME + "-wal")
    last = wal_frames(log)[-1][0]
    if crash == "frame cut short":  # the crash came while the last frame was being written
        os.truncate(log, last + 24 + 1000)
    else:  # its header written, its page not: checked against bytes that never arrived
        flip_byte(log, last + 24 + 100)
    report = check_vault(crashed_vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert report.outcome == SOUND


@pytest.mark.parametrize("left_by", ["locked_vault_folder", "crashed_vault_folder"])
def test_check_reads_a_vault_on_a_read_only_disk(request, left_by):
    folder = request.getfixturevalue(left_by)
    before = checksums(folder)
    checked = run_python(CHECK, str(folder), stdin=PASSPHRASE + "\n", mount=read_only_at(folder))
    assert (checked.returncode, checked.stderr) == (SOUND, "")
    assert checked.stdout.startswith("Vault is sound")
    assert checksums(folder) == before


def test_check_of_a_settled_vault_writes_not_even_sqlite_s_own_files(locked_vault_folder):
    before = checksums(locked_vault_folder)
    modified = {path.name: path.stat().st_mtime_ns for path in locked_vault_folder.iterdir()}
    assert check_vault(locked_vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).outcome == SOUND
    assert checksums(locked_vault_folder) == before
    assert {path.name: path.stat().st_mtime_ns for path in locked_vault_folder.iterdir()} == modified


def test_a_vault_open_in_another_copy_is_refused_until_it_is_locked_there(vault, vault_folder):
    with pytest.raises(VaultError) as refused:
        unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert refused.value.code is Code.VAULT_IN_USE
    report = check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert report.outcome == NOT_OPENED_HERE
    assert report.refusal is not None and report.refusal.code is Code.VAULT_IN_USE
    assert not vault.is_locked  # the refused unlock and the check let the open vault be
    vault.lock()
    assert not (vault_folder / LOCK_FILE_NAME).exists()
    unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()


def test_a_copy_that_ends_without_locking_lets_go_of_the_vault(locked_vault_folder):
    die_open = UNLOCK.replace(
        "unlock_vault(Path(sys.argv[1]), sys.argv[2], kdf_floor=FLOOR).lock()",
        "v = unlock_vault(Path(sys.argv[1]), sys.argv[2], kdf_floor=FLOOR); import os; os._exit(0)",
    )
    assert run_python(die_open, str(locked_vault_folder), PASSPHRASE).returncode == 0
    assert (locked_vault_folder / LOCK_FILE_NAME).exists()  # left behind, but no longer held
    unlock_vault(locked_vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).lock()


def test_damage_is_still_damage(locked_vault_folder):
    database = locked_vault_folder / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[8192 + 100] ^= 0xFF
    database.write_bytes(bytes(data))
    assert check_vault(locked_vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).outcome == DAMAGED


@pytest.mark.parametrize(("code", "what_to_do"), NOT_DAMAGE.items())
def test_what_is_not_damage_says_so_and_what_to_do(qapp, code, what_to_do):
    error = VaultError(code, folder="/home/consultant/Trajectapp")
    for words in (message_text(error), refusal_text(error)):
        assert "/home/consultant/Trajectapp" in words
        assert "backup" not in words
        assert what_to_do in words


def test_a_plain_subprocess_really_keeps_to_the_file_permissions(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("x")
    secret.chmod(0o000)
    script = (
        "import sys\ntry:\n    open(sys.argv[1]).read(); print('read')\nexcept PermissionError:\n    print('denied')"
    )
    assert run_python(script, str(secret), as_plain_account=True).stdout.strip() == "denied"

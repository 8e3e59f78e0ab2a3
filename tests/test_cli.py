"""The command line, run for real in a subprocess: `demo`, `check`, and no passphrase arguments.

`demo` calibrates Argon2id as the application does, so each vault it makes
costs about a second to create and half a second to open: these tests share
one demo vault where they can.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from trajectapp.domain.case import Case
from trajectapp.services.caseload import list_cases
from trajectapp.services.demo import create_demo_vault
from trajectapp.store.audit import AuditRepository
from trajectapp.store.schema import latest_version
from trajectapp.vault.vault import DATABASE_NAME, unlock_vault

PASSPHRASE = "Çay in de wandelgang van Brugge, 2017"
DEMO_CASES = 25
DEMO_SEED = 7


def run_trajectapp(home: Path, *arguments: str, stdin: str = "") -> subprocess.CompletedProcess:
    """`python -m trajectapp ARGUMENTS` with the user folders inside `home`."""
    env = dict(os.environ)
    for variable, name in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / name).mkdir(parents=True, exist_ok=True)
        env[variable] = str(home / name)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "trajectapp", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=home,
        env=env,
        timeout=180,
    )


def make_demo_vault(home: Path, folder: Path) -> subprocess.CompletedProcess:
    return run_trajectapp(
        home, "demo", "--vault", str(folder), "--cases", str(DEMO_CASES), "--seed", str(DEMO_SEED),
        stdin=PASSPHRASE + "\n",
    )


def cases_in(folder: Path) -> list[Case]:
    vault = unlock_vault(folder, PASSPHRASE)
    try:
        return list_cases(vault)
    finally:
        vault.lock()


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli")


@pytest.fixture(scope="module")
def demo_vault(demo_home: Path) -> Path:
    """One demo vault made by the command line, shared by the tests that only read it."""
    folder = demo_home / "demo-vault"
    result = make_demo_vault(demo_home, folder)
    assert result.returncode == 0, result.stderr
    assert f"{DEMO_CASES} fictional cases" in result.stdout
    return folder


def test_check_reports_a_sound_demo_vault_and_its_counts(demo_home, demo_vault):
    result = run_trajectapp(demo_home, "check", "--vault", str(demo_vault), stdin=PASSPHRASE + "\n")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"Schema version: {latest_version()}" in lines
    assert f"cases: {DEMO_CASES}" in lines
    assert PASSPHRASE not in result.stdout + result.stderr


def test_demo_with_the_same_seed_makes_the_same_people(demo_home, demo_vault, tmp_path):
    again = tmp_path / "again"
    assert make_demo_vault(tmp_path, again).returncode == 0

    cases = cases_in(demo_vault)
    assert cases == cases_in(again)
    names = [case.name for case in cases]
    assert len(set(names)) == DEMO_CASES
    assert any(not name.isascii() for name in names)


def test_check_with_a_wrong_passphrase_exits_2(demo_home, demo_vault):
    result = run_trajectapp(demo_home, "check", "--vault", str(demo_vault), stdin="not the passphrase\n")

    assert result.returncode == 2
    assert "passphrase" in result.stderr


def test_check_finds_a_flipped_byte_in_the_database(demo_vault, tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(demo_vault, damaged)
    database = damaged / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x01
    database.write_bytes(bytes(data))

    result = run_trajectapp(tmp_path, "check", "--vault", str(damaged), stdin=PASSPHRASE + "\n")

    assert result.returncode == 1
    assert "damaged" in result.stderr


def test_demo_refuses_a_folder_that_already_holds_a_vault(demo_home, demo_vault):
    before = contents(demo_vault)

    result = make_demo_vault(demo_home, demo_vault)

    assert result.returncode == 1
    assert "already a vault" in result.stderr
    assert contents(demo_vault) == before


@pytest.mark.parametrize(
    "arguments",
    [
        ("check", "--vault", "VAULT", "--passphrase", "secret"),
        ("demo", "--vault", "VAULT", "--passphrase", "secret"),
        ("--vault", "VAULT", "--passphrase", "secret"),
    ],
)
def test_there_is_no_passphrase_option(tmp_path, arguments):
    vault = tmp_path / "vault"
    result = run_trajectapp(tmp_path, *(str(vault) if part == "VAULT" else part for part in arguments))

    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr
    assert not vault.exists()


def test_demo_vault_holds_varied_fictional_people_drawn_from_the_seed(tmp_path, kdf_params):
    assert create_demo_vault(tmp_path / "a", PASSPHRASE, cases=200, seed=11, kdf=kdf_params) == 200
    create_demo_vault(tmp_path / "b", PASSPHRASE, cases=200, seed=11, kdf=kdf_params)
    create_demo_vault(tmp_path / "c", PASSPHRASE, cases=200, seed=12, kdf=kdf_params)

    vault = unlock_vault(tmp_path / "a", PASSPHRASE)
    try:
        cases = list_cases(vault)
        events = AuditRepository(vault.connection).events()
    finally:
        vault.lock()

    names = [case.name for case in cases]
    assert len(set(names)) >= 195
    assert all(case.name.strip() and case.prison and case.prisoner_number and case.date_of_birth for case in cases)
    assert sum(not name.isascii() for name in names) >= 20
    assert any(case.preferred_name for case in cases)
    assert events.count("demo.filled") == 1
    assert cases == cases_in(tmp_path / "b")
    assert names != [case.name for case in cases_in(tmp_path / "c")]

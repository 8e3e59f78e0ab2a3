"""Shared fixtures: offscreen Qt, English locale, isolated user folders, a real vault per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from trajectapp.services.caseload import add_case  # noqa: E402
from trajectapp.vault.kdf import KdfParams  # noqa: E402
from trajectapp.vault.vault import Vault, create_vault  # noqa: E402

PASSPHRASE = "Vier seizoenen in Brugge, 2017!"


def fast_kdf() -> KdfParams:
    """Argon2id parameters small enough for tests; the application never uses these."""
    return KdfParams(salt=os.urandom(16), memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point platformdirs (XDG) at folders of this test, so nothing touches the real ones."""
    folders = {}
    for variable, name in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        folder = tmp_path / "user" / name
        folder.mkdir(parents=True)
        monkeypatch.setenv(variable, str(folder))
        folders[name] = folder
    return folders


@pytest.fixture
def kdf_params() -> KdfParams:
    return fast_kdf()


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault_and_recovery_key(vault_folder: Path, kdf_params: KdfParams):
    vault, recovery_key = create_vault(vault_folder, PASSPHRASE, kdf_params)
    yield vault, recovery_key
    vault.lock()


@pytest.fixture
def vault(vault_and_recovery_key) -> Vault:
    return vault_and_recovery_key[0]


@pytest.fixture
def recovery_key(vault_and_recovery_key) -> str:
    return vault_and_recovery_key[1]


@pytest.fixture
def make_case(vault: Vault):
    """Factory: make_case("Çelik Ağaoğlu") adds a case to the test's vault."""

    def make(name: str = "Yasmina El Idrissi", preferred_name: str = ""):
        return add_case(vault, name=name, preferred_name=preferred_name)

    return make

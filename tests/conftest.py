"""Shared fixtures: offscreen Qt, English locale, isolated user folders, a real vault per test, and what lupdate
finds in the package."""

from __future__ import annotations

import os
import sys
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

from pathlib import Path

import pytest
from hypothesis import settings

import trajectapp.ui  # noqa: F401  (guards every Qt test against a PySide6 refcount bug)
from lupdate_catalogue import Message, lupdate_catalogue
from trajectapp.paths import user_folders_inside
from trajectapp.services.caseload import add_case
from trajectapp.vault.kdf import KdfFloor, KdfParams
from trajectapp.vault.vault import Vault, create_vault

PASSPHRASE = "Vier seizoenen in Brugge, 2017!"
PACKAGE = Path(__file__).resolve().parent.parent / "src" / "trajectapp"

# How hard the randomised tests look. ci, the default (and `make test`): 100 examples per test. A bug planted to
# try it (form feed and vertical tab let through in text of several lines) was found by the service fuzz tests
# in 8 runs of 8 at 100 examples, but in 4 of 10 at 50; at 100 the randomised tests take under a quarter of the
# run. `--hypothesis-profile=nightly` looks ten times longer. No deadline: tests never time things.
settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile("nightly", max_examples=1000, deadline=None)
settings.load_profile("ci")  # the default; the command-line option, read later, overrides it


def fast_kdf() -> KdfParams:
    """The cheapest Argon2id there is (8 KiB per lane, one pass), for tests; the application never uses these,
    and only code that passes them gets them."""
    return KdfParams(salt=os.urandom(16), memory_kib=8, iterations=1, lanes=1)


# What the tests read their vaults with: the application refuses a key file that asks for less than 64 MiB and three
# passes, and only a caller that passes this floor can open one made with `fast_kdf`.
FAST_KDF_FLOOR = KdfFloor(memory_kib=8, iterations=1)


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point platformdirs (XDG) at folders of this test, so nothing touches the real ones."""
    environment = user_folders_inside(tmp_path / "user")
    for variable, folder in environment.items():
        monkeypatch.setenv(variable, folder)
    return {Path(folder).name: Path(folder) for folder in environment.values()}


@pytest.fixture(autouse=True)
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own TMPDIR (for Python, Qt and subprocesses), so a scan for plaintext reads only its files."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture(autouse=True)
def leaves_no_qt_behind(monkeypatch: pytest.MonkeyPatch):
    """Fails a test that leaves top-level widgets, application event filters or running timers behind."""
    if "PySide6.QtWidgets" not in sys.modules:  # Qt not even loaded: nothing can be left
        yield
        return
    import qt_leftovers  # here, not at the top: the core tests must not need Qt

    watch = qt_leftovers.LeftoverWatch(monkeypatch)
    yield
    if leftovers := watch.leftovers():
        pytest.fail("left behind: " + "; ".join(leftovers), pytrace=False)


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


@pytest.fixture
def start_app(qapp, qtbot, vault_folder: Path):
    """Factory: start_app() runs the real application (fast Argon2) on this test's vault folder.

    Each application started is quit at the end of the test, which locks its vault.
    """
    import gui_support  # here, not at the top: the core tests must not need Qt

    started = []

    def start(folder: Path | None = None, ask=None):
        controller = gui_support.start_controller(qapp, qtbot, folder or vault_folder, ask)
        started.append(controller)
        return controller

    yield start
    for controller in started:
        gui_support.stop_controller(qapp, controller)


# Once per module, not per session: the pseudo-translation's tests add their own probes to the set they get.
@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    """What pyside6-lupdate finds in the whole package, as a translation made from it would see it."""
    return lupdate_catalogue(sorted(PACKAGE.rglob("*.py")), tmp_path_factory.mktemp("lupdate"))

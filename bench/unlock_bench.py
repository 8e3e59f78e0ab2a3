"""From passphrase to caseload on a vault of about 100 MiB: the Unlock click to the caseload table shown, and its parts.

Builds a 3,000-case demo vault (about 98 MiB) with fixed Argon2id of 64 MiB, 3 passes and 4 lanes (the least
that calibration ever chooses, so the key derivation costs what it costs on the slowest production vault),
then, in each of a few fresh processes, types the passphrase on the unlock screen, clicks Unlock and times
until the caseload table is shown. It also times `unlock_vault` alone and the two integrity checks alone.
Never fails; prints medians and minimums.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/unlock_bench.py [CASES] [--vault FOLDER]

With --vault, an existing demo vault made with this bench's passphrase is used (and kept) instead of a new one.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from trajectapp.paths import user_folders_inside

CASES = 3_000
RUNS = 5
PASSPHRASE = "bench vault with fictional people"
RESULT = "unlock-bench-result "

# In a fresh process: the application at its unlock screen, the passphrase typed, Unlock clicked, and the time
# until the caseload table is visible with rows.
THROUGH_SCREEN = f"""
import sys, time
from pathlib import Path
sys.path.insert(0, {str(Path(__file__).parent)!r})
from run import quiet_offscreen_warnings, wait_until
from trajectapp.ui.ask import Ask
from trajectapp.ui.preferences import Preferences
from trajectapp.ui.shell.app import LOCKED, UNLOCKED, AppController
from trajectapp.ui.shell.start import create_qt_application
quiet_offscreen_warnings()
app = create_qt_application(sys.argv[:1])
controller = AppController(app=app, preferences=Preferences(), ask=Ask(), vault_folder=Path(sys.argv[1]))
controller.start()
wait_until(lambda: controller.state == LOCKED)
screen = controller.window.current_screen()
screen.passphrase.line.setText({PASSPHRASE!r})

def caseload_shown():
    workspace = controller.workspace()
    view = workspace.caseload if workspace is not None else None
    return controller.state == UNLOCKED and view is not None and view.table.isVisible() and view.model.rowCount() > 0

started = time.perf_counter()
screen.unlock_button.click()
wait_until(caseload_shown)
print({RESULT!r} + str(time.perf_counter() - started), flush=True)
controller.lock(reason="bench")
controller.window.close()
"""


def row(label: str, seconds: list[float]) -> str:
    return f"  {label:<66} {statistics.median(seconds):8.3f} s {min(seconds):8.3f} s   ({len(seconds)} runs)"


def through_screen(folder: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", THROUGH_SCREEN, str(folder)], capture_output=True, text=True, timeout=300, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith(RESULT):
            return float(line[len(RESULT) :])
    raise RuntimeError(f"no figure: {done.stderr.strip()[-500:]}")


def parts(folder: Path) -> list[str]:
    """unlock_vault as the unlock screen runs it, and the key derivation and both integrity checks on their own."""
    from trajectapp.services.opening import unlock_vault
    from trajectapp.store import connection as db
    from trajectapp.vault import keyfile
    from trajectapp.vault.kdf import derive_key

    unlocks, derivations, pages, structures = [], [], [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        unlock_vault(folder, PASSPHRASE).lock()
        unlocks.append(time.perf_counter() - started)
        key_file = keyfile.read(folder / "vault.key")
        started = time.perf_counter()
        key = key_file.unwrap_with_passphrase_key(derive_key(PASSPHRASE, key_file.kdf))
        derivations.append(time.perf_counter() - started)
        assert key is not None
        started = time.perf_counter()
        db.page_errors(folder / "vault.db", key)
        pages.append(time.perf_counter() - started)
        connection = db.open_database(folder / "vault.db", key)
        started = time.perf_counter()
        db.structure_errors(connection)
        structures.append(time.perf_counter() - started)
        connection.close()
    return [
        row("unlock_vault (services.opening, what the screen runs)", unlocks),
        row("  on its own: Argon2id and unwrapping the key", derivations),
        row("  on its own: SQLCipher page check (PRAGMA cipher_integrity_check)", pages),
        row("  on its own: SQLite integrity check (PRAGMA integrity_check)", structures),
    ]


def bench(folder: Path, cases: int, made: bool) -> list[str]:
    from trajectapp.services.demo import create_demo_vault
    from trajectapp.vault.kdf import KdfParams

    made_in = 0.0
    if made:
        started = time.perf_counter()
        kdf = KdfParams(os.urandom(16), memory_kib=64 * 1024, iterations=3, lanes=4)
        create_demo_vault(folder, PASSPHRASE, cases=cases, seed=2017, kdf=kdf)
        made_in = time.perf_counter() - started
    size = sum(path.stat().st_size for path in folder.iterdir() if path.is_file()) / 2**20
    lines = [
        f"Passphrase to caseload: demo vault of {size:.0f} MiB"
        + (f" ({cases:,} cases, made in {made_in:.1f} s)" if made else f" ({folder})")
        + ", Argon2id m=64 MiB t=3 p=4",
        f"  {'':<66} {'median':>10} {'min':>10}",
    ]
    try:
        lines.append(row("Unlock clicked → caseload table visible", [through_screen(folder) for _ in range(RUNS)]))
    except Exception as error:  # a bench reports, it does not fail
        lines.append(f"  through the unlock screen: could not measure ({type(error).__name__}: {error})")
    lines += parts(folder)
    return lines


def main(arguments: list[str]) -> int:
    vault = Path(arguments[arguments.index("--vault") + 1]) if "--vault" in arguments else None
    counts = [int(argument) for argument in arguments if argument.isdigit()]
    cases = counts[0] if counts else CASES
    with tempfile.TemporaryDirectory(prefix="trajectapp-unlock-bench-") as temporary:
        home = Path(temporary)
        os.environ.update(user_folders_inside(home / "user"))
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        print("… building the demo vault" if vault is None else "… measuring", file=sys.stderr, flush=True)
        print("\n".join(bench(vault or home / "vault", cases, made=vault is None)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

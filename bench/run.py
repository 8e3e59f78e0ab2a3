"""Trajectapp's benchmarks: cold start, unlock, showing a 1,000-case caseload, and the caseload at scale.

Prints figures side by side and never fails: a part that cannot be measured
says why and the others still run. User folders (XDG_*) point into a
temporary folder, so nothing touches the real settings, logs or vaults.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import caseload_bench  # bench/ is on the path when this file is run as a script
from trajectapp.paths import user_folders_inside

PASSPHRASE = "bench vault with fictional people"
COLD_STARTS = 5
UNLOCKS = 5
CASELOAD_RUNS = 3
DEMO_CASES = 1000

# Each child prints MARKER once its first window has been shown and painted;
# the parent times from spawning the process to reading that line.
MARKER = "first-window-shown"
BARE_WINDOW = f"""
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1024, 680)
window.show()
app.processEvents()
print({MARKER!r}, flush=True)
"""
# The same steps as trajectapp.ui.shell.start.run_application, up to the first paint.
UNLOCK_SCREEN = f"""
import sys
from pathlib import Path
from trajectapp import eventlog
from trajectapp.ui.shell.app import AppController
from trajectapp.ui.shell.start import create_qt_application
from trajectapp.ui.ask import Ask
from trajectapp.ui.preferences import Preferences
from trajectapp.domain.languages import Language
eventlog.configure()
app = create_qt_application(sys.argv[:1], Language(sys.argv[2]))
controller = AppController(app=app, preferences=Preferences(), ask=Ask(), vault_folder=Path(sys.argv[1]))
controller.start()
app.processEvents()
assert controller.state == "locked", controller.state
print({MARKER!r}, flush=True)
"""


# A language installed in a fresh process as create_qt_application does (our translations and Qt's, read from
# disk), then English and the language again, as the wizard's language box does. The first call includes PySide's
# one-time set-up of QObject.children(), some 8-30 ms that start-up pays anyway at its first use of it.
FIRST_INSTALL = """
import sys, time
from PySide6.QtWidgets import QApplication
from trajectapp.domain.languages import Language
from trajectapp.ui.translations import install_language
app = QApplication(sys.argv[:1])
started = time.perf_counter()
installed = install_language(app, Language(sys.argv[1]))
first = time.perf_counter() - started
install_language(app, Language.ENGLISH)
started = time.perf_counter()
install_language(app, Language(sys.argv[1]))
print(first, time.perf_counter() - started, len(installed))
"""
LANGUAGE_RUNS = 5


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def row(label: str, seconds: list[float]) -> str:
    return f"  {label:<52} {statistics.median(seconds):8.3f} s {min(seconds):8.3f} s   ({len(seconds)} runs)"


def row_ms(label: str, seconds: list[float]) -> str:
    median, least = statistics.median(seconds) * 1000, min(seconds) * 1000
    return f"  {label:<52} {median:7.2f} ms {least:7.2f} ms  ({len(seconds)} runs)"


def cold_start(script: str, *arguments: str) -> float:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    for line in child.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - started
            break
    else:
        child.wait()
        raise RuntimeError(f"the window never showed: {child.stderr.read().strip()[-500:]}")
    child.communicate(timeout=60)
    return elapsed


def bench_cold_start(vault_folder: Path) -> list[str]:
    bare = [cold_start(BARE_WINDOW) for _ in range(COLD_STARTS)]
    trajectapp = [cold_start(UNLOCK_SCREEN, str(vault_folder), "en") for _ in range(COLD_STARTS)]
    dutch = [cold_start(UNLOCK_SCREEN, str(vault_folder), "nl") for _ in range(COLD_STARTS)]
    return [
        "Cold start: process spawned → first window shown and painted",
        row("bare PySide6 QWidget", bare),
        row("Trajectapp unlock screen", trajectapp),
        row("Trajectapp unlock screen in Dutch", dutch),
        f"  {'difference of the medians':<52} {statistics.median(trajectapp) - statistics.median(bare):8.3f} s",
    ]


def bench_unlock(vault_folder: Path) -> list[str]:
    from trajectapp.services.opening import unlock_vault

    seconds = []
    for _ in range(UNLOCKS):
        elapsed, vault = timed(lambda: unlock_vault(vault_folder, PASSPHRASE))
        seconds.append(elapsed)
        kdf = vault.kdf_params
        vault.lock()
    return [
        f"Unlock with calibrated Argon2id (m={kdf.memory_kib // 1024} MiB, t={kdf.iterations}, p={kdf.lanes})",
        row("unlock_vault", seconds),
    ]


def bench_languages() -> list[str]:
    """The issue's budget: the translators load in under 30 ms, so that start-up does not slow down."""
    lines = ["Languages: install_language (ours + Qt's qtbase), in a fresh process each run"]
    for code in ("nl", "fr", "en"):
        first, again = [], []
        for _ in range(LANGUAGE_RUNS):
            out = subprocess.run(
                [sys.executable, "-c", FIRST_INSTALL, code], capture_output=True, text=True, check=True
            ).stdout.split()
            first.append(float(out[0]))
            again.append(float(out[1]))
        lines.append(row_ms(f"{code}: first install ({out[2]} translators)", first))
        lines.append(row_ms(f"{code}: installed again after English", again))
    return lines


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    # QEventLoop.processEvents, not QApplication.processEvents: with PySide6
    # 6.12 on Python 3.11 every call of a method returning void takes one
    # reference from None, and a busy loop of those crashes the interpreter.
    loop, ticker = QEventLoop(), QTimer()
    ticker.start(1)  # wakes the loop below every millisecond to look again
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the screen did not appear in time")
        loop.processEvents(QEventLoop.AllEvents | QEventLoop.WaitForMoreEvents)
    loop.processEvents(QEventLoop.AllEvents)  # and paint what is now shown
    ticker.stop()


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's note that it cannot propagate size hints; keep the rest."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def bench_caseload(demo_folder: Path) -> list[str]:
    from trajectapp.services.opening import unlock_vault
    from trajectapp.ui.ask import Ask
    from trajectapp.ui.preferences import Preferences
    from trajectapp.ui.shell.app import LOCKED, UNLOCKED, AppController
    from trajectapp.ui.shell.start import create_qt_application

    quiet_offscreen_warnings()
    app = create_qt_application(sys.argv[:1])
    controller = AppController(app=app, preferences=Preferences(), ask=Ask(), vault_folder=demo_folder)
    controller.start()

    def caseload_shown() -> bool:
        workspace = controller.workspace()
        view = workspace.caseload if workspace is not None else None
        return (
            controller.state == UNLOCKED
            and view is not None
            and view.table.isVisible()
            and view.model.rowCount() > 0  # the Active filter shows some of the demo cases, not all
        )

    def show_caseload(emit_unlocked: Callable[[], None]) -> float:
        elapsed, _ = timed(lambda: (emit_unlocked(), wait_until(caseload_shown)))
        controller.lock(reason="bench")
        wait_until(lambda: controller.state == LOCKED)
        return elapsed

    unlocks, shows, through_screen = [], [], []
    for _ in range(CASELOAD_RUNS):
        elapsed, vault = timed(lambda: unlock_vault(demo_folder, PASSPHRASE))
        unlocks.append(elapsed)
        # What the unlock screen does once its background unlock succeeds.
        shows.append(show_caseload(lambda vault=vault: controller.window.current_screen().unlocked.emit(vault)))

        def type_and_click() -> None:
            screen = controller.window.current_screen()
            screen.passphrase.line.setText(PASSPHRASE)
            screen.unlock_button.click()

        through_screen.append(show_caseload(type_and_click))
    controller.window.close()
    return [
        f"Caseload of a {DEMO_CASES:,}-case demo vault (calibrated Argon2id)",
        row("unlock_vault", unlocks),
        row("unlocked → caseload table visible", shows),
        row("Unlock clicked → caseload table visible (both)", through_screen),
    ]


def section(title: str, measure: Callable[[], list[str]]) -> list[str]:
    print(f"… {title}", file=sys.stderr, flush=True)
    try:
        return measure()
    except Exception as error:  # a bench reports, it does not fail
        return [f"{title}: could not measure ({type(error).__name__}: {error})"]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="trajectapp-bench-") as temporary:
        home = Path(temporary)
        os.environ.update(user_folders_inside(home / "user"))
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6 import __version__ as pyside_version

        from trajectapp.services.demo import create_demo_vault
        from trajectapp.services.opening import create_vault

        vault_folder, demo_folder = home / "vault", home / "demo-vault"
        print("… creating a vault and a demo vault (calibrating Argon2id)", file=sys.stderr, flush=True)
        created, (vault, _recovery_key) = timed(lambda: create_vault(vault_folder, PASSPHRASE))
        vault.lock()
        filled, _ = timed(lambda: create_demo_vault(demo_folder, PASSPHRASE, cases=DEMO_CASES, seed=2017))

        lines = [
            f"Trajectapp benchmarks — Python {platform.python_version()}, PySide6 {pyside_version},"
            f" QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, {os.cpu_count()} CPUs, {platform.machine()}",
            f"  {'':<52} {'median':>10} {'min':>10}",
        ]
        lines += section("cold start", lambda: bench_cold_start(vault_folder))
        lines += section("unlock", lambda: bench_unlock(vault_folder))
        lines += section("languages", bench_languages)
        lines += section("caseload", lambda: bench_caseload(demo_folder))
        (home / "scale").mkdir()
        lines += section("caseload at 100 and 10,000 cases", lambda: caseload_bench.bench(home / "scale"))
        lines += [
            "Setting up (once)",
            f"  {'create_vault, calibration included':<52} {created:8.3f} s",
            f"  {f'create_demo_vault, {DEMO_CASES:,} cases, calibration included':<52} {filled:8.3f} s",
        ]
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

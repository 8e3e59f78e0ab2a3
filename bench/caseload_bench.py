"""The caseload at 100 and at 10,000 cases: first paint, scrolling, sorting, searching and memory.

Builds two demo vaults (with cheap Argon2id: this measures the caseload, not
the key derivation), then measures each in a fresh process and prints the
figures side by side. Never fails: a size that cannot be measured says why.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/caseload_bench.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from trajectapp.paths import user_folders_inside
from trajectapp.vault.kdf import KdfFloor

SIZES = (100, 10_000)
RUNS = 3  # fresh processes per size; the table gives the median
SCROLL_STEPS = 50
PASSPHRASE = "bench vault with fictional people"
# The bench's vaults are made with cheap Argon2id (1 MiB, 1 pass), which only a lowered floor reads.
CHEAP_FLOOR = KdfFloor(memory_kib=1024, iterations=1)
RESULT = "caseload-bench-result "


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mib() -> float:
    """This process's peak resident memory.

    VmHWM where Linux has it: getrusage's ru_maxrss survives exec, so a child
    started by a big parent (bench/run.py after Argon2id) reports the parent's.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(folder: Path) -> dict[str, float]:
    """In a fresh process: unlock, then time the caseload view from creation to first paint and on."""
    import tracemalloc

    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

    import trajectapp.ui  # noqa: F401  (before any Qt object: installs the PySide6 refcount guard)
    from trajectapp.services.opening import unlock_vault
    from trajectapp.ui.ask import Ask
    from trajectapp.ui.caseload import caseload_model
    from trajectapp.ui.caseload.caseload_model import CACHED_PAGES, PAGE_SIZE, RELEASE, CaseloadModel
    from trajectapp.ui.caseload.caseload_view import CaseloadView
    from trajectapp.ui.preferences import Preferences
    from trajectapp.ui.shell.start import create_qt_application

    _app = create_qt_application(sys.argv[:1])  # the application outlives every widget measured
    loop = QEventLoop()
    fetches = []
    fetch_rows = caseload_model.caseload_rows

    def counted_fetch(vault, ids, **kwargs):
        fetches.append(len(ids))
        return fetch_rows(vault, ids, **kwargs)

    caseload_model.caseload_rows = counted_fetch

    class FirstPaint(QObject):
        at: float | None = None

        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Paint and self.at is None:
                self.at = time.perf_counter()
            return False

    # In the application the unlock screen has been painted before the caseload
    # appears: warm Qt's fonts and style up the same way, so they are not counted.
    unlock_screen = QWidget()
    QVBoxLayout(unlock_screen).addWidget(QLabel("Passphrase"))
    unlock_screen.layout().addWidget(QLineEdit())
    unlock_screen.show()
    loop.processEvents(QEventLoop.AllEvents)
    unlock_screen.close()
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=CHEAP_FLOOR)
    rss_unlocked = rss_mib()
    started = time.perf_counter()
    view = CaseloadView(vault, Preferences(), Ask())
    built = time.perf_counter()
    painted = FirstPaint()
    view.table.viewport().installEventFilter(painted)
    view.resize(1200, 700)
    view.show()
    while painted.at is None and time.perf_counter() - started < 60:
        loop.processEvents(QEventLoop.AllEvents)
    first_paint = painted.at
    fetched_at_first_paint = sum(fetches)
    rows = view.model.rowCount()

    bar = view.table.verticalScrollBar()
    scroll_started = time.perf_counter()
    slowest_step = 0.0
    for step in range(1, SCROLL_STEPS + 1):
        step_started = time.perf_counter()
        bar.setValue(bar.maximum() * step // SCROLL_STEPS)
        loop.processEvents(QEventLoop.AllEvents)
        slowest_step = max(slowest_step, time.perf_counter() - step_started)
    scrolled = time.perf_counter() - scroll_started
    fetched_while_scrolling = sum(fetches) - fetched_at_first_paint
    cached_after_scroll = view.model.cached_row_count

    sort_started = time.perf_counter()
    view.table.sortByColumn(RELEASE, Qt.AscendingOrder)
    loop.processEvents(QEventLoop.AllEvents)
    sorted_in = time.perf_counter() - sort_started
    search_started = time.perf_counter()
    view.search.setText("el")  # the slowest kind: a short, common piece of a name
    loop.processEvents(QEventLoop.AllEvents)
    view._search_timer.stop()
    view._run_search()  # without waiting for the pause in typing that a big caseload gets
    searched_in = time.perf_counter() - search_started
    peak_rss = peak_rss_mib()

    # Python-level memory of the model, on a second model so nothing else is counted.
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    model = CaseloadModel(vault)
    with_ids = tracemalloc.get_traced_memory()[0]
    for page in range(CACHED_PAGES):
        if page * PAGE_SIZE < model.rowCount():
            model.data(model.index(page * PAGE_SIZE, 0))
    with_cache = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    cached_rows = model.cached_row_count
    result = {
        "rows": rows,
        "build_view": built - started,
        "first_paint": first_paint - started,
        "fetched_at_first_paint": fetched_at_first_paint,
        "attention_items": view.attention.model.item_count(),
        "scroll": scrolled,
        "slowest_scroll_step": slowest_step,
        "fetched_while_scrolling": fetched_while_scrolling,
        "cached_after_scroll": cached_after_scroll,
        "sort": sorted_in,
        "search": searched_in,
        "rss_unlocked": rss_unlocked,
        "rss_after": rss_mib(),
        "peak_rss": peak_rss,
        "ids_kib": (with_ids - before) / 1024,
        "cache_kib": (with_cache - with_ids) / 1024,
        "cache_rows": cached_rows,
    }
    view.close()
    vault.lock()
    return result


ROWS = (
    # key, label, format
    ("rows", "cases shown (filter: Active)", "{:,.0f}"),
    ("build_view", "unlocked → caseload view built", "{:.3f} s"),
    ("first_paint", "unlocked → table first painted", "{:.3f} s"),
    ("fetched_at_first_paint", "rows read to first paint", "{:,.0f}"),
    ("attention_items", "needs-attention lines", "{:,.0f}"),
    ("scroll", f"scroll top → bottom, {SCROLL_STEPS} steps", "{:.3f} s"),
    ("slowest_scroll_step", "slowest scroll step", "{:.4f} s"),
    ("fetched_while_scrolling", "rows read while scrolling", "{:,.0f}"),
    ("cached_after_scroll", "rows in the cache after scrolling", "{:,.0f}"),
    ("sort", "sort on expected release (header click)", "{:.3f} s"),
    ("search", 'search "el" (one keystroke\'s query)', "{:.3f} s"),
    ("rss_unlocked", "RSS after unlock, before the view", "{:.0f} MiB"),
    ("rss_after", "RSS after all of the above", "{:.0f} MiB"),
    ("peak_rss", "peak RSS (VmHWM)", "{:.0f} MiB"),
    ("ids_kib", "model id list (tracemalloc)", "{:,.0f} KiB"),
    ("cache_kib", "model row cache when full (tracemalloc)", "{:,.0f} KiB"),
    ("cache_rows", "rows in that full cache", "{:,.0f}"),
)


def run_child(folder: Path) -> dict[str, float]:
    child = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder)], capture_output=True, text=True, timeout=600
    )
    for line in child.stdout.splitlines():
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT) :])
    raise RuntimeError(f"no figures (exit {child.returncode}): {child.stderr.strip()[-500:]}")


def bench(home: Path) -> list[str]:
    """Build the demo vaults under `home` and measure each size; the lines of the table."""
    from trajectapp.services.demo import create_demo_vault
    from trajectapp.vault.kdf import KdfParams

    results: dict[int, dict[str, float] | str] = {}
    built: dict[int, float] = {}
    for size in SIZES:
        folder = home / f"demo-{size}"
        print(f"… building a {size:,}-case demo vault", file=sys.stderr, flush=True)
        started = time.perf_counter()
        create_demo_vault(folder, PASSPHRASE, cases=size, seed=2017, kdf=KdfParams(os.urandom(16), 1024, 1, 1))
        built[size] = time.perf_counter() - started
        try:
            runs = []
            for run in range(RUNS):
                print(f"… measuring {size:,} cases, run {run + 1} of {RUNS}", file=sys.stderr, flush=True)
                runs.append(run_child(folder))
            results[size] = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        except Exception as error:  # a bench reports, it does not fail
            results[size] = f"could not measure ({type(error).__name__}: {error})"
    width = 44
    lines = [
        f"Caseload of a demo vault: median of {RUNS} fresh processes per size",
        f"  {'':<{width}}" + "".join(f"{f'{size:,} cases':>16}" for size in SIZES),
    ]
    for key, label, form in ROWS:
        cells = []
        for size in SIZES:
            figures = results[size]
            cells.append(form.format(figures[key]) if isinstance(figures, dict) else "—")
        lines.append(f"  {label:<{width}}" + "".join(f"{cell:>16}" for cell in cells))
    lines.append(f"  {'(setting up) create_demo_vault':<{width}}" + "".join(f"{built[s]:>14.1f} s" for s in SIZES))
    lines += [f"  {size:,} cases: {figures}" for size, figures in results.items() if isinstance(figures, str)]
    return lines


def main() -> int:
    if sys.argv[1:2] == ["--measure"]:
        print(RESULT + json.dumps(measure(Path(sys.argv[2]))), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="trajectapp-caseload-bench-") as temporary:
        home = Path(temporary)
        os.environ.update(user_folders_inside(home / "user"))
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        print("\n".join(bench(home)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

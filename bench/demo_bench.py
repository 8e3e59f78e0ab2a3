"""How long `trajectapp demo` takes to fill a vault of 1,000 and of 10,000 cases, and what it holds per case.

Cheap Argon2id: this measures writing the case files, not the key
derivation. Never fails; prints the median of a few runs per size.

    .venv/bin/python bench/demo_bench.py [SIZE ...]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from trajectapp.paths import user_folders_inside
from trajectapp.vault.kdf import KdfFloor

SIZES = (1_000, 10_000)
RUNS = 3
PASSPHRASE = "bench vault with fictional people"
# The bench's vaults are made with cheap Argon2id (1 MiB, 1 pass), which only a lowered floor reads.
CHEAP_FLOOR = KdfFloor(memory_kib=1024, iterations=1)


def fill(folder: Path, cases: int) -> tuple[float, dict[str, int]]:
    from trajectapp.services.demo import create_demo_vault
    from trajectapp.store.census import record_counts
    from trajectapp.vault.kdf import KdfParams
    from trajectapp.vault.vault import unlock_vault

    started = time.perf_counter()
    create_demo_vault(
        folder,
        PASSPHRASE,
        cases=cases,
        seed=2017,
        kdf=KdfParams(salt=os.urandom(16), memory_kib=1024, iterations=1, lanes=1),
    )
    seconds = time.perf_counter() - started
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=CHEAP_FLOOR)
    try:
        return seconds, record_counts(vault.connection)
    finally:
        vault.lock()


def main(sizes: list[int]) -> int:
    with tempfile.TemporaryDirectory(prefix="trajectapp-demo-bench-") as home:
        os.environ.update(user_folders_inside(Path(home) / "user"))
        for cases in sizes:
            try:
                runs = [fill(Path(home) / f"{cases}-{run}", cases) for run in range(RUNS)]
            except Exception as error:  # a bench reports and goes on
                print(f"{cases:>6} cases: not measured ({type(error).__name__}: {error})")
                continue
            times = [seconds for seconds, _ in runs]
            counts = runs[0][1]
            print(
                f"{cases:>6} cases: median {statistics.median(times):.2f} s, fastest {min(times):.2f} s"
                f" ({RUNS} runs); {counts['audit events'] / cases:.0f} audit entries and"
                f" {counts['domains assessed'] / cases:.1f} assessed domains per case"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main([int(size) for size in sys.argv[1:]] or list(SIZES)))

"""Argon2id: turning a passphrase into a key-encryption key, and choosing its cost."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_BYTES = 32
SALT_BYTES = 16
MIN_MEMORY_KIB = 64 * 1024
# Unlocking should take about half a second on the laptop that creates the
# vault: slow enough to make guessing expensive, quick enough not to annoy.
TARGET_SECONDS = 0.5
# RFC 9106's second recommended option uses t=3 at 64 MiB; never go below it.
MIN_ITERATIONS = 3
LANES = 4
# Bounds for parameters read back from a key file, so that a damaged or
# hostile file cannot make unlocking take hours or all the memory there is.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 20
MAX_LANES = 64
# The most work (memory times passes) a key file may ask for. Version 1 came from a calibration that kept 64 MiB and
# added passes (up to 1000), so it is bounded by this instead of by its passes.
MAX_WORK_KIB = MAX_MEMORY_KIB * MAX_ITERATIONS


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int = LANES

    def within_bounds(
        self, max_memory_kib: int = MAX_MEMORY_KIB, max_iterations: int = MAX_ITERATIONS, max_lanes: int = MAX_LANES
    ) -> bool:
        """Whether a file may ask for these parameters: a salt of 8 bytes or more, 1 to `max_lanes` lanes, 8 KiB a
        lane up to `max_memory_kib` in all, 1 to `max_iterations` passes. The bounds default to a key file's."""
        return (
            len(self.salt) >= 8
            and 8 * self.lanes <= self.memory_kib <= max_memory_kib
            and 1 <= self.iterations <= max_iterations
            and 1 <= self.lanes <= max_lanes
        )

    def with_new_salt(self) -> KdfParams:
        """The same cost with a new salt; passes beyond MAX_ITERATIONS (from a key file of version 1) are traded
        for memory, for as much work or more."""
        memory_kib, iterations = self.memory_kib, self.iterations
        if iterations > MAX_ITERATIONS:
            memory_kib = min(MAX_MEMORY_KIB, memory_kib * -(-iterations // MAX_ITERATIONS))
            iterations = MAX_ITERATIONS
        return KdfParams(os.urandom(SALT_BYTES), memory_kib, iterations, self.lanes)


@dataclass(frozen=True)
class KdfFloor:
    """The cheapest parameters a key file may ask for; a file below them is damaged or tampered with.

    The application reads every vault with `PRODUCTION_FLOOR`, the least it ever writes. Only a caller in Python
    can pass another floor, as the tests do to read the cheap vaults they make.
    """

    memory_kib: int
    iterations: int

    def admits(self, params: KdfParams) -> bool:
        return params.memory_kib >= self.memory_kib and params.iterations >= self.iterations


PRODUCTION_FLOOR = KdfFloor(MIN_MEMORY_KIB, MIN_ITERATIONS)


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    return Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def _seconds(params: KdfParams) -> float:
    started = time.perf_counter()
    derive_key("calibration", params)
    return time.perf_counter() - started


def calibrate(target_seconds: float = TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB) -> KdfParams:
    """Parameters that take about `target_seconds` to derive on this machine.

    A derivation costs a fixed part (filling the memory) plus a part per
    iteration, and the first one in a process is slower still. So: one
    warm-up, a guess from a short run, then one run at the guess, scaled.
    A noisy timing can only make the result cheaper, never minutes long.
    """
    salt = os.urandom(SALT_BYTES)
    _seconds(KdfParams(salt, memory_kib, 1))
    short = _seconds(KdfParams(salt, memory_kib, MIN_ITERATIONS))
    guess = _bounded(target_seconds / max(short / MIN_ITERATIONS, 1e-6))
    measured = _seconds(KdfParams(salt, memory_kib, guess))
    iterations = _bounded(min(guess * target_seconds / max(measured, 1e-6), 2 * guess))
    return KdfParams(os.urandom(SALT_BYTES), memory_kib, iterations)


def _bounded(iterations: float) -> int:
    return max(MIN_ITERATIONS, min(int(iterations), MAX_ITERATIONS))

"""One running copy of Trajectapp per vault: an operating-system lock on the folder's vault.lock, held from unlock
to lock, and let go by the system when the program ends, however it ends. A locked vault's folder holds no
vault.lock (only one a crash left behind, empty, which the next unlock takes)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import BinaryIO

LOCK_FILE_NAME = "vault.lock"


class FolderLock:
    """Held while a vault is open; `release()` lets a next unlock (here or in another copy) take it."""

    def __init__(self, path: Path, handle: BinaryIO):
        self._path = path
        self._handle: BinaryIO | None = handle

    def release(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            # Removed while still held, so no other copy can be holding it meanwhile (take() checks for this).
            with contextlib.suppress(OSError):  # Windows removes no open file: it stays, empty, for the next unlock
                self._path.unlink()
            handle.close()  # closing the file lets go of its lock


def take(folder: Path) -> FolderLock | None:
    """The folder's lock, or None when another copy of Trajectapp holds it. OSError when it cannot be made."""
    path = folder / LOCK_FILE_NAME
    while True:
        handle = os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
        if not _try_lock(handle):
            handle.close()
            return None
        if _is_still_at(path, handle):
            return FolderLock(path, handle)
        handle.close()  # its holder let go and removed it between our open and our lock: take the new one


def _is_still_at(path: Path, handle: BinaryIO) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except FileNotFoundError:
        return False


def held_elsewhere(folder: Path) -> bool:
    """Whether another copy holds the folder's lock; makes nothing and writes nothing (for `trajectapp check`)."""
    try:
        handle = open(folder / LOCK_FILE_NAME, "rb")  # noqa: SIM115 (closed below, after the lock is tried)
    except FileNotFoundError:
        return False
    with handle:
        return not _try_lock(handle)  # closing the file lets go of the lock just taken


def _try_lock(handle: BinaryIO) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        # flock, not fcntl's record locks: SQLite uses those on the database, and flock locks belong to the open
        # file, so a second unlock in this same process is refused too.
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True

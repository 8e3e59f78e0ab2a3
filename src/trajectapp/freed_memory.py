"""Giving freed memory back after a lock, so that case text and keys in objects already let go of cannot be read
from the process's memory any more."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc


def release_freed_memory() -> None:
    """Collect what only cycles still held, then hand free pages back to the system (glibc's malloc_trim), which
    gives zeroed pages if they are used again. What is freed inside a page still in use stays as it was."""
    gc.collect()
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return
    malloc_trim = getattr(ctypes.CDLL(libc_name), "malloc_trim", None)
    if malloc_trim is not None:  # glibc only
        malloc_trim(0)

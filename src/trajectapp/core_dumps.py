"""Core dumps are turned off at start: a crash must not write the process's memory, with its keys and case text,
to a file."""

from __future__ import annotations

import ctypes
import resource
import sys

_PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> None:
    """No core file at a crash, and on Linux no dump by a crash handler or a debugger attaching as this user
    either (which also closes /proc/self/mem to the process, unless it runs as root)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)

"""Guards against a PySide6 6.12 bug on Python 3.11 that frees None (and the bools).

PySide6 6.12.0 drops one reference to None on every call that returns
nothing (processEvents, QTimer.start, QLabel.setText...), and some calls do
the same to True and False. On Python 3.12+ these objects are immortal
(PEP 683) and nothing happens; on 3.11 the count reaches zero after some
thousands of calls and the interpreter aborts ("deallocating None"). We give
the three singletons a reference count no session can exhaust, which is what
3.12 does for them by design. Remove this when PySide6 is fixed or Python
3.11 is no longer supported.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def protect_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _RESERVE:
            count.value += _RESERVE

"""Run by tests/test_memory_after_lock.py in a process of its own: the real application, offscreen, on a vault
made for it. It types the passphrase and two notes, locks, and counts the markers left in its own memory.

The markers arrive on stdin masked (each byte XOR `MASK`), are typed a character at a time, and are looked for
in memory masked too (every block read is masked, then searched for the masked marker), so that this script
itself never holds a marker as one string: whatever is found was left by the application. Prints one JSON object:
the counts once the passphrase is typed, while unlocked, and after the lock, and what start-up did to core dumps.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from trajectapp.ui.shell.start import start_application
from trajectapp.ui.shell.workspace import Workspace
from trajectapp.ui.unlock.unlock_screen import UnlockScreen
from trajectapp.vault.kdf import KdfFloor

MASK = 0x5A
_CHUNK = 8 << 20
_PR_GET_DUMPABLE, _PR_SET_DUMPABLE = 3, 4


def count_in_memory(needles: dict[str, list[bytes]]) -> dict[str, int]:
    """How often each masked needle occurs, unmasked, in the readable memory of this process."""
    table = bytes(byte ^ MASK for byte in range(256))
    overlap = max(len(form) for forms in needles.values() for form in forms) - 1
    found = dict.fromkeys(needles, 0)
    block = bytearray(_CHUNK)  # one buffer for every read, wiped after each, so no read is found twice
    view = (ctypes.c_char * _CHUNK).from_buffer(block)
    with open("/proc/self/maps") as maps:
        regions = [line.split() for line in maps]
    fd = os.open("/proc/self/mem", os.O_RDONLY)
    try:
        for fields in regions:
            if not fields[1].startswith("r") or (len(fields) > 5 and fields[5] in ("[vvar]", "[vsyscall]")):
                continue
            start, end = (int(part, 16) for part in fields[0].split("-"))
            offset = start
            while offset < end:
                size = min(_CHUNK, end - offset)
                try:
                    got = os.preadv(fd, [memoryview(block)[:size]], offset)
                except OSError:
                    break
                if got <= 0:
                    break
                seen = bytes(block[:got]).translate(table)
                ctypes.memset(view, 0, _CHUNK)
                for name, forms in needles.items():
                    found[name] += sum(len(re.findall(re.escape(form), seen)) for form in forms)
                del seen
                if offset + got >= end:
                    break
                offset += got - overlap
    finally:
        os.close(fd)
    return found


def settle(app: QApplication, seconds: float = 0.2) -> None:
    """Run the event loop a little: queued signals, background results, deferred deletes."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def wait_until(app: QApplication, condition, timeout: float = 60.0) -> None:
    until = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > until:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.01)


def type_masked(widget: QWidget, masked: bytes) -> None:
    """One key event per character; a one-character string is all this script makes of the marker."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    for byte in masked:
        char = chr(byte ^ MASK)
        key = ord(char.upper()) if char.isalnum() or char == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def dumpable() -> int:
    return ctypes.CDLL(None, use_errno=True).prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0)


def main() -> None:
    order = json.loads(sys.stdin.readline())
    masked = {name: bytes.fromhex(value) for name, value in order["typed"].items()}
    needles = {name: [bytes.fromhex(form) for form in forms] for name, forms in order["needles"].items()}

    # The test's vault is made with cheap Argon2id (conftest.fast_kdf), which only a lowered floor reads.
    app, controller = start_application(Path(order["folder"]), KdfFloor(memory_kib=8, iterations=1))
    after_start = {"dumpable": dumpable(), "core_limit": list(resource.getrlimit(resource.RLIMIT_CORE))}
    # The core dumps start-up turned off also close /proc/self/mem to an unprivileged process: open it again,
    # which changes nothing in memory, to be able to count.
    ctypes.CDLL(None).prctl(_PR_SET_DUMPABLE, 1, 0, 0, 0)

    screen = controller.window.current_screen()
    assert isinstance(screen, UnlockScreen), screen
    type_masked(screen.passphrase, masked["passphrase"])
    typed = count_in_memory(needles)
    screen.unlock_button.click()
    wait_until(app, lambda: controller.state == "unlocked")
    settle(app)
    workspace = controller.window.current_screen()
    assert isinstance(workspace, Workspace)
    workspace.open_case(order["case_id"])
    settle(app)
    view = workspace.case_file
    assert view is not None
    notes = view.person_form.notes
    notes.setFocus()
    type_masked(notes, masked["saved note"])
    view.save_button.click()
    settle(app)
    type_masked(notes, b"".join((bytes((ord(" ") ^ MASK,)), masked["draft note"])))
    settle(app)
    del screen, workspace, view, notes
    unlocked = count_in_memory(needles)

    controller.window.lock_action.trigger()
    settle(app, 1.0)
    locked = count_in_memory(needles)
    print(
        json.dumps(
            {
                "state": controller.state,
                "typed": typed,
                "unlocked": unlocked,
                "locked": locked,
                "after_start": after_start,
            }
        ),
        flush=True,
    )
    controller.window.close()
    settle(app)


if __name__ == "__main__":
    main()

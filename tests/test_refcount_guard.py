"""A long GUI session must not exhaust None's reference count (PySide6 6.12 on Python 3.11)."""

import os
import subprocess
import sys

SCRIPT = """
import sys
import trajectapp.ui
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label, timer = QLabel(), QTimer()
for step in range(40_000):
    app.processEvents()
    label.setText("x")
    timer.start(1000)
print("still running")
"""


def test_many_qt_calls_do_not_free_none():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "still running" in result.stdout

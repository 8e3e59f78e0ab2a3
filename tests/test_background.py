"""Work off the GUI thread: its result reaches the widget that asked while that widget lives, and never after."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from trajectapp.ui.background import run_in_background


def finish_jobs() -> None:
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # deliver what the jobs sent back


def test_the_result_reaches_a_living_widget(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    got, failures = [], []
    run_in_background(lambda: 6 * 7, got.append, failures.append, context=widget)
    qtbot.waitUntil(lambda: got == [42])
    assert failures == []


def test_an_error_reaches_a_living_widget(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    got, failures = [], []

    def work() -> object:
        raise OSError("the disk is full")

    run_in_background(work, got.append, failures.append, context=widget)
    qtbot.waitUntil(lambda: bool(failures))
    assert got == [] and isinstance(failures[0], OSError)


def test_nothing_is_called_once_the_widget_is_deleted(qtbot):
    widget = QWidget()
    got, failures = [], []
    release = threading.Event()

    def work() -> object:
        release.wait()
        return "late"

    run_in_background(work, got.append, failures.append, context=widget)
    run_in_background(lambda: 1 / 0, got.append, failures.append, context=widget)
    shiboken6.delete(widget)  # as a lock tears the tab down while the work runs
    release.set()
    finish_jobs()
    assert got == [] and failures == []


def test_another_widgets_end_does_not_drop_a_callback(qtbot):
    alive, gone = QWidget(), QWidget()
    qtbot.addWidget(alive)
    got = []
    release = threading.Event()

    def work() -> object:
        release.wait()
        return "done"

    run_in_background(work, got.append, context=alive)
    shiboken6.delete(gone)
    release.set()
    finish_jobs()
    assert got == ["done"]

"""The fixture that fails a test leaving Qt things behind reports each kind of leftover, and only those.

A small test file that leaks on purpose runs in its own pytest process, with our conftest as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

TESTS = Path(__file__).parent

LEAKY_TESTS = """
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

kept = []


def test_a_window_handed_to_qtbot(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()


def test_leaves_a_window(qapp):
    kept.append(QDialog())
    kept[-1].setObjectName("forgotten")
    kept[-1].show()


def test_after_a_leaky_test_starts_clean(qapp):
    pass


def test_leaves_an_application_event_filter(qapp):
    qapp.installEventFilter(QObject(qapp))


def test_removes_its_application_event_filter(qapp):
    watcher = QObject()
    qapp.installEventFilter(watcher)
    qapp.removeEventFilter(watcher)


def test_an_event_filter_destroyed_with_its_window(qtbot, qapp):
    window = QWidget()
    qtbot.addWidget(window)
    qapp.installEventFilter(QObject(window))


def test_leaves_a_running_timer(qapp):
    QTimer(qapp, objectName="ticking").start(60_000)


def test_a_stopped_timer_is_no_leftover(qapp):
    timer = QTimer(qapp)
    timer.start(60_000)
    timer.stop()
    timer.deleteLater()
"""


def test_every_kind_of_leftover_fails_its_test_and_the_next_test_starts_clean(pytester: pytest.Pytester):
    for helper in ("conftest.py", "qt_leftovers.py", "lupdate_catalogue.py"):
        (pytester.path / helper).write_text((TESTS / helper).read_text(encoding="utf-8"), encoding="utf-8")
    pytester.makepyfile(test_leaky=LEAKY_TESTS)

    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-o", "qt_api=pyside6")

    result.assert_outcomes(passed=8, errors=3)
    result.stdout.fnmatch_lines_random(
        [
            "*ERROR at teardown of test_leaves_a_window*",
            "*left behind: top-level widget PySide6.QtWidgets.QDialog 'forgotten' (visible: True)*",
            "*ERROR at teardown of test_leaves_an_application_event_filter*",
            "*left behind: application event filter PySide6.QtCore.QObject*",
            "*ERROR at teardown of test_leaves_a_running_timer*",
            "*left behind: running timer PySide6.QtCore.QTimer 'ticking' of *QApplication*",
        ]
    )
    assert "test_after_a_leaky_test_starts_clean" not in result.stdout.str()

"""Locking never fails: not on a full disk, not after a sleep; a warning before an auto-lock, and a plain message when
the disk refuses a save.

A full disk is the vault's own: `PRAGMA max_page_count` stops the real SQLCipher database from growing, so SQLite
itself answers SQLITE_FULL ("database or disk is full") exactly where a full disk would, and nothing of our code is
replaced. It holds for the connection only, so the next unlock finds room again.
"""

from __future__ import annotations

import os
import shutil
import signal as signal_module
import subprocess
import time
from datetime import datetime

import pytest
import sqlcipher3
from PySide6.QtCore import QPoint, Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtTest import QTest

from gui_support import WAIT_MS, click, current_screen, flush_deletes, type_text, unlock, when_open, workspace
from trajectapp.domain.sessions import note_draft_form
from trajectapp.services.contacts import add_session, get_session
from trajectapp.services.drafts import has_draft, read_draft
from trajectapp.ui.ask import Ask
from trajectapp.ui.idle import WARNING_MS, IdleWatcher
from trajectapp.ui.sessions.note_editor import NoteEditor
from trajectapp.ui.sleep_watch import SleepWatch
from trajectapp.ui.unlock.unlock_screen import UnlockScreen

MARKER = "Zoë Verbruggen belt dinsdag terug"
# Long enough that keeping it needs pages the full database cannot add, whatever room its free pages leave.
LONG_NOTE = "Hij vertelde lang over zijn dochter, over voetbal op de wandeling, over wat hij mist.\n" * 500


def fill_the_disk(connection) -> None:
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")


def make_room(connection) -> None:
    connection.execute("PRAGMA max_page_count = 4294967294")


@pytest.fixture
def session_in_app(start_app, qtbot, vault, make_case):
    """The application unlocked on a vault with one case that has one held session, its case file open; and the
    application's questions."""
    case = make_case("Çelik Ağaoğlu")
    session = add_session(vault, case_id=case.id, starts_at=datetime(2027, 3, 1, 10, 0), held=True)
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    assert workspace(controller).open_case(case.id)
    return controller, session, ask


# -- a lock on a full disk ---------------------------------------------------------------------------------------


def test_an_auto_lock_on_a_full_disk_locks_says_the_typing_was_lost_and_the_idle_timer_runs_again(
    session_in_app, qtbot, qapp
):
    controller, session, _ask = session_in_app
    opened = controller.vault

    def type_then_wait(editor: NoteEditor) -> None:
        editor.editor.insertPlainText(LONG_NOTE)  # pasted
        type_text(qtbot, editor.editor, MARKER)
        fill_the_disk(opened.connection)
        controller.idle.set_timeout_ms(300)
        qtbot.waitUntil(lambda: controller.state == "locked", timeout=WAIT_MS)

    when_open(NoteEditor, type_then_wait)
    workspace(controller).case_file.show_session(session.id)

    assert controller.state == "locked" and controller.vault is None
    assert opened.is_locked
    screen = current_screen(controller)
    assert isinstance(screen, UnlockScreen)
    assert screen.typing_lost.isVisibleTo(screen)
    assert "could not be saved" in screen.typing_lost.text()
    flush_deletes(qapp)
    assert not any(isinstance(widget, NoteEditor) for widget in qapp.allWidgets())

    # Unlocked again (with room on the disk): nothing of the lost typing was kept, and auto-lock works as before.
    controller.idle.set_timeout_ms(5 * 60_000)
    unlock(qtbot, controller)
    assert not has_draft(controller.vault, form=note_draft_form(session.id))
    controller.idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: controller.state == "locked", timeout=WAIT_MS)
    assert not current_screen(controller).typing_lost.isVisibleTo(current_screen(controller))


def test_a_lock_with_room_on_the_disk_keeps_the_draft_and_says_nothing_was_lost(session_in_app, qtbot):
    controller, session, ask = session_in_app

    def type_then_lock(editor: NoteEditor) -> None:
        type_text(qtbot, editor.editor, MARKER)
        QTest.keyClick(editor.editor, Qt.Key_L, Qt.ControlModifier)

    when_open(NoteEditor, type_then_lock)
    workspace(controller).case_file.show_session(session.id)
    assert controller.state == "locked"
    screen = current_screen(controller)
    assert not screen.typing_lost.isVisibleTo(screen)
    ask.preset(False)  # "A note you were writing … Open it?": not now
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: bool(ask.asked), timeout=WAIT_MS)
    assert read_draft(controller.vault, form=note_draft_form(session.id)) == MARKER


def test_a_lock_folds_the_write_ahead_log_into_the_database_and_closes_the_connection(session_in_app, vault_folder):
    controller, _session, _ask = session_in_app
    connection = controller.vault.connection
    controller.lock(reason="manual")
    wal = vault_folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    with pytest.raises(sqlcipher3.ProgrammingError):
        connection.execute("SELECT 1")


# -- a save on a full disk ----------------------------------------------------------------------------------------


def test_a_note_saved_on_a_full_disk_gets_a_plain_message_and_its_draft_is_kept_once_there_is_room(
    qtbot, vault, make_case
):
    case = make_case("Çelik Ağaoğlu")
    session = add_session(vault, case_id=case.id, starts_at=datetime(2027, 3, 1, 10, 0), held=True)
    ask = Ask()
    editor = NoteEditor(vault, ask, session, title="Individual conversation", details="Çelik Ağaoğlu", autosave_ms=50)
    qtbot.addWidget(editor, before_close_func=lambda _shown: ask.preset("discard"))
    editor.show()
    editor.editor.insertPlainText(LONG_NOTE)
    fill_the_disk(vault.connection)
    type_text(qtbot, editor.editor, MARKER)

    click(qtbot, editor.save_button)
    assert editor.error.isVisibleTo(editor)
    assert editor.error.text().startswith("There is no room left on the disk for ")
    assert str(vault.folder / "vault.db") in editor.error.text()
    assert get_session(vault, session.id).note == ""
    assert editor.text().endswith(MARKER)  # still on screen

    # The autosave keeps trying; once there is room, the draft is kept without anyone typing again.
    qtbot.waitUntil(lambda: editor.error.text().startswith("There is no room"), timeout=WAIT_MS)
    make_room(vault.connection)
    qtbot.waitUntil(lambda: has_draft(vault, form=note_draft_form(session.id)), timeout=WAIT_MS)
    click(qtbot, editor.save_button)
    assert get_session(vault, session.id).note == editor.text()


# -- the idle watcher ---------------------------------------------------------------------------------------------


def test_a_warning_comes_before_an_auto_lock_and_moving_the_mouse_stays(session_in_app, qtbot):
    controller, _session, _ask = session_in_app
    warning = controller.window.lock_warning
    controller.idle.set_timeout_ms(6_000)  # the warning at 3 s, the lock at 6 s
    qtbot.waitUntil(lambda: warning.isVisible(), timeout=WAIT_MS)
    assert warning.text() == "Locking in 3 s — move the mouse to stay"

    QTest.mouseMove(controller.window, QPoint(200, 200))
    QTest.mouseMove(controller.window, QPoint(210, 220))
    assert not warning.isVisible()
    assert controller.state == "unlocked"
    controller.idle.set_timeout_ms(5 * 60_000)


def test_the_warning_comes_thirty_seconds_before_the_shortest_auto_lock(qapp):
    watcher = IdleWatcher(qapp, 60_000)
    assert watcher.warning_ms == WARNING_MS == 30_000


def test_the_first_touch_after_a_wake_from_sleep_locks_instead_of_staying(session_in_app, qtbot):
    controller, _session, _ask = session_in_app
    now = [time.time()]
    controller.idle._wall_clock = lambda: now[0]
    QTest.mouseMove(controller.window, QPoint(200, 200))  # seen at `now`
    assert controller.state == "unlocked"

    now[0] += 5 * 60 + 1  # the lid was closed for longer than the auto-lock time; Qt's timers did not count it
    QTest.mouseMove(controller.window, QPoint(220, 230))
    assert controller.state == "locked"


def test_a_wake_from_sleep_locks_with_nobody_at_the_keys(session_in_app, qtbot):
    controller, _session, _ask = session_in_app
    now = [time.time()]
    controller.idle._wall_clock = lambda: now[0]
    controller.idle.heartbeat.setInterval(10)
    now[0] += 5 * 60 + 1
    qtbot.waitUntil(lambda: controller.state == "locked", timeout=WAIT_MS)


def test_a_clock_that_moves_on_as_usual_does_not_lock(session_in_app, qtbot):
    controller, _session, _ask = session_in_app
    now = [time.time()]
    controller.idle._wall_clock = lambda: now[0]
    controller.idle.heartbeat.setInterval(10)
    for _ in range(20):
        now[0] += 60  # a minute at a time: always less than the auto-lock time between two looks
        with qtbot.waitSignal(controller.idle.heartbeat.timeout, timeout=WAIT_MS):
            pass
    assert controller.state == "unlocked"


def test_a_suspended_session_locks(session_in_app, qapp):
    controller, _session, _ask = session_in_app
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # another program has the focus
    assert controller.state == "unlocked"
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert controller.state == "locked"


def test_the_laptop_going_to_sleep_locks_and_waking_does_nothing_more(session_in_app, qtbot):
    """What logind's PrepareForSleep calls, where there is a system bus (there is none where the tests run)."""
    controller, _session, _ask = session_in_app
    controller.sleep_watch.prepare_for_sleep(False)  # a wake: nothing to do
    assert controller.state == "unlocked"
    controller.sleep_watch.prepare_for_sleep(True)
    assert controller.state == "locked"


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon for a private bus")
def test_logind_saying_prepare_for_sleep_on_the_bus_reaches_the_sleep_watch(qapp, qtbot, monkeypatch):
    """A private bus stands for the system bus, and a second connection on it for logind."""
    started = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
    )
    assert started.returncode == 0, started.stderr
    address, pid = started.stdout.split()
    try:
        bus = QDBusConnection.connectToBus(address, "sleep-watch-bus")
        logind = QDBusConnection.connectToBus(address, "sleep-watch-logind")
        assert logind.registerService("org.freedesktop.login1")
        monkeypatch.setattr(QDBusConnection, "systemBus", staticmethod(lambda: bus))
        watch = SleepWatch()
        signal = QDBusMessage.createSignal(
            "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
        )
        signal.setArguments([True])
        with qtbot.waitSignal(watch.going_to_sleep, timeout=WAIT_MS):
            assert logind.send(signal)
    finally:
        os.kill(int(pid), signal_module.SIGTERM)
        QDBusConnection.disconnectFromBus("sleep-watch-bus")
        QDBusConnection.disconnectFromBus("sleep-watch-logind")

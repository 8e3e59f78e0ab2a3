"""Notices when nobody has touched keyboard or mouse for a while, or the laptop slept, for auto-lock."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
WARNING_MS = 30_000  # how long before an auto-lock the person is told it is coming
HEARTBEAT_MS = 5_000  # how often the wall clock is looked at, to notice a wake from sleep with nobody at the keys
# Where the platform says the session went away. Not ApplicationInactive: on a desktop that is only another
# program having the focus, and a consultant who looks something up elsewhere must not find the vault locked.
_SESSION_GONE = {Qt.ApplicationState.ApplicationSuspended, Qt.ApplicationState.ApplicationHidden}


class IdleWatcher(QObject):
    """Watches the whole application only while active, as KeePassXC's InactivityTimer does: every event of the
    application passes through its filter, so it is installed in activate() and removed in deactivate().

    `idle` when the time is up, the clock jumped forward by more than the time (a wake from sleep: Qt's timers
    do not count the time asleep), or the platform says the session is suspended; `warning(seconds)` before an
    auto-lock, and `stayed` when someone touched the keys or the mouse after a warning."""

    idle = Signal()
    warning = Signal(int)
    stayed = Signal()

    def __init__(
        self,
        app: QGuiApplication,
        timeout_ms: int,
        parent: QObject | None = None,
        *,
        wall_clock: Callable[[], float] = time.time,
    ):
        super().__init__(parent)
        self._app = app
        self._active = False
        self._warned = False
        self._timeout_ms = timeout_ms
        self._wall_clock = wall_clock
        self._last_seen = wall_clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._warning_timer = QTimer(self)
        self._warning_timer.setSingleShot(True)
        self._warning_timer.timeout.connect(self._warn)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self._look_at_clock)
        self._set_intervals()
        app.applicationStateChanged.connect(self._state_changed)

    @property
    def warning_ms(self) -> int:
        """Half the time when it is shorter than a minute (only in tests: the shortest setting is a minute)."""
        return min(WARNING_MS, self._timeout_ms // 2)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        self._set_intervals()
        if self._active:
            self._restart()

    def activate(self) -> None:
        if not self._active:
            self._app.installEventFilter(self)
            self._active = True
        self._restart()
        self.heartbeat.start()

    def deactivate(self) -> None:
        if self._active:
            self._app.removeEventFilter(self)
            self._active = False
        self._timer.stop()
        self._warning_timer.stop()
        self.heartbeat.stop()
        self._warned = False

    def _set_intervals(self) -> None:
        self._timer.setInterval(self._timeout_ms)
        self._warning_timer.setInterval(self._timeout_ms - self.warning_ms)

    def _restart(self) -> None:
        self._last_seen = self._wall_clock()
        self._timer.start()
        self._warning_timer.start()
        if self._warned:
            self._warned = False
            self.stayed.emit()

    def _warn(self) -> None:
        self._warned = True
        self.warning.emit(round(self._timer.remainingTime() / 1000))

    def _timed_out(self) -> None:
        self.deactivate()
        self.idle.emit()

    def _slept(self) -> bool:
        """Whether the wall clock moved on by more than the time since it was last looked at."""
        return (self._wall_clock() - self._last_seen) * 1000 > self._timeout_ms

    def _look_at_clock(self) -> None:
        if self._slept():
            self._timed_out()
        else:
            self._last_seen = self._wall_clock()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self._active and state in _SESSION_GONE:
            self._timed_out()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            if self._slept():  # the first touch after a wake from sleep must not count as staying
                self._timed_out()
            else:
                self._restart()
        return False

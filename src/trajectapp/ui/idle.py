"""Notices when nobody has touched keyboard or mouse for a while, for auto-lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Watches the whole application only while active, as KeePassXC's InactivityTimer does: every event of the
    application passes through its filter, so it is installed in activate() and removed in deactivate()."""

    idle = Signal()

    def __init__(self, app: QCoreApplication, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._active = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._timed_out)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def activate(self) -> None:
        if not self._active:
            self._app.installEventFilter(self)
            self._active = True
        self._timer.start()

    def deactivate(self) -> None:
        if self._active:
            self._app.removeEventFilter(self)
            self._active = False
        self._timer.stop()

    def _timed_out(self) -> None:
        self.deactivate()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False

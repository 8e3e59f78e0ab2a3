"""Runs slow work (key derivation, opening a vault) off the GUI thread.

The result comes back through a queued signal, so only the GUI thread ever
touches widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay):
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which decides what to say
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


_running: set[_Relay] = set()  # keeps relays alive until their job reports


def run_in_background(
    work: Callable[[], object],
    on_success: Callable[[object], None],
    on_failure: Callable[[Exception], None],
) -> None:
    relay = _Relay()
    _running.add(relay)

    def finish(handler: Callable, value: object) -> None:
        _running.discard(relay)
        relay.deleteLater()
        handler(value)

    relay.succeeded.connect(lambda result: finish(on_success, result))
    relay.failed.connect(lambda error: finish(on_failure, error))
    QThreadPool.globalInstance().start(_Job(work, relay))

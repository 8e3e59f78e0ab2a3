"""Runs slow work (key derivation, opening a vault, laying out a PDF) off the GUI thread.

The result comes back through a queued signal, so only the GUI thread ever touches widgets, and it comes back
only while the widget that asked for it lives: its callbacks are dropped once that widget is destroyed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QWidget

Result = TypeVar("Result")


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Callbacks(QObject, Generic[Result]):
    """A child of the context, so the context's end takes it along: Qt then drops the queued calls to it, as
    a connection made with a context object does."""

    def __init__(
        self,
        context: QObject,
        done: Callable[[Result], None],
        failed: Callable[[Exception], None] | None,
    ):
        super().__init__(context)
        self._done, self._failed = done, failed

    @Slot(object)
    def succeed(self, result: Result) -> None:
        self.deleteLater()
        self._done(result)

    @Slot(object)
    def fail(self, error: Exception) -> None:
        self.deleteLater()
        if self._failed is not None:
            self._failed(error)


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


_running: set[_Relay] = set()  # keeps relays alive until their job reports, whether or not the context lives


def run_in_background(
    work: Callable[[], Result],
    done: Callable[[Result], None],
    failed: Callable[[Exception], None] | None = None,
    *,
    context: QObject,
) -> None:
    """Run `work()` on a worker thread, then `done(result)` or `failed(error)` on the GUI thread; neither is
    called once `context` has been destroyed."""
    relay = _Relay()
    _running.add(relay)
    callbacks = _Callbacks(context, done, failed)
    relay.succeeded.connect(callbacks.succeed)
    relay.failed.connect(callbacks.fail)

    def finished(_value: object) -> None:
        _running.discard(relay)
        relay.deleteLater()

    relay.succeeded.connect(finished)
    relay.failed.connect(finished)
    QThreadPool.globalInstance().start(_Job(work, relay))


def busy_bar(parent: QWidget) -> QProgressBar:
    """A bar that moves while work of unknown length runs; hidden until the work starts."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # no end known
    bar.setMaximumWidth(160)
    bar.setTextVisible(False)
    bar.hide()
    return bar

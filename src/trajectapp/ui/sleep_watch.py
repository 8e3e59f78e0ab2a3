"""Tells when the laptop is about to sleep, from logind's PrepareForSleep on the system bus where there is one (Linux
with systemd); elsewhere the idle watcher's look at the clock notices the wake instead."""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)


class SleepWatch(QObject):
    going_to_sleep = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build of PySide6 without QtDBus
            return
        bus = QDBusConnection.systemBus()
        # The stubs ask for bytes, but PySide6 takes the SLOT() string and refuses bytes.
        listening = bus.isConnected() and bus.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("prepare_for_sleep(bool)"),
        )
        log.info("sleep_watch.%s", "logind" if listening else "none")

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        """logind's PrepareForSleep: True before the sleep, False after the wake."""
        if starting:
            self.going_to_sleep.emit()

"""The full integrity check of an unlocked vault, run off the GUI thread so that unlocking does not wait for it:
SQLCipher's check of every page, then SQLite's of every b-tree, on the vault's own read-only connection."""

from __future__ import annotations

import threading

from trajectapp.domain.messages import Code
from trajectapp.services.open_vault import OpenVault
from trajectapp.store import connection as db
from trajectapp.vault.errors import DatabaseDamaged

# SQLite asks whether to go on every this many steps of its check; a few milliseconds' worth.
_STEPS_BETWEEN_QUESTIONS = 1000


class IntegrityCheck:
    """One run of the check over `vault`: `run()` on a worker thread, `stop()` from the thread that will lock it.

    The reader is the check's alone, so the GUI's connection is never used from two threads; the check only ever
    reads, so it neither waits for the GUI's writes nor holds them up.
    """

    def __init__(self, vault: OpenVault):
        self._reader = vault.integrity_reader
        self._guard = threading.Lock()
        self._stopping = False
        self._running = False
        self._ended = threading.Event()
        if self._reader is not None:
            self._reader.set_progress_handler(self._stop_asked, _STEPS_BETWEEN_QUESTIONS)

    @property
    def stopping(self) -> bool:
        return self._stopping

    @property
    def running(self) -> bool:
        return self._running

    def run(self) -> DatabaseDamaged | None:
        """The damage found, to be shown, or None: the vault is sound, there was nothing to check, or the check
        was stopped."""
        with self._guard:
            if self._stopping or self._reader is None:
                return None
            self._running = True
        try:
            found = _damage(self._reader)
        except db.DatabaseError:
            # Stopped, or a page so damaged that SQLite gave up reading it.
            found = None if self._stopping else Code.INTEGRITY_UNREADABLE
        finally:
            self._reader.set_progress_handler(None, 0)
            self._running = False
            self._ended.set()
        return None if found is None else DatabaseDamaged(found)

    def stop(self) -> None:
        """End a check that runs and wait until it has, so that the vault can lock and close the reader; a check
        not yet started will not start. SQLCipher's page check cannot be stopped midway: a wait of at most that
        (a quarter of a second on a vault of 100 MiB)."""
        with self._guard:
            self._stopping = True
            running = self._running
        if running:
            self._ended.wait()

    def _stop_asked(self) -> int:
        return 1 if self._stopping else 0


def _damage(reader: db.Connection) -> Code | None:
    if db.cipher_page_errors(reader):
        return Code.INTEGRITY_PAGES_DAMAGED
    if db.structure_errors(reader):
        return Code.INTEGRITY_STRUCTURE_DAMAGED
    return None

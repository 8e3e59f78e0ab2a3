"""What the use cases and the interface know of an open vault: where it is, whether it is still open, and (for the
use cases only) its connection. The interface holds one and hands it to the services; it never sees a key."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from trajectapp.store.connection import Connection


class OpenVault(Protocol):
    """An unlocked vault as the services take it. `vault.vault.Vault` is one; tests/test_architecture.py keeps
    the interface from reaching for `connection`."""

    @property
    def folder(self) -> Path: ...

    @property
    def is_locked(self) -> bool: ...

    @property
    def connection(self) -> Connection: ...

    @property
    def integrity_reader(self) -> Connection | None: ...

    def lock(self) -> None: ...

    def change_passphrase(self, current: str, new: str) -> None: ...

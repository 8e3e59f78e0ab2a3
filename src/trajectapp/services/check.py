"""`trajectapp check`: both integrity checks and a count of what the vault holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from trajectapp.store.census import record_counts
from trajectapp.store.connection import schema_version_of
from trajectapp.vault.errors import VaultError, WrongPassphrase
from trajectapp.vault.vault import inspect_vault

SOUND, DAMAGED, WRONG_PASSPHRASE = 0, 1, 2


@dataclass
class CheckReport:
    outcome: int
    message: str = ""
    schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        if self.outcome != SOUND:
            return [self.message]
        lines = ["Vault is sound: SQLCipher page check and SQLite integrity check passed.",
                 f"Schema version: {self.schema_version}"]
        lines += [f"{kind}: {count}" for kind, count in self.counts.items()]
        return lines


def check_vault(folder: Path, passphrase: str) -> CheckReport:
    try:
        vault = inspect_vault(folder, passphrase)
    except WrongPassphrase as error:
        return CheckReport(WRONG_PASSPHRASE, str(error))
    except VaultError as error:
        return CheckReport(DAMAGED, str(error))
    try:
        return CheckReport(SOUND, "", schema_version_of(vault.connection), record_counts(vault.connection))
    finally:
        vault.lock()

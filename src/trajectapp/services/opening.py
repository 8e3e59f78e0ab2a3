"""Creating, unlocking and re-keying the vault, as the UI and command line ask for it: the interface's one way to
the vault layer (what a folder holds, the Argon2 parameters a test may choose, a new recovery key)."""

from __future__ import annotations

from pathlib import Path

from trajectapp.exchange.files import write_whole_file
from trajectapp.services.factors import add_default_factor_categories
from trajectapp.services.needs import add_default_domains
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import add_default_services
from trajectapp.store.connection import wipe_freed_memory
from trajectapp.vault import recovery_key as recovery_keys
from trajectapp.vault import vault as vaults
from trajectapp.vault.kdf import PRODUCTION_FLOOR, KdfFloor, KdfParams, calibrate
from trajectapp.vault.vault import FolderState, folder_state

__all__ = [
    "PRODUCTION_FLOOR",
    "FolderState",
    "KdfFloor",
    "KdfParams",
    "change_passphrase",
    "create_vault",
    "folder_state",
    "new_recovery_key",
    "reset_passphrase",
    "retry_delay",
    "save_recovery_sheet",
    "unlock_vault",
    "wipe_freed_memory",
]

# Seconds to wait before the next try after n wrong passphrases in a row.
_DELAYS = (0, 0, 1, 2, 4, 8, 15, 30)


def retry_delay(wrong_tries: int) -> int:
    """A growing pause between wrong tries; it slows guessing and never locks out."""
    return _DELAYS[min(wrong_tries, len(_DELAYS) - 1)]


def _with_defaults(vault: OpenVault) -> OpenVault:
    """Shipped default data (the partner directory, life domains, factor categories) goes into every vault once."""
    add_default_services(vault)
    add_default_domains(vault)
    add_default_factor_categories(vault)
    return vault


def create_vault(
    folder: Path, passphrase: str, kdf: KdfParams | None = None, recovery_key: str | None = None
) -> tuple[OpenVault, str]:
    """A new vault and its recovery key; Argon2id is calibrated on this machine unless given."""
    vault, key = vaults.create_vault(folder, passphrase, kdf or calibrate(), recovery_key)
    return _with_defaults(vault), key


def unlock_vault(folder: Path, passphrase: str, kdf_floor: KdfFloor = PRODUCTION_FLOOR) -> OpenVault:
    return _with_defaults(vaults.unlock_vault(folder, passphrase, kdf_floor))


def reset_passphrase(
    folder: Path, recovery_key: str, new_passphrase: str, kdf_floor: KdfFloor = PRODUCTION_FLOOR
) -> OpenVault:
    return _with_defaults(vaults.reset_passphrase(folder, recovery_key, new_passphrase, kdf_floor))


def change_passphrase(vault: OpenVault, current: str, new: str) -> None:
    vault.change_passphrase(current, new)


def new_recovery_key() -> str:
    """Made before the vault, so the consultant can print it and prove they copied it before anything is written."""
    return recovery_keys.new_recovery_key()


def save_recovery_sheet(path: Path, pdf: bytes) -> None:
    """The sheet carries the recovery key: written whole, and readable by this account only whatever the umask.
    OSError when the folder cannot be written to."""
    write_whole_file(path, pdf)

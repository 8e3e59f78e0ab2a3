"""Creating, unlocking and re-keying the vault, as the UI and command line ask for it."""

from __future__ import annotations

from pathlib import Path

from trajectapp.services.factors import add_default_factor_categories
from trajectapp.services.needs import add_default_domains
from trajectapp.services.partners import add_default_services
from trajectapp.vault import vault as vaults
from trajectapp.vault.kdf import KdfParams, calibrate
from trajectapp.vault.vault import Vault

# Seconds to wait before the next try after n wrong passphrases in a row.
_DELAYS = (0, 0, 1, 2, 4, 8, 15, 30)


def retry_delay(wrong_tries: int) -> int:
    """A growing pause between wrong tries; it slows guessing and never locks out."""
    return _DELAYS[min(wrong_tries, len(_DELAYS) - 1)]


def _with_defaults(vault: Vault) -> Vault:
    """Shipped default data (the partner directory, life domains, factor categories) goes into every vault once."""
    add_default_services(vault)
    add_default_domains(vault)
    add_default_factor_categories(vault)
    return vault


def create_vault(
    folder: Path, passphrase: str, kdf: KdfParams | None = None, recovery_key: str | None = None
) -> tuple[Vault, str]:
    """A new vault and its recovery key; Argon2id is calibrated on this machine unless given."""
    vault, key = vaults.create_vault(folder, passphrase, kdf or calibrate(), recovery_key)
    return _with_defaults(vault), key


def unlock_vault(folder: Path, passphrase: str) -> Vault:
    return _with_defaults(vaults.unlock_vault(folder, passphrase))


def reset_passphrase(folder: Path, recovery_key: str, new_passphrase: str) -> Vault:
    return _with_defaults(vaults.reset_passphrase(folder, recovery_key, new_passphrase))


def change_passphrase(vault: Vault, current: str, new: str) -> None:
    vault.change_passphrase(current, new)

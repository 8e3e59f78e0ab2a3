"""Why a vault could not be created or opened; each reason is its own type, and its code says which case of it."""

from trajectapp.domain.messages import Refusal


class VaultError(Refusal):
    """Base class; the interface words the code (domain.messages) for the consultant."""


class NotAVault(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class WrongRecoveryKey(VaultError):
    pass


class KeyFileMissing(VaultError):
    pass


class KeyFileDamaged(VaultError):
    pass


class DatabaseDamaged(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class MigrationFailed(VaultError):
    pass

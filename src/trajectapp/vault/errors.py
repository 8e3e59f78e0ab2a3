"""Why a vault could not be created or opened; each reason is its own type."""


class VaultError(Exception):
    """Base class; the message is plain words a consultant can act on."""


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

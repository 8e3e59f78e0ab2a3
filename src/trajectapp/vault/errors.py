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


class VaultInUse(VaultError):
    """Another running copy of Trajectapp has this vault open."""


class VaultUnreachable(VaultError):
    """The vault's folder or files may not be read or written here (a permission, a read-only or full disk): nothing
    is wrong with the vault itself."""


class MigrationFailed(VaultError):
    pass

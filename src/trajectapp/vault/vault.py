"""Create, unlock, lock and re-key a vault: one folder with the database and its key file."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from datetime import date
from enum import Enum
from pathlib import Path

from trajectapp.domain.messages import Code
from trajectapp.domain.recovery_keys import format_groups, is_well_formed
from trajectapp.store import connection as db
from trajectapp.store.audit import AuditRepository
from trajectapp.store.schema import SchemaTooNew, latest_version, migrate
from trajectapp.store.write_ahead_log import loses_commits
from trajectapp.vault import folder_access, folder_lock, keyfile
from trajectapp.vault.errors import (
    DatabaseDamaged,
    KeyFileDamaged,
    KeyFileMissing,
    MigrationFailed,
    NotAVault,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultTooNew,
    VaultUnreachable,
    WrongPassphrase,
    WrongRecoveryKey,
)
from trajectapp.vault.kdf import KEY_BYTES, PRODUCTION_FLOOR, KdfFloor, KdfParams, derive_key
from trajectapp.vault.recovery_key import new_recovery_key, recovery_wrapping_key

DATABASE_NAME = "vault.db"
KEY_FILE_NAME = "vault.key"


class FolderState(Enum):
    EMPTY = "empty"  # missing or empty: a vault can be created here
    VAULT = "vault"
    OTHER = "other"  # holds other files: neither a vault nor a place for one


def folder_state(folder: Path) -> FolderState:
    """What `folder` holds; one this account may not look into is taken for a vault, whose unlock then says why it
    cannot be opened (rather than offering to make a new vault elsewhere)."""
    try:
        return _look_into(folder)
    except PermissionError:
        return FolderState.VAULT


def _look_into(folder: Path) -> FolderState:
    if not folder.exists():
        return FolderState.EMPTY
    if not folder.is_dir():
        return FolderState.OTHER
    if (folder / DATABASE_NAME).exists() or (folder / KEY_FILE_NAME).exists():
        return FolderState.VAULT
    return FolderState.EMPTY if not any(folder.iterdir()) else FolderState.OTHER


class Vault:
    """An unlocked vault. `connection` is valid until `lock()`."""

    def __init__(
        self,
        folder: Path,
        connection: db.Connection,
        key_file: keyfile.KeyFile,
        integrity_reader: db.Connection | None = None,
        lock: folder_lock.FolderLock | None = None,
        read_only: bool = False,
    ):
        self.folder = folder
        self._connection: db.Connection | None = connection
        self._key_file = key_file
        self._integrity_reader = integrity_reader
        self._folder_lock = lock  # None when opened to be inspected, which takes no lock
        self._read_only = read_only

    @property
    def connection(self) -> db.Connection:
        if self._connection is None:
            raise VaultLocked(Code.VAULT_LOCKED)
        return self._connection

    @property
    def is_locked(self) -> bool:
        return self._connection is None

    @property
    def kdf_params(self) -> KdfParams:
        return self._key_file.kdf

    @property
    def integrity_reader(self) -> db.Connection | None:
        """A read-only connection of its own, opened by unlocking for the full integrity check, which runs off the
        GUI thread so that unlocking does not wait for it (services/integrity.py); None when there is nothing to
        check or the vault is locked. `lock()` closes it: end the check first."""
        return self._integrity_reader

    def lock(self) -> None:
        try:
            if self._integrity_reader is not None:
                reader, self._integrity_reader = self._integrity_reader, None
                db.close_read_only(reader)
            if self._connection is not None:
                connection, self._connection = self._connection, None
                (db.close_read_only if self._read_only else db.close)(connection)
        finally:
            if self._folder_lock is not None:
                self._folder_lock.release()

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-wrap the data key under `new`; the database itself is not touched."""
        connection = self.connection  # a locked vault refuses before the key file is rewritten
        data_key = self._key_file.unwrap_with_passphrase_key(derive_key(current, self._key_file.kdf))
        if data_key is None:
            raise WrongPassphrase(Code.CURRENT_PASSPHRASE_WRONG)
        self._key_file = _rewrap(self.folder, self._key_file, data_key, new)
        with db.transaction(connection):
            AuditRepository(connection).record("vault.passphrase_changed")


def create_vault(folder: Path, passphrase: str, kdf: KdfParams, recovery_key: str | None = None) -> tuple[Vault, str]:
    """A new, empty vault in `folder` (missing or empty); returns it and its recovery key.

    The setup wizard generates the recovery key first, so the consultant can
    print it and prove they copied it before anything is written. The vault is
    made in a hidden folder beside `folder` and renamed to it only when whole,
    so a full disk or a crash never leaves half a vault where one is expected.
    """
    state = folder_access.reachable(folder, _look_into, folder)
    if state is FolderState.VAULT:
        raise VaultExists(Code.VAULT_EXISTS, folder=str(folder))
    if state is FolderState.OTHER:
        raise NotAVault(Code.FOLDER_NOT_EMPTY, folder=str(folder))
    if recovery_key is not None and not is_well_formed(recovery_key):
        raise ValueError("malformed recovery key")
    data_key = os.urandom(KEY_BYTES)
    recovery_key = format_groups(recovery_key) if recovery_key else new_recovery_key()
    key_file = keyfile.KeyFile.new(
        data_key, kdf, derive_key(passphrase, kdf), recovery_wrapping_key(recovery_key), date.today().isoformat()
    )
    folder_access.reachable(folder, _build, folder, key_file, data_key)
    lock = folder_access.reachable(folder, _take_lock, folder)
    try:
        return Vault(folder, db.open_database(folder / DATABASE_NAME, data_key), key_file, lock=lock), recovery_key
    except BaseException:
        lock.release()
        raise


def _build(folder: Path, key_file: keyfile.KeyFile, data_key: bytes) -> None:
    """Make the vault whole in a private folder beside `folder`, then rename it to `folder`; on any failure the
    partial folder is removed."""
    place = folder.resolve() if folder.is_symlink() else folder  # the folder it names, not the link, is replaced
    place.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{place.name}-", suffix=".new", dir=place.parent))  # mode 0700
    try:
        keyfile.write(building / KEY_FILE_NAME, key_file)
        database = building / DATABASE_NAME
        # Made 0600 before SQLite opens it, whatever the umask: SQLite gives its -wal and -shm files the same mode.
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        connection = db.open_database(database, data_key)
        try:
            migrate(connection)
            with db.transaction(connection):
                AuditRepository(connection).record("vault.created")
        finally:
            db.close(connection)
        if os.name == "nt" and place.exists():
            place.rmdir()  # empty, as folder_state found; Windows renames a folder only to a name that is free
        os.replace(building, place)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise


def unlock_vault(folder: Path, passphrase: str, kdf_floor: KdfFloor = PRODUCTION_FLOOR) -> Vault:
    """Open the vault with its passphrase; `kdf_floor` is the cheapest key derivation a key file may ask for."""
    key_file = _read_key_file(folder, kdf_floor)
    lock = folder_access.reachable(folder, _take_lock, folder)
    folder_access.keep_private(folder)
    try:
        data_key = key_file.unwrap_with_passphrase_key(derive_key(passphrase, key_file.kdf))
        if data_key is None:
            raise WrongPassphrase(Code.PASSPHRASE_WRONG)
        vault = _open(folder, key_file, data_key, "vault.unlocked", lock)
    except BaseException:
        lock.release()
        raise
    if key_file.version < keyfile.VERSION:
        vault._key_file = _upgraded(folder, key_file, data_key, passphrase)
    return vault


def reset_passphrase(
    folder: Path, recovery_key: str, new_passphrase: str, kdf_floor: KdfFloor = PRODUCTION_FLOOR
) -> Vault:
    """Open the vault with its recovery key and give it a new passphrase, at the key file's Argon2id cost.

    That cost is bound to the recovery key's wrapped key, so a key file whose cost was lowered does not open
    here, and the new passphrase is never cheaper to guess than the old one (a recovery key still wrapped by
    version 1 is bound to nothing: there, only `kdf_floor` holds). Both keys are wrapped anew.
    """
    key_file = _read_key_file(folder, kdf_floor)
    lock = folder_access.reachable(folder, _take_lock, folder)
    folder_access.keep_private(folder)
    try:
        recovery_kek = recovery_wrapping_key(recovery_key) if is_well_formed(recovery_key) else None
        data_key = key_file.unwrap_with_recovery_key(recovery_kek) if recovery_kek else None
        if recovery_kek is None or data_key is None:
            raise WrongRecoveryKey(Code.RECOVERY_KEY_WRONG)
        vault = _open(folder, key_file, data_key, "vault.unlocked_with_recovery_key", lock)
    except BaseException:
        lock.release()
        raise
    try:
        kdf = key_file.kdf.with_new_salt()
        vault._key_file = keyfile.KeyFile.new(
            data_key, kdf, derive_key(new_passphrase, kdf), recovery_kek, key_file.created
        )
        keyfile.write(folder / KEY_FILE_NAME, vault._key_file)
        with db.transaction(vault.connection):
            AuditRepository(vault.connection).record("vault.passphrase_reset")
    except BaseException:
        vault.lock()  # not left open, holding the folder, behind a refusal
        raise
    return vault


def _rewrap(folder: Path, key_file: keyfile.KeyFile, data_key: bytes, passphrase: str) -> keyfile.KeyFile:
    kdf = key_file.kdf.with_new_salt()
    updated = key_file.rewrapped_for_passphrase(data_key, kdf, derive_key(passphrase, kdf))
    keyfile.write(folder / KEY_FILE_NAME, updated)
    return updated


def _upgraded(folder: Path, key_file: keyfile.KeyFile, data_key: bytes, passphrase: str) -> keyfile.KeyFile:
    """The key file in the current version, written over one in an older version (its checksum and bound
    parameters protect it from the next unlock on; passes beyond the current bound become memory). When it cannot
    be written, the old one still opens the vault, and the next unlock tries again."""
    try:
        return _rewrap(folder, key_file, data_key, passphrase)
    except OSError:
        return key_file


def _read_key_file(folder: Path, kdf_floor: KdfFloor, writing: bool = True) -> keyfile.KeyFile:
    """The key file, once the folder is known to be a vault this account may read (and write) here."""
    try:
        return folder_access.reachable(folder, _key_file_in, folder, kdf_floor, writing)
    except OSError:
        raise KeyFileDamaged(Code.KEY_FILE_UNREADABLE) from None


def _key_file_in(folder: Path, kdf_floor: KdfFloor, writing: bool) -> keyfile.KeyFile:
    if _look_into(folder) is not FolderState.VAULT:
        raise NotAVault(Code.NOT_A_VAULT, folder=str(folder))
    if not (folder / KEY_FILE_NAME).exists():
        raise KeyFileMissing(Code.KEY_FILE_MISSING)
    _try_access(folder, writing)
    return keyfile.read(folder / KEY_FILE_NAME, kdf_floor)


def _try_access(folder: Path, writing: bool) -> None:
    """Open the vault's files as unlocking (`writing`) or inspecting them will, and test the folder, changing
    nothing: a permission or a read-only disk is told as what it is before anything could take it for damage."""
    if writing and folder_access.on_read_only_disk(folder):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(folder))
    if not os.access(folder, os.R_OK | os.X_OK | (os.W_OK if writing else 0)):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
    # The key file is only read: it is replaced by a rename, which its own mode does not forbid.
    for name, how in ((KEY_FILE_NAME, "rb"), (DATABASE_NAME, "r+b" if writing else "rb")):
        if (folder / name).is_file():
            with open(folder / name, how):
                pass


def _take_lock(folder: Path) -> folder_lock.FolderLock:
    lock = folder_lock.take(folder)
    if lock is None:
        raise VaultInUse(Code.VAULT_IN_USE, folder=str(folder))
    return lock


def inspect_vault(folder: Path, passphrase: str, kdf_floor: KdfFloor = PRODUCTION_FLOOR) -> Vault:
    """Open for reading only: every check runs, the full integrity check too, and not a byte is written (no
    migration, no seal, no checkpoint, the key file included)."""
    key_file = _read_key_file(folder, kdf_floor, writing=False)
    if folder_access.reachable(folder, folder_lock.held_elsewhere, folder):
        raise VaultInUse(Code.VAULT_IN_USE, folder=str(folder))
    data_key = key_file.unwrap_with_passphrase_key(derive_key(passphrase, key_file.kdf))
    if data_key is None:
        raise WrongPassphrase(Code.PASSPHRASE_WRONG)
    return _open(folder, key_file, data_key, event=None)


def _open(
    folder: Path,
    key_file: keyfile.KeyFile,
    data_key: bytes,
    event: str | None,
    lock: folder_lock.FolderLock | None = None,
) -> Vault:
    """Open the database with the unwrapped key, refusing anything damaged or too new.

    With an `event`, the schema is migrated and the event recorded, and the full integrity check (seconds on a
    large vault) is left to the caller, on the vault's `integrity_reader`: only the first page is read here.
    Without an event, the database is opened read-only, every check runs and nothing is written.

    The key is known to be right (AES-GCM said so), so any failure from here
    on is the database's: SQLCipher's "file is not a database" means damage.
    """
    path = folder / DATABASE_NAME
    if not path.exists() or path.stat().st_size == 0:
        # An empty file would open as a brand-new database: never let that happen.
        raise DatabaseDamaged(Code.DATABASE_MISSING)
    if not path.is_file():
        raise DatabaseDamaged(Code.DATABASE_UNREADABLE)
    if event is None:
        if loses_commits(path.with_name(path.name + "-wal")):
            raise DatabaseDamaged(Code.DATABASE_LOG_DAMAGED)
        try:
            damaged_pages = db.page_errors(path, data_key, read_only=True)
        except db.DatabaseError:  # e.g. vault.db cannot be read at all
            raise DatabaseDamaged(Code.DATABASE_UNREADABLE) from None
        if damaged_pages:
            raise DatabaseDamaged(Code.DATABASE_PAGES_DAMAGED)
    try:
        connection = db.open_database(path, data_key, read_only=event is None)
    except db.UnreadableDatabase:
        raise DatabaseDamaged(Code.DATABASE_FIRST_PAGE_DAMAGED) from None
    except db.DatabaseError:
        raise DatabaseDamaged(Code.DATABASE_UNREADABLE) from None
    reader = None
    try:
        if event is None and db.structure_errors(connection):
            raise DatabaseDamaged(Code.DATABASE_STRUCTURE_DAMAGED)
        if db.schema_version_of(connection) == 0:
            raise DatabaseDamaged(Code.DATABASE_WITHOUT_DATA)
        if event is None:
            if db.schema_version_of(connection) > latest_version():
                raise SchemaTooNew()
        else:
            _migrate(connection, path)
            with db.transaction(connection):
                AuditRepository(connection).record(event)
            reader = db.open_database(path, data_key, read_only=True, beside_a_writer=True)
    except SchemaTooNew:
        connection.close()
        raise VaultTooNew(Code.VAULT_TOO_NEW) from None
    except (db.DatabaseError, db.UnreadableDatabase) as error:
        connection.close()
        # e.g. the disk filled up as the unlock was recorded
        if isinstance(error, db.DatabaseError) and (code := folder_access.unreachable_code(error)):
            raise VaultUnreachable(code, folder=str(folder)) from None
        raise DatabaseDamaged(Code.DATABASE_UNREADABLE) from None
    except BaseException:
        connection.close()
        raise
    return Vault(folder, connection, key_file, reader, lock, read_only=event is None)


def _migrate(connection: db.Connection, path: Path) -> None:
    """Bring the schema up to date; a failed step is not damage, and says so."""
    try:
        migrate(connection, before_migrating=lambda version: _back_up(connection, path, version))
    except SchemaTooNew:
        raise
    except Exception as error:
        raise MigrationFailed(Code.MIGRATION_FAILED, error_type=type(error).__name__) from error


def _back_up(connection: db.Connection, path: Path, version: int) -> None:
    """Keep an (encrypted) copy of the database as it was before a migration."""
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(path, path.with_name(f"{path.stem}.before-migration-from-v{version}.db"))

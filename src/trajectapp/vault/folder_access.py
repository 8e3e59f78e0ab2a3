"""Whether a vault's folder can be reached and written here and now, told apart from damage: a permission, a
read-only or a full disk is something the person can act on (VaultUnreachable with its code), not a reason to
restore from a backup."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from trajectapp.domain.messages import Code
from trajectapp.store import connection as db
from trajectapp.vault.errors import VaultUnreachable

# What the system says when the vault cannot be reached or written, which is not damage: the person can act on it.
_UNREACHABLE = {
    errno.EACCES: Code.VAULT_ACCESS_DENIED,
    errno.EPERM: Code.VAULT_ACCESS_DENIED,
    errno.EROFS: Code.VAULT_READ_ONLY,
    errno.ENOSPC: Code.VAULT_DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): Code.VAULT_DISK_FULL,
}
# The same, as SQLite reports it (its primary result codes).
_SQLITE_UNREACHABLE = {3: Code.VAULT_ACCESS_DENIED, 8: Code.VAULT_READ_ONLY, 13: Code.VAULT_DISK_FULL}

_Args = ParamSpec("_Args")
_Result = TypeVar("_Result")


def on_read_only_disk(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)  # not on Windows
    return statvfs is not None and bool(statvfs(folder).f_flag & os.ST_RDONLY)


def keep_private(folder: Path) -> None:
    """Narrow a vault made before its folder was made 0700 and its files 0600 (on Windows, where modes mean little,
    this changes nothing). Best effort: a mode that cannot be changed does not stop the unlock."""
    try:
        paths = [folder, *(path for path in folder.iterdir() if path.is_file() and not path.is_symlink())]
    except OSError:
        return
    for path in paths:
        with contextlib.suppress(OSError):
            path.chmod(0o700 if path == folder else 0o600)


def reachable(folder: Path, step: Callable[_Args, _Result], *args: _Args.args, **kwargs: _Args.kwargs) -> _Result:
    """`step(...)`, with a permission, a read-only or a full disk met on the way told as that (VaultUnreachable)."""
    try:
        return step(*args, **kwargs)
    except (OSError, db.DatabaseError) as error:
        code = unreachable_code(error)
        if code is None:
            raise
        raise VaultUnreachable(code, folder=str(folder)) from error


def unreachable_code(error: OSError | db.DatabaseError) -> Code | None:
    if isinstance(error, OSError):
        return _UNREACHABLE.get(error.errno or 0)
    return _SQLITE_UNREACHABLE.get(getattr(error, "sqlite_errorcode", 0) & 0xFF)

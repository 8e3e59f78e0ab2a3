"""Python in a subprocess, under conditions a test cannot make in its own process: an account that the vault's file
permissions really deny (root's power to ignore them given up), a small disk that fills up, a folder mounted
read-only. The disks are mounted in a private mount namespace, which ends with the subprocess and leaves nothing."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

_CAPABILITY_VERSION_3 = 0x20080522
# CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER: what lets root read, write and chmod whatever the modes say.
_OVERRIDES = (1 << 1) | (1 << 2) | (1 << 3)


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def give_up_permission_overrides() -> None:
    """As root, keep to the file permissions like any account (for good: run it in a subprocess only)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header, data = _Header(_CAPABILITY_VERSION_3, 0), (_Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    for name in ("effective", "permitted", "inheritable"):
        setattr(data[0], name, getattr(data[0], name) & ~_OVERRIDES)
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")


def run_python(
    script: str, *arguments: str, as_plain_account: bool = False, mount: str = "", stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`script` run by this Python with `arguments` in sys.argv[1:]. `mount` is a shell command run first, in a
    mount namespace of the subprocess's own."""
    prelude = ""
    if as_plain_account:
        prelude = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
        prelude += "import disk_conditions; disk_conditions.give_up_permission_overrides()\n"
    command = [sys.executable, "-c", prelude + script, *arguments]
    if mount:
        if not can_mount():
            pytest.skip("needs a private mount namespace (unshare --mount, as root)")
        command = ["unshare", "--mount", "--propagation", "private", "sh", "-ec", mount + '; exec "$@"', "sh", *command]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120)


def can_mount() -> bool:
    if shutil.which("unshare") is None:
        return False
    command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", "mount -t tmpfs tmpfs /mnt"]
    return subprocess.run(command, capture_output=True, timeout=30).returncode == 0


def small_disk_at(folder: Path, kib: int) -> str:
    """The `mount` for a disk of `kib` KiB at `folder` (which must exist)."""
    return f"mount -t tmpfs -o size={kib}k,mode=0755 tmpfs '{folder}'"


def read_only_at(folder: Path) -> str:
    """The `mount` that makes `folder` read-only."""
    return f"mount --bind '{folder}' '{folder}'; mount -o remount,bind,ro '{folder}'"

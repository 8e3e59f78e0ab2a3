"""Writing a file that leaves the vault: whole or not at all, never a half-written file in the chosen folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_whole_file(path: Path, data: bytes) -> None:
    """Write `data` to `path`, replacing a file there only once the new one is complete.

    The bytes go to a temporary name next to `path` (same folder, so the rename cannot cross disks), are flushed to
    the disk, and are then renamed over `path`; on any failure the partial file is removed and the error raised.
    """
    path = Path(path)
    handle, partial = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise

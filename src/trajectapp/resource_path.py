"""Finds the files in `resources/` from a source tree, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    package = Path(__file__).resolve().parent
    candidates = [
        package / "resources",  # installed wheel (force-included)
        package.parent.parent / "resources",  # source tree: src/trajectapp -> repo root
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("Trajectapp's resources folder was not found")


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. resource_path("fonts", "DejaVuSans.ttf")."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)}")
    return path

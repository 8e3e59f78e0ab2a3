"""What pyside6-lupdate extracts from Python files, as a real translation would see it: each message as (context,
source text, disambiguation). lupdate works offline and takes well under a second over the whole package."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from pathlib import Path

LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

Message = tuple[str, str, str]


def lupdate_catalogue(files: Iterable[Path], folder: Path) -> set[Message]:
    """Run pyside6-lupdate over `files`, writing its .ts file in `folder`, and read back what it found."""
    ts_file = folder / "catalogue.ts"
    ts_file.unlink(missing_ok=True)
    result = subprocess.run(
        [str(LUPDATE), *(str(path) for path in files), "-ts", str(ts_file)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"pyside6-lupdate failed:\n{result.stdout}\n{result.stderr}"
    return read_catalogue(ts_file)


def read_catalogue(ts_file: Path) -> set[Message]:
    found = set()
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found

"""The application log: event names and error types only, never names or note text."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from trajectapp.paths import log_dir


def configure() -> None:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(folder / "trajectapp.log", maxBytes=512_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger("trajectapp")
    root.setLevel(logging.INFO)
    root.addHandler(handler)

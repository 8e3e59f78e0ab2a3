"""Timestamps as the store writes them: UTC, ISO 8601, to the second."""

from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()

"""Timestamps as the store writes them: UTC, ISO 8601, to the second."""

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()

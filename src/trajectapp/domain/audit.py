"""An entry of the vault's audit trail (what happened to which record, and when; never content) and its seal."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    event: str
    case_id: int | None
    record_type: str
    record_id: int | None
    summary: str
    previous_hash: str | None
    hash: str | None


@dataclass(frozen=True)
class AuditSeal:
    """The trail's state as last written: where its keyed entries begin, how many entries, the last one's hash,
    and the seal's own HMAC (`mac`), whose start is the fingerprint printed on what leaves the vault."""

    keyed_from: int
    entries: int
    last_hash: str
    mac: str

    @property
    def fingerprint(self) -> str:
        """Twelve characters of the seal's HMAC in groups of four, e.g. "3F2A-91BC-7D0E"."""
        head = self.mac[:12].upper()
        return "-".join(head[start : start + 4] for start in range(0, 12, 4))


class SealFinding(Enum):
    """What `check` found when it compared the seal with the trail."""

    WHOLE = "whole"
    MISSING = "missing"  # the vault's schema has a seal, but its row is gone
    FORGED = "forged"  # the seal's HMAC does not match its own fields
    ENTRIES_REMOVED = "entries_removed"  # fewer entries than sealed: the last ones were removed
    DIFFERENT_END = "different_end"  # the trail does not end on the sealed entry

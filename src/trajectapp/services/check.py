"""`trajectapp check`: both integrity checks, the audit trail's chain and seal, and a count of what the vault holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from trajectapp.domain.audit import AuditSeal, SealFinding
from trajectapp.domain.messages import Code
from trajectapp.store.audit import AuditRepository
from trajectapp.store.census import record_counts
from trajectapp.store.connection import schema_version_of
from trajectapp.vault.errors import VaultError, VaultInUse, VaultTooNew, VaultUnreachable
from trajectapp.vault.kdf import PRODUCTION_FLOOR, KdfFloor
from trajectapp.vault.vault import inspect_vault

SOUND, DAMAGED, WRONG_PASSPHRASE, NOT_OPENED_HERE = 0, 1, 2, 3
# Refusals that say nothing of the vault's state: it cannot be opened here and now (a permission, a read-only or
# full disk, another running copy, a newer Trajectapp), and `check` exits with its own status for them.
_NOT_DAMAGE = (VaultUnreachable, VaultInUse, VaultTooNew)
# The schema version that gave the audit trail its hash chain. `check` never
# migrates, so a vault not unlocked since an older version has no chain yet.
_CHAINED_FROM_VERSION = 2
_SEALED_FROM_VERSION = 8


@dataclass
class CheckReport:
    """What `check` found; `refusal` is why the vault did not open, for the command line to word."""

    outcome: int
    message: str = ""
    schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    audit_entries: int = 0
    audit_chained: bool = True
    audit_seal: AuditSeal | None = None
    refusal: VaultError | None = None

    def lines(self) -> list[str]:
        if self.outcome != SOUND:
            return [self.message]
        lines = [
            "Vault is sound: SQLCipher page check and SQLite integrity check passed.",
            f"Schema version: {self.schema_version}",
        ]
        lines += [f"{kind}: {count}" for kind, count in self.counts.items()]
        if self.audit_chained:
            lines.append(f"Audit trail: {self.audit_entries} entries, chain intact")
        if self.audit_seal is not None:
            lines.append(f"Audit seal: {self.audit_seal.entries} entries, fingerprint {self.audit_seal.fingerprint}")
        else:
            lines.append(
                f"Audit trail: {self.audit_entries} entries, written before the trail was chained;"
                " they are chained the next time the vault is unlocked"
            )
        return lines


def check_vault(folder: Path, passphrase: str, kdf_floor: KdfFloor = PRODUCTION_FLOOR) -> CheckReport:
    try:
        vault = inspect_vault(folder, passphrase, kdf_floor)
    except VaultError as error:
        return CheckReport(_outcome_of(error), refusal=error)
    try:
        connection = vault.connection
        version = schema_version_of(connection)
        audit = AuditRepository(connection)
        chained, sealed = version >= _CHAINED_FROM_VERSION, version >= _SEALED_FROM_VERSION
        seal = audit.seal_finding() if sealed else SealFinding.WHOLE
        # Without a seal of its own, the trail cannot say where its keyed entries begin: that is the finding.
        if seal in (SealFinding.MISSING, SealFinding.FORGED):
            return CheckReport(DAMAGED, _SEAL_FINDINGS[seal], version)
        broken = audit.broken_links(keyed=sealed) if chained else []
        if broken:
            return CheckReport(DAMAGED, _altered(len(broken)), version)
        if seal is not SealFinding.WHOLE:
            return CheckReport(DAMAGED, _SEAL_FINDINGS[seal], version)
        return CheckReport(
            SOUND, "", version, record_counts(connection), audit.count(), chained, audit.seal() if sealed else None
        )
    finally:
        vault.lock()


_NOT_WRITTEN = " The database itself is readable and whole, but its record of changes is not the one Trajectapp wrote."
_SEAL_FINDINGS = {
    SealFinding.MISSING: "The audit trail has been altered: its seal has been removed." + _NOT_WRITTEN,
    SealFinding.FORGED: "The audit trail has been altered: its seal is not the one Trajectapp wrote." + _NOT_WRITTEN,
    SealFinding.ENTRIES_REMOVED: "The audit trail has been altered: its last entries have been removed." + _NOT_WRITTEN,
    SealFinding.DIFFERENT_END: "The audit trail has been altered: it does not end on the entry Trajectapp sealed."
    + _NOT_WRITTEN,
}


def _outcome_of(refusal: VaultError) -> int:
    if refusal.code is Code.PASSPHRASE_WRONG:
        return WRONG_PASSPHRASE
    return NOT_OPENED_HERE if isinstance(refusal, _NOT_DAMAGE) else DAMAGED


def _altered(count: int) -> str:
    entries = "1 entry does not match" if count == 1 else f"{count} entries do not match"
    return f"The audit trail has been altered: {entries}." + _NOT_WRITTEN

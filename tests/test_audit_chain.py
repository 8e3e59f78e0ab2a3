"""The audit trail's chain on real vaults: whole after real work, broken by any edit, chained after an upgrade."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from conftest import FAST_KDF_FLOOR, PASSPHRASE
from old_vaults import vault_at_schema
from trajectapp.domain.case import Case
from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose, Participation, Phase
from trajectapp.services import case_file
from trajectapp.services.check import DAMAGED, SOUND, check_vault
from trajectapp.services.drafts import keep_draft
from trajectapp.services.partners import save_involvement, save_service
from trajectapp.store import connection as db
from trajectapp.store import schema
from trajectapp.store.audit import GENESIS, AuditRepository, entry_hash
from trajectapp.store.audit_key import derive_audit_key, keyed_digest
from trajectapp.vault import keyfile
from trajectapp.vault.kdf import derive_key
from trajectapp.vault.vault import KEY_FILE_NAME, unlock_vault

_ENTRY = "at, event, case_id, record_type, record_id, summary, previous_hash, hash"


def do_a_days_work(vault) -> None:
    """Every kind of change the services make, several times over."""
    service = save_service(vault, PartnerService(None, "CAW – Justitieel Welzijnswerk", "welfare"))
    save_service(vault, replace(service, phone="050 12 34 56"))
    for number in range(12):
        case = case_file.create_case(vault, Case(None, f"Çelik Ağaoğlu {number}", "Memo", prison="Brugge"))
        case_file.save_case(vault, replace(case, offence_category="financing of terrorism", notes="Reads a lot"))
        case_file.record_participation(vault, case_id=case.id, status=Participation.OFFERED, on=date(2026, 1, 5))
        case_file.record_participation(
            vault, case_id=case.id, status=Participation.ACCEPTED, on=date(2026, 1, 9), reasons="Praten kan geen kwaad."
        )
        for phase in (Phase.FIRST_CONTACT, Phase.BUILDING_TRUST, Phase.EXPLORING):
            case_file.record_phase(vault, case_id=case.id, phase=phase, on=date(2026, 2, 1), note="ok")
        if number % 4 == 0:
            case_file.record_transfer(vault, case_id=case.id, on=date(2026, 3, 1), to_prison="Hasselt")
        save_involvement(vault, Involvement(None, case.id, service.id, date(2026, 2, 2), contact_person="Els"))
        consent = case_file.record_consent(
            vault,
            Consent(
                None, case.id, ConsentPurpose.SHARE_WITH_SERVICE, ConsentDecision.PENDING, date(2026, 2, 2), service.id
            ),
        )
        case_file.decide_consent(vault, consent_id=consent.id, decision=ConsentDecision.GIVEN, on=date(2026, 2, 9))
        if number % 5 == 0:
            case_file.revoke_consent(vault, consent_id=consent.id, on=date(2026, 4, 1))
    keep_draft(vault, form="new_case", content="{}")


def audit_of(vault) -> AuditRepository:
    return AuditRepository(vault.connection)


# --- a whole chain --------------------------------------------------------------------------------


def test_a_vault_keeps_its_chain_whole_through_a_days_work_and_unlocks(vault, vault_folder):
    do_a_days_work(vault)
    assert audit_of(vault).broken_links() == []
    vault.lock()
    for _ in range(2):
        again = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
        case_file.record_phase(again, case_id=1, phase=Phase.CRITICAL_REFLECTION, on=date(2026, 5, 1))
        entries = audit_of(again).count()
        assert audit_of(again).broken_links() == []
        again.lock()

    report = check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)

    assert report.outcome == SOUND
    assert f"Audit trail: {entries} entries, chain intact" in report.lines()
    assert report.counts["audit events"] == entries > 100


def test_every_entry_links_to_the_one_before_under_the_key_from_the_data_key(vault, vault_folder, make_case):
    make_case()
    make_case("Jens Peeters")
    rows = vault.connection.execute(f"SELECT {_ENTRY} FROM audit_log ORDER BY id").fetchall()
    key_file = keyfile.read(vault_folder / KEY_FILE_NAME, FAST_KDF_FLOOR)
    data_key = key_file.unwrap_with_passphrase_key(derive_key(PASSPHRASE, key_file.kdf))
    assert data_key is not None

    assert rows[0][6] == GENESIS
    for before, after in itertools.pairwise(rows):
        assert after[6] == before[7]
    for at, event, case_id, record_type, record_id, summary, previous, digest in rows:
        fields = (previous, at, event, case_id, record_type, record_id, summary)
        assert digest == keyed_digest(derive_audit_key(data_key), "entry", fields)
        assert digest != entry_hash(*fields)  # a plain hash anyone could recompute


# --- tampering ------------------------------------------------------------------------------------

_GUARDS = ("audit_entries_are_never_changed", "audit_entries_are_never_removed", "audit_seal_is_never_removed")


def as_an_intruder(connection) -> None:
    """Whoever holds the database's key can drop the triggers that refuse edits; the chain must still tell."""
    for trigger in _GUARDS:
        connection.execute(f"DROP TRIGGER {trigger}")


def _swap(connection, first: int, second: int) -> None:
    one = connection.execute(f"SELECT {_ENTRY} FROM audit_log WHERE id = ?", (first,)).fetchone()
    two = connection.execute(f"SELECT {_ENTRY} FROM audit_log WHERE id = ?", (second,)).fetchone()
    assignments = ", ".join(f"{column} = ?" for column in _ENTRY.split(", "))
    connection.execute(f"UPDATE audit_log SET {assignments} WHERE id = ?", (*two, first))
    connection.execute(f"UPDATE audit_log SET {assignments} WHERE id = ?", (*one, second))


def _rehash_one(connection, entry_id: int) -> None:
    """An edit whose own hash is made to fit: the next entry still gives it away."""
    connection.execute("UPDATE audit_log SET summary = 'fields: name' WHERE id = ?", (entry_id,))
    at, event, case_id, record_type, record_id, summary, previous, _ = connection.execute(
        f"SELECT {_ENTRY} FROM audit_log WHERE id = ?", (entry_id,)
    ).fetchone()
    connection.execute(
        "UPDATE audit_log SET hash = ? WHERE id = ?",
        (entry_hash(previous, at, event, case_id, record_type, record_id, summary), entry_id),
    )


# Each edit, and the entries where the chain breaks (relative to the edited one).
TAMPERING = {
    "summary altered": (
        lambda c, i: c.execute("UPDATE audit_log SET summary = 'fields: name' WHERE id = ?", (i,)),
        [0],
    ),
    "event altered": (lambda c, i: c.execute("UPDATE audit_log SET event = 'case.viewed' WHERE id = ?", (i,)), [0]),
    "time altered": (
        lambda c, i: c.execute("UPDATE audit_log SET at = '2019-01-01T09:00:00+00:00' WHERE id = ?", (i,)),
        [0],
    ),
    "case altered": (lambda c, i: c.execute("UPDATE audit_log SET case_id = NULL WHERE id = ?", (i,)), [0]),
    "record altered": (lambda c, i: c.execute("UPDATE audit_log SET record_id = 999 WHERE id = ?", (i,)), [0]),
    "hash removed": (lambda c, i: c.execute("UPDATE audit_log SET hash = NULL WHERE id = ?", (i,)), [0, 1]),
    "middle entry deleted": (lambda c, i: c.execute("DELETE FROM audit_log WHERE id = ?", (i,)), [1]),
    "two entries swapped": (lambda c, i: _swap(c, i, i + 1), [0, 1, 2]),
    # A plain hash no longer fits a keyed entry, so the entry itself gives it away, and the next one too.
    "one entry re-hashed": (_rehash_one, [0, 1]),
}


@pytest.mark.parametrize("tampering", list(TAMPERING))
def test_any_edit_to_the_trail_is_found_and_check_says_so(vault, vault_folder, tampering):
    do_a_days_work(vault)
    middle = audit_of(vault).count() // 2
    edit, broken = TAMPERING[tampering]
    with db.transaction(vault.connection):
        as_an_intruder(vault.connection)
        edit(vault.connection, middle)

    assert audit_of(vault).broken_links() == [middle + offset for offset in broken]
    vault.lock()
    report = check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)

    assert report.outcome == DAMAGED == 1
    plural = "1 entry does not match" if len(broken) == 1 else f"{len(broken)} entries do not match"
    assert report.message.startswith(f"The audit trail has been altered: {plural}.")
    assert report.lines() == [report.message]
    assert report.counts == {}


def test_unlocking_does_not_mend_an_altered_trail(vault, vault_folder):
    do_a_days_work(vault)
    with db.transaction(vault.connection):
        as_an_intruder(vault.connection)
        vault.connection.execute("DELETE FROM audit_log WHERE id = 5")
    vault.lock()

    again = unlock_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert audit_of(again).broken_links() == [6]
    finally:
        again.lock()
    assert check_vault(vault_folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR).outcome == DAMAGED


# --- a vault from before the chain ----------------------------------------------------------------

OLD_EVENTS = [
    ("2024-05-01T08:00:00+00:00", "vault.created", None),
    ("2024-05-01T08:01:00+00:00", "case.created", 1),
    ("2024-05-02T09:30:00+00:00", "case.created", 2),
    ("2024-05-03T10:00:00+00:00", "vault.unlocked", None),
]


@pytest.fixture
def version_1_vault(tmp_path: Path, kdf_params, monkeypatch) -> Path:
    """A vault as the first schema wrote it: cases and an audit trail without hashes."""
    folder = tmp_path / "old-vault"
    with (
        vault_at_schema(folder, kdf_params, monkeypatch, 1, "2024-05-01") as connection,
        db.transaction(connection),
    ):
        for name in ("Yasmina El Idrissi", "Çelik Ağaoğlu"):
            connection.execute(
                "INSERT INTO cases (name, created_at, updated_at) VALUES (?, ?, ?)",
                (name, "2024-05-01T08:01:00+00:00", "2024-05-01T08:01:00+00:00"),
            )
        connection.executemany("INSERT INTO audit_log (at, event, case_id) VALUES (?, ?, ?)", OLD_EVENTS)
    return folder


def test_check_reads_a_vault_from_before_the_chain_without_changing_it(version_1_vault):
    before = {path.name: path.read_bytes() for path in version_1_vault.iterdir()}

    report = check_vault(version_1_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)

    assert report.outcome == SOUND, report.message
    assert report.schema_version == 1
    assert report.counts == {"cases": 2, "audit events": len(OLD_EVENTS), "drafts": 0, "documents printed": 0}
    assert report.lines()[-1].startswith(
        f"Audit trail: {len(OLD_EVENTS)} entries, written before the trail was chained"
    )
    assert {path.name: path.read_bytes() for path in version_1_vault.iterdir()} == before


def test_unlocking_a_vault_from_before_the_chain_seals_its_old_entries(version_1_vault):
    vault = unlock_vault(version_1_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        audit = audit_of(vault)
        assert db.schema_version_of(vault.connection) == schema.latest_version()
        assert audit.broken_links() == []
        rows = vault.connection.execute("SELECT at, event, case_id, previous_hash, hash FROM audit_log ORDER BY id")
        rows = rows.fetchall()
        assert [row[:3] for row in rows[: len(OLD_EVENTS)]] == OLD_EVENTS
        assert rows[len(OLD_EVENTS)][1] == "vault.unlocked"
        assert rows[0][3] == GENESIS and all(row[4] for row in rows)
        case_file.record_phase(vault, case_id=2, phase=Phase.FIRST_CONTACT, on=date(2026, 1, 5))
        assert audit.broken_links() == []
    finally:
        vault.lock()

    report = check_vault(version_1_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    assert report.outcome == SOUND
    assert f"Audit trail: {len(OLD_EVENTS) + 2} entries, chain intact" in report.lines()

"""The command line, run for real in a subprocess: `demo`, `check`, and no passphrase arguments.

`demo` calibrates Argon2id as the application does, which costs seconds per
vault; so the demo vaults here are made through the same entry point given the
tests' cheap Argon2id parameters, which only a caller in Python can pass, and
`check` reads them given the floor that admits them. The key file tests at the
end run `check` as installed, on a vault with the application's least cost.
"""

from __future__ import annotations

import base64
import itertools
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import FAST_KDF_FLOOR, fast_kdf
from key_files import edit_key_file
from trajectapp.domain.case import Case
from trajectapp.domain.plan import GoalStatus, Party, PlanAnswer, StepStatus
from trajectapp.domain.traject import CaseStatus, Participation, Phase, TimelineKind
from trajectapp.paths import user_folders_inside
from trajectapp.services import case_file, factors, needs, plan, strengths
from trajectapp.services.caseload import caseload_ids, caseload_rows, list_cases, needs_attention
from trajectapp.services.contacts import SESSION_KINDS
from trajectapp.services.demo import create_demo_vault
from trajectapp.services.opening import unlock_vault as open_vault
from trajectapp.services.search import HIT_START, search
from trajectapp.store.audit import AuditRepository
from trajectapp.store.census import COUNTED_SELECTIONS, COUNTED_TABLES
from trajectapp.store.connection import transaction
from trajectapp.store.schema import latest_version
from trajectapp.vault.kdf import KdfParams
from trajectapp.vault.vault import DATABASE_NAME, KEY_FILE_NAME, create_vault, unlock_vault

PASSPHRASE = "Çay in de wandelgang van Brugge, 2017"
DEMO_CASES = 25
DEMO_SEED = 7
STORY_DAY = date(2031, 3, 5)  # "today" for the demo vaults made in-process
TESTS = Path(__file__).parent
# `python -m trajectapp` as installed, but new vaults get the tests' Argon2id parameters, and key files may ask
# for them.
MAIN_WITH_FAST_KDF = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); from conftest import FAST_KDF_FLOOR, fast_kdf;"
    " from trajectapp.cli import main; sys.exit(main(sys.argv[1:], choose_kdf=fast_kdf, kdf_floor=FAST_KDF_FLOOR))"
)


def run_trajectapp(home: Path, *arguments: str, stdin: str = "", fast_kdf: bool = True) -> subprocess.CompletedProcess:
    """`python -m trajectapp ARGUMENTS` with the user folders inside `home`; `fast_kdf`: with the tests' cheap
    Argon2id, for new vaults and as the floor of what a key file may ask for (else as installed)."""
    env = {**os.environ, **user_folders_inside(home)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    entry = ["-c", MAIN_WITH_FAST_KDF, str(TESTS)] if fast_kdf else ["-m", "trajectapp"]
    return subprocess.run(
        [sys.executable, *entry, *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=home,
        env=env,
        timeout=180,
    )


def make_demo_vault(home: Path, folder: Path) -> subprocess.CompletedProcess:
    return run_trajectapp(
        home,
        "demo",
        "--vault",
        str(folder),
        "--cases",
        str(DEMO_CASES),
        "--seed",
        str(DEMO_SEED),
        stdin=PASSPHRASE + "\n",
    )


def cases_in(folder: Path) -> list[Case]:
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        return list_cases(vault)
    finally:
        vault.lock()


def who_is(case: Case) -> tuple:
    return case.name, case.preferred_name, case.date_of_birth, case.prisoner_number


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli")


@pytest.fixture(scope="module")
def demo_vault(demo_home: Path) -> Path:
    """One demo vault made by the command line, shared by the tests that only read it."""
    folder = demo_home / "demo-vault"
    result = make_demo_vault(demo_home, folder)
    assert result.returncode == 0, result.stderr
    assert f"{DEMO_CASES} fictional cases" in result.stdout
    return folder


def test_check_reports_a_sound_demo_vault_and_its_counts(demo_home, demo_vault):
    result = run_trajectapp(demo_home, "check", "--vault", str(demo_vault), stdin=PASSPHRASE + "\n")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"Schema version: {latest_version()}" in lines
    assert f"cases: {DEMO_CASES}" in lines
    counted = {*COUNTED_TABLES, *COUNTED_SELECTIONS}
    counts = dict(line.rsplit(": ", 1) for line in lines if line.split(": ")[0] in counted)
    assert set(counts) == counted
    assert all(int(counts[kind]) > 0 for kind in counted if kind != "drafts"), counts
    assert 0 < int(counts["session notes"]) < int(counts["sessions"]) < int(counts["search index entries"])
    assert f"Audit trail: {counts['audit events']} entries, chain intact" in lines
    assert any(line.startswith(f"Audit seal: {counts['audit events']} entries, fingerprint ") for line in lines)
    assert PASSPHRASE not in result.stdout + result.stderr


def _alter_a_summary(connection, entry_id: int) -> None:
    connection.execute("UPDATE audit_log SET summary = 'fields: name' WHERE id = ?", (entry_id,))


def _delete_an_entry(connection, entry_id: int) -> None:
    connection.execute("DELETE FROM audit_log WHERE id = ?", (entry_id,))


def _delete_the_last_three(connection, entry_id: int) -> None:
    connection.execute("DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 3)")


@pytest.mark.parametrize(
    ("tamper", "finding"),
    [
        (_alter_a_summary, "1 entry does not match"),
        (_delete_an_entry, "1 entry does not match"),
        (_delete_the_last_three, "its last entries have been removed"),
    ],
    ids=["summary altered", "entry deleted", "last three deleted"],
)
def test_check_finds_an_altered_audit_trail(demo_vault, tmp_path, tamper, finding):
    altered = tmp_path / "altered"
    shutil.copytree(demo_vault, altered)
    # Someone with the passphrase drops the triggers that refuse it and edits the database behind the app's back.
    vault = open_vault(altered, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        with transaction(vault.connection):
            vault.connection.execute("DROP TRIGGER audit_entries_are_never_changed")
            vault.connection.execute("DROP TRIGGER audit_entries_are_never_removed")
            tamper(vault.connection, AuditRepository(vault.connection).count() // 2)
    finally:
        vault.lock()

    result = run_trajectapp(tmp_path, "check", "--vault", str(altered), stdin=PASSPHRASE + "\n")

    assert result.returncode == 1
    assert f"The audit trail has been altered: {finding}" in result.stderr
    assert result.stdout == ""


def test_demo_with_the_same_seed_makes_the_same_people(demo_home, demo_vault, tmp_path):
    again = tmp_path / "again"
    assert make_demo_vault(tmp_path, again).returncode == 0

    # The people come from the seed alone; their stories also from the day (see the tests at the end).
    cases = cases_in(demo_vault)
    assert [who_is(case) for case in cases] == [who_is(case) for case in cases_in(again)]
    names = [case.name for case in cases]
    assert len(set(names)) == DEMO_CASES
    assert any(not name.isascii() for name in names)


def test_check_with_a_wrong_passphrase_exits_2(demo_home, demo_vault):
    result = run_trajectapp(demo_home, "check", "--vault", str(demo_vault), stdin="not the passphrase\n")

    assert result.returncode == 2
    assert "passphrase" in result.stderr


def test_check_finds_a_flipped_byte_in_the_database(demo_vault, tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(demo_vault, damaged)
    database = damaged / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x01
    database.write_bytes(bytes(data))

    result = run_trajectapp(tmp_path, "check", "--vault", str(damaged), stdin=PASSPHRASE + "\n")

    assert result.returncode == 1
    assert "damaged" in result.stderr


@pytest.fixture(scope="module")
def least_cost_vault(demo_home: Path) -> Path:
    """A vault with the least Argon2id cost the application writes (64 MiB, 3 passes), which `check` as installed
    reads."""
    folder = demo_home / "least-cost-vault"
    create_vault(folder, PASSPHRASE, KdfParams(os.urandom(16), 64 * 1024, 3, 4))[0].lock()
    return folder


def _flip_a_bit_of_a_wrapped_key(document: dict) -> None:
    wrapped = document["wrapped_by_recovery"]
    ciphertext = bytearray(base64.b64decode(wrapped["ciphertext"]))
    ciphertext[20] ^= 0x01
    wrapped["ciphertext"] = base64.b64encode(bytes(ciphertext)).decode("ascii")


KEY_FILE_TAMPERING = {
    "memory set to 8 KiB": lambda document: document["kdf"].update(memory_kib=8),
    "memory set to 4 GiB": lambda document: document["kdf"].update(memory_kib=4 * 1024 * 1024),
    "passes set to 1": lambda document: document["kdf"].update(iterations=1),
    "one bit of a wrapped key flipped": _flip_a_bit_of_a_wrapped_key,
}


# Edited as by hand (the checksum left as it was) or on purpose (recomputed). A wrapped key changed on purpose is
# left out: with a checksum that matches, nothing can tell it from a wrong passphrase.
@pytest.mark.parametrize(
    ("tampering", "recompute_checksum"),
    [(name, False) for name in KEY_FILE_TAMPERING]
    + [(name, True) for name in KEY_FILE_TAMPERING if name != "one bit of a wrapped key flipped"],
)
def test_check_reports_a_tampered_key_file_as_damage_and_changes_nothing(
    least_cost_vault, tmp_path, tampering, recompute_checksum
):
    folder = tmp_path / "vault"
    shutil.copytree(least_cost_vault, folder)
    edit_key_file(folder / KEY_FILE_NAME, KEY_FILE_TAMPERING[tampering], recompute_checksum)
    before = contents(folder)

    result = run_trajectapp(tmp_path, "check", "--vault", str(folder), stdin=PASSPHRASE + "\n", fast_kdf=False)

    assert result.returncode == 1, result.stderr
    assert "key file (vault.key)" in result.stderr and "backup" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert contents(folder) == before


def test_check_as_installed_finds_the_least_cost_vault_sound(demo_home, least_cost_vault):
    """The control for the tampering above: the same vault, untouched, is sound."""
    result = run_trajectapp(
        demo_home, "check", "--vault", str(least_cost_vault), stdin=PASSPHRASE + "\n", fast_kdf=False
    )

    assert result.returncode == 0, result.stderr


def test_demo_refuses_a_folder_that_already_holds_a_vault(demo_home, demo_vault):
    before = contents(demo_vault)

    result = make_demo_vault(demo_home, demo_vault)

    assert result.returncode == 1
    assert "already a vault" in result.stderr
    assert contents(demo_vault) == before


@pytest.mark.parametrize(
    "arguments",
    [
        ("check", "--vault", "VAULT", "--passphrase", "secret"),
        ("demo", "--vault", "VAULT", "--passphrase", "secret"),
        ("--vault", "VAULT", "--passphrase", "secret"),
    ],
)
def test_there_is_no_passphrase_option(tmp_path, arguments):
    vault = tmp_path / "vault"
    result = run_trajectapp(tmp_path, *(str(vault) if part == "VAULT" else part for part in arguments))

    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr
    assert not vault.exists()


def test_demo_vault_holds_varied_fictional_people_drawn_from_the_seed(tmp_path, kdf_params):
    on = {"kdf": kdf_params, "today": STORY_DAY}
    assert create_demo_vault(tmp_path / "a", PASSPHRASE, cases=200, seed=11, **on) == 200
    create_demo_vault(tmp_path / "b", PASSPHRASE, cases=200, seed=11, **on)
    create_demo_vault(tmp_path / "c", PASSPHRASE, cases=200, seed=12, **on)

    vault = unlock_vault(tmp_path / "a", PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        cases = list_cases(vault)
        events = AuditRepository(vault.connection).events()
    finally:
        vault.lock()

    names = [case.name for case in cases]
    assert len(set(names)) >= 195
    assert all(case.name.strip() and case.prison and case.prisoner_number and case.date_of_birth for case in cases)
    assert sum(not name.isascii() for name in names) >= 20
    assert any(case.preferred_name for case in cases)
    assert events.count("demo.filled") == 1
    assert cases == cases_in(tmp_path / "b")
    assert names != [case.name for case in cases_in(tmp_path / "c")]


# --- what the demo vault holds ------------------------------------------------------------------

# Everything the demo writes, without the timestamps of when it was written.
STORY_QUERIES = {
    "cases": "SELECT * FROM cases ORDER BY id",
    "phase_changes": "SELECT * FROM phase_changes ORDER BY id",
    "transfers": "SELECT * FROM transfers ORDER BY id",
    "participation_decisions": "SELECT * FROM participation_decisions ORDER BY id",
    "consents": "SELECT * FROM consents ORDER BY id",
    "involvements": "SELECT * FROM involvements ORDER BY id",
    "sessions": "SELECT * FROM sessions ORDER BY id",
    "actions": "SELECT * FROM actions ORDER BY id",
    "session_participants": "SELECT * FROM session_participants ORDER BY id",
    "session_domains": "SELECT * FROM session_domains ORDER BY session_id, domain_id",
    "session_factors": "SELECT * FROM session_factors ORDER BY session_id, factor_id",
    "session_goods": "SELECT * FROM session_goods ORDER BY session_id, good",
    "assessments": "SELECT * FROM assessments ORDER BY id",
    "assessment_items": "SELECT * FROM assessment_items ORDER BY id",
    "external_assessments": "SELECT * FROM external_assessments ORDER BY id",
    "factors": "SELECT * FROM factors ORDER BY id",
    "strengths": "SELECT * FROM strengths ORDER BY id",
    "good_lives": "SELECT * FROM good_lives ORDER BY id",
    "perspectives": "SELECT * FROM perspectives ORDER BY id",
    "goals": "SELECT * FROM goals ORDER BY id",
    "goal_domains": "SELECT * FROM goal_domains ORDER BY goal_id, domain_id",
    "goal_notes": "SELECT * FROM goal_notes ORDER BY id",
    "goal_steps": "SELECT * FROM goal_steps ORDER BY id",
    "plan_versions": "SELECT * FROM plan_versions ORDER BY id",
    "plan_agreements": "SELECT * FROM plan_agreements ORDER BY id",
    "audit_log": "SELECT event, case_id, record_type, record_id, summary FROM audit_log ORDER BY id",
}


def stories_in(folder: Path) -> dict[str, list[tuple]]:
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        found = {table: vault.connection.execute(sql).fetchall() for table, sql in STORY_QUERIES.items()}
    finally:
        vault.lock()
    found["cases"] = [row[:6] + row[8:] for row in found["cases"]]  # without created_at, updated_at
    return found


@pytest.fixture(scope="module")
def story_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stories") / "vault"
    create_demo_vault(folder, PASSPHRASE, cases=400, seed=5, kdf=fast_kdf(), today=STORY_DAY)
    return folder


def test_the_demo_is_the_same_for_the_same_seed_and_day(story_vault, tmp_path):
    create_demo_vault(tmp_path / "again", PASSPHRASE, cases=400, seed=5, kdf=fast_kdf(), today=STORY_DAY)
    create_demo_vault(
        tmp_path / "next day", PASSPHRASE, cases=400, seed=5, kdf=fast_kdf(), today=STORY_DAY + timedelta(days=1)
    )

    first, again, next_day = (stories_in(folder) for folder in (story_vault, tmp_path / "again", tmp_path / "next day"))
    assert first == again
    assert [row[1] for row in first["cases"]] == [row[1] for row in next_day["cases"]]  # the same people
    assert first["sessions"] != next_day["sessions"]  # whose stories move with the day


def test_the_demo_caseload_looks_alive_on_the_day_it_is_made(story_vault):
    today = STORY_DAY
    vault = unlock_vault(story_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        rows = caseload_rows(vault, caseload_ids(vault, today=today), today=today)
        attention = {
            item.reason for item in needs_attention(vault, today=today, release_within_days=90, no_contact_days=21)
        }
    finally:
        vault.lock()
    active = [row for row in rows if row.status is CaseStatus.ACTIVE]

    assert {row.status for row in rows} == set(CaseStatus)
    releases = [row.days_to_release(today) for row in rows if row.release_date]
    assert any(0 <= days <= 90 for days in releases) and any(days < 0 for days in releases)
    assert any(days > 365 for days in releases) and len(releases) < len(rows)
    since = [row.days_since_contact(today) for row in active]
    assert None not in since
    assert any(days <= 7 for days in since) and any(days > 21 for days in since)
    coming = [(row.next_appointment.date() - today).days for row in rows if row.next_appointment]
    assert coming and all(1 <= days <= 16 for days in coming)
    assert any(row.overdue_actions for row in rows)
    assert attention == {"release", "no_contact", "participation_pending", "consent_pending"}


def test_the_demo_holds_every_kind_of_record_and_keeps_them_consistent(story_vault):
    today, found = STORY_DAY, stories_in(story_vault)
    case_prisons = {row[0]: row[4] for row in found["cases"]}

    assert {row[2] for row in found["phase_changes"]} == {phase.value for phase in Phase}
    assert all(row[5] for row in found["phase_changes"] if row[2] == "closed")  # closed with a reason
    assert all(date.fromisoformat(row[3]) <= today for row in found["phase_changes"])
    assert {row[2] for row in found["participation_decisions"]} == {status.value for status in Participation}
    assert all(row[4] for row in found["participation_decisions"] if row[2] == "declined")  # in their own words

    transfers = found["transfers"]
    assert len(transfers) == (400 + 7) // 8 == len({row[1] for row in transfers})
    assert all(row[3] != row[4] and case_prisons[row[1]] == row[4] for row in transfers)

    consents = found["consents"]
    statistics = [row for row in consents if row[2] == "statistics"]
    sharing = [row for row in consents if row[2] == "share_with_service"]
    assert len(statistics) > 400 * 0.6 and sharing
    assert {row[4] for row in sharing} == {"pending", "given", "refused"}
    assert all(row[3] for row in sharing) and not any(row[3] for row in statistics)
    assert any(row[9] for row in sharing)  # revoked
    for row in consents:
        asked, decided, revoked = (date.fromisoformat(value) if value else None for value in (row[5], row[6], row[9]))
        assert (decided is None) == (row[4] == "pending")
        assert asked <= (decided or asked) <= (revoked or decided or asked) <= today
    assert all(row[7] for row in sharing if row[4] == "given")  # what may be shared

    involvements = found["involvements"]
    per_case = [sum(1 for row in involvements if row[1] == case_id) for case_id in case_prisons]
    assert max(per_case) == 4 and {1, 2, 3} <= set(per_case)
    assert all(row[4] is None or row[3] <= row[4] for row in involvements)
    assert sum(bool(row[5]) for row in involvements) > len(involvements) / 2  # contact people

    sessions = found["sessions"]
    assert {row[3] for row in sessions} == {"held", "planned", "cancelled"}
    assert {row[4] for row in sessions} <= set(SESSION_KINDS)
    assert all((row[2][:10] <= today.isoformat()) == (row[3] != "planned") for row in sessions)
    actions = found["actions"]
    assert any(row[5] for row in actions) and any(row[5] is None and row[4] < today.isoformat() for row in actions)


def test_the_demo_audits_each_record_as_the_services_would(story_vault):
    found = stories_in(story_vault)
    vault = unlock_vault(story_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        assert AuditRepository(vault.connection).broken_links() == []
    finally:
        vault.lock()
    events = [row[0] for row in found["audit_log"]]

    assert events.count("case.created") == len(found["cases"])
    assert events.count("traject.phase_changed") == len(found["phase_changes"])
    assert events.count("traject.participation") == len(found["participation_decisions"])
    assert events.count("traject.transferred") == len(found["transfers"])
    assert events.count("case.service_linked") == len(found["involvements"])
    assert events.count("consent.recorded") == len(found["consents"])
    assert events.count("consent.revoked") == sum(1 for row in found["consents"] if row[9])
    assert events.count("session.recorded") == sum(1 for row in found["sessions"] if row[3] == "held")
    assert events.count("session.planned") == sum(1 for row in found["sessions"] if row[3] != "held")
    assert events.count("session.cancelled") == sum(1 for row in found["sessions"] if row[3] == "cancelled")
    assert events.count("action.added") == len(found["actions"])
    assert events.count("session.updated") == len(found["session_factors"])  # tagged once the factor exists
    assert events.count("action.done") == sum(1 for row in found["actions"] if row[5])
    assert events.count("demo.filled") == 1
    for event, table in (
        ("assessment.started", "assessments"),
        ("external_assessment.recorded", "external_assessments"),
        ("factor.added", "factors"),
        ("strength.added", "strengths"),
        ("good_lives.recorded", "good_lives"),
        ("perspective.recorded", "perspectives"),
        ("goal.added", "goals"),
        ("step.added", "goal_steps"),
        ("goal.note_added", "goal_notes"),
        ("plan.version_made", "plan_versions"),
        ("plan.agreement_recorded", "plan_agreements"),
    ):
        assert events.count(event) == len(found[table]), event
    # Every item is either added or copied from the assessment before.
    copied = sum(len([i for i in found["assessment_items"] if i[1] == a[3]]) for a in found["assessments"] if a[3])
    assert events.count("assessment.item_added") + copied == len(found["assessment_items"])
    assert events.count("assessment.item_updated") > 0
    summaries = " ".join(row[4] for row in found["audit_log"])
    assert "terrorist" not in summaries and "advocaat" not in summaries
    for words in ("Worldview", "Mental health", "Alcohol", "slaap", "ronselaars", "entretien", "spirituality", "VERA"):
        assert words not in summaries


def test_the_demo_holds_session_notes_participants_tags_and_follow_ups(story_vault):
    found = stories_in(story_vault)
    sessions = found["sessions"]  # id, case_id, starts_at, status, kind, duration, location, focus, note
    held = [row for row in sessions if row[3] == "held"]
    noted = [row for row in held if row[8]]
    assert len(held) * 0.7 < len(noted) < len(held)
    assert not any(row[8] for row in sessions if row[3] != "held")
    assert all(row[5] and row[6] for row in sessions) and {row[7] for row in held} == {
        "relation",
        "critical_reflection",
        "practical_support",
        "planning",
    }
    notes = "\n".join(row[8] for row in noted)
    for words in ("\n# ", "\n- ", "*", "Çelik Ağaoğlu", "Zoë Verbruggen", "Nadia El Ouafi", "صبر", "الحمد لله"):
        assert words in notes, words
    parties = {row[2] for row in found["session_participants"]}
    assert parties == {"person", "service", "family", "other"}
    assert found["session_domains"] and found["session_goods"] and found["session_factors"]
    from_sessions = [row for row in found["actions"] if row[6] is not None]
    assert from_sessions and any(row[5] is None for row in from_sessions)
    session_days = {row[0]: row[2][:10] for row in sessions}
    assert all(session_days[row[6]] < row[4] for row in from_sessions)

    vault = unlock_vault(story_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        hits = search(vault, "celik agaoglu")
        assert hits and "session" in {hit.kind for hit in hits} and all(HIT_START in hit.snippet for hit in hits)
        assert search(vault, "الحمد")
        # The consultant's words: Dutch, a compound found by its start, and French in the one case written in French.
        assert "session" in {hit.kind for hit in search(vault, "bemiddelaar")}
        assert "session" in {hit.kind for hit in search(vault, "schuldbemidd")}
        assert {hit.case_id for hit in search(vault, "entretien", limit=500)} == {2}
    finally:
        vault.lock()


_PAST_EXPLORING = {Phase.CRITICAL_REFLECTION, Phase.REINTEGRATION_PLANNING, Phase.RELEASE_PREPARATION, Phase.AFTERCARE}
_PLANNING_OR_LATER = {Phase.REINTEGRATION_PLANNING, Phase.RELEASE_PREPARATION, Phase.AFTERCARE}


def test_the_demo_holds_needs_and_plans_for_the_cases_that_got_that_far(story_vault):
    today = STORY_DAY
    vault = unlock_vault(story_vault, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        domains = {d.id: d for d in needs.list_domains(vault, include_hidden=True)}
        # The consultant added a domain and a factor category of their own, and uses both.
        own_domains = [d for d in domains.values() if not d.shipped]
        assert own_domains and all(needs.domain_in_use(vault, d.id) for d in own_domains)
        own_categories = {c.id for c in factors.list_factor_categories(vault) if not c.shipped}
        assert own_categories
        files = []
        for case in list_cases(vault):
            reached = {
                entry.record.phase for entry in case_file.timeline(vault, case.id) if entry.kind is TimelineKind.PHASE
            }
            files.append(
                (
                    case,
                    reached,
                    needs.assessments(vault, case.id),
                    factors.factors(vault, case.id),
                    strengths.strengths(vault, case.id),
                    strengths.goods(vault, case.id),
                    strengths.perspectives(vault, case.id),
                    plan.goals(vault, case.id),
                    plan.plan_versions(vault, case.id),
                    needs.external_assessments(vault, case.id),
                    {goal.id: plan.steps(vault, goal.id) for goal in plan.goals(vault, case.id)},
                )
            )
    finally:
        vault.lock()

    moved = 0
    for case, reached, assessed, noted, kept, goods, perspectives, goals, versions, external, steps in files:
        if not reached & {Phase.EXPLORING, *_PAST_EXPLORING}:
            assert not (assessed or noted or kept or goals or versions or external), case.name
            continue
        assert 1 <= len(assessed) <= 3 and 1 <= len(perspectives) <= 2, case.name
        if reached & _PAST_EXPLORING:
            assert len(noted) >= 2 and len(kept) >= 2 and sum(e.id is not None for e in goods) >= 2, case.name
        dates = [a.assessed_on for a in assessed]
        assert all(later - earlier >= timedelta(days=75) for earlier, later in itertools.pairwise(dates))
        assert dates[-1] <= today and all(len(a.items) >= 6 for a in assessed)
        for earlier, later in itertools.pairwise(assessed):
            assert later.started_from == earlier.id
            for item in earlier.items:
                after = later.item_for(item.domain_id).situation
                assert abs(after - item.situation) <= 2  # plausible, not a jump across the scale
                moved += after != item.situation
        assert all(1 <= i.situation <= 10 for a in assessed for i in a.items)
        if not reached & _PLANNING_OR_LATER:
            assert not goals and not versions, case.name
            continue
        assert 2 <= len(goals) <= 4 and 1 <= len(versions) <= 2, case.name
        assert all(len(steps[goal.id]) >= 2 for goal in goals)
        assert all(goal.dropped_reason for goal in goals if goal.status is GoalStatus.DROPPED)
        for version in versions:
            assert version.goals and version.made_on <= today
            assert {a.party for a in version.agreements} == {Party.PERSON, Party.CONSULTANT, Party.SERVICE}
            assert all(a.answered_on is None or version.made_on <= a.answered_on <= today for a in version.agreements)
            assert {d.id for goal in version.goals for d in goal.domains} <= set(domains)
    assert moved > 0
    every = [record for file in files for record in file[2] + file[3] + file[7]]
    assert every, "no needs in the demo at all"
    answers = {a.answer for file in files for version in file[8] for a in version.agreements}
    assert answers == set(PlanAnswer)
    statuses = {step.status for file in files for found in file[10].values() for step in found}
    assert statuses == set(StepStatus)
    assert {goal.status for file in files for goal in file[7]} == set(GoalStatus)
    assert any(len(file[8]) == 2 and plan.compare_plan_versions(*file[8]).has_changes for file in files)
    assert sum(bool(file[9]) for file in files) >= 1  # external risk assessments noted
    assert own_categories & {factor.category_id for file in files for factor in file[3]}

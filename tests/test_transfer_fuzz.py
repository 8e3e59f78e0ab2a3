"""Randomised and mutated transfer packages: cut short, bytes flipped, the JSON inside edited and sealed again with
the right passphrase (huge fields, wrong types, missing and unknown keys, bad choices and dates, dangling links).
Always a PackageError with a message, never another exception, and never a partial import."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from trajectapp.domain.disclosures import Basis, DisclosureParty, PartyKind
from trajectapp.exchange import envelope
from trajectapp.exchange.package_errors import PackageError, Problem
from trajectapp.exchange.package_validation import TEXT_MAX, parse_document
from trajectapp.services import transfer
from trajectapp.services.demo import create_demo_vault
from trajectapp.services.opening import create_vault, unlock_vault

# Tests never time things: no deadline. The vaults are the module's, so no function-scoped state is shared.
fuzz = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SENDER = DisclosureParty(PartyKind.CONSULTANT, "Anna De Smet")


class Sample:
    """A package and its passphrase, shown briefly when an example fails."""

    def __init__(self, data: bytes, passphrase: str):
        self.data, self.passphrase = data, passphrase

    def __repr__(self) -> str:
        return f"<package of {len(self.data)} bytes>"


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Sample:
    folder = tmp_path_factory.mktemp("fuzz-sending") / "vault"
    create_demo_vault(folder, PASSPHRASE, cases=4, seed=3, kdf=fast_kdf(), today=date(2031, 3, 5))
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        richest = max(
            range(1, 5),
            key=lambda case_id: [
                vault.connection.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?", (case_id,)).fetchone()[0]
                for table in ("plan_versions", "goals", "sessions")
            ],
        )
        exported = transfer.export_package(vault, richest, kdf=fast_kdf())
        return Sample(exported.data, exported.passphrase)
    finally:
        vault.lock()


@pytest.fixture(scope="module")
def document(package) -> dict:
    return transfer.open_package(package.data, package.passphrase).document


@pytest.fixture(scope="module")
def receiving(tmp_path_factory):
    vault, _ = create_vault(tmp_path_factory.mktemp("fuzz-receiving") / "vault", PASSPHRASE, fast_kdf())
    yield vault
    vault.lock()


def row_counts(connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}


def import_or_refuse(receiving, data: bytes, words: str) -> Problem | None:
    """Open and import; None when imported, else the problem. A refusal says why and leaves the vault as it was."""
    before = row_counts(receiving.connection)
    try:
        opened = transfer.open_package(data, words)
        transfer.import_package(
            receiving, opened, file_name="x.trajectcase", party=SENDER, purpose="Overname", basis=Basis.LEGAL_OBLIGATION
        )
    except PackageError as refusal:
        assert str(refusal).strip()
        assert row_counts(receiving.connection) == before
        assert not receiving.connection.in_transaction
        return refusal.problem
    assert row_counts(receiving.connection)["cases"] == before["cases"] + 1
    return None


# --- the file -------------------------------------------------------------------------------------------------------


@fuzz
@given(cut=st.integers(min_value=0, max_value=10**7))
def test_a_package_cut_anywhere_is_refused(package, cut):
    with pytest.raises(PackageError):
        transfer.open_package(package.data[: cut % len(package.data)], package.passphrase)


@fuzz
@given(
    flips=st.lists(
        st.tuples(st.integers(min_value=0, max_value=10**7), st.integers(min_value=1, max_value=255)),
        min_size=1,
        max_size=3,
    )
)
def test_flipped_bytes_are_refused(package, flips):
    changed = bytearray(package.data)
    for position, mask in {position % len(changed): mask for position, mask in flips}.items():
        changed[position] ^= mask
    with pytest.raises(PackageError):
        transfer.open_package(bytes(changed), package.passphrase)


@fuzz
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_are_refused(package, raw):
    with pytest.raises(PackageError):
        transfer.open_package(raw, package.passphrase)
    with pytest.raises(PackageError):
        transfer.open_package(package.data[: envelope.PREFIX_BYTES] + raw, package.passphrase)


# --- the content, sealed again with the right passphrase ----------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["", " ", "2031-02-30", "2031-03-05", "2031-03-05 14:00:00", "held", "\x00"])
    | st.integers(min_value=TEXT_MAX + 1, max_value=TEXT_MAX + 10).map(lambda length: "x" * length),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


def paths(node, path=()):
    """Every place in the document: (path, value)."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*path, index))


def at(document, path):
    for step in path:
        document = document[step]
    return document


@st.composite
def edited(draw, document):
    """The document with one to three edits; each changes, removes or adds a field, or breaks a link."""
    changed = copy.deepcopy(document)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        places = list(paths(changed))
        path, value = places[draw(st.integers(min_value=0, max_value=len(places) - 1))]
        how = draw(st.sampled_from(["replace", "remove", "add", "huge", "dangling", "swap type"]))
        event(how)
        if not path:
            changed = draw(json_values) if how == "replace" else changed
            continue
        parent, last = at(changed, path[:-1]), path[-1]
        if how == "replace":
            parent[last] = draw(json_values)
        elif how == "remove":
            del parent[last]
        elif how == "add" and isinstance(value, dict):
            value[draw(st.text(min_size=1, max_size=10))] = draw(json_values)
        elif how == "huge" and isinstance(value, str):
            parent[last] = value * 2 + "x" * TEXT_MAX
        elif how == "dangling" and isinstance(value, int) and not isinstance(value, bool):
            parent[last] = value + draw(st.sampled_from([10_000, -value, 10**12]))
        elif how == "swap type":
            parent[last] = draw(st.sampled_from([str(value), [value], {"value": value}, None, True, 1.5]))
    return changed


@fuzz
@given(data=st.data())
def test_edited_content_is_imported_whole_or_refused(package, document, receiving, data):
    changed = data.draw(edited(document))
    sealed = envelope.seal(json.dumps(changed, ensure_ascii=False).encode("utf-8"), package.passphrase, fast_kdf())
    problem = import_or_refuse(receiving, sealed, package.passphrase)
    event(problem.value if problem else "imported")


@pytest.mark.parametrize(
    "field, value",
    [
        (("version",), 2),
        (("version",), "1"),
        (("format",), "trajectapp-vault"),
        (("person", "name"), "   "),
        (("person", "date_of_birth"), "1990-02-30"),
        (("person", "legal_status"), "guilty"),
        (("records", "sessions", 0, "starts_at"), "2031-03-05T14:00"),
        (("records", "sessions", 0, "kind"), 7),
        (("records", "sessions", 0, "note"), "a" * (TEXT_MAX + 1)),
        (("records", "sessions", 0, "note"), "bel \x07 mij"),
        (("records", "session_participants", 0, "session_id"), 999),
        (("records", "goals", 0, "strength_id"), 999),
        (("records", "goal_steps", 0, "goal_id"), 999),
        (("catalogues", "life_domains", 0, "ref"), 999),
        (("catalogues", "life_domains", 0, "sensitivity"), "politics"),
        (("records", "plan_versions", 0, "snapshot", "goals", 0, "domains", 0, "id"), 999),
    ],
)
def test_each_kind_of_bad_content_is_refused_with_a_message(package, document, receiving, field, value):
    changed = copy.deepcopy(document)
    at(changed, field[:-1])[field[-1]] = value
    sealed = envelope.seal(json.dumps(changed).encode("utf-8"), package.passphrase, fast_kdf())
    assert import_or_refuse(receiving, sealed, package.passphrase) is not None


def test_a_missing_table_and_a_repeated_key_are_refused(package, document, receiving):
    changed = copy.deepcopy(document)
    del changed["records"]["sessions"]
    for content in (
        json.dumps(changed).encode(),
        b'{"format": "trajectapp-case", "format": "x"}',
        b"[" * 100_000,
        b'{"version": 1e999}',
        "\ud800".encode("utf-8", "surrogatepass"),
    ):
        assert (
            import_or_refuse(receiving, envelope.seal(content, package.passphrase, fast_kdf()), package.passphrase)
            is not None
        )


@fuzz
@given(json_values)
def test_any_json_is_checked_without_crashing(value):
    with pytest.raises(PackageError):
        parse_document(json.dumps(value).encode("utf-8"))

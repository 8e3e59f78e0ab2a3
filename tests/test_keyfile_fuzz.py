"""Randomised input for the two things a person or a disk can garble: the key file and the recovery key."""

from __future__ import annotations

import base64
import copy
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FAST_KDF_FLOOR
from key_files import with_checksum
from trajectapp.domain.recovery_keys import format_groups, groups, is_well_formed, normalise
from trajectapp.vault import keyfile
from trajectapp.vault.errors import KeyFileDamaged, VaultTooNew
from trajectapp.vault.kdf import MAX_ITERATIONS, MAX_MEMORY_KIB, KdfParams
from trajectapp.vault.recovery_key import new_recovery_key, recovery_wrapping_key

# Tests never time things: no deadline.
fuzz = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

VALID = keyfile.KeyFile.new(
    os.urandom(32), KdfParams(os.urandom(16), 1024, 1, 1), os.urandom(32), os.urandom(32), "2025-01-31"
)
VALID_DOCUMENT = json.loads(keyfile.dump(VALID))


def parse_or_refuse(raw: bytes) -> keyfile.KeyFile | None:
    """Parse (with the floor that admits the cheap parameters, which has tests of its own); a refusal must be one
    of the two the vault knows how to explain."""
    try:
        parsed = keyfile.parse(raw, FAST_KDF_FLOOR)
    except (KeyFileDamaged, VaultTooNew) as refusal:
        assert str(refusal)
        return None
    # Whatever is accepted is safe to hand to Argon2id and AES-GCM.
    assert parsed.kdf.within_bounds()
    assert parsed.kdf.memory_kib <= MAX_MEMORY_KIB and parsed.kdf.iterations <= MAX_ITERATIONS
    for wrapped in (parsed.by_passphrase, parsed.by_recovery):
        assert len(wrapped.nonce) == keyfile.NONCE_BYTES and len(wrapped.ciphertext) == 48
    return parsed


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


@fuzz
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(raw):
    parse_or_refuse(raw)


@fuzz
@given(json_values)
def test_arbitrary_json(value):
    parse_or_refuse(json.dumps(value).encode("utf-8"))


@fuzz
@given(st.dictionaries(st.sampled_from(sorted(VALID_DOCUMENT)) | st.text(max_size=8), json_values, max_size=8))
def test_arbitrary_json_objects_with_key_file_field_names(document):
    document.setdefault("format", keyfile.FORMAT)
    parse_or_refuse(json.dumps(document).encode("utf-8"))


def _paths(document, prefix=()):
    """Every (key, key, ...) path to a value in the key file document."""
    for key, value in document.items():
        yield (*prefix, key)
        if isinstance(value, dict):
            yield from _paths(value, (*prefix, key))


PATHS = sorted(_paths(VALID_DOCUMENT))
base64_texts = st.binary(max_size=80).map(lambda raw: base64.b64encode(raw).decode("ascii"))
replacements = st.floats() | st.integers(min_value=-(2**70), max_value=2**70) | base64_texts | json_values


@fuzz
@given(st.lists(st.tuples(st.sampled_from(PATHS), st.booleans(), replacements), min_size=1, max_size=4))
def test_mutations_of_a_valid_key_file(mutations):
    document = copy.deepcopy(VALID_DOCUMENT)
    for path, delete, replacement in mutations:
        parent = document
        for key in path[:-1]:
            parent = parent.get(key) if isinstance(parent, dict) else None
        if not isinstance(parent, dict):
            continue
        if delete:
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = replacement
    parse_or_refuse(json.dumps(document).encode("utf-8"))
    parse_or_refuse(json.dumps(with_checksum(document)).encode("utf-8"))


@fuzz
@given(st.sampled_from(sorted(VALID_DOCUMENT["kdf"])), st.floats() | st.integers() | json_values)
def test_any_value_in_a_key_derivation_field(field, value):
    document = copy.deepcopy(VALID_DOCUMENT)
    document["kdf"][field] = value
    parse_or_refuse(json.dumps(with_checksum(document)).encode("utf-8"))


@fuzz
@given(st.integers(min_value=keyfile.VERSION + 1, max_value=10**100))
def test_every_newer_version_is_too_new(version):
    document = with_checksum(dict(VALID_DOCUMENT, version=version))
    try:
        keyfile.parse(json.dumps(document).encode("ascii"), FAST_KDF_FLOOR)
    except VaultTooNew:
        return
    raise AssertionError(f"version {version} was not refused as too new")


@fuzz
@given(st.binary(min_size=1, max_size=400))
def test_bytes_spliced_into_a_valid_key_file(noise):
    raw = keyfile.dump(VALID)
    middle = len(raw) // 2
    parse_or_refuse(raw[:middle] + noise + raw[middle:])
    parse_or_refuse(raw[: len(raw) - len(noise) % len(raw)])


def test_deeply_nested_json_is_damage_not_a_crash():
    for raw in (b"[" * 100_000, b'{"a":' * 100_000):
        assert parse_or_refuse(raw) is None


def test_infinite_and_not_a_number_parameters_are_damage():
    for field in ("memory_kib", "iterations", "lanes"):
        for value in ("Infinity", "-Infinity", "NaN"):
            raw = keyfile.dump(VALID).replace(
                f'"{field}": {VALID_DOCUMENT["kdf"][field]}'.encode(), f'"{field}": {value}'.encode()
            )
            assert value.encode() in raw
            assert parse_or_refuse(raw) is None
            assert parse_or_refuse(json.dumps(with_checksum(json.loads(raw))).encode()) is None


kdf_params = st.builds(
    KdfParams,
    salt=st.binary(min_size=8, max_size=64),
    memory_kib=st.integers(min_value=512, max_value=MAX_MEMORY_KIB),
    iterations=st.integers(min_value=1, max_value=MAX_ITERATIONS),
    lanes=st.integers(min_value=1, max_value=64),
)


@fuzz
@given(kdf_params, st.binary(min_size=32, max_size=32), st.text(max_size=30))
def test_dump_then_parse_gives_the_same_key_file(kdf, data_key, created):
    original = keyfile.KeyFile.new(data_key, kdf, os.urandom(32), os.urandom(32), created)
    assert keyfile.parse(keyfile.dump(original), FAST_KDF_FLOOR) == original


# --- the recovery key ---------------------------------------------------------------------------

plain_keys = st.binary(min_size=20, max_size=20).map(lambda raw: base64.b32encode(raw).decode("ascii"))


@st.composite
def retyped(draw, plain: str) -> str:
    """`plain` as a person might type it back: any case, with spaces, tabs and dashes anywhere."""
    typed = []
    for char in format_groups(plain):
        if char == "-":
            typed.append(draw(st.sampled_from(["-", " ", "  ", "", "\t", " - "])))
            continue
        typed.append(char.lower() if draw(st.booleans()) else char)
        if draw(st.integers(0, 9)) == 0:
            typed.append(draw(st.sampled_from([" ", "-", "\n"])))
    return draw(st.sampled_from(["", " ", "\t"])) + "".join(typed) + draw(st.sampled_from(["", " ", "\n"]))


@fuzz
@given(st.data())
def test_a_recovery_key_survives_being_retyped(data):
    plain = data.draw(plain_keys)
    typed = data.draw(retyped(plain))
    assert normalise(typed) == plain
    assert is_well_formed(typed)
    assert format_groups(typed) == format_groups(plain)
    assert recovery_wrapping_key(typed) == recovery_wrapping_key(plain)


@fuzz
@given(plain_keys)
def test_a_formatted_recovery_key_has_eight_groups_of_four(plain):
    formatted = format_groups(plain)
    assert len(groups(plain)) == 8 and all(len(group) == 4 for group in groups(plain))
    assert normalise(formatted) == plain
    assert normalise(formatted.lower()) == plain
    assert is_well_formed(formatted) and is_well_formed(formatted.lower())


@fuzz
@given(plain_keys)
def test_digits_that_look_like_letters_read_as_letters(plain):
    typed = format_groups(plain).translate(str.maketrans("OIB", "018"))
    assert normalise(typed) == plain
    assert is_well_formed(typed)


@fuzz
@given(plain_keys, st.integers(min_value=1, max_value=31))
def test_a_key_of_the_wrong_length_is_not_well_formed(plain, cut):
    assert not is_well_formed(plain[:cut])
    assert not is_well_formed(plain + plain[:cut])


@fuzz
@given(st.text())
def test_any_text_can_be_checked_without_error(typed):
    assert isinstance(is_well_formed(typed), bool)
    normalise(typed)


def test_new_recovery_keys_are_well_formed_and_differ():
    keys = {new_recovery_key() for _ in range(20)}
    assert len(keys) == 20
    assert all(is_well_formed(key) and len(groups(key)) == 8 for key in keys)

"""Odd text and odd dates fed into the case-file and partner services (hypothesis).

Every call ends one of two ways: a clean save that reads back exactly as
given, or InvalidText (domain.text) with nothing written at all: the record
as it was and no audit entry added.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from trajectapp.domain.case import CASE_FIELDS, Case, LegalStatus
from trajectapp.domain.columns import Kind
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.text import InvalidText
from trajectapp.domain.traject import Participation, Phase
from trajectapp.services import case_file
from trajectapp.services.caseload import caseload_ids
from trajectapp.services.partners import list_services, save_service
from trajectapp.store.audit import AuditRepository
from trajectapp.store.traject import TrajectRepository
from trajectapp.ui.messages import message_text

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

ODD = [
    "مرحبا بالعالم",
    "שָׁלוֹם",
    "\u202eevil\u202c",
    "e\u0301\u0301\u0301\u0308",
    "Z\u0334\u0321a\u0337l\u0336g\u0338o",
    "\x00",
    "a\x00b",
    "\x1b[31mred",
    "\x7f",
    "\u0085",
    "\x08",
    "\r\n",
    "line\nbreak",
    "tab\there",
    "\u2028",
    "\ufeff",
    "\u200b",
    "\U0001f600\U0001f3fd",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    " ",
    "\u00a0",
    "",
    "'; DROP TABLE cases; --",
    "%_%",
    "Çelik Ağaoğlu",
]
# The two joiners are kept only where they spell a word (tests/test_text.py tries them): the only ones
# drawn here are those of ODD's emoji, which spell.
JOINERS = "\u200c\u200d"
# Letters drawn as nothing, which the rule refuses with the format characters.
BLANK_LETTERS = set("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")
ANY_CHARACTER = st.characters(exclude_categories=["Cs"], exclude_characters=JOINERS)
TEXT = st.one_of(
    st.sampled_from(ODD),
    st.text(ANY_CHARACTER, max_size=40),
    # Very long: a short piece repeated up to 150,000 characters.
    st.builds(
        lambda piece, times: piece * times,
        st.text(ANY_CHARACTER, min_size=1, max_size=3),
        st.integers(2_000, 50_000),
    ),
)
DATE = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max, date(2000, 2, 29), date(1900, 1, 1)]))

CASE_TEXT_FIELDS = [c.name for c in CASE_FIELDS if c.kind in (Kind.TEXT, Kind.NONBLANK)]
CASE_DATE_FIELDS = [c.name for c in CASE_FIELDS if c.kind is Kind.DATE]
MULTILINE = {"notes", "contact_people", "note", "closing_reason", "reasons"}


def refused(field: str, text: str, *, required: bool = False) -> bool:
    """The rule, said independently of domain.text: no control characters (but line breaks and tabs in text
    of several lines), no format characters or letters drawn as nothing, and no blank text where some is required."""
    allowed = {"\n", "\r", "\t"} if field in MULTILINE else set()
    invisible = any(
        (unicodedata.category(ch) == "Cc" and ch not in allowed)
        or (unicodedata.category(ch) == "Cf" and ch not in JOINERS)
        or ch in BLANK_LETTERS
        for ch in text
    )
    return invisible or (required and not text.strip())


def audit_count(vault) -> int:
    return AuditRepository(vault.connection).count()


def row_count(vault, table: str) -> int:
    return vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def person(make_case) -> Case:
    return make_case("Yasmina El Idrissi", "Yasmine")


person_edits = st.fixed_dictionaries(
    {},
    optional={
        **dict.fromkeys(CASE_TEXT_FIELDS, TEXT),
        **dict.fromkeys(CASE_DATE_FIELDS, DATE),
        "legal_status": st.sampled_from(LegalStatus),
    },
)


@FUZZ
@given(edits=person_edits)
def test_save_case_saves_cleanly_or_refuses_and_writes_nothing(vault, person, edits):
    before, entries = case_file.get_case(vault, person.id), audit_count(vault)
    edited = replace(before, **edits)
    expected_refusal = any(
        refused(name, value, required=name == "name") for name, value in edits.items() if name in CASE_TEXT_FIELDS
    )
    try:
        saved = case_file.save_case(vault, edited)
    except InvalidText as error:
        event("refused")
        assert expected_refusal, error
        assert error.field in edits and message_text(error)
        assert case_file.get_case(vault, person.id) == before
        assert audit_count(vault) == entries
        return
    event("saved")
    assert not expected_refusal
    assert saved == edited == case_file.get_case(vault, person.id)
    assert audit_count(vault) == entries + (edited != before)


@FUZZ
@given(edits=person_edits, name=TEXT)
def test_create_case_creates_cleanly_or_refuses_and_writes_nothing(vault, edits, name):
    cases, entries = row_count(vault, "cases"), audit_count(vault)
    new = replace(Case(None, name), **edits)
    expected_refusal = refused("name", new.name, required=True) or any(
        refused(field, getattr(new, field)) for field in CASE_TEXT_FIELDS if field != "name"
    )
    try:
        created = case_file.create_case(vault, new)
    except InvalidText:
        assert expected_refusal
        assert (row_count(vault, "cases"), audit_count(vault)) == (cases, entries)
        return
    assert not expected_refusal
    assert created == replace(new, id=created.id) == case_file.get_case(vault, created.id)
    assert (row_count(vault, "cases"), audit_count(vault)) == (cases + 1, entries + 1)


@FUZZ
@given(phase=st.sampled_from(Phase), on=st.dates(), note=TEXT, closing_reason=TEXT)
def test_record_phase_records_cleanly_or_refuses_and_writes_nothing(vault, person, phase, on, note, closing_reason):
    changes, entries = TrajectRepository(vault.connection).phase_changes(person.id), audit_count(vault)
    expected_refusal = refused("note", note) or refused("closing_reason", closing_reason)
    try:
        change = case_file.record_phase(
            vault, case_id=person.id, phase=phase, on=on, note=note, closing_reason=closing_reason
        )
    except InvalidText:
        assert expected_refusal
        assert TrajectRepository(vault.connection).phase_changes(person.id) == changes
        assert audit_count(vault) == entries
        return
    assert not expected_refusal
    stored = [c for c in TrajectRepository(vault.connection).phase_changes(person.id) if c.id == change.id]
    assert stored == [change]
    assert (change.phase, change.changed_on, change.note) == (phase, on, note)
    assert change.closing_reason == (closing_reason if phase is Phase.CLOSED else "")
    assert audit_count(vault) == entries + 1


@FUZZ
@given(status=st.sampled_from(Participation), on=st.dates(), reasons=TEXT)
def test_record_participation_records_cleanly_or_refuses_and_writes_nothing(vault, person, status, on, reasons):
    decisions, entries = TrajectRepository(vault.connection).participation(person.id), audit_count(vault)
    try:
        decision = case_file.record_participation(vault, case_id=person.id, status=status, on=on, reasons=reasons)
    except InvalidText:
        assert refused("reasons", reasons)
        assert TrajectRepository(vault.connection).participation(person.id) == decisions
        assert audit_count(vault) == entries
        return
    assert not refused("reasons", reasons)
    stored = [d for d in TrajectRepository(vault.connection).participation(person.id) if d.id == decision.id]
    assert stored == [decision]
    assert (decision.status, decision.decided_on, decision.reasons) == (status, on, reasons)
    assert audit_count(vault) == entries + 1


@FUZZ
@given(to_prison=TEXT, note=TEXT, on=st.dates())
def test_record_transfer_records_cleanly_or_refuses_and_writes_nothing(vault, person, to_prison, note, on):
    before, entries = case_file.get_case(vault, person.id), audit_count(vault)
    expected_refusal = refused("to_prison", to_prison, required=True) or refused("note", note)
    try:
        transfer = case_file.record_transfer(vault, case_id=person.id, on=on, to_prison=to_prison, note=note)
    except InvalidText:
        assert expected_refusal
        assert case_file.get_case(vault, person.id) == before
        assert audit_count(vault) == entries
        return
    assert not expected_refusal
    assert (transfer.from_prison, transfer.to_prison, transfer.note) == (before.prison, to_prison.strip(), note)
    assert case_file.get_case(vault, person.id).prison == to_prison.strip()
    assert audit_count(vault) == entries + 1


SERVICE_TEXT_FIELDS = ("name", "kind", "organisation", "contact_people", "phone", "email", "notes")
# One field gets the odd text, the others text without control or format characters, so that saves happen too.
CLEAN = st.text(
    st.characters(exclude_categories=["Cc", "Cf", "Cs"], exclude_characters="".join(BLANK_LETTERS)),
    min_size=1,
    max_size=30,
)
service_texts = st.sampled_from(SERVICE_TEXT_FIELDS).flatmap(
    lambda odd: st.fixed_dictionaries({name: TEXT if name == odd else CLEAN for name in SERVICE_TEXT_FIELDS})
)


@FUZZ
@given(texts=service_texts, hidden=st.booleans(), update=st.booleans())
def test_save_service_saves_cleanly_or_refuses_and_writes_nothing(vault, texts, hidden, update):
    existing = list_services(vault, include_hidden=True)
    entries = audit_count(vault)
    target = existing[0].id if update and existing else None
    service = PartnerService(target, hidden=hidden, **texts)
    expected_refusal = any(refused(name, text, required=name == "name") for name, text in texts.items())
    try:
        saved = save_service(vault, service)
    except InvalidText:
        event("refused")
        assert expected_refusal
        assert list_services(vault, include_hidden=True) == existing
        assert audit_count(vault) == entries
        return
    event("saved")
    assert not expected_refusal
    assert saved == replace(service, id=saved.id)
    assert saved in list_services(vault, include_hidden=True)
    assert len(list_services(vault, include_hidden=True)) == len(existing) + (target is None)
    assert audit_count(vault) == entries + 1


@FUZZ
@given(search=TEXT)
def test_any_search_text_is_answered(vault, person, search):
    assert set(caseload_ids(vault, today=date(2026, 6, 15), search=search)) <= {person.id}


@FUZZ
@given(name=TEXT)
def test_a_name_is_found_by_itself(vault, name):
    if refused("name", name, required=True):
        return
    case = case_file.create_case(vault, Case(None, name))
    assert case.id in caseload_ids(vault, today=date(2026, 6, 15), search=name)

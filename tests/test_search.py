"""Full-text search across session notes and the free-text fields of the case files, on a real vault."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.traject import Participation, Phase
from trajectapp.services import case_file, contacts, factors
from trajectapp.services.search import HIT_END, HIT_START, fts_query, search

NOTE = """# Family contact
Met his sister with Nadia El Ouafi as mediator.

- Çelik Ağaoğlu, the imam, may join next time.
- They said الحمد لله at the end.
"""
AT = datetime(2026, 5, 4, 10, 0)


@pytest.fixture
def filled(vault, make_case):
    """Two cases with notes in several places; returns (case, other, session)."""
    case = make_case("Yasmina El Idrissi")
    other = make_case("Zoë Verbruggen")
    session = contacts.add_session(vault, case_id=case.id, starts_at=AT, held=True, note=NOTE)
    contacts.add_session(vault, case_id=other.id, starts_at=AT, held=True, note="Talked about football and work.")
    case_file.record_phase(
        vault,
        case_id=other.id,
        phase=Phase.BUILDING_TRUST,
        on=date(2026, 4, 1),
        note="Slow start; the mediator helped.",
    )
    case_file.record_participation(
        vault,
        case_id=other.id,
        status=Participation.DECLINED,
        on=date(2026, 3, 1),
        reasons="Wants no contact with the mediator yet",
    )
    return case, other, session


def test_a_note_is_found_with_its_case_date_and_highlighted_snippet(vault, filled):
    case, _other, session = filled
    [hit] = search(vault, "imam")
    assert (hit.case_id, hit.case_name, hit.kind, hit.record_id, hit.on) == (
        case.id,
        "Yasmina El Idrissi",
        "session",
        session.id,
        ApproximateDate(2026, 5, 4),
    )
    assert f"{HIT_START}imam{HIT_END}" in hit.snippet
    assert contacts.get_session(vault, hit.record_id).case_id == case.id  # the session opens from the hit


def test_diacritics_and_case_do_not_matter(vault, filled):
    for typed in ("celik", "ÇELIK", "agaoglu", "Ağaoğlu", "ouafi"):
        assert [hit.kind for hit in search(vault, typed)] == ["session"], typed
    assert f"{HIT_START}Çelik{HIT_END}" in search(vault, "celik")[0].snippet


def test_arabic_script_is_found(vault, filled):
    assert [hit.record_id for hit in search(vault, "الحمد")] == [filled[2].id]


def test_the_last_word_is_a_prefix_and_all_words_must_occur(vault, filled):
    assert {hit.kind for hit in search(vault, "media")} == {"session", "phase_change", "participation"}
    assert search(vault, "mediator sister")[0].kind == "session"
    assert [hit.kind for hit in search(vault, "mediator sis")] == ["session"]
    assert search(vault, "sis mediator") == []  # only the last word may be the start of one
    assert search(vault, "mediator football") == []


def test_free_text_fields_of_the_case_file_are_found_and_follow_edits(vault, filled):
    case, _other, session = filled
    category = factors.list_factor_categories(vault)
    if not category:
        factors.add_default_factor_categories(vault)
        category = factors.list_factor_categories(vault)
    factor = factors.save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.TOWARDS,
            FactorKind.PUSH,
            category[0].id,
            ApproximateDate(2026, 2, 1),
            evidence="Recruiter contact at night",
        ),
    )
    [hit] = search(vault, "recruiter")
    assert (hit.kind, hit.record_id, hit.case_id, hit.on) == ("factor", factor.id, case.id, ApproximateDate(2026, 2, 1))
    factors.save_factor(vault, factor.__class__(**{**factor.__dict__, "evidence": "Calls his brother"}))
    assert search(vault, "recruiter") == [] and [h.kind for h in search(vault, "brother")] == ["factor"]
    contacts.save_note(vault, case_id=case.id, session_id=session.id, note="Nothing about that any more.")
    assert search(vault, "imam") == []
    assert [hit.kind for hit in search(vault, "any more")] == ["session"]


def test_removing_a_case_removes_it_from_the_index(vault, filled):
    case, _other, _session = filled
    # Nothing in Trajectapp removes a case yet: the audit trail refuses the change a removal makes to its entries
    # (case_id set to NULL). Whoever adds erasure decides how the trail names an erased case; the index's part is
    # what is tested here.
    vault.connection.execute("DROP TRIGGER audit_entries_are_never_changed")
    vault.connection.execute("DELETE FROM cases WHERE id = ?", (case.id,))
    assert search(vault, "imam") == []
    assert vault.connection.execute("SELECT count(*) FROM search_text WHERE case_id = ?", (case.id,)).fetchone() == (0,)


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "*",
        "NEAR(",
        "NEAR(imam mediator",
        "imam AND",
        "AND",
        "OR NOT",
        '"imam',
        'imam"',
        "body:imam",
        "^imam",
        "(imam",
        "{body}: x",
        "-imam",
        "imam*",
        "+",
        "l'imam",
        'a"b"c',
        "\\",
        '""""',
    ],
)
def test_search_syntax_typed_by_the_user_is_searched_for_not_obeyed(vault, filled, typed):
    found = search(vault, typed)
    assert isinstance(found, list)
    if "imam" in typed and ":" not in typed and "'" not in typed:
        assert [hit.kind for hit in found] == ["session"], typed


@pytest.mark.parametrize("typed", ["", "   ", "\t\n", '" * ( ) :', "-", "…", "\u0301", "\x00"])
def test_empty_input_finds_nothing(vault, filled, typed):
    assert fts_query(typed) is None
    assert search(vault, typed) == []


def test_every_term_is_quoted_and_only_the_last_is_a_prefix():
    assert fts_query('Çelik  NEAR(" mediator') == '"Çelik" "mediator"*'
    assert fts_query("x AND y") == '"x" "y"*'
    assert fts_query("x and y") == '"x" "and" "y"*'
    assert fts_query("NOT") == '"NOT"*'
    assert fts_query("a\x00b\ud800") == '"a" "b"*'


def test_the_limit_holds(vault, make_case):
    case = make_case()
    for hour in range(8, 18):
        contacts.add_session(vault, case_id=case.id, starts_at=AT.replace(hour=hour), held=True, note="mediation")
    assert len(search(vault, "mediation", limit=3)) == 3
    assert len(search(vault, "mediation")) == 10
    assert search(vault, "mediation", limit=0) == []


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=80))
def test_any_input_is_searched_without_raising(vault, filled, typed):
    query = fts_query(typed)
    assert query is None or query.count('"') % 2 == 0
    for hit in search(vault, typed):
        assert hit.case_name and hit.snippet.count(HIT_START) == hit.snippet.count(HIT_END)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(alphabet=st.sampled_from("\"*()^:+-{}NEAR ANDORNOT imam\\'x"), max_size=40))
def test_fts_syntax_soup_is_searched_without_raising(vault, filled, typed):
    search(vault, typed)


def test_a_factor_known_only_to_its_year_is_found_with_its_year(vault, filled):
    case, _other, _session = filled
    factors.add_default_factor_categories(vault)
    category = factors.list_factor_categories(vault)
    factors.save_factor(
        vault,
        Factor(
            None, case.id, Direction.TOWARDS, FactorKind.PUSH, category[0].id, ApproximateDate(2015), evidence="Loner"
        ),
    )
    [hit] = search(vault, "loner")
    assert (hit.kind, hit.on) == ("factor", ApproximateDate(2015))

"""Odd text and impossible dates fed into every service of needs, factors, strengths and the plan (hypothesis).

Every call ends one of two ways: a clean save that reads back exactly as
given (names and titles trimmed), or InvalidText / InvalidValue naming a field
with a message in plain words, and nothing written at all: every table of
the vault as it was and no audit entry added.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorCategory, FactorKind, FactorStatus
from trajectapp.domain.names import name_key
from trajectapp.domain.needs import AssessmentItem, ExternalAssessment, LifeDomain, Motivation, RiskTool, Views
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import Goal, GoalStatus, Party, PlanAgreement, PlanAnswer, Step, StepStatus
from trajectapp.domain.strengths import GoodLivesEntry, Importance, PrimaryGood, Strength, StrengthCategory
from trajectapp.domain.text import InvalidText
from trajectapp.services import factors, needs, plan, strengths
from trajectapp.services.partners import save_service
from trajectapp.ui.messages import message_text

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

ODD = [
    "مرحبا بالعالم",
    "שָׁלוֹם Zoë",
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
    "\ud800",
    "x\udfffy",
    "\U0001f600\U0001f3fd",
    "👩‍👩‍👧 🇧🇪",
    "",
    " ",
    "\u00a0",
    "'; DROP TABLE goals; --",
    "x" * 200,
    "x" * 201,
    "y" * 500,
    "y" * 501,
    "Çelik Ağaoğlu",
]
# The two joiners are kept only where they spell a word (tests/test_text.py tries them): the only ones
# drawn here are those of ODD's emoji, which spell.
JOINERS = "\u200c\u200d"
# Letters drawn as nothing, which the rule refuses with the format characters.
BLANK_LETTERS = "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0"
ANY_CHARACTER = st.characters(exclude_characters=JOINERS)
PRINTABLE = st.characters(exclude_categories=["Cc", "Cf", "Cs"], exclude_characters=BLANK_LETTERS)
TEXT = st.one_of(
    st.sampled_from(ODD),
    st.text(ANY_CHARACTER, max_size=40),
    st.text(PRINTABLE, max_size=60),  # every script, right to left included, no control characters
    # Very long: a short piece repeated up to 90,000 characters.
    st.builds(
        lambda piece, times: piece * times, st.text(ANY_CHARACTER, min_size=1, max_size=3), st.integers(1_000, 30_000)
    ),
    st.builds(
        lambda piece, times: piece * times, st.text(PRINTABLE, min_size=1, max_size=3), st.integers(1_000, 30_000)
    ),
)
IMPOSSIBLE = ["2027-02-30", "31/02/2027", "", 20270301, 0.5]
GOOD_DATE = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
ODD_DATE = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from(
        [
            date.min,
            date.max,
            date(1899, 12, 31),
            date(1900, 1, 1),
            date(2100, 12, 31),
            date(2101, 1, 1),
            date(2024, 2, 29),
        ]
    ),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1)),
    st.sampled_from(IMPOSSIBLE),
)
# Most dates a person could type, some that no one could.
DATE = st.one_of(GOOD_DATE, GOOD_DATE, ODD_DATE)
# As much of a date as is known: a year, a month of a year or a day; and what is none (a plain date among them).
APPROXIMATE_DATE = st.one_of(
    GOOD_DATE.flatmap(
        lambda day: st.sampled_from(
            [ApproximateDate(day.year), ApproximateDate(day.year, day.month), ApproximateDate.of(day)]
        )
    ),
    st.sampled_from([ApproximateDate(1899), ApproximateDate(2101, 1), ApproximateDate(1, 1, 1)]),
    ODD_DATE,
)
# Text without control characters, for the fields that are not being tried with odd text.
CLEAN = st.text(PRINTABLE, min_size=1, max_size=30)


def texts(*names: str):
    """One of the fields gets odd text, the others clean text, so that saves happen too."""
    return st.sampled_from(names).flatmap(
        lambda odd: st.fixed_dictionaries({name: TEXT if name == odd else CLEAN for name in names})
    )


SCORE = st.one_of(st.none(), st.integers(-3, 13), st.sampled_from([True, 5.0, "7"]))

TABLES = (
    "life_domains",
    "assessments",
    "assessment_items",
    "external_assessments",
    "factor_categories",
    "factors",
    "strengths",
    "good_lives",
    "perspectives",
    "goals",
    "goal_domains",
    "goal_notes",
    "goal_steps",
    "plan_versions",
    "plan_agreements",
    "audit_log",
)


# --- the rule, said independently of the code ---------------------------------------------------


def bad_text(text: str, *, multiline: bool = False, required: bool = False, limit: int | None = None) -> bool:
    allowed = {"\n", "\r", "\t"} if multiline else set()
    invisible = any(
        (unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed)
        or (unicodedata.category(ch) == "Cf" and ch not in JOINERS)
        or ch in BLANK_LETTERS
        for ch in text
    )
    return invisible or (required and not text.strip()) or (limit is not None and len(text.strip()) > limit)


def bad_date(value: object, *, required: bool = False) -> bool:
    if value is None:
        return required
    if isinstance(value, datetime) or not isinstance(value, date):
        return True
    return not date(1900, 1, 1) <= value <= date(2100, 12, 31)


def bad_approximate_date(value: object, *, required: bool = False) -> bool:
    if value is None:
        return required
    return not isinstance(value, ApproximateDate) or not 1900 <= value.year <= 2100


def bad_score(value: object) -> bool:
    return value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10)


def everything(vault) -> dict[str, list]:
    return {table: vault.connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() for table in TABLES}


def attempt(vault, expected_refusal: bool, call):
    """Run `call`; on a refusal check that nothing at all was written. Returns the saved record or None."""
    before = everything(vault)
    try:
        saved = call()
    except (InvalidText, InvalidValue) as error:
        event("refused")
        assert expected_refusal, f"refused without reason: {error.field}: {error}"
        assert error.field and message_text(error).strip()
        assert everything(vault) == before, "a refusal wrote something"
        return None
    assert not expected_refusal, "saved what the rule refuses"
    after = everything(vault)
    if after == before:
        event("unchanged")  # saved as it already was: nothing to write, not even an audit entry
    else:
        event("saved")
        assert len(after["audit_log"]) == len(before["audit_log"]) + 1
    return saved


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def setting(vault, make_case):
    """A case with the catalogues, a service, an assessment, a goal and a plan version to hang records on."""
    needs.add_default_domains(vault)
    factors.add_default_factor_categories(vault)
    case = make_case("Çelik Ağaoğlu", "Memo")
    domain = needs.list_domains(vault)[0].id
    goal = plan.save_goal(vault, Goal(None, case.id, "A place to live", (domain,), status=GoalStatus.ACTIVE))
    return {
        "case": case.id,
        "domain": domain,
        "goal": goal.id,
        "service": save_service(vault, PartnerService(None, "CAW")).id,
        "category": factors.list_factor_categories(vault)[0].id,
        "assessment": needs.start_assessment(vault, case_id=case.id, on=date(2026, 3, 2)).id,
        "version": plan.make_plan_version(vault, case_id=case.id, on=date(2026, 3, 2)).id,
    }


# --- the catalogues ----------------------------------------------------------------------------


@FUZZ
@given(name=TEXT, update=st.booleans())
def test_save_domain(vault, setting, name, update):
    current = needs.list_domains(vault, include_hidden=True)
    target = current[-1] if update and not current[-1].shipped else LifeDomain(None, "x")
    taken = any(name_key(d.name.strip()) == name_key(name.strip()) for d in current if d.id != target.id)
    if taken:
        return  # refused as a duplicate: test_needs_services covers it
    saved = attempt(
        vault, bad_text(name, required=True, limit=200), lambda: needs.save_domain(vault, replace(target, name=name))
    )
    if saved:
        assert saved.name == name.strip() and saved in needs.list_domains(vault, include_hidden=True)


@FUZZ
@given(name=TEXT)
def test_save_factor_category(vault, setting, name):
    if any(name_key(c.name.strip()) == name_key(name.strip()) for c in factors.list_factor_categories(vault, True)):
        return
    saved = attempt(
        vault,
        bad_text(name, required=True, limit=200),
        lambda: factors.save_factor_category(vault, FactorCategory(None, name)),
    )
    if saved:
        assert saved.name == name.strip() and saved in factors.list_factor_categories(vault)


# --- needs ------------------------------------------------------------------------------------


@FUZZ
@given(on=DATE, note=CLEAN | TEXT)
def test_start_assessment(vault, setting, on, note):
    saved = attempt(
        vault,
        bad_date(on, required=True) or bad_text(note, multiline=True),
        lambda: needs.start_assessment(vault, case_id=setting["case"], on=on, note=note),
    )
    if saved:
        assert needs.get_assessment(vault, saved.id) == saved and (saved.assessed_on, saved.note) == (on, note)


@FUZZ
@given(on=DATE, note=CLEAN | TEXT)
def test_update_assessment(vault, setting, on, note):
    saved = attempt(
        vault,
        bad_date(on, required=True) or bad_text(note, multiline=True),
        lambda: needs.update_assessment(vault, assessment_id=setting["assessment"], on=on, note=note + "."),
    )
    if saved:
        assert needs.get_assessment(vault, setting["assessment"]) == saved


ITEM_TEXTS = ("person_view", "consultant_view", "own_words", "support_needed", "next_step")


@FUZZ
@given(
    texts=texts(*ITEM_TEXTS),
    situation=SCORE,
    person=SCORE,
    motivation=st.none() | st.sampled_from(Motivation),
    views=st.sampled_from(Views),
)
def test_save_assessment_item(vault, setting, texts, situation, person, motivation, views):
    item = AssessmentItem(
        None,
        setting["assessment"],
        setting["domain"],
        situation,
        person,
        motivation,
        views=views,
        next_step_service_id=setting["service"],
        **{**texts, "own_words": texts["own_words"] + "!"},
    )
    expected = bad_score(situation) or bad_score(person) or any(bad_text(t, multiline=True) for t in texts.values())
    saved = attempt(vault, expected, lambda: needs.save_assessment_item(vault, item))
    if saved:
        assert saved == replace(item, id=saved.id)
        assert needs.get_assessment(vault, setting["assessment"]).item_for(setting["domain"]) == saved


@FUZZ
@given(done_on=DATE, odd=texts("author", "held_at", "other_tool", "note"), tool=st.sampled_from(RiskTool))
def test_record_external_assessment(vault, setting, done_on, odd, tool):
    author, held_at, other_tool, note = odd["author"], odd["held_at"], odd["other_tool"], odd["note"]
    record = ExternalAssessment(None, setting["case"], tool, done_on, author, held_at, other_tool, note)
    expected = (
        bad_date(done_on)
        or bad_text(note, multiline=True)
        or bad_text(other_tool, required=tool is RiskTool.OTHER, limit=200)
        or any(bad_text(t, limit=200) for t in (author, held_at))
    )
    saved = attempt(vault, expected, lambda: needs.record_external_assessment(vault, record))
    if saved:
        assert saved == replace(record, id=saved.id) and saved in needs.external_assessments(vault, setting["case"])


# --- factors, strengths, goods, perspective -------------------------------------------------------


@FUZZ
@given(
    noted=APPROXIMATE_DATE,
    evidence=TEXT,
    direction=st.sampled_from(Direction),
    kind=st.sampled_from(FactorKind),
    status=st.sampled_from(FactorStatus),
)
def test_save_factor(vault, setting, noted, evidence, direction, kind, status):
    factor = Factor(
        None, setting["case"], direction, kind, setting["category"], noted, status, setting["domain"], evidence
    )
    saved = attempt(
        vault,
        bad_approximate_date(noted, required=True) or bad_text(evidence, multiline=True),
        lambda: factors.save_factor(vault, factor),
    )
    if saved:
        assert saved == replace(factor, id=saved.id) and saved in factors.factors(vault, setting["case"])


@FUZZ
@given(odd=texts("description", "since", "pick_up"), category=st.sampled_from(StrengthCategory))
def test_save_strength(vault, setting, odd, category):
    description, since, pick_up = odd["description"], odd["since"], odd["pick_up"]
    strength = Strength(None, setting["case"], category, description, since, pick_up)
    expected = (
        bad_text(description, multiline=True, required=True)
        or bad_text(since, limit=200)
        or bad_text(pick_up, multiline=True)
    )
    saved = attempt(vault, expected, lambda: strengths.save_strength(vault, strength))
    if saved:
        assert saved == replace(strength, id=saved.id) and saved in strengths.strengths(vault, setting["case"])


@FUZZ
@given(before=TEXT, route=CLEAN, good=st.sampled_from(PrimaryGood), importance=st.none() | st.sampled_from(Importance))
def test_save_good(vault, setting, before, route, good, importance):
    entry = GoodLivesEntry(None, setting["case"], good, importance, before + "?", route)
    saved = attempt(
        vault,
        bad_text(before, multiline=True) or bad_text(route, multiline=True),
        lambda: strengths.save_good(vault, entry),
    )
    if saved:
        assert saved == replace(entry, id=saved.id) and saved in strengths.goods(vault, setting["case"])


@FUZZ
@given(on=DATE, odd=texts("want", "wish"))
def test_record_perspective(vault, setting, on, odd):
    want, wish = odd["want"], odd["wish"]
    expected = (
        bad_date(on, required=True)
        or bad_text(want, multiline=True)
        or bad_text(wish, multiline=True)
        or (not want.strip() and not wish.strip())
    )
    saved = attempt(
        vault,
        expected,
        lambda: strengths.record_perspective(vault, case_id=setting["case"], on=on, want_to_do=want, wish_to_be=wish),
    )
    if saved:
        assert saved in strengths.perspectives(vault, setting["case"])
        assert (saved.noted_on, saved.want_to_do, saved.wish_to_be) == (on, want, wish)


# --- the plan ---------------------------------------------------------------------------------


@FUZZ
@given(odd=texts("title", "success", "reason"), target=DATE, status=st.sampled_from(GoalStatus))
def test_save_goal(vault, setting, odd, target, status):
    title, success, reason = odd["title"], odd["success"], odd["reason"]
    goal = Goal(None, setting["case"], title, (setting["domain"],), success, target, status, reason)
    expected = (
        bad_text(title, required=True, limit=500)
        or bad_text(success, multiline=True)
        or bad_date(target)
        or bad_text(reason, multiline=True, required=status is GoalStatus.DROPPED)
    )
    saved = attempt(vault, expected, lambda: plan.save_goal(vault, goal))
    if saved:
        assert saved == replace(
            goal, id=saved.id, title=title.strip(), dropped_reason=reason if status is GoalStatus.DROPPED else ""
        )
        assert plan.get_goal(vault, saved.id) == saved


@FUZZ
@given(on=DATE, note=CLEAN | TEXT)
def test_add_progress_note(vault, setting, on, note):
    saved = attempt(
        vault,
        bad_date(on, required=True) or bad_text(note, multiline=True, required=True),
        lambda: plan.add_progress_note(vault, goal_id=setting["goal"], on=on, note=note),
    )
    if saved:
        assert saved in plan.progress_notes(vault, setting["goal"]) and (saved.noted_on, saved.note) == (on, note)


@FUZZ
@given(what=CLEAN | TEXT, who=CLEAN | TEXT, due=DATE, party=st.sampled_from(Party), status=st.sampled_from(StepStatus))
def test_save_step(vault, setting, what, who, due, party, status):
    step = Step(None, setting["goal"], what, party, setting["service"], who, due, status)
    expected = bad_text(what, required=True, limit=500) or bad_text(who, limit=200) or bad_date(due)
    saved = attempt(vault, expected, lambda: plan.save_step(vault, step))
    if saved:
        named = party in (Party.FAMILY, Party.OTHER)
        assert saved == replace(
            step,
            id=saved.id,
            what=what.strip(),
            party_name=who.strip() if named else "",
            service_id=setting["service"] if party is Party.SERVICE else None,
        )
        assert saved in plan.steps(vault, setting["goal"])


@FUZZ
@given(on=DATE, note=CLEAN | TEXT)
def test_make_plan_version(vault, setting, on, note):
    saved = attempt(
        vault,
        bad_date(on, required=True) or bad_text(note, multiline=True),
        lambda: plan.make_plan_version(vault, case_id=setting["case"], on=on, note=note),
    )
    if saved:
        assert plan.get_plan_version(vault, saved.id) == saved and (saved.made_on, saved.note) == (on, note)


@FUZZ
@given(
    who=CLEAN | TEXT,
    reason=CLEAN | TEXT,
    answered=st.dates(date(2026, 3, 2), date(2100, 12, 31)) | DATE,
    party=st.sampled_from(Party),
    answer=st.sampled_from(PlanAnswer),
)
def test_record_agreement(vault, setting, who, reason, answered, party, answer):
    if party is Party.OTHER and who.strip():
        who = who + str(len(plan.get_plan_version(vault, setting["version"]).agreements))  # a new party each time
    agreement = PlanAgreement(None, setting["version"], party, answer, setting["service"], who, reason, answered)
    made_on = plan.get_plan_version(vault, setting["version"]).made_on
    expected = (
        bad_text(who, limit=200)
        or bad_text(reason, multiline=True)
        or bad_date(answered)
        or (party is Party.OTHER and not who.strip())
        or (not bad_date(answered) and answered is not None and answered < made_on)
    )
    saved = attempt(vault, expected, lambda: plan.record_agreement(vault, agreement))
    if saved:
        assert saved in plan.get_plan_version(vault, setting["version"]).agreements
        assert (saved.answer, saved.reason, saved.answered_on) == (answer, reason, answered)

"""Push and pull factors, strengths and old passions, the Good Lives lens and the perspective, on a real vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorCategory, FactorKind, FactorStatus
from trajectapp.domain.strengths import GoodLivesEntry, Importance, PrimaryGood, Strength, StrengthCategory
from trajectapp.domain.text import InvalidText
from trajectapp.services import factors, needs, strengths
from trajectapp.services.case_file import CaseNotFound
from trajectapp.services.sensitivity import data_categories
from trajectapp.store.audit import AuditRepository

EVIDENCE = "Months of online contact with a recruiter, mostly at night."
ISSUE_CATEGORIES = (
    "Group belonging",
    "Quest for significance",
    "Adventure",
    "Disillusionment with the group or its leaders",
    "Burnout",
    "Family",
    "Work or study opportunities",
    "Maturing",
    "Rejection of violence",
    "Support from family or community",
)


@pytest.fixture
def case(make_case):
    return make_case("Yasmina El Idrissi", "Yasmine")


@pytest.fixture
def catalogue(vault) -> dict[str, int]:
    needs.add_default_domains(vault)
    factors.add_default_factor_categories(vault)
    named = {d.name: d.id for d in needs.list_domains(vault)}
    named.update({c.name: c.id for c in factors.list_factor_categories(vault)})
    return named


def audit_text(vault) -> str:
    return " ".join(str(v) for row in vault.connection.execute("SELECT * FROM audit_log") for v in row)


def audit_count(vault) -> int:
    return AuditRepository(vault.connection).count()


def test_every_enum_value_has_words():
    for kind in (Direction, FactorKind, FactorStatus, StrengthCategory, PrimaryGood, Importance):
        assert all(value.label.strip() for value in kind)
    assert len(PrimaryGood) == 11


# --- factor categories -------------------------------------------------------------------------


def test_the_shipped_categories_include_the_issues_examples_and_can_be_edited(vault, catalogue):
    assert set(ISSUE_CATEGORIES) <= set(catalogue)
    assert factors.add_default_factor_categories(vault) == 0
    mine = factors.save_factor_category(vault, FactorCategory(None, " Debts to the group "))
    assert mine.name == "Debts to the group" and not mine.shipped
    renamed = factors.save_factor_category(vault, replace(mine, name="Debts"))
    assert factors.hide_factor_category(vault, renamed.id).hidden
    assert renamed.id not in {c.id for c in factors.list_factor_categories(vault)}
    assert not factors.unhide_factor_category(vault, renamed.id).hidden
    with pytest.raises(InvalidValue):
        factors.save_factor_category(vault, FactorCategory(None, "burnout"))
    factors.delete_factor_category(vault, renamed.id)
    with pytest.raises(factors.CategoryInUse):
        factors.delete_factor_category(vault, catalogue["Burnout"])
    with pytest.raises(factors.CategoryNotFound):
        factors.delete_factor_category(vault, renamed.id)


def test_a_category_in_use_is_hidden_never_deleted(vault, catalogue, case):
    mine = factors.save_factor_category(vault, FactorCategory(None, "Music scene"))
    factors.save_factor(
        vault, Factor(None, case.id, Direction.TOWARDS, FactorKind.PULL, mine.id, ApproximateDate(2026, 1, 5))
    )
    with pytest.raises(factors.CategoryInUse):
        factors.delete_factor_category(vault, mine.id)
    assert factors.hide_factor_category(vault, mine.id).hidden


# --- factors ----------------------------------------------------------------------------------


def test_a_factor_is_recorded_and_its_status_followed_without_its_evidence_in_the_trail(vault, catalogue, case):
    factor = Factor(
        None,
        case.id,
        Direction.TOWARDS,
        FactorKind.PULL,
        catalogue["Group belonging"],
        ApproximateDate(2026, 1, 5),
        domain_id=catalogue["Network, friends and community"],
        evidence=EVIDENCE,
    )
    saved = factors.save_factor(vault, factor)
    assert saved == replace(factor, id=saved.id) and factors.factors(vault, case.id) == [saved]

    weaker = factors.save_factor(vault, replace(saved, status=FactorStatus.WEAKENING))
    assert factors.factors(vault, case.id) == [weaker]
    entry = AuditRepository(vault.connection).for_case(case.id)[0]
    assert (entry.event, entry.summary) == ("factor.updated", "fields: status")
    assert "recruiter" not in audit_text(vault) and "towards" not in audit_text(vault)
    before = audit_count(vault)
    assert factors.save_factor(vault, weaker) == weaker and audit_count(vault) == before


def test_factors_are_ideology_data_and_take_their_domains_category(vault, catalogue, case):
    plain = factors.save_factor(
        vault,
        Factor(None, case.id, Direction.AWAY, FactorKind.PROTECTIVE, catalogue["Family"], ApproximateDate(2026, 1, 5)),
    )
    health = factors.save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.AWAY,
            FactorKind.PUSH,
            catalogue["Burnout"],
            ApproximateDate(2026, 1, 5),
            domain_id=catalogue["Mental health and trauma"],
        ),
    )
    assert data_categories(vault, plain) == {DataCategory.RELIGION_IDEOLOGY}
    assert data_categories(vault, health) == {DataCategory.RELIGION_IDEOLOGY, DataCategory.HEALTH}


@pytest.mark.parametrize(
    "change, error",
    [
        ({"case_id": 999}, CaseNotFound),
        ({"category_id": 999}, factors.CategoryNotFound),
        ({"domain_id": 999}, needs.DomainNotFound),
        ({"id": 999}, factors.FactorNotFound),
        ({"first_noted_on": ApproximateDate(1066, 10, 14)}, InvalidValue),
        ({"first_noted_on": None}, InvalidValue),
        ({"direction": "towards_extremism"}, InvalidValue),
        ({"evidence": "\x00"}, InvalidText),
    ],
)
def test_a_bad_factor_is_refused_and_nothing_is_written(vault, catalogue, case, change, error):
    before = (factors.factors(vault, case.id), audit_count(vault))
    factor = Factor(None, case.id, Direction.AWAY, FactorKind.PULL, catalogue["Maturing"], ApproximateDate(2026, 1, 5))
    with pytest.raises(error):
        factors.save_factor(vault, replace(factor, **change))
    assert (factors.factors(vault, case.id), audit_count(vault)) == before


# --- strengths --------------------------------------------------------------------------------


def test_strengths_and_old_passions_are_kept_and_changed(vault, case):
    strength = Strength(
        None, case.id, StrengthCategory.PASSION, "Boxing at a club", "from 12 to 18", "A club near the new address"
    )
    saved = strengths.save_strength(vault, strength)
    changed = strengths.save_strength(vault, replace(saved, category=StrengthCategory.SKILL))
    assert strengths.strengths(vault, case.id) == [changed]
    assert AuditRepository(vault.connection).for_case(case.id)[0].summary == "fields: category"
    assert data_categories(vault, changed) == frozenset()
    with pytest.raises(InvalidText):
        strengths.save_strength(vault, replace(strength, description="  "))
    with pytest.raises(strengths.StrengthNotFound):
        strengths.save_strength(vault, replace(strength, id=999))


# --- the Good Lives lens ----------------------------------------------------------------------


def test_all_eleven_goods_are_listed_in_the_models_order(vault, case):
    listed = strengths.goods(vault, case.id)
    assert [entry.good for entry in listed] == list(PrimaryGood)
    assert all(entry.id is None and entry.is_blank for entry in listed)


def test_a_good_is_recorded_once_and_then_updated(vault, case):
    entry = GoodLivesEntry(
        None,
        case.id,
        PrimaryGood.SPIRITUALITY,
        Importance.VERY_IMPORTANT,
        "Religion as the group taught it.",
        "Reading texts with the counsellor.",
    )
    first = strengths.save_good(vault, entry)
    second = strengths.save_good(vault, replace(entry, importance=Importance.IMPORTANT))  # id None: the same good
    assert second.id == first.id
    listed = strengths.goods(vault, case.id)
    assert listed[list(PrimaryGood).index(PrimaryGood.SPIRITUALITY)] == second
    assert sum(e.id is not None for e in listed) == 1
    assert "spirituality" not in audit_text(vault) and "group" not in audit_text(vault)
    assert data_categories(vault, second) == {DataCategory.RELIGION_IDEOLOGY}


# --- perspective ------------------------------------------------------------------------------


def test_every_version_of_the_perspective_is_kept(vault, case):
    first = strengths.record_perspective(
        vault, case_id=case.id, on=date(2026, 1, 5), want_to_do="Lasser worden.", wish_to_be="Een goede vader."
    )
    second = strengths.record_perspective(vault, case_id=case.id, on=date(2026, 6, 1), want_to_do="Koken.")
    assert strengths.perspectives(vault, case.id) == [first, second]
    assert "Lasser" not in audit_text(vault)


def test_a_perspective_needs_at_least_one_answer_and_a_possible_date(vault, case):
    with pytest.raises(InvalidText):
        strengths.record_perspective(vault, case_id=case.id, on=date(2026, 1, 5), want_to_do=" ", wish_to_be="\n")
    with pytest.raises(InvalidValue):
        strengths.record_perspective(vault, case_id=case.id, on=date(2200, 1, 5), want_to_do="Werken.")
    with pytest.raises(CaseNotFound):
        strengths.record_perspective(vault, case_id=case.id + 1, on=date(2026, 1, 5), want_to_do="Werken.")
    assert strengths.perspectives(vault, case.id) == []

"""Needs by life domain on a real vault: the catalogue, dated assessments, external risk assessments, the chart,
and which special categories a record holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.needs import (
    AssessmentItem,
    ExternalAssessment,
    LifeDomain,
    Motivation,
    RiskTool,
    SituationStage,
    Views,
    points_of,
    stage_of,
)
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.text import InvalidText
from trajectapp.services import needs
from trajectapp.services.case_file import CaseNotFound
from trajectapp.services.opening import create_vault, unlock_vault
from trajectapp.services.partners import ServiceNotFound, save_service
from trajectapp.services.sensitivity import data_categories
from trajectapp.store.audit import AuditRepository
from trajectapp.ui.messages import message_text

ISSUE_DEFAULTS = [
    ("Prison regime and detention", None),
    ("Legal situation and conditions", DataCategory.OFFENCES),
    ("Housing", None),
    ("Education, training and work", None),
    ("Finances and paperwork", None),
    ("Family, partner and children", None),
    ("Network, friends and community", None),
    ("Leisure, passions and talents", None),
    ("Physical health and self-care", DataCategory.HEALTH),
    ("Mental health and trauma", DataCategory.HEALTH),
    ("Alcohol and drugs", DataCategory.HEALTH),
    ("Thinking, behaviour and emotions", None),
    ("Worldview, religion and ideology", DataCategory.RELIGION_IDEOLOGY),
    ("Identity, belonging and meaning", None),
    ("Resilience and coping", None),
]
OWN_WORDS = "Ik slaap slecht, ik zie steeds beelden van toen."


@pytest.fixture
def domains(vault) -> dict[str, LifeDomain]:
    needs.add_default_domains(vault)
    return {domain.name: domain for domain in needs.list_domains(vault)}


@pytest.fixture
def case(make_case):
    return make_case("Çelik Ağaoğlu", "Memo")


def audit_text(vault) -> str:
    rows = vault.connection.execute("SELECT event, record_type, summary FROM audit_log").fetchall()
    return " | ".join(" ".join(str(value) for value in row) for row in rows)


def audit_count(vault) -> int:
    return AuditRepository(vault.connection).count()


# --- the scale and its words ----------------------------------------------------------------


def test_the_scale_has_five_stages_of_two_points_each():
    assert [stage_of(value) for value in range(1, 11)] == [stage for stage in SituationStage for _ in range(2)]
    assert [points_of(stage) for stage in SituationStage] == [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)]
    with pytest.raises(ValueError):
        stage_of(11)


def test_every_value_of_the_scales_has_words_of_our_own():
    kinds = (SituationStage, Motivation, Views, RiskTool)
    for kind in kinds:
        assert all(value.label.strip() for value in kind)
    assert SituationStage.NOT_TALKING_YET.label == "Not talking about this yet"
    assert SituationStage.STABLE.label == "Stable, manages with little support"
    assert Motivation.DOES_NOT_WANT_TO_ANSWER.label == "Does not want to answer"
    # Not the wording of a licensed tool (the Outcomes Star's Journey of Change, for one).
    words = " ".join(value.label for kind in kinds for value in kind).casefold()
    assert not any(term in words for term in ("stuck", "accepting help", "believing", "self-reliance"))


# --- the catalogue --------------------------------------------------------------------------


def test_a_new_vault_holds_the_defaults_of_the_issue_in_order_with_their_sensitivity(tmp_path):
    vault, _key = create_vault(tmp_path / "vault", PASSPHRASE, fast_kdf())
    try:
        listed = needs.list_domains(vault)
    finally:
        vault.lock()
    assert [(d.name, d.sensitivity) for d in listed] == ISSUE_DEFAULTS
    assert all(d.shipped and not d.hidden for d in listed)
    assert [d.position for d in listed] == sorted(d.position for d in listed)


def test_defaults_are_added_once_and_a_renamed_or_hidden_one_stays_as_the_consultant_left_it(tmp_path):
    folder = tmp_path / "vault"
    vault, _key = create_vault(folder, PASSPHRASE, fast_kdf())
    housing = next(d for d in needs.list_domains(vault) if d.name == "Housing")
    needs.save_domain(vault, replace(housing, name="Wonen"))
    needs.hide_domain(vault, needs.list_domains(vault)[0].id)
    vault.lock()

    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    try:
        every = needs.list_domains(vault, include_hidden=True)
        assert len(every) == 15
        assert "Wonen" in {d.name for d in every} and "Housing" not in {d.name for d in every}
        assert len(needs.list_domains(vault)) == 14
        assert needs.add_default_domains(vault) == 0
    finally:
        vault.lock()


def test_domains_are_added_renamed_hidden_and_shown_with_an_audit_entry_each(vault, domains):
    before = audit_count(vault)
    added = needs.save_domain(vault, LifeDomain(None, "  Digital life and social media  "))
    assert added.name == "Digital life and social media" and not added.shipped and added.sensitivity is None
    assert needs.list_domains(vault)[-1] == added  # a new domain comes last

    renamed = needs.save_domain(vault, replace(added, name="Online life"))
    assert renamed.name == "Online life"
    assert needs.hide_domain(vault, added.id).hidden
    assert added.id not in {d.id for d in needs.list_domains(vault)}
    assert added.id in {d.id for d in needs.list_domains(vault, include_hidden=True)}
    assert not needs.unhide_domain(vault, added.id).hidden
    events = AuditRepository(vault.connection).events()[before - audit_count(vault) :]
    assert events == ["domains.added", "domains.updated", "domains.hidden", "domains.shown"]
    assert "Online" not in audit_text(vault) and "Digital" not in audit_text(vault)


def test_saving_a_domain_unchanged_or_hiding_it_twice_writes_nothing(vault, domains):
    housing = domains["Housing"]
    before = audit_count(vault)
    assert needs.save_domain(vault, replace(housing)) == housing
    needs.hide_domain(vault, housing.id)
    needs.hide_domain(vault, housing.id)
    assert audit_count(vault) == before + 1


@pytest.mark.parametrize("name", ["housing", "HOUSING ", "Housíng"])
def test_two_domains_cannot_share_a_name(vault, domains, name):
    with pytest.raises(InvalidValue) as raised:
        needs.save_domain(vault, LifeDomain(None, name))
    assert raised.value.field == "name"
    needs.hide_domain(vault, domains["Housing"].id)
    with pytest.raises(InvalidValue):
        needs.save_domain(vault, LifeDomain(None, name))  # hidden ones count too


@pytest.mark.parametrize("name", ["", "   ", "a\x00b", "x" * 201])
def test_a_domain_needs_a_short_clean_name(vault, domains, name):
    with pytest.raises((InvalidText, InvalidValue)) as raised:
        needs.save_domain(vault, LifeDomain(None, name))
    assert raised.value.field == "name" and message_text(raised.value)


def test_a_shipped_domain_keeps_its_sensitivity(vault, domains):
    worldview = domains["Worldview, religion and ideology"]
    with pytest.raises(InvalidValue) as raised:
        needs.save_domain(vault, replace(worldview, sensitivity=None))
    assert raised.value.field == "sensitivity"
    with pytest.raises(InvalidValue):
        needs.save_domain(vault, replace(domains["Housing"], sensitivity=DataCategory.HEALTH))
    assert needs.get_domain(vault, worldview.id) == worldview


def test_a_domain_in_use_can_gain_a_sensitivity_but_never_lose_or_change_it(vault, domains, case):
    own = needs.save_domain(vault, LifeDomain(None, "Sleep"))
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2026, 3, 2))
    needs.save_assessment_item(vault, AssessmentItem(None, assessment.id, own.id, situation=4))

    tagged = needs.save_domain(vault, replace(own, sensitivity=DataCategory.HEALTH))
    assert tagged.sensitivity is DataCategory.HEALTH
    for other in (None, DataCategory.RELIGION_IDEOLOGY):
        with pytest.raises(InvalidValue):
            needs.save_domain(vault, replace(tagged, sensitivity=other))
    unused = needs.save_domain(vault, LifeDomain(None, "Pets", DataCategory.HEALTH))
    assert needs.save_domain(vault, replace(unused, sensitivity=None)).sensitivity is None


def test_only_an_unused_domain_of_the_consultants_own_is_deleted(vault, domains, case):
    spare = needs.save_domain(vault, LifeDomain(None, "Spare"))
    used = needs.save_domain(vault, LifeDomain(None, "Used"))
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2026, 3, 2))
    needs.save_assessment_item(vault, AssessmentItem(None, assessment.id, used.id))

    with pytest.raises(needs.DomainInUse):
        needs.delete_domain(vault, used.id)
    with pytest.raises(needs.DomainInUse):
        needs.delete_domain(vault, domains["Housing"].id)
    with pytest.raises(needs.DomainNotFound):
        needs.delete_domain(vault, 9999)
    needs.delete_domain(vault, spare.id)
    assert {d.name for d in needs.list_domains(vault, include_hidden=True)} == {*domains, "Used"}
    assert needs.domain_in_use(vault, used.id) and not needs.domain_in_use(vault, domains["Housing"].id)


# --- assessments ----------------------------------------------------------------------------


def test_a_first_assessment_starts_empty_and_keeps_what_is_said_per_domain(vault, domains, case):
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2026, 3, 2), note="Over two sessions.")
    assert assessment.items == () and assessment.started_from is None
    mental = domains["Mental health and trauma"]
    service = save_service(vault, PartnerService(None, "CGG Brugge")).id
    item = AssessmentItem(
        None,
        assessment.id,
        mental.id,
        situation=3,
        person_situation=7,
        motivation=Motivation.DOES_NOT_WANT_TO_ANSWER,
        person_view="Sees no problem.",
        consultant_view="Sleeps badly; nightmares.",
        views=Views.DISAGREE,
        own_words=OWN_WORDS,
        support_needed="Talks with a psychologist.",
        next_step="Referral",
        next_step_service_id=service,
    )

    saved = needs.save_assessment_item(vault, item)

    assert saved == replace(item, id=saved.id)
    assert saved.stage is SituationStage.STARTING_TO_LOOK
    assert needs.get_assessment(vault, assessment.id).items == (saved,)
    entry = AuditRepository(vault.connection).for_case(case.id)[0]
    assert (entry.event, entry.record_type, entry.record_id) == ("assessment.item_added", "assessment_item", saved.id)
    assert entry.summary == f"domain {mental.id}"
    text = audit_text(vault)
    assert "Mental" not in text and "slaap" not in text and "nightmares" not in text


def test_saving_an_item_again_updates_it_and_names_only_the_fields(vault, domains, case):
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2026, 3, 2))
    worldview = domains["Worldview, religion and ideology"]
    first = needs.save_assessment_item(vault, AssessmentItem(None, assessment.id, worldview.id, situation=4))
    before = audit_count(vault)

    again = needs.save_assessment_item(
        vault, AssessmentItem(None, assessment.id, worldview.id, situation=6, own_words="Ik twijfel.")
    )
    assert again.id == first.id and again.situation == 6
    assert needs.save_assessment_item(vault, again) == again  # unchanged: nothing written
    entry = AuditRepository(vault.connection).for_case(case.id)[0]
    assert audit_count(vault) == before + 1
    assert entry.summary == f"domain {worldview.id}; fields: situation, own_words"


def test_a_new_assessment_starts_from_the_last_and_both_are_kept(vault, domains, case):
    first = needs.start_assessment(vault, case_id=case.id, on=date(2026, 1, 10))
    housing, family = domains["Housing"], domains["Family, partner and children"]
    needs.save_assessment_item(vault, AssessmentItem(None, first.id, housing.id, situation=2, own_words="Geen idee."))
    needs.save_assessment_item(vault, AssessmentItem(None, first.id, family.id, situation=6))

    second = needs.start_assessment(vault, case_id=case.id, on=date(2026, 4, 10))
    assert second.started_from == first.id
    assert [(i.domain_id, i.situation, i.own_words) for i in second.items] == [
        (housing.id, 2, "Geen idee."),
        (family.id, 6, ""),
    ]
    assert {i.id for i in second.items}.isdisjoint({i.id for i in needs.get_assessment(vault, first.id).items})

    needs.save_assessment_item(vault, replace(second.item_for(housing.id), situation=5))
    assert needs.get_assessment(vault, first.id).item_for(housing.id).situation == 2  # the old one stays
    assert [a.id for a in needs.assessments(vault, case.id)] == [first.id, second.id]
    assert AuditRepository(vault.connection).for_case(case.id)[1].summary == f"from assessment {first.id}"


def test_an_assessment_dated_before_the_others_starts_from_the_one_before_it(vault, domains, case):
    later = needs.start_assessment(vault, case_id=case.id, on=date(2026, 5, 1))
    needs.save_assessment_item(vault, AssessmentItem(None, later.id, domains["Housing"].id, situation=7))

    earlier = needs.start_assessment(vault, case_id=case.id, on=date(2026, 2, 1))

    assert earlier.items == () and earlier.started_from is None
    assert [a.id for a in needs.assessments(vault, case.id)] == [earlier.id, later.id]


def test_an_assessment_can_be_redated_and_its_note_corrected(vault, case):
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2026, 3, 2))
    saved = needs.update_assessment(vault, assessment_id=assessment.id, on=date(2026, 3, 3), note="Second talk.")
    assert (saved.assessed_on, saved.note) == (date(2026, 3, 3), "Second talk.")
    assert AuditRepository(vault.connection).for_case(case.id)[0].summary == "fields: assessed_on, note"
    with pytest.raises(needs.AssessmentNotFound):
        needs.update_assessment(vault, assessment_id=999, on=date(2026, 3, 3), note="")


@pytest.mark.parametrize(
    "change, error",
    [
        ({"situation": 0}, InvalidValue),
        ({"situation": 11}, InvalidValue),
        ({"situation": True}, InvalidValue),
        ({"situation": 4.5}, InvalidValue),
        ({"person_situation": -1}, InvalidValue),
        ({"motivation": "unsure"}, InvalidValue),
        ({"views": None}, InvalidValue),
        ({"own_words": "a\x1bb"}, InvalidText),
        ({"assessment_id": 999}, needs.AssessmentNotFound),
        ({"domain_id": 999}, needs.DomainNotFound),
        ({"next_step_service_id": 999}, ServiceNotFound),
    ],
)
def test_a_bad_item_is_refused_and_nothing_is_written(vault, domains, case, change, error):
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2026, 3, 2))
    before = (needs.get_assessment(vault, assessment.id), audit_count(vault))
    with pytest.raises(error):
        needs.save_assessment_item(vault, replace(AssessmentItem(None, assessment.id, domains["Housing"].id), **change))
    assert (needs.get_assessment(vault, assessment.id), audit_count(vault)) == before


def test_an_assessment_needs_a_real_case_and_a_possible_date(vault, case):
    with pytest.raises(CaseNotFound):
        needs.start_assessment(vault, case_id=case.id + 1, on=date(2026, 3, 2))
    for on in (date(1899, 12, 31), date(2101, 1, 1), "2026-02-30", None):
        with pytest.raises(InvalidValue) as raised:
            needs.start_assessment(vault, case_id=case.id, on=on)
        assert raised.value.field == "assessed_on" and message_text(raised.value)
    assert needs.assessments(vault, case.id) == []


# --- external risk assessments ----------------------------------------------------------------


def test_an_external_risk_assessment_is_noted_never_scored(vault, case):
    noted = needs.record_external_assessment(
        vault,
        ExternalAssessment(
            None, case.id, RiskTool.VERA_2R, date(2025, 11, 3), "PSD psychologist", "PSD file, prison of Brugge"
        ),
    )
    assert needs.external_assessments(vault, case.id) == [noted]
    corrected = needs.record_external_assessment(vault, replace(noted, held_at="Justice house, Gent"))
    assert needs.external_assessments(vault, case.id) == [corrected]
    assert AuditRepository(vault.connection).for_case(case.id)[0].summary == "fields: held_at"
    assert "PSD" not in audit_text(vault) and "vera" not in audit_text(vault).casefold()
    assert data_categories(vault, noted) == {DataCategory.OFFENCES}


def test_another_instrument_needs_its_name(vault, case):
    with pytest.raises(InvalidText) as raised:
        needs.record_external_assessment(vault, ExternalAssessment(None, case.id, RiskTool.OTHER))
    assert raised.value.field == "other_tool"
    with pytest.raises(needs.ExternalAssessmentNotFound):
        needs.record_external_assessment(vault, ExternalAssessment(77, case.id, RiskTool.ERG))
    assert needs.external_assessments(vault, case.id) == []


# --- the chart ------------------------------------------------------------------------------


def test_chart_series_gives_each_assessments_values_per_domain_in_catalogue_order(vault, domains, case):
    housing, worldview = domains["Housing"], domains["Worldview, religion and ideology"]
    first = needs.start_assessment(vault, case_id=case.id, on=date(2026, 1, 10))
    needs.save_assessment_item(vault, AssessmentItem(None, first.id, worldview.id, situation=3, person_situation=6))
    second = needs.start_assessment(vault, case_id=case.id, on=date(2026, 4, 10))
    needs.save_assessment_item(vault, AssessmentItem(None, second.id, housing.id, situation=5))
    needs.save_assessment_item(vault, replace(second.item_for(worldview.id), situation=4))
    needs.hide_domain(vault, domains["Alcohol and drugs"].id)
    needs.hide_domain(vault, worldview.id)  # hidden, but scored: still on the chart

    chart = needs.chart_series(vault, case.id)

    assert [d.name for d in chart.domains] == [name for name, _ in ISSUE_DEFAULTS if name != "Alcohol and drugs"]
    assert next(d for d in chart.domains if d.id == worldview.id).sensitivity is DataCategory.RELIGION_IDEOLOGY
    assert [(s.assessment_id, s.assessed_on) for s in chart.series] == [
        (first.id, first.assessed_on),
        (second.id, second.assessed_on),
    ]
    assert all(list(s.values) == [d.id for d in chart.domains] for s in chart.series)
    assert (chart.series[0].values[housing.id], chart.series[0].values[worldview.id]) == (None, 3)
    assert (chart.series[1].values[housing.id], chart.series[1].values[worldview.id]) == (5, 4)
    assert chart.series[1].person_values[worldview.id] == 6
    assert [s.assessment_id for s in needs.chart_series(vault, case.id, [second.id]).series] == [second.id]


# --- special categories ---------------------------------------------------------------------


def test_an_item_holds_the_category_of_its_domain(vault, domains, case):
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2026, 3, 2))
    expected = {name: {sensitivity} if sensitivity else set() for name, sensitivity in ISSUE_DEFAULTS}
    for name, domain in domains.items():
        item = needs.save_assessment_item(vault, AssessmentItem(None, assessment.id, domain.id, situation=5))
        assert data_categories(vault, item) == expected[name], name
    assert data_categories(vault, needs.get_assessment(vault, assessment.id)) == {
        DataCategory.OFFENCES,
        DataCategory.HEALTH,
        DataCategory.RELIGION_IDEOLOGY,
    }

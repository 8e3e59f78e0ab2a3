"""The selection tree of a case and the content an export takes from it: every item keyed and labelled, the special
categories marked, and exactly the selected items in the content (marker strings show what is there and what not)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from trajectapp.domain.case import LegalStatus
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.needs import AssessmentItem
from trajectapp.domain.plan import Goal, Step
from trajectapp.domain.selection import UnknownItems
from trajectapp.domain.traject import Phase
from trajectapp.services import case_file, contacts, factors, needs, plan
from trajectapp.services.case_export import selected_content
from trajectapp.services.case_selection import selection_tree


@pytest.fixture
def case(vault, make_case):
    """A case with markers: the offence, a session on mental health, a plain session, a factor, a goal with a step."""
    needs.add_default_domains(vault)
    factors.add_default_factor_categories(vault)
    case = make_case("Çelik Ağaoğlu")
    case = case_file.save_case(
        vault, replace(case, legal_status=LegalStatus.CONVICTED, offence_category="MARKER-OFFENCE", prison="Brugge")
    )
    case_file.record_phase(vault, case_id=case.id, phase=Phase.BUILDING_TRUST, on=date(2031, 1, 2), note="MARKER-PHASE")
    domains = {d.name: d.id for d in needs.list_domains(vault)}
    category = factors.list_factor_categories(vault)[0]
    factor = factors.save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.AWAY,
            FactorKind.PULL,
            category.id,
            ApproximateDate(2031, 1, 3),
            evidence="MARKER-FACTOR",
        ),
    )
    contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=datetime(2031, 1, 4, 10),
        held=True,
        domain_ids=[domains["Mental health and trauma"]],
        note="MARKER-HEALTH-SESSION",
    )
    plain = contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=datetime(2031, 1, 5, 10),
        held=True,
        factor_ids=[factor.id],
        note="MARKER-PLAIN-SESSION",
    )
    contacts.add_action(vault, case_id=case.id, description="MARKER-ACTION", session_id=plain.id)
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2031, 1, 6), note="MARKER-ASSESSMENT")
    item = needs.save_assessment_item(
        vault, AssessmentItem(None, assessment.id, domains["Housing"], situation=4, own_words="MARKER-HOUSING")
    )
    goal = plan.save_goal(vault, Goal(None, case.id, "MARKER-GOAL", (domains["Housing"],), need_item_id=item.id))
    plan.save_step(vault, Step(None, goal.id, "MARKER-STEP"))
    return case


def keys_of(tree, prefix: str) -> list[str]:
    return sorted(item.key for item, _ in tree.walk() if item.key.startswith(prefix))


def test_the_tree_holds_every_item_once_with_its_special_categories(vault, case):
    tree = selection_tree(vault, case.id)
    keys = [item.key for item, _ in tree.walk()]
    assert len(keys) == len(set(keys))
    assert {s.key for s in tree.sections} >= {
        "section:person",
        "section:traject",
        "section:needs",
        "section:factors",
        "section:goals",
        "section:sessions",
        "section:actions",
    }
    items = {item.key: item for item, _ in tree.walk()}
    assert items["person:offence_category"].categories == {DataCategory.OFFENCES}
    assert items["person:legal_status"].categories == {DataCategory.OFFENCES}
    assert not items["person:name"].is_special and "person:notes" not in items  # empty fields are not offered
    health, plain = keys_of(tree, "session:")
    assert items[health].categories == {DataCategory.HEALTH}
    assert items[plain].categories == frozenset()  # a factor without a life domain adds nothing to a session
    assert DataCategory.RELIGION_IDEOLOGY in items[keys_of(tree, "factor:")[0]].categories
    assert tree.special_keys() == {key for key, item in items.items() if item.categories}
    [goal] = [items[k] for k in keys_of(tree, "goal:")]
    assert [child.key.split(":")[0] for child in goal.children] == ["step"]
    assert items[keys_of(tree, "assessment_item:")[0]].label() == "Housing"
    shouted = items[health].label(lambda context, text: text.upper())
    assert shouted == "INDIVIDUAL CONVERSATION ON 04/01/2031 10:00, HELD"


def test_a_child_brings_its_parent_and_unknown_keys_are_refused(vault, case):
    tree = selection_tree(vault, case.id)
    [step] = keys_of(tree, "step:")
    [goal] = keys_of(tree, "goal:")
    assert tree.effective({step}) == {step, goal}
    assert tree.effective({goal}) == {goal}
    with pytest.raises(UnknownItems):
        tree.effective({"session:99999"})
    assert [i.key for i in tree.disclosed_items({step})] == [goal, step]


def test_the_content_holds_exactly_what_was_selected(vault, case):
    tree = selection_tree(vault, case.id)
    _health, plain = keys_of(tree, "session:")
    [goal] = keys_of(tree, "goal:")
    [action] = keys_of(tree, "action:")
    content = selected_content(vault, case.id, {"person:name", plain, goal, action})
    shown = repr(content)
    for present in ("Çelik Ağaoğlu", "MARKER-PLAIN-SESSION", "MARKER-GOAL", "MARKER-ACTION"):
        assert present in shown
    for absent in (
        "MARKER-OFFENCE",
        "MARKER-HEALTH-SESSION",
        "MARKER-FACTOR",
        "MARKER-PHASE",
        "MARKER-STEP",
        "MARKER-ASSESSMENT",
        "MARKER-HOUSING",
        "Brugge",
    ):
        assert absent not in shown
    assert content.person == {"name": "Çelik Ağaoğlu"}
    assert content.keys == {"person:name", plain, goal, action}
    # Links to what stays behind are gone.
    [session] = content.sessions
    assert session.factor_ids == () and content.goals[0].need_item_id is None
    assert content.steps == {content.goals[0].id: ()} and content.assessments == ()
    assert content.actions[0].session_id == session.id
    assert not content.holds_special_categories


def test_special_items_are_flagged_in_the_content(vault, case):
    tree = selection_tree(vault, case.id)
    health, _ = keys_of(tree, "session:")
    content = selected_content(vault, case.id, {"person:name", "person:offence_category", health})
    assert content.holds_special_categories
    assert content.person["offence_category"] == "MARKER-OFFENCE"
    assert {item.key for item in content.items if item.categories} == {"person:offence_category", health}

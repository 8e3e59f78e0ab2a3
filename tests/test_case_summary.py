"""The case summary, gathered through the real services from a real vault, read back with pypdf and rendered with
QtPdf: names exactly as written, page x of y, and special-category data only when included."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from pdf_pages import assert_inked, render_first_page
from trajectapp.documents.case_summary import case_summary
from trajectapp.documents.script import shape_for_pdf
from trajectapp.domain.case import LegalStatus
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.needs import AssessmentItem, Motivation
from trajectapp.domain.partners import Involvement
from trajectapp.domain.plan import Goal, GoalStatus, Party, Step
from trajectapp.domain.strengths import GoodLivesEntry, Importance, PrimaryGood, Strength, StrengthCategory
from trajectapp.domain.traject import Phase
from trajectapp.services import case_file, factors, needs, partners, plan, strengths
from trajectapp.services.case_summary import gather_case_summary

TODAY = date(2026, 11, 26)
SALAAM = "السلام عليكم"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def summary(vault, make_case):
    """A case with a traject, two assessments, factors, strengths, goods, a perspective, a plan and a partner."""
    needs.add_default_domains(vault)
    partners.add_default_services(vault)
    factors.add_default_factor_categories(vault)
    case = make_case("Çelik Ağaoğlu", "Çelik")
    case = case_file.save_case(
        vault,
        replace(
            case,
            prison="Gevangenis Brugge",
            languages="Nederlands, Turks",
            legal_status=LegalStatus.CONVICTED,
            offence_category="MARKER-OFFENCE deelname",
            expected_release=date(2027, 6, 1),
        ),
    )
    case_file.record_phase(
        vault,
        case_id=case.id,
        phase=Phase.FIRST_CONTACT,
        on=date(2026, 1, 10),
        note="Kennismaking met Zoë Verbruggen erbij.",
    )
    case_file.record_phase(vault, case_id=case.id, phase=Phase.EXPLORING, on=date(2026, 4, 2))
    case_file.record_transfer(vault, case_id=case.id, on=date(2026, 5, 3), to_prison="Gevangenis Hasselt")
    domains = {domain.name: domain for domain in needs.list_domains(vault)}
    services = {service.name: service for service in partners.list_services(vault)}
    caw = services["CAW – Justitieel Welzijnswerk"]
    first = needs.start_assessment(vault, case_id=case.id, on=date(2026, 2, 1))
    latest_scores = {
        "Housing": 6,
        "Education, training and work": 5,
        "Family, partner and children": 7,
        "Network, friends and community": 4,
        "Mental health and trauma": 3,
        "Worldview, religion and ideology": 5,
    }
    for name, score in latest_scores.items():
        needs.save_assessment_item(vault, AssessmentItem(None, first.id, domains[name].id, situation=max(1, score - 2)))
    latest = needs.start_assessment(vault, case_id=case.id, on=date(2026, 10, 1), note="Na het overleg met de PSD.")
    for name, score in latest_scores.items():
        special = domains[name].sensitivity is not None
        needs.save_assessment_item(
            vault,
            AssessmentItem(
                None,
                latest.id,
                domains[name].id,
                situation=score,
                motivation=Motivation.WANTS_TO_CHANGE,
                support_needed=("MARKER-NEED " if special else "") + f"Hulp bij {name.lower()}",
                next_step="Afspraak met Nadia El Ouafi",
                next_step_service_id=caw.id,
            ),
        )
    categories = factors.list_factor_categories(vault)
    factors.save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.TOWARDS,
            FactorKind.PUSH,
            categories[0].id,
            ApproximateDate(2026, 2, 1),
            evidence="MARKER-EVIDENCE zocht erkenning in de groep",
        ),
    )
    factors.save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.AWAY,
            FactorKind.PULL,
            categories[1].id,
            ApproximateDate(2026, 3, 1),
            domain_id=domains["Family, partner and children"].id,
        ),
    )
    strengths.save_strength(
        vault,
        Strength(
            None,
            case.id,
            StrengthCategory.PASSION,
            "Voetbal, trainer van de jeugd",
            since="sinds de lagere school",
            pick_up="Sportdienst van de gemeente",
        ),
    )
    strengths.save_good(
        vault,
        GoodLivesEntry(
            None,
            case.id,
            PrimaryGood.SPIRITUALITY,
            Importance.IMPORTANT,
            pursued_before="MARKER-SPIRITUALITY via de groep",
            prosocial_route="Gesprekken met een moslimconsulent",
        ),
    )
    strengths.save_good(
        vault,
        GoodLivesEntry(
            None,
            case.id,
            PrimaryGood.RELATEDNESS,
            Importance.VERY_IMPORTANT,
            pursued_before="Zijn broers",
            prosocial_route="Bezoek van zijn moeder",
        ),
    )
    strengths.record_perspective(
        vault,
        case_id=case.id,
        on=date(2026, 9, 1),
        want_to_do="Lassen en een gezin",
        wish_to_be=f"Een vader die er is. Mijn moeder zegt: {SALAAM}",
    )
    goal = plan.save_goal(
        vault,
        Goal(
            None,
            case.id,
            "Een eigen studio in Gent",
            (domains["Housing"].id,),
            success="Een huurcontract",
            target_on=date(2027, 3, 1),
            status=GoalStatus.ACTIVE,
        ),
    )
    plan.save_step(
        vault,
        Step(None, goal.id, "Inschrijven bij het OCMW", Party.SERVICE, service_id=caw.id, due_on=date(2026, 12, 1)),
    )
    plan.save_step(vault, Step(None, goal.id, "Nadia belt de huisbaas", Party.FAMILY, party_name="Nadia El Ouafi"))
    plan.save_goal(
        vault, Goal(None, case.id, "MARKER-GOAL slapen zonder nachtmerries", (domains["Mental health and trauma"].id,))
    )
    plan.make_plan_version(vault, case_id=case.id, on=date(2026, 10, 2))
    partners.save_involvement(
        vault,
        Involvement(
            None, case.id, caw.id, since=date(2026, 3, 1), contact_person="Zoë Verbruggen", needs="Huisvesting en werk"
        ),
    )
    return gather_case_summary(vault, case.id)


def test_names_and_sections_are_written_exactly(summary):
    pdf = case_summary(summary, today=TODAY)
    text = text_of(pdf)
    for expected in (
        "Çelik Ağaoğlu (Çelik)",
        "Zoë Verbruggen",
        "Nadia El Ouafi",
        "Case summary",
        "The person",
        "The traject",
        "Needs",
        "Push and pull factors",
        "Strengths, goods and perspective",
        "Reintegration plan",
        "Partner services involved",
        "Gevangenis Brugge → Gevangenis Hasselt",
        "Latest assessment: 1 October 2026",
        "Een eigen studio in Gent",
        "Inschrijven bij het OCMW",
        "Voetbal, trainer van de jeugd",
        "Lassen en een gezin",
        "CAW – Justitieel Welzijnswerk",
        "01/10/2026 (latest)",
        "01/02/2026 (first)",
        "Printed 26 November 2026",
    ):
        assert expected in flat(text), expected


def test_every_page_has_its_header_and_says_page_x_of_y(summary):
    pages = PdfReader(io.BytesIO(case_summary(summary, today=TODAY, include_special=True))).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {len(pages)}" in text
        assert "Case summary – Çelik Ağaoğlu (Çelik)" in text and "Printed 26 November 2026" in text
        assert "Confidential" in text


MARKERS = (
    "MARKER-OFFENCE",
    "Convicted",
    "MARKER-NEED",
    "MARKER-EVIDENCE",
    "MARKER-SPIRITUALITY",
    "MARKER-GOAL",
    "Mental health and trauma",
    "Worldview, religion and ideology",
)


def test_special_category_data_is_left_out_unless_included(summary):
    left_out = flat(text_of(case_summary(summary, today=TODAY)))
    for marker in MARKERS:
        assert marker not in left_out, marker
    assert "Some sensitive items (religion or ideology, health, offences) were left out of this summary." in left_out
    assert "Zijn broers" in left_out and "Family, partner and children" in left_out

    included = flat(text_of(case_summary(summary, today=TODAY, include_special=True)))
    for marker in MARKERS:
        assert marker in included, marker
    assert "were left out" not in included


def test_a_case_with_nothing_recorded_still_reads_well(vault, make_case):
    case = make_case("Zoë Verbruggen")
    text = flat(text_of(case_summary(gather_case_summary(vault, case.id), today=TODAY)))
    assert "Zoë Verbruggen" in text
    assert "No needs assessment yet." in text and "No goals to show." in text and "Page 1 of 1" in text


def test_arabic_words_are_joined_and_put_right_to_left():
    shaped = shape_for_pdf(f"Hij zei {SALAAM}.")
    assert shaped.startswith("Hij zei ")
    arabic = shaped[len("Hij zei ") :].rstrip(".")
    # Joined: every letter is in its presentation form; right to left: the last letter comes first.
    assert all("\ufe70" <= letter <= "\ufeff" for letter in arabic if letter != " ")
    assert arabic[0] == "\ufee2"  # final meem of عليكم
    assert shape_for_pdf("Çelik Ağaoğlu\nZoë") == "Çelik Ağaoğlu\nZoë"


def test_the_first_page_renders_with_ink_on_it(qtbot, summary):
    image = render_first_page(qtbot, case_summary(summary, today=TODAY))
    assert_inked(image)

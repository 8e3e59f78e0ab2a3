"""The plan document, read back with pypdf and rendered with QtPdf: names exactly as written, page x of y, the
goals with their steps and answers, and the goals about special-category data only when included."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from pdf_pages import assert_inked, render_first_page
from trajectapp.documents.plan_document import plan_document
from trajectapp.documents.script import shape_for_pdf
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.plan import (
    GoalStatus,
    Party,
    PlanAgreement,
    PlanAnswer,
    PlanDomain,
    PlanGoal,
    PlanStep,
    PlanVersion,
    StepStatus,
)
from trajectapp.domain.strengths import PrimaryGood

TODAY = date(2026, 11, 26)
HOUSING = PlanDomain(3, "Housing", None)
WORK = PlanDomain(4, "Education, training and work", None)
MENTAL_HEALTH = PlanDomain(10, "Mental health and trauma", DataCategory.HEALTH)
WORLDVIEW = PlanDomain(13, "Worldview, religion and ideology", DataCategory.RELIGION_IDEOLOGY)
CAW = 7


def housing_goal(number: int = 1, steps: int = 3) -> PlanGoal:
    return PlanGoal(
        number,
        f"Een eigen studio in Gent, bij Zoë in de buurt ({number})",
        (HOUSING,),
        "Ik heb een sleutel en een huurcontract.",
        date(2027, 3, 1),
        GoalStatus.ACTIVE,
        "",
        tuple(
            PlanStep(
                number * 100 + n,
                f"Stap {n}: inschrijven bij het OCMW",
                Party.SERVICE,
                "CAW Oost-Vlaanderen",
                date(2026, 12, n % 28 + 1),
                StepStatus.IN_PROGRESS,
                CAW,
            )
            for n in range(steps)
        ),
    )


GOALS = (
    housing_goal(),
    PlanGoal(
        2,
        "Lasser worden",
        (WORK,),
        "Een contract na het lasatelier.",
        None,
        GoalStatus.FUTURE,
        "",
        (
            PlanStep(201, "Brief aan de VDAB", Party.PERSON, "", date(2026, 10, 1), StepStatus.DONE),
            PlanStep(202, "Vragen naar een opleiding", Party.CONSULTANT, "", None, StepStatus.NOT_STARTED),
            PlanStep(
                203,
                "Zijn zus Şükran belt de werkgever",
                Party.FAMILY,
                "zijn zus Şükran",
                None,
                StepStatus.CANNOT_BE_DONE_YET,
            ),
        ),
    ),
    PlanGoal(
        3,
        "MARKER-HEALTH slapen zonder nachtmerries",
        (MENTAL_HEALTH,),
        "Rust.",
        None,
        GoalStatus.ACTIVE,
        "",
        (
            PlanStep(
                301, "MARKER-HEALTH-STEP gesprek met de psycholoog", Party.PERSON, "", None, StepStatus.NOT_STARTED
            ),
        ),
    ),
    PlanGoal(
        4,
        "MARKER-RELIGION vragen over geloof",
        (HOUSING,),
        "",
        None,
        GoalStatus.FUTURE,
        "",
        (),
        good=PrimaryGood.SPIRITUALITY,
    ),
    PlanGoal(5, "MARKER-WORLDVIEW een gesprek met de imam", (WORLDVIEW, HOUSING), "", None, GoalStatus.FUTURE, "", ()),
)
AGREEMENTS = (
    PlanAgreement(
        1,
        9,
        Party.PERSON,
        PlanAnswer.DOES_NOT_AGREE,
        reason="Ik wil eerst mijn kinderen zien.",
        answered_on=date(2026, 10, 2),
    ),
    PlanAgreement(2, 9, Party.CONSULTANT, PlanAnswer.AGREES, answered_on=date(2026, 10, 2)),
    PlanAgreement(3, 9, Party.SERVICE, PlanAnswer.AGREES, service_id=CAW, answered_on=date(2026, 10, 3)),
)
VERSION = PlanVersion(9, 1, date(2026, 10, 1), "Besproken op het overleg van 1 oktober.", GOALS, AGREEMENTS)
NAMES = {CAW: "CAW Oost-Vlaanderen"}


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """The text with every run of white space as one space: table cells wrap where the layout puts them."""
    return " ".join(text.split())


def test_names_goals_steps_and_answers_are_written_exactly():
    pdf = plan_document("Çelik Ağaoğlu (Zoë)", VERSION, today=TODAY, service_names=NAMES, consultant_name="Zoë Peeters")
    text = text_of(pdf)
    assert "Çelik Ağaoğlu (Zoë)" in text
    assert "Zoë Peeters" in text
    assert "My plan" in text and "What I want to reach" in text and "Steps: who does what, by when" in text
    assert "Een eigen studio in Gent, bij Zoë in de buurt (1)" in text
    assert "Ik heb een sleutel en een huurcontract." in text
    assert "Lasser worden" in text and "Brief aan de VDAB" in text
    assert "zijn zus Şükran" in flat(text)
    assert "Besproken op het overleg van 1 oktober." in text
    assert "Ik wil eerst mijn kinderen zien." in text
    assert "Does not agree" in text and "Agrees" in text
    assert "Plan of 1 October 2026, printed 26 November 2026" in text
    assert "Signature" in text and "CAW Oost-Vlaanderen" in text
    assert "Confidential" in text


def test_every_page_says_page_x_of_y():
    many = PlanVersion(9, 1, date(2026, 10, 1), "", tuple(housing_goal(n, steps=8) for n in range(1, 9)), AGREEMENTS)
    pdf = plan_document("Zoë", many, today=TODAY, service_names=NAMES)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page.extract_text()
        assert "My plan – Zoë" in page.extract_text()


def test_goals_about_special_category_data_are_left_out_unless_included():
    left_out = text_of(plan_document("Zoë", VERSION, today=TODAY, service_names=NAMES))
    assert "MARKER" not in left_out
    assert "Lasser worden" in left_out
    assert "Some goals may be left out of this printed plan" in flat(left_out)
    # Left out, not blacked out: the numbering has no gap where a goal was.
    assert re.search(r"\b1\. Een eigen studio", left_out) and re.search(r"\b2\. Lasser worden", left_out)
    assert not re.search(r"\b3\. ", left_out)

    included = text_of(plan_document("Zoë", VERSION, today=TODAY, service_names=NAMES, include_special=True))
    for marker in ("MARKER-HEALTH slapen", "MARKER-HEALTH-STEP", "MARKER-RELIGION", "MARKER-WORLDVIEW"):
        assert marker in included
    assert "Some goals may be left out" not in flat(included)


def test_a_version_without_goals_to_show_or_answers_still_reads_well():
    only_special = PlanVersion(9, 1, date(2026, 10, 1), "", GOALS[2:3])
    text = text_of(plan_document("Zoë", only_special, today=TODAY))
    assert "There are no goals in this printed plan." in text
    assert "Nobody has answered yet." in text
    assert "MARKER" not in text


def test_text_that_looks_like_markup_is_printed_as_typed():
    odd = PlanGoal(
        1, "<b>vet</b> & <script>", (HOUSING,), "regel één\nregel twee & <i>", None, GoalStatus.ACTIVE, "", ()
    )
    text = text_of(plan_document("Zoë <Zoë>", PlanVersion(1, 1, date(2026, 10, 1), "", (odd,)), today=TODAY))
    assert "<b>vet</b> & <script>" in text
    assert "regel twee & <i>" in text
    assert "Zoë <Zoë>" in text


def test_the_first_page_renders_with_ink_on_it(qtbot):
    image = render_first_page(qtbot, plan_document("Çelik Ağaoğlu", VERSION, today=TODAY, service_names=NAMES))
    assert_inked(image)


def test_arabic_names_and_goals_are_shaped_for_print():
    """Every text of the person goes through the right-to-left helper, as in the other documents."""
    name, goal = "ياسين", "بيت في غنت"
    arabic_goal = PlanGoal(1, goal, (HOUSING,), "", None, GoalStatus.ACTIVE, "", ())
    version = PlanVersion(1, 1, date(2026, 10, 1), "", (arabic_goal,))
    text = text_of(plan_document(name, version, today=TODAY))
    for written in (name, goal):
        shaped = shape_for_pdf(written)
        assert shaped != written  # joined letters, right to left
        # pypdf reads the glyphs back in either direction; unshaped letters would mean the helper was skipped.
        assert (shaped in text or shaped[::-1] in text) and written not in text

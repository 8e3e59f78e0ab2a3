"""The handover document and the person's own copy, built from the selected content of a real vault, read back with
pypdf and rendered with QtPdf: what was chosen is there, what was not is absent, names exactly as written, page x of
y; the person's copy lists the register's recipients and until when the case file is kept. And the retention rule."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from pdf_pages import assert_inked, render_first_page
from trajectapp.documents.handover import handover_document
from trajectapp.domain.case import LegalStatus
from trajectapp.domain.case_content import CaseContent
from trajectapp.domain.dates import ApproximateDate, long_date
from trajectapp.domain.disclosures import Basis, DisclosedItem, DisclosureParty, OutputFormat, PartyKind
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.needs import AssessmentItem, Motivation
from trajectapp.domain.partners import Involvement
from trajectapp.domain.plan import Goal, GoalStatus, Party, Step
from trajectapp.domain.retention import RETENTION_YEARS, closed_on, kept_until, retention_words
from trajectapp.domain.sessions import Participant, SessionParty
from trajectapp.domain.strengths import GoodLivesEntry, Importance, PrimaryGood, Strength, StrengthCategory
from trajectapp.domain.traject import Phase, PhaseChange
from trajectapp.services import case_file, contacts, factors, needs, partners, plan, strengths
from trajectapp.services.case_export import selected_content
from trajectapp.services.case_file import CaseNotFound
from trajectapp.services.case_selection import selection_tree
from trajectapp.services.demo import create_demo_vault
from trajectapp.services.disclosures import disclosures, record_disclosure
from trajectapp.services.retention import case_kept_until
from trajectapp.vault.vault import unlock_vault

TODAY = date(2031, 3, 5)
RECIPIENT = "Zoë Verbruggen, justitiehuis Brugge"
PURPOSE = "Voorbereiding van de vrijlating, op vraag van Nadia El Ouafi"
NOTE = """# How it went
MARKER-NOTE-CHOSEN: he spoke about the **welding course** and *his daughter*.
- A first point
  - a point under it
1. Then the housing."""


def text_of(pdf: bytes) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def chosen_handover(vault, case_id: int, keys: set[str], **options) -> bytes:
    """The handover of the items `keys` names, made on TODAY for RECIPIENT and PURPOSE; `options` as
    handover_document takes them."""
    content = selected_content(vault, case_id, keys)
    return handover_document(content, today=TODAY, recipient=RECIPIENT, purpose=PURPOSE, **options)


@pytest.fixture
def case(vault, make_case):
    """A case with a marker in every kind of record: some are chosen below, the others must stay out."""
    needs.add_default_domains(vault)
    partners.add_default_services(vault)
    factors.add_default_factor_categories(vault)
    case = make_case("Çelik Ağaoğlu", "Çelik")
    case = case_file.save_case(
        vault,
        replace(
            case,
            prison="MARKER-PRISON Brugge",
            legal_status=LegalStatus.CONVICTED,
            offence_category="MARKER-OFFENCE",
            date_of_birth=date(1996, 4, 1),
        ),
    )
    case_file.record_phase(
        vault, case_id=case.id, phase=Phase.BUILDING_TRUST, on=date(2030, 1, 2), note="MARKER-PHASE-CHOSEN"
    )
    case_file.record_transfer(vault, case_id=case.id, on=date(2030, 2, 3), to_prison="MARKER-TRANSFER Hasselt")
    domains = {d.name: d.id for d in needs.list_domains(vault)}
    services = {s.name: s.id for s in partners.list_services(vault)}
    caw = services["CAW – Justitieel Welzijnswerk"]
    partners.save_involvement(
        vault, Involvement(None, case.id, caw, date(2030, 3, 1), None, "Nadia El Ouafi", "MARKER-INVOLVEMENT")
    )
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2030, 4, 1), note="MARKER-ASSESSMENT-NOTE")
    needs.save_assessment_item(
        vault,
        AssessmentItem(
            None,
            assessment.id,
            domains["Housing"],
            situation=4,
            motivation=Motivation.WANTS_TO_CHANGE,
            own_words="MARKER-HOUSING-CHOSEN",
        ),
    )
    needs.save_assessment_item(
        vault,
        AssessmentItem(
            None, assessment.id, domains["Mental health and trauma"], situation=3, support_needed="MARKER-HEALTH-ITEM"
        ),
    )
    category = factors.list_factor_categories(vault)[0]
    factor = factors.save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.AWAY,
            FactorKind.PULL,
            category.id,
            ApproximateDate(2030, 4, 2),
            evidence="MARKER-FACTOR",
        ),
    )
    strengths.save_strength(vault, Strength(None, case.id, StrengthCategory.PASSION, "MARKER-STRENGTH-CHOSEN boxing"))
    strengths.save_good(
        vault,
        GoodLivesEntry(None, case.id, PrimaryGood.RELATEDNESS, Importance.IMPORTANT, pursued_before="MARKER-GOOD"),
    )
    strengths.record_perspective(vault, case_id=case.id, on=date(2030, 5, 1), want_to_do="MARKER-PERSPECTIVE")
    goal = plan.save_goal(
        vault, Goal(None, case.id, "MARKER-GOAL-CHOSEN a room", (domains["Housing"],), status=GoalStatus.ACTIVE)
    )
    plan.save_step(vault, Step(None, goal.id, "MARKER-STEP-CHOSEN register", Party.SERVICE, service_id=caw))
    plan.save_step(vault, Step(None, goal.id, "MARKER-STEP-LEFT visit rooms"))
    plan.add_progress_note(vault, goal_id=goal.id, on=date(2030, 6, 1), note="MARKER-PROGRESS")
    plan.make_plan_version(vault, case_id=case.id, on=date(2030, 6, 2), note="MARKER-PLAN-VERSION")
    chosen = contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=datetime(2030, 7, 1, 10),
        held=True,
        duration_minutes=60,
        location="Visiting room 2",
        factor_ids=[factor.id],
        participants=[Participant(SessionParty.PERSON), Participant(SessionParty.FAMILY, name="Samira")],
        note=NOTE,
    )
    contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=datetime(2030, 7, 8, 10),
        held=True,
        domain_ids=[domains["Mental health and trauma"]],
        note="MARKER-HEALTH-SESSION",
    )
    contacts.add_action(vault, case_id=case.id, description="MARKER-ACTION-CHOSEN call CAW", session_id=chosen.id)
    contacts.add_action(vault, case_id=case.id, description="MARKER-ACTION-LEFT")
    return case


def keys(vault, case_id, *prefixes: str, containing: str = "") -> set[str]:
    """The keys of the tree's items of these kinds, those whose label holds `containing` when given."""
    return {
        item.key
        for item, _ in selection_tree(vault, case_id).walk()
        if item.key.split(":")[0] in prefixes and containing in item.label()
    }


@pytest.fixture
def chosen(vault, case) -> set[str]:
    """A subset: the name, the legal status, the first phase, the housing domain, a strength, one step, the
    first session (with its action), and nothing else."""
    tree = selection_tree(vault, case.id)
    items = {item.key: item for item, _ in tree.walk()}
    housing = next(k for k, i in items.items() if k.startswith("assessment_item:") and i.label() == "Housing")
    step = next(k for k, i in items.items() if k.startswith("step:") and "CHOSEN" in i.label())
    session = min((k for k in items if k.startswith("session:")), key=lambda k: int(k.split(":")[1]))
    action = next(k for k, i in items.items() if k.startswith("action:") and "CHOSEN" in i.label())
    phase = next(k for k in items if k.startswith("phase:"))
    strength = next(k for k in items if k.startswith("strength:"))
    return {"person:name", "person:legal_status", phase, housing, step, session, action, strength}


def test_only_the_chosen_items_are_in_the_handover(vault, case, chosen):
    text = text_of(chosen_handover(vault, case.id, chosen))
    for expected in (
        "Handover",
        "Çelik Ağaoğlu",
        RECIPIENT,
        PURPOSE,
        "Made on 5 March 2031",
        "MARKER-PHASE-CHOSEN",
        "MARKER-HOUSING-CHOSEN",
        "Assessment of 1 April 2030",
        "MARKER-STRENGTH-CHOSEN boxing",
        "MARKER-GOAL-CHOSEN a room",
        "MARKER-STEP-CHOSEN register",
        "CAW – Justitieel Welzijnswerk",
        "MARKER-NOTE-CHOSEN",
        "MARKER-ACTION-CHOSEN call CAW",
        "Convicted",
        "Samira (family)",
        "Sessions and their notes",
        "Goals and steps",
        "Needs assessments",
        "60 minutes",
        "MARKER-ASSESSMENT-NOTE",
    ):  # a chosen domain brings its assessment, as the register says
        assert expected in text, expected
    for absent in (
        "MARKER-PRISON",
        "MARKER-OFFENCE",
        "MARKER-TRANSFER",
        "MARKER-INVOLVEMENT",
        "MARKER-HEALTH",
        "Mental health",
        "MARKER-FACTOR",
        "MARKER-GOOD",
        "MARKER-PERSPECTIVE",
        "MARKER-STEP-LEFT",
        "MARKER-PROGRESS",
        "MARKER-PLAN-VERSION",
        "MARKER-ACTION-LEFT",
        "1996-04-01",
        "Who received your data",
        "Plan versions",
    ):
        assert absent not in text, absent
    # The session's factor stayed behind: the session does not name it.
    assert category_name(vault) not in text


def category_name(vault) -> str:
    return factors.list_factor_categories(vault)[0].name


def test_special_category_items_carry_a_mark_and_ordinary_ones_do_not(vault, case, chosen):
    plain = chosen - {"person:legal_status"}
    text = text_of(chosen_handover(vault, case.id, plain))
    assert "special category" not in text
    health = keys(vault, case.id, "assessment_item", containing="Mental health")
    text = text_of(chosen_handover(vault, case.id, chosen | health))
    assert "[special category: criminal-offence data]" in text  # the legal status
    assert "Mental health and trauma [special category: health data]" in text and "MARKER-HEALTH-ITEM" in text
    assert "Parts marked “special category” hold data about religion or ideology, health or offences" in text


def test_the_note_prints_with_its_markup_as_in_the_session_notes(vault, case, chosen):
    pdf = chosen_handover(vault, case.id, chosen)
    text = text_of(pdf)
    for expected in (
        "How it went",
        "he spoke about the welding course and his daughter.",
        "• A first point",
        "– a point under it",
        "1. Then the housing.",
    ):
        assert expected in text, expected
    assert "**" not in text and "# How" not in text
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts |= {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans-Bold" in name for name in fonts) and any("DejaVuSans-Oblique" in name for name in fonts)


def test_without_the_name_chosen_no_page_names_the_person(vault, case, chosen):
    pdf = chosen_handover(vault, case.id, chosen - {"person:name"})
    assert "Çelik" not in text_of(pdf)
    assert "Çelik" not in str(PdfReader(io.BytesIO(pdf)).metadata.title)
    assert "The person" in text_of(pdf)  # as the session's participant


def test_every_page_has_its_header_and_says_page_x_of_n(vault, case):
    long = "\n".join(
        f"- Point {n} with Zoë Verbruggen and *Nadia El Ouafi*, " + "and a while longer " * 6 for n in range(1, 301)
    )
    session = contacts.add_session(vault, case_id=case.id, starts_at=datetime(2030, 9, 1, 10), held=True, note=long)
    pages = pages_of(chosen_handover(vault, case.id, {"person:name", f"session:{session.id}"}))
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Handover – Çelik Ağaoğlu" in page and "Made 5 March 2031" in page and "Confidential" in page
    assert "Point 300 with Zoë Verbruggen and Nadia El Ouafi" in pages[-1]


def test_nothing_chosen_gives_a_page_that_says_so():
    pdf = handover_document(CaseContent(case_id=1, items=()), today=TODAY, recipient=RECIPIENT, purpose=PURPOSE)
    text = text_of(pdf)
    assert "Nothing from the case file was chosen for this document." in text and "Page 1 of 1" in text


def test_the_words_go_through_translate(vault, case, chosen):
    shouted = text_of(chosen_handover(vault, case.id, chosen, translate=lambda context, text: text.upper()))
    assert "HANDOVER" in shouted and "PAGE 1 OF" in shouted and "CONVICTED" in shouted
    assert "Çelik Ağaoğlu" in shouted and "MARKER-NOTE-CHOSEN" in shouted  # the case's own words stay as written


def test_the_shipped_catalogues_are_printed_in_the_readers_language(vault, case, chosen):
    french = {"Housing": "Logement", "CAW – Justitieel Welzijnswerk": "CAW – Aide sociale aux justiciables"}

    def in_french(context: str, words: str) -> str:
        return french.get(words, words) if context == "Catalogue" else words

    text = text_of(chosen_handover(vault, case.id, chosen, translate=in_french))
    assert "Logement" in text and "CAW – Aide sociale aux justiciables" in text
    assert "CAW – Justitieel Welzijnswerk" not in text and "Housing" not in text


def test_the_persons_copy_lists_every_recipient_and_until_when_the_file_is_kept(vault, case, chosen):
    caw = next(s for s in partners.list_services(vault) if s.name == "CAW – Justitieel Welzijnswerk")
    record_disclosure(
        vault,
        case_id=case.id,
        party=DisclosureParty(PartyKind.PARTNER_SERVICE, caw.name, caw.id),
        purpose="Housing after release",
        basis=Basis.CASE_CONSULTATION,
        items=(DisclosedItem("person:name", "Name"),),
        output_format=OutputFormat.ENCRYPTED_PDF,
        file_name="overleg.pdf",
        content=b"%PDF fictional",
        override_reason="Urgent",
    )
    record_disclosure(
        vault,
        case_id=case.id,
        party=DisclosureParty(PartyKind.CONSULTANT, "Nadia El Ouafi"),
        purpose="Taking over the case",
        basis=Basis.LEGAL_OBLIGATION,
        items=(DisclosedItem("person:name", "Name"),),
        output_format=OutputFormat.TRANSFER_PACKAGE,
        file_name="case.trajectcase",
        content=b"package",
        override_reason="Transfer",
    )
    content = selected_content(vault, case.id, chosen)

    def copy() -> str:
        until = retention_words(case_kept_until(vault, case.id))
        return text_of(
            handover_document(
                content,
                today=TODAY,
                recipient="Çelik Ağaoğlu",
                purpose="Your own copy",
                for_the_person=True,
                recipients=disclosures(vault, case.id),
                kept_until=until,
            )
        )

    text = copy()
    for expected in (
        "Your data",
        "Who received your data",
        "CAW – Justitieel Welzijnswerk",
        "A partner service",
        "Housing after release",
        "PDF with a password",
        "Nadia El Ouafi",
        "Another consultant",
        "Taking over the case",
        "Transfer package",
        "Basis: A legally regulated case consultation",
        f"This case file is kept until {RETENTION_YEARS} years after the case is closed.",
        "MARKER-NOTE-CHOSEN",
        "Page 1 of",
    ):
        assert expected in text, expected
    assert "Handover" not in text and "MARKER-HEALTH" not in text
    case_file.record_phase(vault, case_id=case.id, phase=Phase.CLOSED, on=date(2031, 2, 1), closing_reason="Released")
    assert f"This case file is kept until 1 February {2031 + RETENTION_YEARS}." in copy()


def test_a_persons_copy_without_recipients_says_nobody_received_anything(vault, case, chosen):
    text = text_of(
        handover_document(
            selected_content(vault, case.id, chosen),
            today=TODAY,
            recipient="Çelik",
            purpose="Your own copy",
            for_the_person=True,
            recipients=[],
        )
    )
    assert "Nobody has received data from this case file so far." in text and "kept until" not in text


def test_the_first_page_renders_with_ink_on_it(qtbot, vault, case, chosen):
    for for_the_person in (False, True):
        image = render_first_page(
            qtbot,
            chosen_handover(
                vault,
                case.id,
                chosen,
                for_the_person=for_the_person,
                recipients=[],
                kept_until=retention_words(None),
            ),
        )
        assert_inked(image)


# --- a whole demo case ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "vault"
    create_demo_vault(folder, PASSPHRASE, cases=3, seed=3, kdf=fast_kdf(), today=TODAY)
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    yield vault
    vault.lock()


def test_everything_of_a_demo_case_is_laid_out(demo):
    for case_id in (1, 2, 3):
        tree = selection_tree(demo, case_id)
        content = selected_content(demo, case_id, tree.all_keys())
        pages = pages_of(handover_document(content, today=TODAY, recipient=RECIPIENT, purpose=PURPOSE))
        text = " ".join(pages)
        assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
        assert case_file.get_case(demo, case_id).name in text
        headings = {
            "section:person": "The person",
            "section:traject": "The traject",
            "section:needs": "Needs assessments",
            "section:factors": "Push and pull factors",
            "section:goals": "Goals and steps",
            "section:sessions": "Sessions and their notes",
            "section:plan_versions": "Plan versions",
            "section:involvements": "Partner services involved",
        }
        for section in tree.sections:
            if section.key in headings:
                assert headings[section.key] in text, (case_id, section.key)
        for session in content.sessions:
            heading = f"{long_date(session.starts_at.date(), lambda _context, text: text)} {session.starts_at:%H:%M}"
            assert heading in " ".join(text.split()), heading


# --- retention -----------------------------------------------------------------------------------------------------


def test_a_case_is_kept_the_policy_years_after_it_was_closed():
    assert RETENTION_YEARS == 5
    assert kept_until(None) is None
    assert kept_until(date(2031, 3, 5)) == date(2036, 3, 5)
    assert kept_until(date(2028, 2, 29)) == date(2033, 2, 28)
    changes = [
        PhaseChange(1, 1, Phase.BUILDING_TRUST, date(2030, 1, 1)),
        PhaseChange(2, 1, Phase.CLOSED, date(2031, 1, 1)),
    ]
    assert closed_on(changes) == date(2031, 1, 1)
    assert closed_on([*changes, PhaseChange(3, 1, Phase.AFTERCARE, date(2031, 6, 1))]) is None  # reopened
    assert closed_on([]) is None
    assert retention_words(date(2036, 3, 5)) == "This case file is kept until 5 March 2036."
    assert retention_words(None) == "This case file is kept until 5 years after the case is closed."
    assert retention_words(None, lambda context, text: f"{context}:{text}").startswith("Retention:")


def test_the_kept_until_date_of_a_case_follows_its_traject(vault, make_case):
    case = make_case("Zoë Verbruggen")
    assert case_kept_until(vault, case.id) is None
    case_file.record_phase(vault, case_id=case.id, phase=Phase.EXPLORING, on=date(2030, 1, 1))
    assert case_kept_until(vault, case.id) is None
    case_file.record_phase(vault, case_id=case.id, phase=Phase.CLOSED, on=date(2031, 4, 30), closing_reason="Done")
    assert case_kept_until(vault, case.id) == date(2036, 4, 30)
    case_file.record_phase(vault, case_id=case.id, phase=Phase.AFTERCARE, on=date(2031, 5, 2))  # reopened
    assert case_kept_until(vault, case.id) is None
    case_file.record_phase(vault, case_id=case.id, phase=Phase.CLOSED, on=date(2031, 9, 1))
    assert case_kept_until(vault, case.id) == date(2036, 9, 1)
    with pytest.raises(CaseNotFound):
        case_kept_until(vault, 9999)

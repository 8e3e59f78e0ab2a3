"""Printed session notes, gathered through the real services from a real vault, read back with pypdf and rendered
with QtPdf: the header block, the note's markup, names exactly as written, the period's sessions only, page x of
y over many pages, and special-category tags only when included."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from pdf_pages import assert_inked, render_first_page
from trajectapp.documents.note_markup import BlockKind, inline_markup, note_blocks
from trajectapp.documents.session_notes import session_notes_document
from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.sessions import Focus, Participant, SessionParty
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.services import contacts, factors, needs, partners
from trajectapp.services.session_notes import gather_period_notes, gather_session_notes

TODAY = date(2026, 3, 20)
SABR = "صبر"
NOTE = f"""# How it went
Calm and open; he had *never* prepared questions before.

# What was said
- The visit by his mother was cancelled again.
- He asked whether Zoë Verbruggen of the justice house could come.
  - She can come on the 14th.
1. First the identity card.
2. Then the housing.

## My impression
He says the word {SABR} keeps coming back. **No confrontation yet.** 5 * 3 * 2 and <b>as typed</b> & so on.
"""


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def text_of(pdf: bytes) -> str:
    return flat("\n".join(pages_of(pdf)))


@pytest.fixture
def case(vault, make_case):
    needs.add_default_domains(vault)
    partners.add_default_services(vault)
    factors.add_default_factor_categories(vault)
    return make_case("Çelik Ağaoğlu", "Çelik")


@pytest.fixture
def catalogue(vault, case):
    domains = {domain.name: domain.id for domain in needs.list_domains(vault)}
    services = {service.name: service.id for service in partners.list_services(vault)}
    categories = factors.list_factor_categories(vault)
    plain = factors.save_factor(
        vault, Factor(None, case.id, Direction.TOWARDS, FactorKind.PUSH, categories[0].id, ApproximateDate(2026, 1, 2))
    )
    special = factors.save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.AWAY,
            FactorKind.PULL,
            categories[1].id,
            ApproximateDate(2026, 1, 2),
            domain_id=domains["Mental health and trauma"],
        ),
    )
    return {
        "domains": domains,
        "services": services,
        "plain factor": categories[0].name,
        "special factor": categories[1].name,
        "factor ids": (plain.id, special.id),
    }


@pytest.fixture
def session(vault, case, catalogue):
    """One held session with everything its header can show, and a follow-up action."""
    domains, services = catalogue["domains"], catalogue["services"]
    held = contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=datetime(2026, 2, 3, 14, 30),
        held=True,
        kind="multi_agency",
        duration_minutes=75,
        location="Gevangenis Brugge, spreekkamer 2",
        focus=Focus.PLANNING,
        participants=[
            Participant(SessionParty.PERSON),
            Participant(SessionParty.SERVICE, services["CAW – Justitieel Welzijnswerk"]),
            Participant(SessionParty.FAMILY, name="Nadia El Ouafi"),
            Participant(SessionParty.OTHER, name="Zoë Verbruggen"),
        ],
        domain_ids=[domains["Housing"], domains["Worldview, religion and ideology"]],
        factor_ids=catalogue["factor ids"],
        goods=[PrimaryGood.RELATEDNESS, PrimaryGood.SPIRITUALITY],
        note=NOTE,
    )
    contacts.add_action(
        vault,
        case_id=case.id,
        description="Vraag het justitiehuis naar het bezoek",
        owner="Zoë Verbruggen",
        due_on=date(2026, 2, 14),
        session_id=held.id,
    )
    return held


def test_one_session_prints_its_header_note_and_follow_up_actions(vault, case, session):
    pdf = session_notes_document(gather_session_notes(vault, case.id, session.id), today=TODAY)
    text = text_of(pdf)
    for expected in (
        "Session notes",
        "Çelik Ağaoğlu (Çelik)",
        "3 February 2026 14:30 · Multi-agency meeting",
        "75 minutes",
        "Gevangenis Brugge, spreekkamer 2",
        "Planning",
        "Çelik Ağaoğlu (Çelik), CAW – Justitieel Welzijnswerk, Nadia El Ouafi (family), Zoë Verbruggen",
        "Housing",
        "Relatedness: close bonds with others",
        "Vraag het justitiehuis naar het bezoek",
        "14/02/2026",
        "Printed 20 March 2026",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert len(pages_of(pdf)) == 1


def test_the_note_markup_becomes_headings_lists_and_emphasis_and_nothing_else_is_read_as_markup(vault, case, session):
    pdf = session_notes_document(gather_session_notes(vault, case.id, session.id), today=TODAY)
    text = text_of(pdf)
    for expected in (
        "How it went",
        "What was said",
        "My impression",
        "The visit by his mother was cancelled again.",
        "• He asked whether Zoë Verbruggen of the justice house could come.",  # the bullet in DejaVu
        "– She can come on the 14th.",
        "1. First the identity card.",
        "2. Then the housing.",
        "No confrontation yet.",
        "never prepared questions",
        "5 * 3 * 2 and <b>as typed</b> & so on.",
    ):
        assert expected in text, expected
    assert "**" not in text and "*never*" not in text and "# How" not in text and "- The visit" not in text
    # Headings and strong text in the bold face, emphasis in the oblique one: both DejaVu, so every name prints.
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts |= {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans-Bold" in name for name in fonts)
    assert any("DejaVuSans-Oblique" in name for name in fonts)


def test_special_category_tags_are_left_out_unless_included(vault, case, catalogue, session):
    data = gather_session_notes(vault, case.id, session.id)
    left_out = text_of(session_notes_document(data, today=TODAY))
    included = text_of(session_notes_document(data, today=TODAY, include_special=True))
    special = ("Worldview, religion and ideology", "Spirituality: meaning and purpose", catalogue["special factor"])
    for text in special:
        assert text not in left_out and text in included, text
    assert "Tags about religion or ideology, health and offences were left out of these notes." in left_out
    assert "left out" not in included
    assert catalogue["plain factor"] in left_out and "Housing" in left_out


def test_a_period_holds_its_sessions_only_oldest_first_and_both_days_count(vault, case, session):
    for day, marker in (
        (date(2026, 1, 31), "MARKER-BEFORE"),
        (date(2026, 2, 1), "MARKER-FIRST-DAY"),
        (date(2026, 2, 28), "MARKER-LAST-DAY"),
        (date(2026, 2, 10), "MARKER-MIDDLE"),
        (date(2026, 3, 1), "MARKER-AFTER"),
    ):
        contacts.add_session(
            vault,
            case_id=case.id,
            starts_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
            held=True,
            note=f"# {marker}\nSeen on {day.isoformat()}.",
        )
    data = gather_period_notes(vault, case.id, date(2026, 2, 1), date(2026, 2, 28))
    text = text_of(session_notes_document(data, today=TODAY))
    assert "MARKER-BEFORE" not in text and "MARKER-AFTER" not in text
    order = [text.index(marker) for marker in ("MARKER-FIRST-DAY", "How it went", "MARKER-MIDDLE", "MARKER-LAST-DAY")]
    assert order == sorted(order)
    assert "from 1 February 2026 to 28 February 2026: 4 in all" in text


def test_an_empty_period_says_so(vault, case, session):
    text = text_of(
        session_notes_document(gather_period_notes(vault, case.id, date(2025, 1, 1), date(2025, 1, 31)), today=TODAY)
    )
    assert "No sessions in this period." in text and "Page 1 of 1" in text


def test_a_long_note_runs_over_many_pages_each_saying_page_x_of_y(vault, case):
    lines = []
    for number in range(1, 301):
        lines += [
            f"# Part {number}",
            f"- Point {number} with Zoë Verbruggen and *Nadia El Ouafi*",
            f"Line {number}: " + "a sentence that goes on for a while " * 4,
            "",
        ]
    long = contacts.add_session(
        vault, case_id=case.id, starts_at=datetime(2026, 2, 5, 10), held=True, note="\n".join(lines)
    )
    pdf = session_notes_document(gather_session_notes(vault, case.id, long.id), today=TODAY)
    pages = pages_of(pdf)
    assert len(pages) > 20
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in flat(page)
        assert "Session notes – Çelik Ağaoğlu (Çelik)" in flat(page)
    text = flat("\n".join(pages))
    assert "Part 300" in text and "Point 300 with Zoë Verbruggen and Nadia El Ouafi" in text


def test_the_first_page_renders_with_ink_on_it(qtbot, vault, case, session):
    image = render_first_page(
        qtbot, session_notes_document(gather_session_notes(vault, case.id, session.id), today=TODAY)
    )
    assert_inked(image)


def test_only_a_session_of_the_case_and_a_period_the_right_way_round_are_gathered(vault, case, session, make_case):
    other = make_case("Nadia El Ouafi")
    with pytest.raises(InvalidValue):
        gather_session_notes(vault, other.id, session.id)
    with pytest.raises(InvalidValue):
        gather_period_notes(vault, case.id, date(2026, 3, 1), date(2026, 2, 1))


# -- the markup on its own ------------------------------------------------------------------------------------


def test_the_markup_reads_line_by_line():
    blocks = note_blocks("\n\n# Head\n## Sub\n- item\n  - deeper\n3) third\nplain *it* **bold**\n\n\n\nafter\n\n")
    assert [b.kind for b in blocks] == [
        BlockKind.HEADING,
        BlockKind.SUBHEADING,
        BlockKind.ITEM,
        BlockKind.ITEM,
        BlockKind.ITEM,
        BlockKind.TEXT,
        BlockKind.GAP,
        BlockKind.TEXT,
    ]
    assert [b.level for b in blocks if b.kind is BlockKind.ITEM] == [0, 1, 0]
    assert blocks[4].bullet == "3)"
    assert blocks[5].markup == "plain <i>it</i> <b>bold</b>"


@pytest.mark.parametrize(
    "typed, markup",
    [
        ("5 * 3 * 2", "5 * 3 * 2"),
        ("a <b> & c", "a &lt;b&gt; &amp; c"),
        ("**strong with *emphasis* inside**", "<b>strong with <i>emphasis</i> inside</b>"),
        ("snake*case*word stays", "snake*case*word stays"),
        ("** not strong **", "** not strong **"),
        ("###not a heading", "###not a heading"),
    ],
)
def test_inline_markup_is_read_only_where_it_is_meant(typed, markup):
    assert inline_markup(typed) == markup


def test_a_line_of_hashes_or_dashes_alone_stays_text():
    assert [b.kind for b in note_blocks("#\n-\n### three")] == [BlockKind.TEXT] * 3
    assert re.search("three", note_blocks("### three")[0].markup)

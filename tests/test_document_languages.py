"""Every document in Dutch and in French, laid out from a demo vault and read back with pypdf: none of the document's
own English words is left in it (the texts lupdate finds under its context), the translations the .ts files give are
there, and each first page is drawn by QtPdf. The disclosure register keeps the language of a saved document, and a
name in Arabic script is shaped inside the Dutch words around it."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from lupdate_catalogue import lupdate_catalogue
from pdf_pages import assert_inked, render_first_page
from trajectapp.documents.script import isolated, shape_for_pdf
from trajectapp.domain.disclosures import Basis, DisclosureParty, PartyKind
from trajectapp.domain.languages import Language
from trajectapp.domain.selection import Translate
from trajectapp.domain.sessions import Participant, SessionParty
from trajectapp.domain.traject import Phase
from trajectapp.resource_path import resources_root
from trajectapp.services import case_file, contacts, partners, plan, transfer
from trajectapp.services.case_selection import selection_tree
from trajectapp.services.case_summary import gather_case_summary
from trajectapp.services.demo import create_demo_vault
from trajectapp.services.disclosures import disclosures
from trajectapp.services.documents import (
    case_summary_pdf,
    password_slip_pdf,
    plan_pdf,
    recovery_sheet_pdf,
    session_notes_pdf,
)
from trajectapp.services.handover_export import handover_material, handover_pdf, save_handover_pdf
from trajectapp.services.prints import save_document
from trajectapp.services.session_notes import gather_period_notes
from trajectapp.ui.translations import document_translate
from trajectapp.vault.recovery_key import new_recovery_key
from trajectapp.vault.vault import unlock_vault

TODAY = date(2031, 3, 5)
TRANSLATED = (Language.DUTCH, Language.FRENCH)
DOCUMENTS_FOLDER = Path(__file__).resolve().parent.parent / "src" / "trajectapp" / "documents"
_PLACEHOLDER = re.compile(r"%L?\d|%n")


@dataclass(frozen=True)
class Document:
    """A document's own words: the `context` lupdate files them under in its `modules`; `always` are sources the
    document shows whatever the case holds, whose translations must be in it."""

    modules: tuple[str, ...]
    context: str
    always: tuple[str, ...]


HANDOVER_MODULES = ("handover.py", "handover_layout.py", "handover_record.py", "handover_work.py")
DOCUMENTS = {
    "session notes": Document(("session_notes.py",), "SessionNotes", ("Session notes", "Taking part")),
    "case summary": Document(
        ("case_summary.py", "case_summary_layout.py"),
        "CaseSummary",
        ("Case summary", "The person", "The traject", "Push and pull factors", "Reintegration plan"),
    ),
    "plan": Document(
        ("plan_document.py",),
        "PlanDocument",
        ("My plan", "What I want to reach", "Who agrees with this plan", "Signatures"),
    ),
    "handover": Document(HANDOVER_MODULES, "Handover", ("Handover", "Purpose", "Made on", "Earlier disclosures")),
    "own copy": Document(
        HANDOVER_MODULES, "Handover", ("Your data", "Who received your data", "How long your data is kept")
    ),
    "password slip": Document(("password_slip.py",), "PasswordSlip", ("Password of a PDF file", "cut along the line")),
    "package slip": Document(
        ("password_slip.py",), "PasswordSlip", ("Passphrase of a transfer package", "cut along the line")
    ),
    "recovery sheet": Document(
        ("recovery_sheet.py",), "RecoverySheet", ("Trajectapp recovery sheet", "What this key does", "How to keep it")
    ),
}


# --- reading back ---------------------------------------------------------------------------------------------------


def text_of(pdf: bytes) -> str:
    """The document's text with its line breaks and runs of spaces made single spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def occurrences(words: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


def only_placeholders(_context: str, text: str) -> str:
    """A translation that takes every word of ours out and keeps the placeholders: what is left of a document laid
    out with it is the case's own data (which may well hold English words)."""
    return " ".join(_PLACEHOLDER.findall(text))


@cache
def ts_translations(language: Language) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, of every finished message of the committed .ts file."""
    found = {}
    ts_file = resources_root() / "i18n" / f"trajectapp_{language.value}.ts"
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" and translation is not None and translation.text:
                found[name, message.findtext("source") or ""] = translation.text
    return found


def english_words(document: Document, folder: Path) -> frozenset[str]:
    """The pieces of the document's English source texts between their placeholders that hold a letter."""
    found = lupdate_catalogue([DOCUMENTS_FOLDER / module for module in document.modules], folder)
    sources = [source for context, source, _comment in found if context == document.context]
    assert len(sources) >= 5, f"lupdate found too little under {document.context}: the scan reads nothing"
    pieces = (piece.strip() for source in sources for piece in _PLACEHOLDER.split(source))
    return frozenset(piece for piece in pieces if any(char.isalpha() for char in piece))


def also_in(language: Language, words: str) -> bool:
    """Whether `words` are words of `language` too: some translation of ours holds them ("Status", "of", "Date")."""
    return any(occurrences(words, translation) for translation in ts_translations(language).values())


# --- the documents of a demo case -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A small demo vault and the case of it with the most to show: a plan version that parties answered, session
    notes, and entries in the register."""
    folder = tmp_path_factory.mktemp("demo") / "vault"
    create_demo_vault(folder, PASSPHRASE, cases=6, seed=3, kdf=fast_kdf(), today=TODAY)
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)

    def richness(case_id: int) -> tuple[bool, bool, int]:
        answered = any(version.agreements for version in plan.plan_versions(vault, case_id))
        return answered, bool(disclosures(vault, case_id)), len(contacts.sessions(vault, case_id))

    case_id = max(range(1, 7), key=richness)
    assert richness(case_id)[:2] == (True, True), "no demo case has an answered plan and a register entry"
    yield vault, case_id
    vault.lock()


def layouts(vault, case_id: int, folder: Path) -> dict[str, Callable[[Translate], bytes]]:
    """Each document of the case, laid out in the language of the translate given."""
    case = case_file.get_case(vault, case_id)
    summary = gather_case_summary(vault, case_id)
    held = sorted(session.starts_at.date() for session in contacts.sessions(vault, case_id))
    notes = gather_period_notes(vault, case_id, held[0], held[-1])
    version = next(v for v in reversed(plan.plan_versions(vault, case_id)) if v.agreements)
    service_names = {service.id: service.name for service in partners.list_services(vault)}
    keys = selection_tree(vault, case_id).all_keys()
    recovery_key = new_recovery_key()

    def handover(translate: Translate, for_the_person: bool) -> bytes:
        material = handover_material(vault, case_id, keys, for_the_person=for_the_person, translate=translate)
        return handover_pdf(
            material, today=TODAY, recipient="Justitiehuis Brugge", purpose="MARKER", translate=translate
        )

    def slip(translate: Translate, package: bool) -> bytes:
        return password_slip_pdf(
            secret="K7QD-RMXH-2CFW-PT4N-9EVA",
            recipient=case.display_name,
            file_name="handover.pdf",
            made_on=TODAY,
            package=package,
            translate=translate,
        )

    return {
        "session notes": lambda tr: session_notes_pdf(notes, today=TODAY, include_special=True, translate=tr),
        "case summary": lambda tr: case_summary_pdf(summary, today=TODAY, include_special=True, translate=tr),
        "plan": lambda tr: plan_pdf(
            case.display_name, version, today=TODAY, service_names=service_names, include_special=True, translate=tr
        ),
        "handover": lambda tr: handover(tr, False),
        "own copy": lambda tr: handover(tr, True),
        "password slip": lambda tr: slip(tr, False),
        "package slip": lambda tr: slip(tr, True),
        "recovery sheet": lambda tr: recovery_sheet_pdf(
            recovery_key, vault_folder=str(folder), created=TODAY, translate=tr
        ),
    }


@pytest.fixture(scope="module")
def rendered(demo, tmp_path_factory):
    """(document, language or None) -> PDF bytes; None lays it out with only_placeholders."""
    vault, case_id = demo
    made = {}
    for name, layout in layouts(vault, case_id, tmp_path_factory.mktemp("folder")).items():
        made[name, None] = layout(only_placeholders)
        for language in TRANSLATED:
            made[name, language] = layout(document_translate(language))
    return made


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> dict[str, frozenset[str]]:
    folder = tmp_path_factory.mktemp("lupdate")
    return {name: english_words(document, folder) for name, document in DOCUMENTS.items()}


def test_the_documents_are_all_here():
    """Each module under documents/ that lays out words of its own belongs to a document checked here."""
    checked = {module for document in DOCUMENTS.values() for module in document.modules}
    with_words = {
        path.name for path in DOCUMENTS_FOLDER.glob("*.py") if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")
    }
    assert with_words <= checked


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.value)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_english_word_of_the_document_is_left(rendered, english, name, language):
    text, data_only = text_of(rendered[name, language]), text_of(rendered[name, None])
    left = sorted(
        words
        for words in english[name]
        if not also_in(language, words) and occurrences(words, text) > occurrences(words, data_only)
    )
    assert left == []


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.value)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_translations_of_the_document_are_in_it(rendered, name, language):
    text = text_of(rendered[name, language])
    document = DOCUMENTS[name]
    translations = ts_translations(language)
    missing = [
        source for source in document.always if " ".join(translations[document.context, source].split()) not in text
    ]
    assert missing == []


def test_the_first_page_of_each_document_is_drawn_in_either_language(qtbot, rendered):
    for (name, language), pdf in rendered.items():
        if language is None:
            continue
        image = render_first_page(qtbot, pdf)
        assert_inked(image, lowest=0.003, page=f"{name} ({language.value}): page 1")


# --- the disclosure register ----------------------------------------------------------------------------------------

HOUSE = DisclosureParty(PartyKind.PARTNER_SERVICE, "Justitiehuis Brugge")
REASON = "Gevraagd voor het overleg van maandag"  # no consent covers the recipient


def test_a_document_saved_in_french_is_recorded_in_french(vault, make_case, tmp_path):
    case = make_case("Çelik Ağaoğlu")
    pdf = case_summary_pdf(
        gather_case_summary(vault, case.id),
        today=TODAY,
        include_special=False,
        translate=document_translate(Language.FRENCH),
    )
    saved = save_document(
        vault,
        path=tmp_path / "resume.pdf",
        pdf=pdf,
        document="case_summary",
        case_id=case.id,
        protected=False,
        title="Case summary of 2031-03-05",
        party=HOUSE,
        purpose="Concertation de cas",
        basis=Basis.CASE_CONSULTATION,
        override_reason=REASON,
        language=Language.FRENCH,
    )
    dutch = document_translate(Language.DUTCH)
    material = handover_material(vault, case.id, {"person:name"}, translate=dutch)
    handover = save_handover_pdf(
        vault,
        path=tmp_path / "overdracht.pdf",
        pdf=handover_pdf(material, today=TODAY, recipient=HOUSE.name, purpose="Overleg", translate=dutch),
        case_id=case.id,
        party=HOUSE,
        purpose="Overleg",
        basis=Basis.CASE_CONSULTATION,
        items=material.content.items,
        protected=False,
        override_reason=REASON,
        language=Language.DUTCH,
    )
    assert (saved.language, handover.language) == (Language.FRENCH, Language.DUTCH)
    assert [entry.language for entry in disclosures(vault, case.id)] == [Language.FRENCH, Language.DUTCH]


def test_a_transfer_package_is_recorded_without_a_language(vault, make_case, tmp_path):
    case = make_case("Çelik Ağaoğlu")
    transfer.save_transfer_package(
        vault,
        path=tmp_path / transfer.suggested_file_name(TODAY),
        package=transfer.export_package(vault, case.id, kdf=fast_kdf()),
        party=DisclosureParty(PartyKind.CONSULTANT, "Jan Peeters"),
        purpose="Overdracht na transfer",
        basis=Basis.LEGAL_OBLIGATION,
        override_reason=REASON,
    )
    [entry] = disclosures(vault, case.id)
    assert entry.language is None


# --- a name in Arabic script inside Dutch words ---------------------------------------------------------------------

ARABIC_NAME, PREFERRED, SISTER = "يوسف العلوي", "Youssef", "فاطمة"
_UNSHAPED_LETTER = re.compile("[\u0621-\u064a]")  # joined letters are presentation forms, outside this block


def text_as_drawn(pdf: bytes) -> str:
    """The text in the order it is drawn on the page: pypdf's plain extraction turns Arabic runs round again, and
    guesses wrong on a line that mixes them with Latin letters."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text(extraction_mode="layout") for page in pages).split())


@pytest.fixture
def arabic_case(vault, make_case):
    """A case whose person is named in Arabic script, known by a name in Latin letters, with a note and a session
    with a sister, all mentioning the name."""
    case = make_case(ARABIC_NAME, PREFERRED)
    case_file.record_phase(
        vault,
        case_id=case.id,
        phase=Phase.BUILDING_TRUST,
        on=date(2030, 1, 2),
        note=f"{ARABIC_NAME} vertelt over zijn zus.",
    )
    contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=datetime(2030, 2, 3, 10),
        held=True,
        participants=[Participant(SessionParty.PERSON), Participant(SessionParty.FAMILY, name=SISTER)],
        note=f"Gesprek met {ARABIC_NAME} en {SISTER}.",
    )
    return case


def test_an_arabic_name_in_the_dutch_case_summary_is_shaped_and_the_dutch_around_it_intact(vault, arabic_case):
    words = ts_translations(Language.DUTCH)
    pdf = case_summary_pdf(
        gather_case_summary(vault, arabic_case.id),
        today=TODAY,
        include_special=True,
        translate=document_translate(Language.DUTCH),
    )
    text = text_as_drawn(pdf)
    title = words["CaseSummary", "Case summary"]
    assert f"{title} – {shape_for_pdf(ARABIC_NAME)} ({PREFERRED})" in text  # the header of every page
    assert f"{shape_for_pdf(ARABIC_NAME)} vertelt over zijn zus." in text
    assert not _UNSHAPED_LETTER.search(text)


def test_an_arabic_name_in_the_dutch_handover_is_shaped_and_the_dutch_around_it_intact(vault, arabic_case):
    words = ts_translations(Language.DUTCH)
    translate = document_translate(Language.DUTCH)
    keys = selection_tree(vault, arabic_case.id).all_keys()
    material = handover_material(vault, arabic_case.id, keys, translate=translate)
    text = text_as_drawn(
        handover_pdf(material, today=TODAY, recipient=HOUSE.name, purpose="Overleg", translate=translate)
    )
    assert f"{words['Handover', 'Handover']} – {shape_for_pdf(ARABIC_NAME)}" in text  # the header of every page
    family = words["Handover", "%1 (family)"].replace("%1", shape_for_pdf(SISTER))
    assert f"{shape_for_pdf(ARABIC_NAME)}, {family}" in text  # who took part in the session
    assert f"Gesprek met {shape_for_pdf(ARABIC_NAME)} en {shape_for_pdf(SISTER)}." in text
    assert f"{shape_for_pdf(ARABIC_NAME)} vertelt over zijn zus." in text
    assert not _UNSHAPED_LETTER.search(text)


def test_a_line_of_arabic_alone_still_reads_right_to_left_and_only_arabic_is_isolated():
    assert shape_for_pdf(f"{SISTER}.") == "." + shape_for_pdf(SISTER)  # the full stop at its end: on the left
    assert shape_for_pdf(f"{SISTER} (familie)") == shape_for_pdf(SISTER) + " (familie)"
    assert isolated("Zoë Verbruggen") == "Zoë Verbruggen"
    assert shape_for_pdf(f"{isolated(SISTER)}, Zoë") == shape_for_pdf(SISTER) + ", Zoë"  # no mark left behind

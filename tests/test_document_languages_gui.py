"""The document's language on screen, through the real widgets offscreen: a preview's language box (the interface's
language first) rebuilds the document in the language chosen and saves it with that language in the register; the
plan document opens in the language the person reads, the export wizard's preview in theirs for their own copy and
in the interface's otherwise; and the register shows the language of an entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from gui_support import send_key, type_text
from test_document_languages import ts_translations
from test_documents_gui import for_the_justice_house, text_of, wait_built, when_open
from test_export_wizard import fill_basis, go_on, read_secret, wait_preview, write_to
from trajectapp.domain.disclosures import Basis, DisclosedItem, DisclosureParty, OutputFormat, PartyKind
from trajectapp.domain.languages import Language
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import Goal
from trajectapp.services import case_file, contacts, needs, partners, plan
from trajectapp.services.disclosures import disclosures, record_disclosure
from trajectapp.ui.ask import Ask
from trajectapp.ui.disclosures.register_dialog import RegisterDialog
from trajectapp.ui.documents.summary_preview import CaseSummaryDialog
from trajectapp.ui.export.export_wizard import ExportWizard
from trajectapp.ui.export.secret_dialog import SecretDialog
from trajectapp.ui.plan.document_preview import PlanDocumentDialog
from trajectapp.ui.plan.plan_panel import PlanPanel

TODAY = date(2031, 3, 5)


def choose(box: QComboBox, language: Language) -> None:
    """Pick `language` with the arrow keys, as a person does on the closed box (which is what emits activated)."""
    wanted = box.findData(language)
    key = Qt.Key_Down if wanted > box.currentIndex() else Qt.Key_Up
    for _ in range(box.count()):
        if box.currentIndex() == wanted:
            break
        send_key(box, key)
    assert box.currentData() is language


def words(language: Language, context: str, source: str) -> str:
    """The translation the .ts file gives; English is the source itself."""
    return source if language is Language.ENGLISH else ts_translations(language)[context, source]


@pytest.fixture
def reads_french(vault, make_case):
    """A case whose person reads their documents in French, with a goal in a plan version and a held session."""
    needs.add_default_domains(vault)
    partners.add_default_services(vault)
    case = case_file.save_case(vault, replace(make_case("Çelik Ağaoğlu", "Çelik"), document_language=Language.FRENCH))
    housing = next(domain.id for domain in needs.list_domains(vault) if domain.name == "Housing")
    plan.save_goal(vault, Goal(None, case.id, "Een eigen studio in Gent", (housing,)))
    plan.make_plan_version(vault, case_id=case.id, on=date(2031, 3, 1), note="")
    contacts.add_session(vault, case_id=case.id, starts_at=datetime(2031, 3, 2, 10), held=True, note="Goed gesprek")
    return case


# --- a document's preview -------------------------------------------------------------------------------------------


def test_the_preview_starts_in_the_interfaces_language_and_rebuilds_and_saves_in_the_one_chosen(
    qtbot, vault, reads_french, tmp_path
):
    ask = Ask()
    dialog = CaseSummaryDialog(vault, reads_french.id, presentation_mode=False, ask=ask)
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    # The summary is the consultant's: in the interface's language, whatever the person reads.
    assert dialog.chosen_language() is Language.ENGLISH
    assert "Case summary" in text_of(dialog.pdf)
    choose(dialog.language, Language.FRENCH)
    assert dialog.building  # laid out again, off the GUI thread
    wait_built(qtbot, dialog)
    assert words(Language.FRENCH, "CaseSummary", "Case summary") in text_of(dialog.pdf)
    assert "Case summary" not in text_of(dialog.pdf)

    target = tmp_path / "resume.pdf"
    ask.preset(for_the_justice_house(vault), False, target)  # for whom, no password, and where
    assert dialog.save_as_pdf() == target
    assert words(Language.FRENCH, "CaseSummary", "Case summary") in text_of(target.read_bytes())
    [entry] = disclosures(vault, reads_french.id)
    assert entry.language is Language.FRENCH


@pytest.mark.parametrize("reads", [Language.FRENCH, None], ids=["reads French", "not recorded"])
def test_the_plan_document_opens_in_the_language_the_person_reads(qtbot, vault, reads_french, reads):
    case = case_file.save_case(vault, replace(reads_french, document_language=reads))
    ask = Ask()
    panel = PlanPanel(vault, case.id, ask, today=lambda: TODAY)
    qtbot.addWidget(panel)
    seen = {}

    def look(dialog: PlanDocumentDialog):
        seen["language"] = dialog.chosen_language()
        seen["first"] = text_of(dialog.pdf)
        choose(dialog.language, Language.DUTCH)  # built at once: a plan is a few pages
        seen["chosen"] = text_of(dialog.pdf)
        dialog.reject()

    when_open(PlanDocumentDialog, look)
    panel.versions.document_button.click()
    first = reads or Language.ENGLISH  # the interface's when the case does not say
    assert seen["language"] is first
    assert words(first, "PlanDocument", "What I want to reach") in seen["first"]
    assert words(Language.DUTCH, "PlanDocument", "What I want to reach") in seen["chosen"]
    assert "What I want to reach" not in seen["chosen"]


# --- the export wizard ----------------------------------------------------------------------------------------------


def export_wizard(qtbot, vault, case_id: int, ask: Ask) -> ExportWizard:
    wizard = ExportWizard(vault, ask, case_id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_the_persons_own_copy_is_previewed_in_the_language_they_read_and_its_slip_follows(
    qtbot, vault, reads_french, tmp_path
):
    ask = Ask()
    wizard = export_wizard(qtbot, vault, reads_french.id, ask)
    wizard.recipient_page.person_choice.setChecked(True)
    go_on(wizard)
    go_on(wizard)  # the basis offered
    go_on(wizard)  # everything the case holds
    wait_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.language.isVisible() and preview.language.currentData() is Language.FRENCH
    assert words(Language.FRENCH, "Handover", "Your data") in text_of(wizard.state.pdf)
    choose(preview.language, Language.DUTCH)
    wait_preview(qtbot, wizard)
    assert wizard.state.language is Language.DUTCH
    shown = text_of(wizard.state.pdf)
    assert words(Language.DUTCH, "Handover", "Your data") in shown
    assert words(Language.FRENCH, "Handover", "Your data") not in shown
    go_on(wizard)
    seen = {}

    def slip(dialog: SecretDialog):
        seen["slip"] = text_of(dialog.slip_pdf())
        dialog.done_button.click()

    when_open(SecretDialog, slip)
    write_to(wizard, ask, tmp_path / "kopie.pdf")
    assert words(Language.DUTCH, "PasswordSlip", "Password of a PDF file") in seen["slip"]
    [entry] = disclosures(vault, reads_french.id)
    assert entry.language is Language.DUTCH


def test_a_handover_is_previewed_in_the_interfaces_language_and_written_in_the_one_chosen(
    qtbot, vault, reads_french, tmp_path
):
    ask = Ask()
    service = partners.save_service(vault, PartnerService(None, "VDAB Brugge"))
    wizard = export_wizard(qtbot, vault, reads_french.id, ask)
    assert wizard.recipient_page.choose_service(service.id)
    go_on(wizard)
    fill_basis(qtbot, wizard, "Werk na de vrijlating", Basis.LEGAL_OBLIGATION, "Gevraagd door de persoon zelf")
    go_on(wizard)
    wizard.selection_page.model.toggle("person:name", True)
    go_on(wizard)
    wait_preview(qtbot, wizard)
    preview = wizard.preview_page
    # For a service: the consultant's language, though the person reads French.
    assert preview.language.currentData() is Language.ENGLISH and "Handover" in text_of(wizard.state.pdf)
    choose(preview.language, Language.FRENCH)
    wait_preview(qtbot, wizard)
    assert words(Language.FRENCH, "Handover", "Handover") in text_of(wizard.state.pdf)
    go_on(wizard)
    seen = {}
    read_secret(seen)
    write_to(wizard, ask, tmp_path / "transmission.pdf")
    assert wizard.currentId() == ExportWizard.DONE
    [entry] = disclosures(vault, reads_french.id)
    assert entry.language is Language.FRENCH


def test_a_transfer_package_offers_no_language(qtbot, vault, reads_french):
    ask = Ask()
    wizard = export_wizard(qtbot, vault, reads_french.id, ask)
    type_text(qtbot, wizard.recipient_page.consultant_name, "Anna De Smet")
    go_on(wizard)
    fill_basis(qtbot, wizard, "Overdracht bij transfer", Basis.LEGAL_OBLIGATION, "De zaak gaat mee met de persoon")
    go_on(wizard)
    ask.preset(True)  # everything, special categories included
    wizard.selection_page.all_button.click()
    go_on(wizard)
    wait_preview(qtbot, wizard)
    assert not wizard.preview_page.language.isVisible() and wizard.state.language is None


# --- the register ---------------------------------------------------------------------------------------------------


def test_the_register_shows_the_language_of_a_document_and_none_for_a_package(qtbot, vault, make_case):
    case = make_case("Çelik Ağaoğlu")
    for output_format, language in (
        (OutputFormat.TRANSFER_PACKAGE, None),
        (OutputFormat.ENCRYPTED_PDF, Language.FRENCH),
    ):
        record_disclosure(
            vault,
            case_id=case.id,
            party=DisclosureParty(PartyKind.PERSON, case.name),
            purpose="Eigen kopie",
            basis=Basis.CONSENT,
            items=(DisclosedItem("person:name", "Name"),),
            output_format=output_format,
            file_name="kopie.pdf",
            content=output_format.value.encode(),
            language=language,
        )
    dialog = RegisterDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    details, table = dialog.view.details, dialog.view.table
    table.selectRow(0)  # newest first: the French PDF
    assert details.fields["language"].text() == "French"
    assert details.form.isRowVisible(details.fields["language"])
    table.selectRow(1)
    assert not details.form.isRowVisible(details.fields["language"])

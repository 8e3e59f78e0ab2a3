"""File ▸ Print… and Save as PDF… on an open case, driven through the real window offscreen: the chooser, the
preview built off the GUI thread, Qt's print preview onto a PDF-file printer in tmp_path, saving with and without
a password, one audit entry per print or save, and for each file saved exactly one disclosure-register entry (who
it is for, why, the consent or the reason beyond it, the file's fingerprint); none when nothing was written."""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from gui_support import WAIT_MS, type_text, unlock, workspace
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import short_date
from trajectapp.domain.disclosures import Basis, ConsentCheck, DisclosureParty, OutputFormat, PartyKind
from trajectapp.domain.sessions import Participant, SessionParty
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose
from trajectapp.services import case_file, contacts, needs, partners
from trajectapp.services.disclosures import disclosures
from trajectapp.ui.ask import Ask
from trajectapp.ui.disclosures.recipient_dialog import Recipient, RecipientDialog, Sharing
from trajectapp.ui.documents.chooser import DocumentChoice, DocumentChooser, DocumentKind
from trajectapp.ui.documents.preview import DocumentPreview
from trajectapp.ui.documents.save_flow import PasswordDialog
from trajectapp.ui.documents.summary_preview import CaseSummaryDialog

TODAY = date.today()


def when_open(kind, action) -> None:
    """Run `action(dialog)` as soon as a `kind` dialog shows (it runs its own event loop); a failing action closes
    the dialog, so that the test fails instead of hanging."""

    def attempt():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, attempt)
            return
        try:
            action(shown[0])
        except BaseException:
            shown[0].reject()
            raise

    QTimer.singleShot(0, attempt)


def text_of(pdf: bytes, password: str = "") -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        assert reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def audit(vault, event: str) -> list[tuple]:
    return vault.connection.execute(
        "SELECT record_type, record_id, summary FROM audit_log WHERE event = ? ORDER BY id", (event,)
    ).fetchall()


def justice_house(vault) -> DisclosureParty:
    service = next(s for s in partners.list_services(vault) if s.name == "Justitiehuis")
    return DisclosureParty(PartyKind.PARTNER_SERVICE, service.name, service.id)


def for_the_justice_house(vault) -> Sharing:
    """What the recipient dialog answers for a handover to the justice house, which no consent covers here."""
    return Sharing(
        justice_house(vault),
        "Voorbereiding van de vrijlating",
        Basis.CASE_CONSULTATION,
        override_reason="Gevraagd door de justitieassistent voor het overleg van maandag",
    )


PERSON_COPY = Sharing(DisclosureParty(PartyKind.PERSON, "Çelik Ağaoğlu"), "Own copy, asked for", Basis.CONSENT)


def pdf_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF file, standing in for a real one; only ever into the test's folder."""
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def open_case(start_app, qtbot, vault, make_case):
    """The real window on a case with three held sessions (one tagged with religion), unlocked and opened."""
    needs.add_default_domains(vault)
    partners.add_default_services(vault)
    case = make_case("Çelik Ağaoğlu", "Çelik")
    domains = {domain.name: domain.id for domain in needs.list_domains(vault)}
    now = datetime.combine(TODAY, datetime.min.time()).replace(hour=10)
    made = {}
    for days_ago, marker in ((60, "MARKER-OLD"), (10, "MARKER-RECENT"), (3, "MARKER-LATEST")):
        made[marker] = contacts.add_session(
            vault,
            case_id=case.id,
            starts_at=now - timedelta(days=days_ago),
            held=True,
            duration_minutes=60,
            participants=[Participant(SessionParty.PERSON), Participant(SessionParty.FAMILY, name="Nadia El Ouafi")],
            domain_ids=[domains["Housing"], domains["Worldview, religion and ideology"]],
            goods=[PrimaryGood.SPIRITUALITY],
            note=f"# {marker}\n- Zoë Verbruggen comes next time.\n**Agreed** on *one* thing.",
        ).id
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    shown = workspace(controller)
    assert shown.open_case(case.id)
    return controller, ask, case, made


def wait_built(qtbot, dialog: DocumentPreview) -> None:
    qtbot.waitUntil(lambda: not dialog.building and bool(dialog.pdf), timeout=WAIT_MS)


def test_with_no_case_open_print_and_save_say_to_open_one_first(start_app, qtbot, vault):
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    ask.preset(None, None)
    controller.window.print_action.trigger()
    controller.window.save_pdf_action.trigger()
    assert len(ask.asked) == 2 and all(text.startswith("Open a case first") for text in ask.asked)


def test_print_offers_the_session_chosen_in_contacts_and_prints_it_through_the_print_preview(
    open_case, qtbot, tmp_path
):
    controller, ask, _case, made = open_case
    view = workspace(controller).case_file
    contacts_tab = next(
        view.tabs.widget(i) for i in range(view.tabs.count()) if hasattr(view.tabs.widget(i), "select_session")
    )
    assert contacts_tab.select_session(made["MARKER-RECENT"])
    printed_file = tmp_path / "printed.pdf"
    seen = {}

    def choose(chooser: DocumentChooser):
        seen["offered"] = [chooser.session.itemText(i) for i in range(chooser.session.count())]
        assert chooser.session_choice.isChecked()
        assert chooser.session.currentData() == made["MARKER-RECENT"]
        chooser.preview_button.click()

    def in_print_preview(dialog: QPrintPreviewDialog):
        seen["preview pages"] = dialog.findChild(QPrintPreviewWidget).pageCount()
        dialog.findChild(QPrintPreviewWidget).print_()  # what its Print button does once a printer is chosen
        dialog.accept()

    def preview(dialog: DocumentPreview):
        wait_built(qtbot, dialog)
        seen["text"] = text_of(dialog.pdf)
        seen["print is default"] = dialog.print_button.isDefault()
        dialog.printer = pdf_printer(printed_file)
        when_open(QPrintPreviewDialog, in_print_preview)
        seen["printed"] = dialog.print_document()
        ask.preset(False)  # the print preview closed without printing
        seen["cancelled"] = dialog.print_document()
        seen["printer kept"] = dialog.printer.outputFileName() == str(printed_file)
        dialog.reject()

    when_open(DocumentChooser, choose)
    when_open(DocumentPreview, preview)
    controller.window.print_action.trigger()

    assert len(seen["offered"]) == 3 and "MARKER" not in "".join(seen["offered"])
    assert seen["offered"][0].startswith(short_date(TODAY - timedelta(days=3)))  # newest first
    assert "MARKER-RECENT" in seen["text"] and "MARKER-LATEST" not in seen["text"]
    assert "Nadia El Ouafi (family)" in seen["text"] and "Zoë Verbruggen" in seen["text"]
    assert seen["print is default"] and seen["preview pages"] == 1
    assert seen["printed"] is True and seen["cancelled"] is False and seen["printer kept"]
    printed = PdfReader(printed_file)
    assert len(printed.pages) == 1 and printed.pages[0]["/Resources"]["/XObject"]  # the page, as an image
    assert audit(controller.vault, "document.printed") == [("session_notes", made["MARKER-RECENT"], "session_notes")]


def test_save_as_pdf_of_a_period_protects_it_with_a_password_shown_once(open_case, qtbot, tmp_path):
    controller, ask, case, _made = open_case
    target = tmp_path / "out" / "notes.pdf"
    target.parent.mkdir()
    seen = {}

    def password_shown(dialog: PasswordDialog):
        seen["password"] = dialog.password.text()
        dialog.accept()

    def preview(dialog: DocumentPreview):
        wait_built(qtbot, dialog)
        seen["save is default"] = dialog.save_button.isDefault()
        ask.preset(for_the_justice_house(controller.vault), True, target)  # for whom, protect it, and where
        when_open(PasswordDialog, password_shown)
        seen["saved to"] = dialog.save_as_pdf()
        dialog.reject()

    ask.preset(DocumentChoice(DocumentKind.PERIOD, first=TODAY - timedelta(days=30), last=TODAY))
    when_open(DocumentPreview, preview)
    controller.window.save_pdf_action.trigger()

    assert seen["save is default"] and seen["saved to"] == target
    assert [p.name for p in target.parent.iterdir()] == ["notes.pdf"]  # no partial file beside it
    saved = target.read_bytes()
    assert PdfReader(io.BytesIO(saved)).is_encrypted
    with pytest.raises(FileNotDecryptedError):
        text_of(saved)
    text = text_of(saved, seen["password"])
    assert "MARKER-RECENT" in text and "MARKER-LATEST" in text and "MARKER-OLD" not in text
    assert "Çelik Ağaoğlu (Çelik)" in text and "Worldview" not in text
    assert audit(controller.vault, "document.saved") == [
        ("session_notes_period", None, "session_notes_period, password")
    ]
    assert seen["password"] not in " ".join(ask.asked)
    [entry] = disclosures(controller.vault)
    assert entry.case_id == case.id and entry.party == justice_house(controller.vault)
    assert entry.consent is ConsentCheck.OVERRIDDEN and entry.override_reason.startswith("Gevraagd door")
    assert entry.output_format is OutputFormat.ENCRYPTED_PDF and entry.file_name == "notes.pdf"
    assert (entry.file_size, entry.file_sha256) == (len(saved), hashlib.sha256(saved).hexdigest())
    period = f"{short_date(TODAY - timedelta(days=30))} to {short_date(TODAY)}"
    assert [(item.key, item.label, item.categories) for item in entry.items] == [
        ("session_notes_period", f"Session notes from {period}", frozenset())
    ]
    kept = " ".join(
        str(value) for row in controller.vault.connection.execute("SELECT * FROM disclosures") for value in row
    )
    assert seen["password"] not in kept and str(target.parent) not in kept


def test_unprotected_and_unwritable_saves(open_case, qtbot, tmp_path):
    controller, ask, case, made = open_case
    vault = controller.vault
    choice = DocumentChoice(DocumentKind.SESSION, session_id=made["MARKER-LATEST"])
    from trajectapp.ui.documents.case_documents import case_document_preview

    dialog = case_document_preview(
        choice, vault, ask, case.id, presentation_mode=False, today=TODAY, parent=workspace(controller)
    )
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)

    folder = tmp_path / "out"
    folder.mkdir()
    dialog.include_special.setChecked(True)
    wait_built(qtbot, dialog)
    ask.preset(PERSON_COPY, False, folder / "plain")  # the consultant typed no extension
    assert dialog.save_as_pdf() == folder / "plain.pdf"
    written = (folder / "plain.pdf").read_bytes()
    assert "MARKER-LATEST" in text_of(written)
    [entry] = disclosures(vault, case.id)
    assert entry.output_format is OutputFormat.UNENCRYPTED_PDF and entry.consent is ConsentCheck.NOT_APPLICABLE
    assert entry.file_sha256 == hashlib.sha256(written).hexdigest() and entry.file_name == "plain.pdf"
    day = short_date(contacts.get_session(vault, made["MARKER-LATEST"]).starts_at.date())
    assert [(item.key, item.label, item.categories) for item in entry.items] == [
        (f"session_notes:{made['MARKER-LATEST']}", f"Session notes of {day}", frozenset(DataCategory))
    ]

    nowhere = folder / "plain.pdf" / "notes.pdf"  # a file where the folder should be: nothing can go there
    ask.preset(PERSON_COPY, True, nowhere, None)
    assert dialog.save_as_pdf() is None
    assert ask.asked[-1].startswith("The PDF could not be written there") and "Nothing was saved" in ask.asked[-1]
    assert audit(vault, "document.saved") == [("session_notes", made["MARKER-LATEST"], "session_notes, no password")]
    assert [p.name for p in folder.iterdir()] == ["plain.pdf"]
    assert len(disclosures(vault)) == 1  # the failed write left no entry

    ask.preset(PERSON_COPY, None)  # cancelled at the question about a password
    assert dialog.save_as_pdf() is None
    ask.preset(None)  # cancelled at the question who it is for
    assert dialog.save_as_pdf() is None
    assert len(audit(vault, "document.saved")) == 1 and len(disclosures(vault)) == 1


def test_the_chooser_keeps_the_period_the_right_way_round(qtbot):
    chooser = DocumentChooser([], selected_session_id=None, today=date(2026, 3, 20))
    qtbot.addWidget(chooser)
    assert chooser.summary_choice.isChecked() and not chooser.session_choice.isEnabled()
    assert chooser.first.date().toPython() == date(2026, 2, 20)
    chooser.first.setDate(chooser.last.date().addDays(1))
    assert chooser.period_choice.isChecked() and chooser.value() is None
    assert not chooser.preview_button.isEnabled() and not chooser.period_error.isHidden()
    chooser.last.setDate(chooser.first.date())
    assert chooser.value() == DocumentChoice(DocumentKind.PERIOD, first=date(2026, 3, 21), last=date(2026, 3, 21))
    assert chooser.period_error.isHidden()


def test_presentation_mode_prints_without_special_data_and_does_not_save(open_case, qtbot):
    controller, ask, _case, made = open_case
    controller.set_presentation_mode(True)
    seen = {}

    def preview(dialog: DocumentPreview):
        wait_built(qtbot, dialog)
        assert not dialog.include_special.isEnabled() and not dialog.save_button.isEnabled()
        dialog.include_special.setChecked(True)  # not offered, and not obeyed either
        wait_built(qtbot, dialog)
        seen["text"] = text_of(dialog.pdf)
        assert dialog.save_as_pdf() is None
        ask.preset(True)  # printed from Qt's print preview
        seen["printed"] = dialog.print_document()
        dialog.reject()

    ask.preset(DocumentChoice(DocumentKind.SESSION, session_id=made["MARKER-OLD"]))
    when_open(DocumentPreview, preview)
    controller.window.print_action.trigger()
    assert "MARKER-OLD" in seen["text"] and "Worldview" not in seen["text"] and "Spirituality" not in seen["text"]
    assert seen["printed"] and len(audit(controller.vault, "document.printed")) == 1

    ask.preset(None)
    controller.window.save_pdf_action.trigger()
    assert ask.asked[-1].startswith("Leave presentation mode to save a PDF")


def test_the_case_summary_prints_and_saves_through_the_same_buttons(open_case, qtbot, tmp_path):
    controller, ask, case, _made = open_case
    dialog = CaseSummaryDialog(
        controller.vault, case.id, presentation_mode=False, ask=ask, parent=workspace(controller)
    )
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()  # nothing to print until it is made
    wait_built(qtbot, dialog)
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    ask.preset(True)
    assert dialog.print_document()
    ask.preset(PERSON_COPY, False, tmp_path / "summary.pdf")
    assert dialog.save_as_pdf() == tmp_path / "summary.pdf"
    [entry] = disclosures(controller.vault)
    assert [item.label for item in entry.items] == [f"Case summary of {short_date(TODAY)}"]
    assert audit(controller.vault, "document.printed") == [("case_summary", None, "case_summary")]
    assert audit(controller.vault, "document.saved") == [("case_summary", None, "case_summary, no password")]
    assert "Çelik Ağaoğlu (Çelik)" in text_of((tmp_path / "summary.pdf").read_bytes())


def test_who_it_is_for_asks_a_reason_only_beyond_the_consent(open_case, qtbot, tmp_path):
    controller, ask, case, made = open_case
    vault = controller.vault
    caw = next(s for s in partners.list_services(vault) if s.name.startswith("CAW"))
    case_file.record_consent(
        vault,
        Consent(
            None,
            case.id,
            ConsentPurpose.SHARE_WITH_SERVICE,
            ConsentDecision.GIVEN,
            TODAY - timedelta(days=20),
            caw.id,
            TODAY - timedelta(days=19),
            "Het plan en de afspraken",
            "Niets over de familie",
        ),
    )
    from trajectapp.ui.documents.case_documents import case_document_preview

    dialog = case_document_preview(
        DocumentChoice(DocumentKind.SESSION, session_id=made["MARKER-RECENT"]),
        vault,
        ask,
        case.id,
        presentation_mode=False,
        today=TODAY,
        parent=workspace(controller),
    )
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    target = tmp_path / "voor-caw.pdf"
    seen = {}

    def choose(combo, data=None, text=None) -> None:
        combo.setCurrentIndex(combo.findData(data) if text is None else combo.findText(text))

    def fill_in(form: RecipientDialog):
        ok = form.buttons.button(form.buttons.StandardButton.Ok)
        choose(form.recipient, Recipient.DIRECTORY)
        choose(form.service, text=caw.name)
        seen["covered"] = form.consent_note.text()
        seen["reason asked when covered"] = form.reason.isVisibleTo(form)
        choose(form.recipient, Recipient.OTHER_SERVICE)
        type_text(qtbot, form.name, "Mr. Claes, advocaat")
        seen["beyond"] = form.consent_note.text()
        seen["reason asked beyond"] = form.reason.isVisibleTo(form)
        ok.click()
        seen["errors beyond"] = set(form.errors())
        assert form.isVisible()
        choose(form.recipient, Recipient.DIRECTORY)
        type_text(qtbot, form.basis_fields.purpose, "Afspraken voor na de vrijlating")
        choose(form.basis_fields.basis, Basis.OTHER)
        ok.click()
        seen["errors covered"] = set(form.errors())
        type_text(qtbot, form.basis_fields.explanation, "Art. 458ter Sw.")
        ask.preset(True, target, None)  # protect it, where, and the password seen
        ok.click()

    when_open(RecipientDialog, fill_in)
    assert dialog.save_as_pdf() == target
    assert "consent covers sharing with CAW" in seen["covered"] and "Niets over de familie" in seen["covered"]
    assert not seen["reason asked when covered"] and seen["reason asked beyond"]
    assert "No recorded consent covers Mr. Claes" in seen["beyond"]
    assert seen["errors beyond"] == {"purpose", "basis", "override_reason"}
    assert seen["errors covered"] == {"basis_explanation"}
    [entry] = disclosures(vault)
    assert entry.party == DisclosureParty(PartyKind.PARTNER_SERVICE, caw.name, caw.id)
    assert entry.consent is ConsentCheck.COVERED and entry.override_reason == ""
    assert (entry.basis, entry.basis_explanation) == (Basis.OTHER, "Art. 458ter Sw.")
    assert entry.file_sha256 == hashlib.sha256(target.read_bytes()).hexdigest()

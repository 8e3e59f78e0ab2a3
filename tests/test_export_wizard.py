"""File ▸ Export case… driven through the real widgets offscreen on a real vault: a minimised, encrypted PDF for a
service (checked by pypdf and QtPdf, with and without the password read from the dialog, marker strings present or
absent), the override beyond consent, the second confirmation for special-category data, the transfer package that a
second vault imports, the person's own copy, and cancelling or an unwritable folder leaving no file and no entry."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWizard

from conftest import PASSPHRASE, fast_kdf
from gui_support import WAIT_MS, type_text, unlock, workspace
from trajectapp.documents.password_slip import password_slip
from trajectapp.domain.case import LegalStatus
from trajectapp.domain.disclosures import (
    Basis,
    ConsentCheck,
    DisclosedItem,
    DisclosureParty,
    OutputFormat,
    PartyKind,
)
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import Goal, Step
from trajectapp.domain.text import InvalidText
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose
from trajectapp.services import case_file, contacts, needs, partners, plan, transfer
from trajectapp.services.case_selection import selection_tree
from trajectapp.services.disclosures import disclosures, record_disclosure
from trajectapp.services.handover_export import save_handover_pdf
from trajectapp.services.opening import create_vault
from trajectapp.ui.ask import Ask
from trajectapp.ui.export.export_wizard import ExportWizard
from trajectapp.ui.export.secret_dialog import SecretDialog
from trajectapp.ui.export.selection_model import SPECIAL, SPECIAL_COLOUR

TODAY = date.today()
PLAIN_MARKERS = ("MARKER-PLAIN-SESSION", "MARKER-STEP", "MARKER-GOAL")
LEFT_OUT = ("MARKER-OFFENCE", "MARKER-ACTION", "MARKER-ALLOWED")


# --- the case and the window --------------------------------------------------------------------------------------


@pytest.fixture
def opened(start_app, qtbot, vault, make_case):
    """The real window on a case with marker strings everywhere, a service whose consent is recorded and one
    without; unlocked, the case open."""
    needs.add_default_domains(vault)
    partners.add_default_services(vault)
    domains = {d.name: d.id for d in needs.list_domains(vault)}
    case = make_case("Çelik Ağaoğlu", "Çelik")
    case = case_file.save_case(
        vault, replace(case, legal_status=LegalStatus.CONVICTED, offence_category="MARKER-OFFENCE", prison="Brugge")
    )
    consented = partners.save_service(vault, PartnerService(None, "Justitiehuis Brugge – Zoë"))
    other = partners.save_service(vault, PartnerService(None, "VDAB Brugge"))
    case_file.record_consent(
        vault,
        Consent(
            None,
            case.id,
            ConsentPurpose.SHARE_WITH_SERVICE,
            ConsentDecision.GIVEN,
            date(2031, 1, 5),
            consented.id,
            date(2031, 1, 6),
            allowed="MARKER-ALLOWED the plan",
            not_allowed="session notes",
        ),
    )
    plain = contacts.add_session(
        vault, case_id=case.id, starts_at=datetime(2031, 1, 10, 10), held=True, note="MARKER-PLAIN-SESSION"
    )
    health = contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=datetime(2031, 1, 12, 10),
        held=True,
        domain_ids=[domains["Mental health and trauma"]],
        note="MARKER-HEALTH-SESSION",
    )
    contacts.add_action(vault, case_id=case.id, description="MARKER-ACTION", session_id=plain.id)
    goal = plan.save_goal(vault, Goal(None, case.id, "MARKER-GOAL", (domains["Housing"],)))
    step = plan.save_step(vault, Step(None, goal.id, "MARKER-STEP"))
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    assert workspace(controller).open_case(case.id)
    return {
        "controller": controller,
        "ask": ask,
        "case": case,
        "consented": consented,
        "other": other,
        "plain": f"session:{plain.id}",
        "health": f"session:{health.id}",
        "step": f"step:{step.id}",
        "goal": f"goal:{goal.id}",
    }


def when_open(kind, action) -> None:
    """Run `action(dialog)` once a `kind` dialog shows (it runs its own loop); a failing action closes it."""

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


def read_secret(seen: dict):
    """Note the secret from the dialog's own widget, as a person reads it off the screen, and close it."""

    def action(dialog: SecretDialog):
        seen["secret"] = dialog.secret.text()
        dialog.done_button.click()

    when_open(SecretDialog, action)


def start_wizard(qtbot, opened) -> ExportWizard:
    wizard = ExportWizard(
        opened["controller"].vault, opened["ask"], opened["case"].id, parent=workspace(opened["controller"])
    )
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def go_on(wizard: ExportWizard) -> None:
    """Next (or Write, on the commit page), as a click; it must be enabled."""
    which = QWizard.CommitButton if wizard.currentPage().isCommitPage() else QWizard.NextButton
    button = wizard.button(which)
    assert button.isEnabled() and button.isVisible(), f"{wizard.currentPage().title()}: cannot go on"
    button.click()


def fill_basis(qtbot, wizard: ExportWizard, purpose: str, basis: Basis, reason: str = "") -> None:
    page = wizard.basis_page
    assert wizard.currentPage() is page
    if purpose:
        page.purpose.clear()
        type_text(qtbot, page.purpose, purpose)
    page.basis.setCurrentIndex(page.basis.findData(basis))
    if reason:
        page.override.setChecked(True)
        type_text(qtbot, page.reason, reason)


def wait_preview(qtbot, wizard: ExportWizard) -> None:
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=WAIT_MS)


def text_of(data: bytes, password: str = "") -> str:
    reader = PdfReader(io.BytesIO(data))
    if password:
        assert reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def write_to(wizard: ExportWizard, ask: Ask, target: Path) -> None:
    assert wizard.currentPage() is wizard.output_page
    ask.preset(target)
    wizard.output_page.choose_button.click()
    go_on(wizard)


def click_box(qtbot, view, index) -> None:
    """Click the tick box of `index` in `view`, where the style draws it."""
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=box.center())


def register_rows_hold(vault, text: str) -> bool:
    """Whether any row of the register or the audit trail holds `text` anywhere."""
    for table in ("disclosures", "disclosure_items", "audit_log"):
        try:
            rows = vault.connection.execute(f"SELECT * FROM {table}").fetchall()
        except Exception:  # a table this schema does not have
            continue
        if any(text in str(value) for row in rows for value in row):
            return True
    return False


# --- a service, with consent --------------------------------------------------------------------------------------


def test_a_minimised_encrypted_pdf_for_a_service_with_consent_and_one_register_entry(opened, qtbot, tmp_path):
    ask, vault = opened["ask"], opened["controller"].vault
    wizard = start_wizard(qtbot, opened)
    assert not wizard.button(QWizard.NextButton).isEnabled()  # no recipient yet
    assert wizard.recipient_page.choose_service(opened["consented"].id)
    go_on(wizard)

    fill_basis(qtbot, wizard, "Casusoverleg – voorbereiding met Zoë", Basis.CONSENT)
    page = wizard.basis_page
    assert page.check is ConsentCheck.COVERED and not page.override.isVisible()
    assert "covers sharing with Justitiehuis Brugge – Zoë" in page.consent.text()
    assert "MARKER-ALLOWED" in page.consent.text()  # what the consent allows, in its own words
    go_on(wizard)

    selection = wizard.selection_page
    model = selection.model
    assert model.chosen() == frozenset()  # nothing chosen by default
    assert not wizard.button(QWizard.NextButton).isEnabled()
    # The special-category items are marked: purple, and named in their own column.
    health = model.itemFromIndex(model.index_of(opened["health"]))
    assert health.foreground().color() == QColor(SPECIAL_COLOUR)
    assert "health" in model.itemFromIndex(model.index_of(opened["health"]).siblingAtColumn(SPECIAL)).text()
    offence = model.index_of("person:offence_category")
    assert "offence" in model.itemFromIndex(offence.siblingAtColumn(SPECIAL)).text()

    click_box(qtbot, selection.view, model.index_of("person:name"))  # a real click on the tick box
    assert model.chosen() == {"person:name"}
    for key in (opened["plain"], opened["step"]):
        assert model.setData(model.index_of(key), Qt.Checked, Qt.CheckStateRole)  # as the view does on a click
    assert opened["goal"] in model.chosen()  # a step brings its goal along
    ask.preset(True)  # the second confirmation, for the session tagged with mental health
    model.toggle(opened["health"], True)
    assert "special-category data (health data)" in ask.asked[-1]
    ask.preset(False)  # declined: the offence stays behind
    assert not model.toggle("person:offence_category", True)
    assert "person:offence_category" not in model.chosen()
    assert selection.count.text() == "5 item(s) chosen, 1 of a special category"
    chosen = model.chosen()
    go_on(wizard)

    wait_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.view.document.pageCount() >= 1
    image = preview.view.document.render(0, QSize(400, 566))
    assert len({image.pixel(x, y) for x in range(0, 400, 8) for y in range(0, 566, 8)}) > 2  # not blank
    shown = text_of(wizard.state.pdf)
    assert all(marker in shown for marker in (*PLAIN_MARKERS, "MARKER-HEALTH-SESSION"))
    assert not any(marker in shown for marker in LEFT_OUT)
    go_on(wizard)

    output = wizard.output_page
    assert output.isCommitPage() and not output.unprotected.isChecked() and not output.warning.isVisible()
    target = tmp_path / "out" / "overleg.pdf"
    target.parent.mkdir()
    seen = {}
    read_secret(seen)
    ask.preset(target)
    output.choose_button.click()
    assert output.path.text() == str(target)
    assert "Çelik" not in ask.asked[-1]  # the file dialog's question; the name offered is checked below
    go_on(wizard)
    assert wizard.currentId() == ExportWizard.DONE
    assert "overleg.pdf" in wizard.finish_page.words.text()
    assert not wizard.button(QWizard.BackButton).isVisible() or not wizard.button(QWizard.BackButton).isEnabled()

    secret = seen["secret"]
    assert [p.name for p in target.parent.iterdir()] == ["overleg.pdf"]  # no partial file beside it
    saved = target.read_bytes()
    reader = PdfReader(io.BytesIO(saved))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    document = QPdfDocument()
    document.load(str(target))
    assert document.error() == QPdfDocument.Error.IncorrectPassword
    document.close()
    document.setPassword(secret)
    document.load(str(target))
    assert document.status() == QPdfDocument.Status.Ready and document.pageCount() >= 1
    text = text_of(saved, secret)
    assert all(marker in text for marker in (*PLAIN_MARKERS, "MARKER-HEALTH-SESSION"))
    assert not any(marker in text for marker in LEFT_OUT)

    [entry] = disclosures(vault, opened["case"].id)
    assert entry.party == DisclosureParty(
        PartyKind.PARTNER_SERVICE, "Justitiehuis Brugge – Zoë", opened["consented"].id
    )
    assert (entry.basis, entry.consent, entry.output_format) == (
        Basis.CONSENT,
        ConsentCheck.COVERED,
        OutputFormat.ENCRYPTED_PDF,
    )
    assert entry.purpose == "Casusoverleg – voorbereiding met Zoë"
    assert {item.key for item in entry.items} == chosen
    assert entry.file_name == "overleg.pdf" and entry.file_size == len(saved)
    assert entry.file_sha256 == hashlib.sha256(saved).hexdigest()
    assert secret not in " ".join(ask.asked) and not register_rows_hold(vault, secret)


def test_the_file_name_offered_names_no_one(opened, qtbot):
    ask = opened["ask"]
    wizard = start_wizard(qtbot, opened)
    wizard.recipient_page.choose_service(opened["consented"].id)
    go_on(wizard)
    fill_basis(qtbot, wizard, "Overleg", Basis.CONSENT)
    go_on(wizard)
    wizard.selection_page.model.toggle("person:name", True)
    go_on(wizard)
    wait_preview(qtbot, wizard)
    go_on(wizard)
    offered = {}
    original = ask.save_file

    def save_file(parent, title, start, file_filter):
        offered["start"] = start
        return None  # the consultant cancels the file dialog

    ask.save_file = save_file
    try:
        wizard.output_page.choose_button.click()
    finally:
        ask.save_file = original
    assert offered["start"].name == f"handover-{TODAY.isoformat()}.pdf"
    assert not wizard.output_page.isComplete()  # no file chosen: nothing to write
    wizard.reject()
    assert disclosures(opened["controller"].vault, opened["case"].id) == []


# --- beyond consent, and special categories -----------------------------------------------------------------------


def test_without_consent_an_override_with_a_reason_is_required_and_recorded(opened, qtbot, tmp_path):
    ask, vault = opened["ask"], opened["controller"].vault
    wizard = start_wizard(qtbot, opened)
    wizard.recipient_page.choose_service(opened["other"].id)
    go_on(wizard)
    page = wizard.basis_page
    fill_basis(qtbot, wizard, "Zoektocht naar werk na vrijlating", Basis.LEGAL_OBLIGATION)
    assert page.check is ConsentCheck.OVERRIDDEN
    assert "does not cover sharing with VDAB Brugge" in page.consent.text()
    assert "What the recorded consent does allow" in page.consent.text()
    assert "Justitiehuis Brugge – Zoë" in page.consent.text() and "MARKER-ALLOWED" in page.consent.text()
    next_button = wizard.button(QWizard.NextButton)
    assert page.override.isVisible() and not next_button.isEnabled()
    page.override.setChecked(True)
    assert not next_button.isEnabled()  # ticked, but no reason yet
    assert "Give the reason" in page.missing.text()
    type_text(qtbot, page.reason, "Vordering van het parket – dringend")
    assert next_button.isEnabled()
    go_on(wizard)

    wizard.selection_page.model.toggle("person:name", True)
    wizard.selection_page.model.toggle(opened["plain"], True)
    go_on(wizard)
    wait_preview(qtbot, wizard)
    go_on(wizard)
    # No password, by explicit choice: the warning shows, no secret is shown afterwards.
    output = wizard.output_page
    output.unprotected.setChecked(True)
    assert output.warning.isVisible() and "anyone who gets hold of the file" in output.warning.text()
    target = tmp_path / "vdab.pdf"
    write_to(wizard, ask, target)
    assert wizard.currentId() == ExportWizard.DONE
    assert "the password of the export" not in ask.asked
    assert not PdfReader(target).is_encrypted
    assert "MARKER-PLAIN-SESSION" in text_of(target.read_bytes())

    [entry] = disclosures(vault, opened["case"].id)
    assert (entry.consent, entry.override_reason) == (ConsentCheck.OVERRIDDEN, "Vordering van het parket – dringend")
    assert entry.output_format is OutputFormat.UNENCRYPTED_PDF
    assert entry.basis is Basis.LEGAL_OBLIGATION
    assert entry.file_sha256 == hashlib.sha256(target.read_bytes()).hexdigest()


def test_select_all_asks_once_for_special_categories_and_leaves_them_out_when_declined(opened, qtbot):
    ask = opened["ask"]
    wizard = start_wizard(qtbot, opened)
    wizard.recipient_page.choose_service(opened["consented"].id)
    go_on(wizard)
    fill_basis(qtbot, wizard, "Overleg", Basis.CONSENT)
    go_on(wizard)
    selection = wizard.selection_page
    model = selection.model
    tree = model.tree
    ask.preset(False)
    selection.all_button.click()
    assert len(ask.asked) == 1 and "of these items hold special-category data" in ask.asked[0]
    assert model.chosen() and not model.chosen() & tree.special_keys()
    assert model.chosen() == tree.all_keys() - tree.special_keys()
    ask.preset(True)
    selection.all_button.click()
    assert model.is_everything() and selection.count.text().endswith(
        f"{len(tree.special_keys())} of a special category"
    )
    selection.none_button.click()
    assert model.chosen() == frozenset() and not wizard.button(QWizard.NextButton).isEnabled()
    # Unticking a goal unticks its steps; a section shows partly ticked.
    model.toggle(opened["step"], True)
    model.toggle(opened["goal"], False)
    assert model.chosen() == frozenset()
    model.toggle("person:name", True)
    section = model.itemFromIndex(model.index_of("section:person"))
    assert section.checkState().name == "PartiallyChecked"
    wizard.reject()


# --- a colleague, and the person themself ------------------------------------------------------------------------


def test_a_colleague_gets_a_transfer_package_that_a_second_vault_imports(opened, qtbot, tmp_path):
    ask, vault, case = opened["ask"], opened["controller"].vault, opened["case"]
    wizard = start_wizard(qtbot, opened)
    page = wizard.recipient_page
    type_text(qtbot, page.consultant_name, "Anna De Smet – Haren")
    assert page.consultant_choice.isChecked()
    go_on(wizard)
    fill_basis(
        qtbot,
        wizard,
        "Overdracht bij transfer naar Haren",
        Basis.LEGAL_OBLIGATION,
        reason="De zaak gaat mee met de persoon",
    )
    assert wizard.basis_page.check is ConsentCheck.OVERRIDDEN
    go_on(wizard)

    selection = wizard.selection_page
    selection.model.toggle(opened["plain"], True)
    assert not wizard.button(QWizard.NextButton).isEnabled()
    assert "name" in selection.problem.text()  # the package opens as a case, which needs a name
    ask.preset(True)
    selection.all_button.click()
    go_on(wizard)
    wait_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.stack.currentWidget() is preview.summary and "The whole case" in preview.status.text()
    sessions_row = next(
        r
        for r in range(preview.summary_model.rowCount())
        if preview.summary_model.item(r, 0).text() == "Sessions and their notes"
    )
    assert preview.summary_model.item(sessions_row, 1).text() == "all 2"
    go_on(wizard)

    target = tmp_path / "overdracht.trajectcase"
    seen = {}
    read_secret(seen)
    write_to(wizard, ask, target)
    assert wizard.currentId() == ExportWizard.DONE
    data = target.read_bytes()
    [entry] = disclosures(vault, case.id)
    assert entry.output_format is OutputFormat.TRANSFER_PACKAGE and entry.party.kind is PartyKind.CONSULTANT
    assert entry.file_size == len(data) and entry.file_sha256 == hashlib.sha256(data).hexdigest()
    assert {item.key for item in entry.items} == selection_tree(vault, case.id).all_keys() - {f"disclosure:{entry.id}"}
    assert seen["secret"] not in " ".join(ask.asked) and not register_rows_hold(vault, seen["secret"])

    opened_package = transfer.open_package(transfer.read_package_file(target), seen["secret"])
    second, _ = create_vault(tmp_path / "second", PASSPHRASE, fast_kdf())
    try:
        imported = transfer.import_package(
            second,
            opened_package,
            file_name=target.name,
            party=DisclosureParty(PartyKind.CONSULTANT, "Bram"),
            purpose="Overname",
            basis=Basis.LEGAL_OBLIGATION,
        )
        assert (imported.name, imported.offence_category) == ("Çelik Ağaoğlu", "MARKER-OFFENCE")
        notes = sorted(s.note for s in contacts.sessions(second, imported.id))
        assert notes == ["MARKER-HEALTH-SESSION", "MARKER-PLAIN-SESSION"]
    finally:
        second.lock()


def test_the_person_gets_everything_held_with_the_recipients_and_the_retention(opened, qtbot, tmp_path):
    ask, vault, case = opened["ask"], opened["controller"].vault, opened["case"]
    record_disclosure(
        vault,
        case_id=case.id,
        party=DisclosureParty(PartyKind.PARTNER_SERVICE, "Justitiehuis Brugge – Zoë", opened["consented"].id),
        purpose="MARKER-EARLIER-PURPOSE",
        basis=Basis.CONSENT,
        items=(DisclosedItem("person:name", "Name"),),
        output_format=OutputFormat.ENCRYPTED_PDF,
        file_name="eerder.pdf",
        content=b"%PDF-1.7 fictional",
    )
    wizard = start_wizard(qtbot, opened)
    wizard.recipient_page.person_choice.setChecked(True)
    go_on(wizard)
    page = wizard.basis_page
    assert page.check is ConsentCheck.NOT_APPLICABLE and not page.override.isVisible()
    assert page.purpose.toPlainText() and page.basis.currentData() is Basis.LEGAL_OBLIGATION  # offered
    go_on(wizard)
    model = wizard.selection_page.model
    assert model.is_everything() and ask.asked == []  # everything held, without asking about each item
    go_on(wizard)
    wait_preview(qtbot, wizard)
    go_on(wizard)
    target = tmp_path / "kopie.pdf"
    seen = {}
    read_secret(seen)
    write_to(wizard, ask, target)
    text = text_of(target.read_bytes(), seen["secret"])
    assert all(
        marker in text
        for marker in (*PLAIN_MARKERS, "MARKER-HEALTH-SESSION", "MARKER-OFFENCE", "MARKER-ACTION", "MARKER-ALLOWED")
    )
    assert "Your data" in text and "MARKER-EARLIER-PURPOSE" in text  # who received their data, and why
    assert "kept until" in text
    entries = disclosures(vault, case.id)
    assert len(entries) == 2
    entry = entries[-1]
    assert entry.party == DisclosureParty(PartyKind.PERSON, case.display_name)
    assert entry.consent is ConsentCheck.NOT_APPLICABLE
    assert {item.key for item in entry.items} == model.tree.all_keys()


# --- nothing leaves unless written --------------------------------------------------------------------------------


@pytest.mark.parametrize("step", range(5))
def test_cancelling_at_any_step_leaves_no_file_and_no_entry(opened, qtbot, tmp_path, step):
    ask, vault = opened["ask"], opened["controller"].vault
    folder = tmp_path / "out"
    folder.mkdir()
    wizard = start_wizard(qtbot, opened)
    wizard.recipient_page.choose_service(opened["consented"].id)
    if step > 0:
        go_on(wizard)
        fill_basis(qtbot, wizard, "Overleg", Basis.CONSENT)
    if step > 1:
        go_on(wizard)
        wizard.selection_page.model.toggle("person:name", True)
    if step > 2:
        go_on(wizard)
        wait_preview(qtbot, wizard)
    if step > 3:
        go_on(wizard)
        ask.preset(folder / "x.pdf")
        wizard.output_page.choose_button.click()
    wizard.button(QWizard.CancelButton).click()
    assert not wizard.isVisible()
    assert list(folder.iterdir()) == [] and disclosures(vault, opened["case"].id) == []


def test_an_unwritable_folder_gets_a_clear_message_and_leaves_no_file_and_no_entry(opened, qtbot, tmp_path):
    ask, vault = opened["ask"], opened["controller"].vault
    wizard = start_wizard(qtbot, opened)
    wizard.recipient_page.choose_service(opened["consented"].id)
    go_on(wizard)
    fill_basis(qtbot, wizard, "Overleg", Basis.CONSENT)
    go_on(wizard)
    wizard.selection_page.model.toggle("person:name", True)
    go_on(wizard)
    wait_preview(qtbot, wizard)
    go_on(wizard)
    missing = tmp_path / "no such folder" / "x.pdf"
    ask.preset(missing, None)  # the file, then the warning's OK
    wizard.output_page.choose_button.click()
    go_on(wizard)
    assert "could not be written there" in ask.asked[-1] and "register has no entry" in ask.asked[-1]
    assert wizard.currentPage() is wizard.output_page  # still there, to choose another folder
    assert not missing.parent.exists() and disclosures(vault, opened["case"].id) == []
    # Another folder, and it goes: one entry, one file.
    seen = {}
    read_secret(seen)
    write_to(wizard, ask, tmp_path / "x.pdf")
    assert (tmp_path / "x.pdf").exists() and len(disclosures(vault, opened["case"].id)) == 1


def test_a_register_value_that_cannot_be_kept_writes_no_file(vault, make_case, tmp_path):
    case = make_case()
    target = tmp_path / "x.pdf"
    with pytest.raises(InvalidText):
        save_handover_pdf(
            vault,
            path=target,
            pdf=b"%PDF-1.7",
            case_id=case.id,
            party=DisclosureParty(PartyKind.PERSON, "Yasmina"),
            purpose="bad\x00purpose",
            basis=Basis.CONSENT,
            items=(DisclosedItem("person:name", "Name"),),
            protected=False,
        )
    assert not target.exists() and disclosures(vault, case.id) == []
    with pytest.raises(ValueError):  # said to be protected, but not encrypted
        save_handover_pdf(
            vault,
            path=target,
            pdf=b"%PDF-1.7",
            case_id=case.id,
            party=DisclosureParty(PartyKind.PERSON, "Yasmina"),
            purpose="Kopie",
            basis=Basis.CONSENT,
            items=(DisclosedItem("person:name", "Name"),),
            protected=True,
        )
    assert not target.exists() and disclosures(vault, case.id) == []


# --- the menu, the header button, and the slip --------------------------------------------------------------------


def test_with_no_case_open_the_export_says_to_open_one_first(start_app, qtbot, vault):
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    ask.preset(None)
    controller.window.export_action.trigger()
    assert ask.asked == ["Open a case first: an export takes what leaves from one case file."]


def test_the_menu_and_the_header_button_open_the_wizard_and_presentation_mode_hides_it(opened, qtbot):
    controller = opened["controller"]
    view = workspace(controller).case_file
    assert view.export_button.isVisible()
    seen = []

    def cancel(wizard: ExportWizard):
        seen.append(wizard.currentId())
        wizard.reject()

    when_open(ExportWizard, cancel)
    controller.window.export_action.trigger()
    when_open(ExportWizard, cancel)
    view.export_button.click()
    assert seen == [ExportWizard.RECIPIENT, ExportWizard.RECIPIENT]
    controller.window.presentation_action.trigger()
    assert not view.export_button.isVisible() and not controller.window.export_action.isEnabled()
    assert disclosures(controller.vault, opened["case"].id) == []


def test_the_slip_prints_from_the_secret_dialog(opened, qtbot, tmp_path):
    ask = opened["ask"]
    printed = tmp_path / "slip-printed.pdf"
    seen = {}

    def in_print_preview(dialog: QPrintPreviewDialog):
        seen["pages"] = dialog.findChild(QPrintPreviewWidget).pageCount()
        dialog.findChild(QPrintPreviewWidget).print_()
        dialog.accept()

    def secret_shown(dialog: SecretDialog):
        seen["secret"] = dialog.secret.text()
        dialog.printer = QPrinter(QPrinter.HighResolution)
        dialog.printer.setOutputFormat(QPrinter.PdfFormat)
        dialog.printer.setOutputFileName(str(printed))
        when_open(QPrintPreviewDialog, in_print_preview)
        seen["printed"] = dialog.print_slip()
        dialog.done_button.click()

    when_open(SecretDialog, secret_shown)
    SecretDialog.show_once(
        workspace(opened["controller"]),
        ask,
        "K7QD-RMXH-2CFW-PT4N-9EVA",
        recipient="Justitiehuis Brugge – Zoë",
        file_name="overleg.pdf",
        made_on=TODAY,
        package=False,
    )
    assert seen["secret"] == "K7QD-RMXH-2CFW-PT4N-9EVA" and seen["printed"] and seen["pages"] == 1
    assert len(PdfReader(printed).pages) == 1
    assert disclosures(opened["controller"].vault, opened["case"].id) == []  # a slip is no disclosure


def test_the_slip_holds_the_secret_the_recipient_the_date_and_the_file_name_only():
    slip = password_slip(
        secret="K7QD4-RMXH2-CFWPT-4N9EV-A3GJK-ZZ7QM",
        recipient="Anna De Smet – Çelik",
        file_name="case-transfer-2031-03-05.trajectcase",
        made_on=date(2031, 3, 5),
        package=True,
    )
    reader = PdfReader(io.BytesIO(slip))
    assert len(reader.pages) == 1 and not reader.is_encrypted
    text = reader.pages[0].extract_text()
    for expected in (
        "K7QD4-RMXH2-CFWPT-4N9EV-A3GJK-ZZ7QM",
        "Anna De Smet – Çelik",
        "case-transfer-2031-03-05.trajectcase",
        "2031-03-05",
        "Passphrase of a transfer package",
    ):
        assert expected in text

"""Walks through the running application offscreen that collect every text a person can read on a screen or a
dialog: the setup wizard, the unlock screen, the caseload, the case file's tabs, the agenda, the search, the main
dialogs, the document previews and the export wizard. Shared by the tests of the interface's language: the
pseudo-translation, Dutch and French."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, QThreadPool, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from gui_support import WAIT_MS, click, current_screen, erase, try_unlock, type_text, unlock, workspace
from pseudo_translation import CLOSE, DataWords, Shown, shown_texts, stored_texts
from trajectapp import APP_NAME
from trajectapp.domain.case import Case
from trajectapp.domain.disclosures import Basis
from trajectapp.domain.shipped_catalogues import SHIPPED_CATEGORIES, SHIPPED_DOMAINS, SHIPPED_SERVICES
from trajectapp.services.caseload import list_cases
from trajectapp.services.contacts import sessions
from trajectapp.services.demo import create_demo_vault
from trajectapp.services.demo_material import WORDS as DEMO_WORDS
from trajectapp.services.partners import list_services
from trajectapp.services.plan import goals
from trajectapp.services.search import search
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.documents.case_documents import case_document_preview
from trajectapp.ui.documents.chooser import DocumentChoice, DocumentKind
from trajectapp.ui.export.export_wizard import ExportWizard
from trajectapp.ui.search.results_model import snippet_text
from trajectapp.ui.setup.setup_wizard import SetupWizard
from trajectapp.ui.shell.app import AppController
from trajectapp.vault.vault import unlock_vault

SEED, CASES = 1, 3  # three fictional people; the seed gives one of them needs, factors, goals and a plan
QT_OWN_DIALOGS = (QFileDialog, QPrintDialog, QPrintPreviewDialog)  # Qt's words, in Qt's own catalogues
# The audit trail's events and summaries are the application's own codes, worded by the interface: not data.
NOT_DATA_TABLES = {"audit_log"}
SIZE_FORMATS = (QLocale.DataSizeIecFormat, QLocale.DataSizeTraditionalFormat, QLocale.DataSizeSIFormat)
MODAL_TRIES = WAIT_MS // 10  # ten milliseconds apart: as long as any GUI test waits, for a loaded machine
NOT_IN_ANY_NOTE = "zqxw"
PURPOSE, OVERRIDE_REASON = "Voorbereiding van het casusoverleg", "Dringend overleg met het justitiehuis"


@dataclass
class Walk:
    """What a walk saw, and the data it put on screen itself besides the vault's (a purpose typed, a folder)."""

    shown: list[Shown] = field(default_factory=list)
    data: list[str] = field(default_factory=list)


def shipped_texts() -> set[str]:
    """Every text of the catalogues that come with Trajectapp, as a new vault stores it."""
    services = [(s.name, s.kind, s.organisation, s.notes) for _key, s in SHIPPED_SERVICES]
    return {entry.name for _key, entry in (*SHIPPED_DOMAINS, *SHIPPED_CATEGORIES)} | {t for s in services for t in s}


def make_demo(folder: Path) -> DataWords:
    """A demo vault in `folder`, and its data: every text it stores, which the interface may show as it is, and the
    words the locale of the language installed now writes dates and sizes with."""
    create_demo_vault(folder, PASSPHRASE, cases=CASES, seed=SEED, kdf=fast_kdf())
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
    data = DataWords()
    try:
        for (table,) in vault.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            if table not in NOT_DATA_TABLES:
                data.add(stored_texts(vault.connection.execute(f'SELECT * FROM "{table}"').fetchall()))
    finally:
        vault.lock()
    # Free text that looks like a stored key: the owners of the demo's actions ("consulent").
    data.add(owner for words in DEMO_WORDS.values() for _action, owner in words.actions)
    # What the vault started with is stored, but not data: the interface shows it in the reader's language.
    data.leave_out(shipped_texts())
    # Not ours to translate: the application's name, and what QLocale writes dates and sizes with.
    locale = QLocale()
    data.add([APP_NAME])
    sizes = [locale.formattedDataSize(10**power, 1, size_format) for power in range(13) for size_format in SIZE_FORMATS]
    data.add(re.sub(r"[0-9.,\s]", "", size) for size in sizes)
    data.add(locale.dayName(day, form) for day in range(1, 8) for form in (QLocale.LongFormat, QLocale.ShortFormat))
    data.add(
        locale.monthName(month, form) for month in range(1, 13) for form in (QLocale.LongFormat, QLocale.ShortFormat)
    )
    return data


# -- reading dialogs -----------------------------------------------------------------------------------------------


def settle() -> None:
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def read_modal(trigger: Callable[[], object], prepare: Callable[[QWidget], None] | None = None) -> list[Shown]:
    """Run `trigger`, which opens a modal dialog; read it as it shows (after `prepare(dialog)`, if given) and close
    it, and any question it asks on the way out too."""
    seen: list[Shown] = []
    handled: set[int] = set()

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or id(dialog) in handled:
            return
        handled.add(id(dialog))
        try:
            if not isinstance(dialog, QT_OWN_DIALOGS):
                seen.extend(shown_texts(dialog))
                if prepare is not None and not isinstance(dialog, QMessageBox):
                    prepare(dialog)
                    seen.extend(shown_texts(dialog))
        finally:  # a failure to read must not leave the dialog's loop running
            if isinstance(dialog, QMessageBox):
                close_message(dialog)
            else:
                dialog.reject()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(look)
    timer.start()
    try:
        trigger()
        for _ in range(MODAL_TRIES):
            if handled:
                break
            QApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(10)
    finally:
        timer.stop()
    assert handled, "no dialog showed"
    return seen


def close_message(box: QMessageBox) -> None:
    """Leave a question the way that changes nothing: No, Discard (an unsaved edit of the test's own), or Escape."""
    for role in (QMessageBox.NoRole, QMessageBox.DestructiveRole, QMessageBox.RejectRole):
        buttons = [button for button in box.buttons() if box.buttonRole(button) == role]
        if buttons:
            buttons[0].click()
            return
    box.reject()


def dialog_buttons(root: QWidget) -> list[QPushButton]:
    """The buttons on show that open a dialog: by convention their text ends in an ellipsis."""
    return [
        button
        for button in root.findChildren(QPushButton)
        if button.isVisibleTo(root) and button.isEnabled() and button.text().rstrip(CLOSE).endswith("…")
    ]


def choose_first_rows(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        if view.isVisibleTo(root) and view.model() is not None and view.model().rowCount() and view.selectionModel():
            view.setCurrentIndex(view.model().index(0, 0))
    settle()


def each_tab(view: CaseFileView) -> Iterator[int]:
    """Show each tab of a case file in turn, and each page of the tab widgets inside a tab (the Plan's goals and
    versions); yields the tab's index with each one shown."""
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        settle()
        yield tab
        for inner in view.tabs.widget(tab).findChildren(QTabWidget):
            if inner.isVisibleTo(view):
                for page in range(1, inner.count()):
                    inner.setCurrentIndex(page)
                    settle()
                    yield tab
                inner.setCurrentIndex(0)


def richest_case(vault) -> Case:
    """The demo case that got furthest: it has goals, a plan, needs and what was shared."""
    return max(list_cases(vault), key=lambda case: len(goals(vault, case.id)))


def a_word_of_a_note(vault) -> str:
    notes = [session.note for case in list_cases(vault) for session in sessions(vault, case.id)]
    return next(word for note in notes for word in note.split() if word.isalpha() and len(word) > 4)


# -- the walks -------------------------------------------------------------------------------------------------------


def walk_setup_wizard(controller: AppController, qtbot) -> Walk:
    """Every page of the setup wizard, with the advice on a weak passphrase, two that differ and a wrong group of
    the recovery key."""
    wizard = current_screen(controller)
    assert isinstance(wizard, SetupWizard)
    shown = shown_texts(controller.window)
    click(qtbot, wizard.next_button)
    fields = wizard.passphrase_fields
    type_text(qtbot, fields.first, "wachtwoord")
    type_text(qtbot, fields.second, "wachtwoord!")
    shown += shown_texts(controller.window)  # the advice on a weak passphrase, and that the two differ
    for entry in (fields.first, fields.second):
        erase(entry)
        type_text(qtbot, entry, PASSPHRASE)
    shown += shown_texts(controller.window)
    click(qtbot, wizard.next_button)
    shown += shown_texts(controller.window)
    groups = [label.text() for label in wizard.findChildren(QLabel) if re.fullmatch(r"[A-Z2-7]{4}", label.text())]
    click(qtbot, wizard.copied_box)
    click(qtbot, wizard.next_button)
    type_text(qtbot, wizard.check_field, "AAAA" if "AAAA" not in groups else "BBBB")
    click(qtbot, wizard.next_button)
    settle()
    shown += shown_texts(controller.window)  # the wrong group's message
    return Walk(shown, [*groups, APP_NAME])


def walk_unlock_screen(controller: AppController, qtbot) -> Walk:
    """The unlock screen, the message of a wrong passphrase, and the recovery dialog."""
    shown = shown_texts(controller.window)
    try_unlock(qtbot, controller, "not the passphrase")
    shown += shown_texts(controller.window)
    shown += read_modal(current_screen(controller).recover)
    return Walk(shown, [str(controller.folder)])


def walk_screens(controller: AppController, qtbot) -> Walk:
    """The caseload (with the attention panel, menus, toolbar and status bar), each tab of each case file, the
    agenda, the search before and with its results and with none, and a case file in presentation mode."""
    unlock(qtbot, controller)
    settle()
    window = controller.window
    shown = shown_texts(window)
    for case in list_cases(controller.vault):
        assert workspace(controller).open_case(case.id)
        for _tab in each_tab(workspace(controller).case_file):
            shown += shown_texts(window)
    window.agenda_action.trigger()
    settle()
    shown += shown_texts(window)
    window.find_action.trigger()
    page = workspace(controller).search_page
    shown += shown_texts(window)  # what to type
    word = a_word_of_a_note(controller.vault)
    type_text(qtbot, page.field, word)
    qtbot.waitUntil(lambda: page.count.text() != "", timeout=WAIT_MS)
    settle()
    shown += shown_texts(window)
    erase(page.field)
    type_text(qtbot, page.field, NOT_IN_ANY_NOTE)
    qtbot.waitUntil(lambda: NOT_IN_ANY_NOTE in page.count.text(), timeout=WAIT_MS)
    shown += shown_texts(window)
    assert workspace(controller).open_case(richest_case(controller.vault).id)
    window.presentation_action.trigger()
    for _tab in each_tab(workspace(controller).case_file):
        shown += shown_texts(window)
    window.presentation_action.trigger()
    # A snippet is a cut piece of stored text (parts joined by " · ", cut ends marked "…"): data, piece by piece.
    snippets = [snippet_text(hit.snippet) for hit in search(controller.vault, word, 200)]
    return Walk(
        shown, [NOT_IN_ANY_NOTE, *(piece.strip("… ") for snippet in snippets for piece in snippet.split(" · "))]
    )


def walk_main_dialogs(controller: AppController, qtbot) -> Walk:
    """The dialogs of the menus (the catalogue editors, the partner directory and the register with their first
    entry chosen), and every dialog a button of a case file's tab opens, with and without a row chosen."""
    unlock(qtbot, controller)
    settle()
    window = controller.window
    shown: list[Shown] = []
    for action in (
        window.new_case_action,
        window.preferences_action,
        window.directory_action,
        window.domains_action,
        window.factor_categories_action,
        window.change_passphrase_action,
        window.register_action,
        window.about_action,
    ):
        shown += read_modal(action.trigger, prepare=choose_first_rows)
    case = richest_case(controller.vault)
    assert workspace(controller).open_case(case.id)
    view = workspace(controller).case_file
    for action in (window.print_action, window.save_pdf_action, window.export_action):
        shown += read_modal(action.trigger)
    clicked: set[tuple[int, str]] = set()
    for _tab in each_tab(view):
        for choose_rows in (False, True):  # then with a row chosen, so that Edit… and the like are on offer too
            if choose_rows:
                choose_first_rows(view)
            for button in dialog_buttons(view):
                if (id(button), button.text()) in clicked or not shiboken6.isValid(button) or not button.isEnabled():
                    continue
                clicked.add((id(button), button.text()))
                shown += read_modal(button.click)
                settle()
    assert len(clicked) >= 10, "the case file should open a dialog from most of its tabs"
    return Walk(shown)


def walk_document_previews(controller: AppController, qtbot) -> Walk:
    """The previews of the richest case's summary, the notes of one session and the notes of a period, once laid
    out."""
    unlock(qtbot, controller)
    vault = controller.vault
    case = richest_case(vault)
    held = [session for session in sessions(vault, case.id) if session.status == "held"]
    today = date.today()
    shown: list[Shown] = []
    for choice in (
        DocumentChoice(DocumentKind.SUMMARY),
        DocumentChoice(DocumentKind.SESSION, session_id=held[0].id),
        DocumentChoice(DocumentKind.PERIOD, first=date(today.year - 5, 1, 1), last=today),
    ):
        preview = case_document_preview(
            choice, vault, Ask(), case.id, presentation_mode=False, today=today, parent=workspace(controller)
        )
        preview.show()
        qtbot.waitUntil(lambda preview=preview: not preview.building and bool(preview.pdf), timeout=WAIT_MS)
        shown += shown_texts(preview)
        preview.close()
        preview.deleteLater()
    return Walk(shown)


def walk_export_wizard(controller: AppController, qtbot, ask: Ask) -> Walk:
    """The export wizard from the recipient to the preview of everything of the richest case, shared on consent or
    with a reason, and the output page."""
    unlock(qtbot, controller)
    vault = controller.vault
    case = richest_case(vault)
    assert workspace(controller).open_case(case.id)
    wizard = ExportWizard(vault, ask, case.id, parent=workspace(controller))
    wizard.show()
    qtbot.waitExposed(wizard)
    shown = shown_texts(wizard)
    assert wizard.recipient_page.choose_service(list_services(vault)[0].id)
    shown += next_page(wizard, wizard.basis_page)
    page = wizard.basis_page
    type_text(qtbot, page.purpose, PURPOSE)
    page.basis.setCurrentIndex(page.basis.findData(Basis.CONSENT))
    if page.override.isVisible():  # no consent covers this service: share all the same, with a reason
        page.override.setChecked(True)
        type_text(qtbot, page.reason, OVERRIDE_REASON)
    shown += shown_texts(wizard)
    shown += next_page(wizard, wizard.selection_page)
    ask.preset(True)  # special-category items: yes, send them, so that every kind of item shows in the preview
    wizard.selection_page.all_button.click()
    shown += shown_texts(wizard)
    shown += [Shown("question", question) for question in ask.asked]
    shown += next_page(wizard, wizard.preview_page)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=WAIT_MS)
    shown += shown_texts(wizard)
    shown += next_page(wizard, wizard.output_page)
    wizard.reject()
    return Walk(shown, [PURPOSE, OVERRIDE_REASON])


def next_page(wizard: ExportWizard, expected: QWidget) -> list[Shown]:
    wizard.next()
    assert wizard.currentPage() is expected, f"the wizard stayed on {wizard.currentPage().title()}"
    return shown_texts(wizard)

"""The application in a pseudo-translation: with a translator that wraps every text pyside6-lupdate found ("⟦Save⟧"),
in the context it found it, every text a person can read on the setup wizard, the unlock screen, the caseload, each
tab of a case file, the agenda, the search and the main dialogs must come out wrapped, or be data the test put there.
A word that is not marked, or marked where lupdate cannot find it as Qt looks it up, comes out as it is written."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QThreadPool, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conftest import PASSPHRASE, fast_kdf
from gui_support import WAIT_MS, click, current_screen, erase, try_unlock, type_text, unlock, workspace
from lupdate_catalogue import lupdate_catalogue
from pseudo_translation import (
    CLOSE,
    OPEN,
    DataWords,
    PseudoTranslator,
    Shown,
    shown_texts,
    stored_texts,
    unwrapped_words,
)
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
from trajectapp.ui.export.export_wizard import ExportWizard
from trajectapp.ui.search.results_model import snippet_text
from trajectapp.ui.setup.setup_wizard import SetupWizard
from trajectapp.vault.vault import unlock_vault

SOURCE = Path(__file__).resolve().parent.parent / "src"
SEED, CASES = 1, 3  # three fictional people; the seed gives one of them needs, factors, goals and a plan
QT_OWN_DIALOGS = (QFileDialog, QPrintDialog, QPrintPreviewDialog)  # Qt's words, in Qt's own catalogues
# The audit trail's events and summaries are the application's own codes, worded by the interface: not data.
NOT_DATA_TABLES = {"audit_log"}
SIZE_FORMATS = (QLocale.DataSizeIecFormat, QLocale.DataSizeTraditionalFormat, QLocale.DataSizeSIFormat)
MODAL_TRIES = WAIT_MS // 10  # ten milliseconds apart: as long as any GUI test waits, for a loaded machine
PURPOSE, OVERRIDE_REASON = "Voorbereiding van het casusoverleg", "Dringend overleg met het justitiehuis"


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    return lupdate_catalogue(sorted((SOURCE / "trajectapp").rglob("*.py")), tmp_path_factory.mktemp("lupdate"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, DataWords]:
    """A demo vault to copy, and its data: every text it stores, which the interface may show as it is."""
    folder = tmp_path_factory.mktemp("demo") / "vault"
    create_demo_vault(folder, PASSPHRASE, cases=CASES, seed=SEED, kdf=fast_kdf())
    vault = unlock_vault(folder, PASSPHRASE)
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
    return folder, data


def shipped_texts() -> set[str]:
    """Every text of the catalogues that come with Trajectapp, as a new vault stores it."""
    services = [(s.name, s.kind, s.organisation, s.notes) for _key, s in SHIPPED_SERVICES]
    return {entry.name for _key, entry in (*SHIPPED_DOMAINS, *SHIPPED_CATEGORIES)} | {t for s in services for t in s}


@pytest.fixture
def pseudo(qapp, catalogue):
    """The pseudo-translation, installed for this test only."""
    translator = PseudoTranslator(catalogue)
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def demo_vault(demo, tmp_path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(demo[0], folder)
    return folder


def assert_translated(shown: list[Shown], data: DataWords, translator: PseudoTranslator) -> None:
    assert any(OPEN in item.text for item in shown), "nothing translated was seen: is the translator installed?"
    found = unwrapped(shown, data, translator)
    assert not found, f"{len(found)} texts shown untranslated:\n" + "\n".join(found)


def unwrapped(shown: list[Shown], data: DataWords, translator: PseudoTranslator) -> list[str]:
    """The texts that came through untranslated, each with the contexts Qt asked for it in, if it did."""
    found = []
    for item in data.unwrapped(shown):
        asked = sorted(
            {context for text, contexts in translator.missed.items() if text in item.text for context in contexts}
        )
        found.append(f"{item}" + (f" (asked in {', '.join(asked)}, which lupdate's catalogue lacks)" if asked else ""))
    return sorted(set(found))


def read_modal(trigger: Callable[[], object]) -> list[Shown]:
    """Run `trigger`, which opens a modal dialog; read it as it shows and close it, and any question it asks on
    the way out too."""
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


def richest_case(vault) -> Case:
    """The demo case that got furthest: it has goals, a plan, needs and what was shared."""
    return max(list_cases(vault), key=lambda case: len(goals(vault, case.id)))


def settle() -> None:
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


# -- the pseudo-translation itself -------------------------------------------------------------------------------


def test_the_pseudo_translation_wraps_what_lupdate_found_and_nothing_else(qapp, qtbot, pseudo):
    pseudo.catalogue.add(("Probe", "%n case(s)", ""))
    pseudo.catalogue.add(("Probe", "Save", ""))
    assert QCoreApplication.translate("Probe", "Save") == "⟦Save⟧"
    assert QCoreApplication.translate("Probe", "%n case(s)", "", 3) == "⟦3 case(s)⟧"
    assert QCoreApplication.translate("Elsewhere", "Save") == "Save"
    assert pseudo.missed["Save"] == {"Elsewhere"}
    assert unwrapped_words("⟦Case of ⟦Çelik⟧⟧ — 12") == ""
    assert unwrapped_words("<b>⟦Phase⟧</b>: Building trust") == ": Building trust"
    assert unwrapped_words("⟦Phase⟧: Çelik Ağaoğlu", ["Çelik Ağaoğlu"]) == ""

    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle(QCoreApplication.translate("Probe", "Save"))
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Çelik Ağaoğlu", window))
    layout.addWidget(QPushButton(QCoreApplication.translate("Probe", "Save"), window))
    layout.addWidget(QCheckBox("Keep a copy", window))
    hidden = QLabel("Not on screen", window)
    hidden.hide()
    layout.addWidget(hidden)
    window.show()
    data = DataWords()
    data.add(["Çelik Ağaoğlu"])
    assert [str(item) for item in data.unwrapped(shown_texts(window))] == ["QCheckBox text: 'Keep a copy'"]


# -- the screens -------------------------------------------------------------------------------------------------


def test_the_setup_wizard(start_app, qtbot, tmp_path, pseudo):
    ask = Ask()
    controller = start_app(tmp_path / "new vault", ask=ask)
    wizard = current_screen(controller)
    assert isinstance(wizard, SetupWizard)
    shown = shown_texts(controller.window)
    click(qtbot, wizard.next_button)
    fields = wizard.passphrase_fields
    type_text(qtbot, fields.first, "wachtwoord")
    type_text(qtbot, fields.second, "wachtwoord!")
    shown += shown_texts(controller.window)  # the advice on a weak passphrase, and that the two differ
    for field in (fields.first, fields.second):
        erase(field)
        type_text(qtbot, field, PASSPHRASE)
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
    assert_translated(shown, DataWords().with_values([*groups, APP_NAME]), pseudo)


def test_the_unlock_screen_and_the_recovery_dialog(start_app, qtbot, demo, demo_vault, pseudo):
    controller = start_app(demo_vault)
    shown = shown_texts(controller.window)
    try_unlock(qtbot, controller, "not the passphrase")
    shown += shown_texts(controller.window)  # the message of a wrong passphrase
    screen = current_screen(controller)
    shown += read_modal(screen.recover)
    assert_translated(shown, demo[1].with_values([str(demo_vault)]), pseudo)


def test_the_caseload_the_case_file_tabs_the_agenda_and_the_search(start_app, qtbot, demo, demo_vault, pseudo):
    controller = start_app(demo_vault)
    unlock(qtbot, controller)
    settle()
    window = controller.window
    shown = shown_texts(window)  # the caseload, the attention panel, menus, toolbar and status bar
    for case in list_cases(controller.vault):
        assert workspace(controller).open_case(case.id)
        view = workspace(controller).case_file
        for tab in range(view.tabs.count()):
            view.tabs.setCurrentIndex(tab)
            settle()
            shown += shown_texts(window)
    window.agenda_action.trigger()
    settle()
    shown += shown_texts(window)
    window.find_action.trigger()
    page = workspace(controller).search_page
    word = a_word_of_a_note(controller.vault)
    type_text(qtbot, page.field, word)
    qtbot.waitUntil(lambda: page.count.text() != "", timeout=WAIT_MS)
    settle()
    shown += shown_texts(window)
    # A snippet is a cut piece of stored text (parts joined by " · ", cut ends marked "…"): data, piece by piece.
    snippets = [snippet_text(hit.snippet) for hit in search(controller.vault, word, 200)]
    pieces = [piece.strip("… ") for snippet in snippets for piece in snippet.split(" · ")]
    assert_translated(shown, demo[1].with_values(pieces), pseudo)


def a_word_of_a_note(vault) -> str:
    notes = [session.note for case in list_cases(vault) for session in sessions(vault, case.id)]
    return next(word for note in notes for word in note.split() if word.isalpha() and len(word) > 4)


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


def test_the_main_dialogs_and_every_dialog_a_case_file_opens(start_app, qtbot, demo, demo_vault, pseudo):
    ask = Ask()
    controller = start_app(demo_vault, ask=ask)
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
        shown += read_modal(action.trigger)
    case = richest_case(controller.vault)
    assert workspace(controller).open_case(case.id)
    view = workspace(controller).case_file
    for action in (window.print_action, window.save_pdf_action, window.export_action):
        shown += read_modal(action.trigger)
    clicked: set[tuple[int, str]] = set()
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        settle()
        for choose_rows in (False, True):  # then with a row chosen, so that Edit… and the like are on offer too
            if choose_rows:
                choose_first_rows(view)
            for button in dialog_buttons(view):
                if (id(button), button.text()) in clicked or not shiboken6.isValid(button) or not button.isEnabled():
                    continue
                clicked.add((id(button), button.text()))
                shown += read_modal(button.click)
                settle()
    opened = len(clicked)
    assert opened >= 10, "the case file should open a dialog from most of its tabs"
    assert_translated(shown, demo[1], pseudo)


def test_the_export_wizard_page_by_page(start_app, qtbot, demo, demo_vault, pseudo):
    ask = Ask()
    controller = start_app(demo_vault, ask=ask)
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
    assert_translated(shown, demo[1].with_values([PURPOSE, OVERRIDE_REASON]), pseudo)


def next_page(wizard: ExportWizard, expected: QWidget) -> list[Shown]:
    wizard.next()
    assert wizard.currentPage() is expected, f"the wizard stayed on {wizard.currentPage().title()}"
    return shown_texts(wizard)

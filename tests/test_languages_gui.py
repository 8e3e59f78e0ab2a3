"""The application in Dutch and in French, with the real translations: every text a person can read on the setup
wizard, the unlock screen, the caseload, each tab of a case file, the agenda, the search, the main dialogs, the
document previews and the export wizard must be in the language, or be data the test put there (see english_left.py
for what reads as English). The language follows the system until one is chosen on the wizard's first page, and a
right-to-left name in a Dutch sentence is shown whole and set apart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from conftest import PASSPHRASE
from english_left import EnglishLeft
from gui_support import current_screen, unlock, workspace
from interface_walk import (
    make_demo,
    read_modal,
    settle,
    walk_document_previews,
    walk_export_wizard,
    walk_main_dialogs,
    walk_screens,
    walk_setup_wizard,
    walk_unlock_screen,
)
from pseudo_translation import DataWords, Shown, shown_texts
from trajectapp.domain.languages import Language
from trajectapp.domain.sessions import Session
from trajectapp.services.caseload import add_case
from trajectapp.services.contacts import save_session, sessions
from trajectapp.ui.ask import Ask
from trajectapp.ui.preferences import Preferences
from trajectapp.ui.sessions.contacts_panel import ContactsPanel
from trajectapp.ui.setup.setup_wizard import SetupWizard
from trajectapp.ui.translations import install_language

LANGUAGES = (Language.DUTCH, Language.FRENCH)
# Qt's own standard buttons, from its catalogues (qtbase_nl.qm, qtbase_fr.qm).
CANCEL = {Language.DUTCH: "Annuleren", Language.FRENCH: "Annuler"}
# A fictional name in Arabic script.
ARABIC_NAME = "يوسف المرابط"
FSI, PDI = "\u2068", "\u2069"


@pytest.fixture(scope="module", params=LANGUAGES, ids=lambda language: language.value)
def language(request) -> Language:
    return request.param


def back_to_english(app: QApplication, locale: QLocale) -> None:
    """The interface in its English source texts again, as every other test expects it: no translator at all (not
    even trajectapp_en's plurals) and the default locale as it was."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


@pytest.fixture
def english_again(qapp):
    """English again after the test, whatever language it installed."""
    locale = QLocale()
    yield
    back_to_english(qapp, locale)


@pytest.fixture
def speaking(qapp, language, english_again):
    """The interface in `language` for this test, and English again after it."""
    assert len(install_language(qapp, language)) == 2, "ours and Qt's: make translations compiles ours"
    return language


@pytest.fixture(scope="module")
def demo(qapp, tmp_path_factory, language) -> tuple[Path, DataWords]:
    """A demo vault to copy, and its data, with the words the language's locale writes dates in."""
    folder = tmp_path_factory.mktemp(f"demo_{language.value}") / "vault"
    locale = QLocale()
    install_language(qapp, language)
    try:
        return folder, make_demo(folder)
    finally:
        back_to_english(qapp, locale)


@pytest.fixture
def english_left(speaking, catalogue) -> EnglishLeft:
    return EnglishLeft.of_installed(catalogue, speaking)


@pytest.fixture
def demo_vault(demo, tmp_path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(demo[0], folder)
    return folder


def assert_in_language(shown: list[Shown], data: DataWords, english_left: EnglishLeft) -> None:
    assert len(shown) > 10, "the walk saw too little to tell"
    found = english_left.english_texts(shown, data)
    assert not found, f"{len(found)} texts shown in English in {english_left.language.name.lower()}:\n" + "\n".join(
        found
    )


# -- what reads as English ------------------------------------------------------------------------------------


def test_a_text_reads_as_english_when_it_is_a_source_or_holds_its_words(english_left):
    translated = QCoreApplication.translate("CaseSummaryDialog", "Case summary")
    data = DataWords().with_values(["Stay off cannabis after release", "can"])
    assert english_left.problem("Case summary", data) == "the English source text"
    assert english_left.problem("&Print…", data) == "the English source text"
    assert english_left.problem(translated, data) == ""
    assert english_left.problem(f"{translated}: Stay off cannabis after release", data) == ""
    assert english_left.problem("Agenda", data) == ""  # the same in both languages
    # Built from English pieces; a short value of the data does not cut an English word out of the way.
    assert english_left.problem(f"{translated} · cancelled", data) == "English words: cancelled"
    assert english_left.problem("Monday 7", data) == "English words: monday"


# -- the walks ---------------------------------------------------------------------------------------------------


def test_the_setup_wizard(start_app, qtbot, tmp_path, english_left):
    walk = walk_setup_wizard(start_app(tmp_path / "new vault", ask=Ask()), qtbot)
    assert_in_language(walk.shown, DataWords().with_values(walk.data), english_left)


def test_the_unlock_screen_and_the_recovery_dialog(start_app, qtbot, demo, demo_vault, english_left):
    walk = walk_unlock_screen(start_app(demo_vault), qtbot)
    assert_in_language(walk.shown, demo[1].with_values(walk.data), english_left)


def test_the_caseload_the_case_file_tabs_the_agenda_and_the_search(start_app, qtbot, demo, demo_vault, english_left):
    walk = walk_screens(start_app(demo_vault), qtbot)
    assert_in_language(walk.shown, demo[1].with_values(walk.data), english_left)


def test_the_main_dialogs_and_every_dialog_a_case_file_opens(start_app, qtbot, demo, demo_vault, english_left):
    walk = walk_main_dialogs(start_app(demo_vault, ask=Ask()), qtbot)
    assert_in_language(walk.shown, demo[1].with_values(walk.data), english_left)
    cancel = CANCEL[english_left.language]
    assert any(item.text.replace("&", "") == cancel for item in walk.shown), f"Qt's {cancel} button was not seen"


def test_the_document_previews(start_app, qtbot, demo, demo_vault, english_left):
    walk = walk_document_previews(start_app(demo_vault), qtbot)
    assert_in_language(walk.shown, demo[1].with_values(walk.data), english_left)


def test_the_export_wizard_page_by_page(start_app, qtbot, demo, demo_vault, english_left):
    ask = Ask()
    walk = walk_export_wizard(start_app(demo_vault, ask=ask), qtbot, ask)
    assert_in_language(walk.shown, demo[1].with_values(walk.data), english_left)


# -- choosing the language ---------------------------------------------------------------------------------------

# What a fresh start prints: the language chosen from LANG, the File menu in it, and Qt's Cancel in it.
START_IN_SYSTEM_LANGUAGE = """
from PySide6.QtCore import QCoreApplication
from trajectapp.ui.preferences import Preferences
from trajectapp.ui.shell.start import create_qt_application
from trajectapp.ui.shell.main_window import MainWindow

language = Preferences().language
app = create_qt_application([], language)
window = MainWindow()
print(language.value, window.menuBar().actions()[0].text(), QCoreApplication.translate("QPlatformTheme", "Cancel"))
"""


@pytest.mark.parametrize(
    ("lang", "printed"),
    [
        ("nl_BE.UTF-8", "nl &Bestand Annuleren"),
        ("fr_BE.UTF-8", "fr &Fichier Annuler"),
        ("en_GB.UTF-8", "en &File Cancel"),
    ],
)
def test_a_first_start_speaks_the_systems_language(tmp_path, lang, printed):
    home = tmp_path / "home"
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith(("LC_", "LANGUAGE", "XDG_"))
    }
    environment.update(LANG=lang, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", START_IN_SYSTEM_LANGUAGE],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == printed


def test_french_chosen_on_the_wizards_first_page_remakes_the_window_in_french(
    start_app, qtbot, tmp_path, catalogue, english_again
):
    controller = start_app(tmp_path / "new vault", ask=Ask())
    wizard = current_screen(controller)
    assert isinstance(wizard, SetupWizard)
    assert controller.window.menuBar().actions()[0].text() == "&File"
    french = wizard.language.findData(Language.FRENCH)
    wizard.language.setCurrentIndex(french)
    wizard.language.activated.emit(french)
    settle()
    window = controller.window
    qtbot.addWidget(window)  # made anew in French: closed with the test as the first one was
    assert isinstance(current_screen(controller), SetupWizard)
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert current_screen(controller).language.currentData() is Language.FRENCH
    assert Preferences().language is Language.FRENCH
    english_left = EnglishLeft.of_installed(catalogue, Language.FRENCH)
    assert_in_language(shown_texts(window), DataWords(), english_left)


# -- a right-to-left name ----------------------------------------------------------------------------------------


def test_an_arabic_name_in_a_dutch_sentence_is_whole_and_set_apart(start_app, qtbot, vault, qapp, english_again):
    case = add_case(vault, name=ARABIC_NAME)
    save_session(vault, Session(None, case.id, datetime(2026, 3, 2, 10, 0), "held", duration_minutes=45))
    vault.lock()
    install_language(qapp, Language.DUTCH)
    controller = start_app()
    unlock(qtbot, controller, PASSPHRASE)
    settle()
    shown = shown_texts(workspace(controller).caseload.attention)  # "• <name> — nog geen beslissing over deelname"
    assert workspace(controller).open_case(case.id)
    panel = workspace(controller).case_file.findChild(ContactsPanel)
    (held,) = sessions(controller.vault, case.id)
    shown += read_modal(lambda: panel.write_note(held))  # the note's header: "<name> · Doorgegaan · 45 min"
    lines = [item.text for item in shown if ARABIC_NAME in item.text]
    assert any("nog geen beslissing" in line for line in lines), lines
    assert any("45 min" in line for line in lines), lines
    assert all(FSI + ARABIC_NAME + PDI in line for line in lines), lines

"""The application in a pseudo-translation: with a translator that wraps every text pyside6-lupdate found ("⟦Save⟧"),
in the context it found it, every text a person can read on the setup wizard, the unlock screen, the caseload, each
tab of a case file, the agenda, the search, the main dialogs, the document previews and the export wizard must come
out wrapped, or be data the test put there (tests/interface_walk.py walks them).
A word that is not marked, or marked where lupdate cannot find it as Qt looks it up, comes out as it is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from interface_walk import (
    make_demo,
    walk_document_previews,
    walk_export_wizard,
    walk_main_dialogs,
    walk_screens,
    walk_setup_wizard,
    walk_unlock_screen,
)
from pseudo_translation import OPEN, DataWords, PseudoTranslator, Shown, shown_texts, unwrapped_words
from trajectapp.ui.ask import Ask


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, DataWords]:
    """A demo vault to copy, and its data: every text it stores, which the interface may show as it is."""
    folder = tmp_path_factory.mktemp("demo") / "vault"
    return folder, make_demo(folder)


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
    walk = walk_setup_wizard(start_app(tmp_path / "new vault", ask=Ask()), qtbot)
    assert_translated(walk.shown, DataWords().with_values(walk.data), pseudo)


def test_the_unlock_screen_and_the_recovery_dialog(start_app, qtbot, demo, demo_vault, pseudo):
    walk = walk_unlock_screen(start_app(demo_vault), qtbot)
    assert_translated(walk.shown, demo[1].with_values(walk.data), pseudo)


def test_the_caseload_the_case_file_tabs_the_agenda_and_the_search(start_app, qtbot, demo, demo_vault, pseudo):
    walk = walk_screens(start_app(demo_vault), qtbot)
    assert_translated(walk.shown, demo[1].with_values(walk.data), pseudo)


def test_the_main_dialogs_and_every_dialog_a_case_file_opens(start_app, qtbot, demo, demo_vault, pseudo):
    walk = walk_main_dialogs(start_app(demo_vault, ask=Ask()), qtbot)
    assert_translated(walk.shown, demo[1].with_values(walk.data), pseudo)


def test_the_document_previews(start_app, qtbot, demo, demo_vault, pseudo):
    walk = walk_document_previews(start_app(demo_vault), qtbot)
    assert_translated(walk.shown, demo[1].with_values(walk.data), pseudo)


def test_the_export_wizard_page_by_page(start_app, qtbot, demo, demo_vault, pseudo):
    ask = Ask()
    walk = walk_export_wizard(start_app(demo_vault, ask=ask), qtbot, ask)
    assert_translated(walk.shown, demo[1].with_values(walk.data), pseudo)

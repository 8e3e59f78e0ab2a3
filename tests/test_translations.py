"""The translations the build compiles: Dutch and French hold every text the interface marks, finished; English
gives each counted text its singular and plural ("1 day", "3 days") instead of the source's "%n day(s)"; the
language follows the system until one is chosen, and Qt's own buttons and dialogs speak it too."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from lupdate_catalogue import LUPDATE
from trajectapp.domain.case import CASE_FIELDS
from trajectapp.domain.languages import Language
from trajectapp.resource_path import resources_root
from trajectapp.ui.forms.field_inputs import caption
from trajectapp.ui.preferences import Preferences, PreferenceValues
from trajectapp.ui.shell.preferences_dialog import PreferencesDialog
from trajectapp.ui.translations import install_language

SOURCE = Path(__file__).resolve().parent.parent / "src" / "trajectapp"
ENGLISH = resources_root() / "i18n" / "trajectapp_en.ts"


def numerus_messages(ts_file: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the plural forms given, for every counted message of a .ts file."""
    found = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in message.iter("numerusform")]
                found[context.findtext("name") or "", message.findtext("source") or ""] = forms
    return found


def test_every_counted_text_has_english_singular_and_plural(tmp_path):
    fresh = tmp_path / "plurals.ts"
    result = subprocess.run(
        [str(LUPDATE), "-pluralonly", *map(str, sorted(SOURCE.rglob("*.py"))), "-ts", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    wanted = numerus_messages(fresh)
    assert wanted, "lupdate found no counted texts: the scan reads nothing"
    given = numerus_messages(ENGLISH)
    assert sorted(set(wanted) - set(given)) == []
    for (context, source), forms in given.items():
        assert len(forms) == 2 and all("%n" in form and "(s)" not in form for form in forms), (context, source)


@pytest.fixture
def speaking(qapp):
    """Install a language for one test; after it, the bare source texts and the locale of before, as the other
    tests expect."""
    locale = QLocale()
    yield lambda language: install_language(qapp, language)
    for translator in install_language(qapp, Language.ENGLISH):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


def test_english_counts_read_as_english(speaking):
    if len(speaking(Language.ENGLISH)) != 2:
        pytest.fail("trajectapp_en.qm is missing: the build (make translations) compiles it from trajectapp_en.ts")

    def days(n: int) -> str:
        return QCoreApplication.translate("CaseloadModel", "%n day(s)", "", n)

    assert (days(1), days(3), days(0)) == ("1 day", "3 days", "0 days")
    assert QCoreApplication.translate("PdfPagesView", "%n page(s)", "", 1) == "1 page"


def test_a_spin_box_of_days_says_day_or_days_as_its_number_changes(speaking, qtbot):
    speaking(Language.ENGLISH)
    dialog = PreferencesDialog(PreferenceValues(no_contact_days=1))
    qtbot.addWidget(dialog)
    box = dialog.no_contact
    assert box.text() == "1 day"
    box.stepUp()
    assert (box.text(), box.value()) == ("2 days", 2)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "1")
    assert (box.text(), box.value()) == ("1 day", 1)
    assert dialog.release_window.text() == "90 days"


def test_a_fields_caption_takes_the_colon_as_its_language_writes_it(speaking):
    name = next(column for column in CASE_FIELDS if column.name == "name")
    speaking(Language.FRENCH)
    assert caption(name) == QCoreApplication.translate("Fields", name.label) + " :"
    speaking(Language.DUTCH)
    assert caption(name) == QCoreApplication.translate("Fields", name.label) + ":"


@pytest.mark.parametrize(
    ("language", "cancel", "locale"),
    [
        (Language.DUTCH, "Annuleren", "nl_BE"),
        (Language.FRENCH, "Annuler", "fr_BE"),
        (Language.ENGLISH, "Cancel", "en_GB"),
    ],
)
def test_qts_own_buttons_and_the_locale_follow_the_language(speaking, language, cancel, locale):
    assert len(speaking(language)) == 2  # ours and Qt's
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert QLocale().name() == locale


def test_installing_a_language_replaces_the_one_before(qapp, speaking):
    speaking(Language.FRENCH)
    speaking(Language.DUTCH)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [
        ("nl_BE", Language.DUTCH),
        ("nl_NL.UTF-8", Language.DUTCH),
        ("fr_BE", Language.FRENCH),
        ("fr-FR", Language.FRENCH),
        ("en_GB", Language.ENGLISH),
        ("de_BE", Language.ENGLISH),
        ("C", Language.ENGLISH),
        ("", Language.ENGLISH),
    ],
)
def test_a_locale_gives_its_language_or_english(locale_name, language):
    assert Language.of_locale(locale_name) is language


def test_a_chosen_language_is_kept_and_a_damaged_setting_falls_back_to_the_systems(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    preferences = Preferences(settings)
    preferences.language = Language.FRENCH
    assert Preferences(settings).language is Language.FRENCH
    settings.setValue("general/language", "klingon")
    assert preferences.language is Language.of_locale(QLocale.system().name())


TRANSLATED = ("nl", "fr")
_MARKS = re.compile(r"%L?\d|%n")


def _messages(ts_file: Path) -> list[tuple[str, str, ElementTree.Element]]:
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in ElementTree.parse(ts_file).getroot().iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", TRANSLATED)
def test_lupdate_finds_nothing_new_unfinished_or_left_over(tmp_path, language):
    """What `pyside6-lupdate` extracts from src/ today against the committed file: no new text (it would come
    in unfinished), none unfinished, none that the code no longer has (obsolete or vanished)."""
    ts_file = tmp_path / f"trajectapp_{language}.ts"
    shutil.copy(resources_root() / "i18n" / ts_file.name, ts_file)
    result = subprocess.run(
        [str(LUPDATE), *map(str, sorted(SOURCE.rglob("*.py"))), "-ts", str(ts_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    messages = _messages(ts_file)
    assert len(messages) > 1000, "lupdate found too little: the scan reads nothing"
    not_done = [
        (context, source, kind)
        for context, source, message in messages
        if (kind := message.find("translation").get("type", "")) in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
    ]
    assert not_done == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders_and_the_shortcut_letter(language):
    wrong = []
    for context, source, message in _messages(resources_root() / "i18n" / f"trajectapp_{language}.ts"):
        forms = [form.text or "" for form in message.iter("numerusform")] or [message.findtext("translation") or ""]
        for form in forms:
            wanted, given = sorted(_MARKS.findall(source)), sorted(_MARKS.findall(form))
            if message.get("numerus") == "yes":
                wanted, given = [m for m in wanted if m != "%n"], [m for m in given if m != "%n"]
                if "%n" not in form:
                    wrong.append((context, source, form))
            if wanted != given or source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                wrong.append((context, source, form))
    assert wrong == []

"""The translations the build compiles: English gives each counted text its singular and plural ("1 day",
"3 days") instead of the source's "%n day(s)", and no counted text of the interface is left without them."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication

from lupdate_catalogue import LUPDATE
from trajectapp.resource_path import resources_root
from trajectapp.ui.translations import install_translations

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
def english(qapp):
    translator = install_translations(qapp, "en")
    if translator is None:
        pytest.fail("trajectapp_en.qm is missing: the build (make translations) compiles it from trajectapp_en.ts")
    yield
    QCoreApplication.removeTranslator(translator)
    translator.deleteLater()


def test_english_counts_read_as_english(english):
    def days(n: int) -> str:
        return QCoreApplication.translate("CaseloadModel", "%n day(s)", "", n)

    assert (days(1), days(3), days(0)) == ("1 day", "3 days", "0 days")
    assert QCoreApplication.translate("PdfPagesView", "%n page(s)", "", 1) == "1 page"


def test_an_unknown_language_leaves_the_source_texts(qapp):
    assert install_translations(qapp, "xx") is None
    assert QCoreApplication.translate("CaseloadModel", "%n day(s)", "", 3) == "3 day(s)"

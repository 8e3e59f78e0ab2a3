"""Text the case file keeps: composed, and without the invisible characters that make one name look like another
(domain.text), as the services check it and as forms and packages clean it."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from trajectapp.domain.case import Case
from trajectapp.domain.messages import Code
from trajectapp.domain.names import name_key
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.text import InvalidText, check_text, clean_text, without_invisible_marks
from trajectapp.services import case_file
from trajectapp.services.contacts import add_session, get_session
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.person_form import PersonForm
from trajectapp.ui.caseload.new_case_dialog import NewCaseDialog
from trajectapp.ui.sessions.note_editor import NoteEditor

# Each reads "Ali Yilmaz" on screen, or nearly, and is another string.
LOOKALIKES = [
    "Ali \u202ezamliY\u202c",  # a right-to-left override, shown reversed
    "Ali \u2067Yilmaz\u2069",  # a right-to-left isolate
    "Ali \u200bYilmaz",  # a zero-width space
    "Ali Yil\u200cmaz",  # a zero-width non-joiner between Latin letters, which it does not spell
    "Ali Yil\u200dmaz",  # a zero-width joiner likewise
    "\ufeffAli Yilmaz",  # a byte order mark
    "Ali Yil\u00admaz",  # a soft hyphen
    "Ali Yil\u2060maz",  # a word joiner
    "Ali\u3164Yilmaz",  # a Hangul filler, a letter drawn as nothing
    "Ali Yilmaz\u034f",  # a combining grapheme joiner
    "Ali \U000e0041Yilmaz",  # a tag character
]
# Joiners that are spelling: the Persian "mi-khaham" (I want), the Devanagari "ksha", emoji sequences.
SPELT_WITH_JOINERS = [
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    "\u0628\u064e\u200c\u062a",  # a vowel mark before the non-joiner
    "\u0915\u094d\u200d\u0937",
    "\U0001f469\u200d\U0001f469\u200d\U0001f467",
    "\U0001f3f3\ufe0f\u200d\U0001f308",
    "\U0001f469\U0001f3fd\u200d\U0001f4bb",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_an_invisible_format_character_is_refused_and_cleaned_away(text):
    for multiline in (False, True):
        with pytest.raises(InvalidText) as refused:
            check_text("name", text, multiline=multiline)
        assert refused.value.code is Code.TEXT_CONTROL_CHARACTER and refused.value.field == "name"
        cleaned = clean_text(text, multiline=multiline)
        check_text("name", cleaned, multiline=multiline)
        assert not any(unicodedata.category(ch) == "Cf" for ch in cleaned)


@pytest.mark.parametrize("text", SPELT_WITH_JOINERS)
def test_a_joiner_that_spells_a_word_is_kept(text):
    check_text("name", text)
    assert clean_text(text) == unicodedata.normalize("NFC", text)


def test_text_is_composed_and_keeps_its_lines_only_where_it_has_several():
    assert clean_text("Zoe\u0308 C\u0327elik") == "Zoë Çelik" == unicodedata.normalize("NFC", "Zoe\u0308 C\u0327elik")
    assert clean_text("one\r\ntwo\tthree\x07") == "one two three"
    assert clean_text("one\r\ntwo\tthree\x07", multiline=True) == "one\ntwo\tthree"
    # Control characters are left to check_text to refuse where text is not typed (a package).
    assert without_invisible_marks("bel \x07 mij\u200b") == "bel \x07 mij"
    assert without_invisible_marks("\u200c") == ""


def test_names_that_read_the_same_compare_the_same():
    assert name_key("Ali \u200bYil\u00admaz\u2066") == name_key("ali yilmaz")


def test_the_services_refuse_a_lookalike_name_and_keep_the_case_as_it_was(vault, make_case):
    case = make_case("Ali Yilmaz")
    with pytest.raises(InvalidText) as refused:
        case_file.save_case(vault, Case(case.id, "Ali \u202ezamliY\u202c"))
    assert refused.value.code is Code.TEXT_CONTROL_CHARACTER
    assert case_file.get_case(vault, case.id).name == "Ali Yilmaz"
    with pytest.raises(InvalidText):
        case_file.create_case(vault, Case(None, "Ali\u200b Yilmaz"))


def test_a_form_keeps_pasted_text_composed_and_without_invisible_characters(qtbot):
    form = PersonForm()
    qtbot.addWidget(form)
    form.inputs["name"].setText("Ali \u202ezamliY\u202c")
    form.inputs["preferred_name"].setText("Zoe\u0308\u200b")
    form.notes.setPlainText("Zoe\u0308 zei:\n\u2067\u0645\u0631\u062d\u0628\u0627\u2069")
    case = form.value()
    assert (case.name, case.preferred_name) == ("Ali zamliY", "Zoë")
    assert case.notes == "Zoë zei:\n\u0645\u0631\u062d\u0628\u0627"
    assert form.errors() == {}


def test_a_new_case_gets_its_name_as_it_reads(qtbot):
    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Ali \u202ezamliY\u202c")
    dialog.preferred_name.setText("\u200b")
    assert dialog.value() == {"name": "Ali zamliY", "preferred_name": ""}
    dialog.name.setText("\u2066\u200b\u2069")
    assert set(dialog.errors()) == {"name"}


def test_a_session_note_with_a_pasted_zero_width_space_is_saved_without_it(qtbot, vault, make_case):
    case = make_case("Ali Yilmaz")
    session = add_session(vault, case_id=case.id, starts_at=datetime(2027, 3, 1, 10, 0), held=True)
    editor = NoteEditor(vault, Ask(), session, title="", details="", autosave_ms=None)
    qtbot.addWidget(editor)
    editor.editor.setPlainText("Zoe\u0308 zei\u200b: \u2067\u0645\u0631\u062d\u0628\u0627\u2069")
    assert editor.save() is True
    assert get_session(vault, stored_id(session.id)).note == "Zoë zei: \u0645\u0631\u062d\u0628\u0627"
    assert not editor.is_modified()

"""The demo's case files are in Dutch, as a Flemish consultant writes them, and the words of the material are written
for a man or a woman."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from conftest import PASSPHRASE, fast_kdf
from trajectapp.services.demo import create_demo_vault
from trajectapp.services.demo_material import WORDS
from trajectapp.services.demo_words import DUTCH, for_person
from trajectapp.vault.vault import unlock_vault

STORY_DAY = date(2031, 3, 5)
# Words nearly every sentence of a language has and the other two languages never write: "de", "en" and "pas" are
# Dutch and French alike, "les" is a Dutch lesson, "was" and "of" Dutch as well as English.
FUNCTION_WORDS = {
    DUTCH: frozenset("het een van met op niet naar voor is zijn dat die ik wil over bij ook maar hij ze".split()),  # noqa: SIM905
    "fr": frozenset("le la des du une et avec pour est sur au dans il elle qui que".split()),  # noqa: SIM905
    "en": frozenset("the and with his her he she about for from to".split()),  # noqa: SIM905
}
# Child records and the record that gives them their case.
_CASE_OF = {
    "assessment_items": ("assessment_id", "assessments"),
    "goal_steps": ("goal_id", "goals"),
    "goal_notes": ("goal_id", "goals"),
    "plan_agreements": ("version_id", "plan_versions"),
    "session_participants": ("session_id", "sessions"),
}


def words_of(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text.lower()))


def case_texts(folder: Path) -> tuple[dict[int, list[str]], dict[int, list[str]], dict[int, str]]:
    """Per case: every text the demo wrote for it (not keys, dates or JSON), its session notes, and its prison."""
    vault = unlock_vault(folder, PASSPHRASE)
    try:
        connection = vault.connection
        texts: dict[int, list[str]] = defaultdict(list)
        owner: dict[tuple[str, int], int] = {}
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in [*(t for t in tables if t not in _CASE_OF), *_CASE_OF]:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [column[0] for column in cursor.description]
            if table == "cases":
                case_column = "id"
            elif table in _CASE_OF:
                case_column = _CASE_OF[table][0]
            elif "case_id" in columns and "id" in columns and table != "audit_log":  # not the search index
                case_column = "case_id"
            else:
                continue
            for row in cursor.fetchall():
                record = dict(zip(columns, row, strict=True))
                case_id = record[case_column]
                if table in _CASE_OF:
                    case_id = owner[_CASE_OF[table][1], case_id]
                else:
                    owner[table, record["id"]] = case_id
                texts[case_id] += [
                    value
                    for value in record.values()
                    if isinstance(value, str)
                    and value
                    and value[0] not in "[{"
                    and not re.fullmatch(r"[\w:.+-]+", value)
                ]
        notes = defaultdict(list)
        for case_id, note in connection.execute("SELECT case_id, note FROM sessions WHERE note <> ''"):
            notes[case_id].append(note)
        prisons = dict(connection.execute("SELECT id, prison FROM cases").fetchall())
    finally:
        vault.lock()
    return texts, notes, prisons


def language_of_text(text: str) -> dict[str, set[str]]:
    """The function words of each language that `text` holds."""
    found = words_of(text)
    return {language: found & words for language, words in FUNCTION_WORDS.items()}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("demo") / "vault"
    create_demo_vault(folder, PASSPHRASE, cases=40, seed=7, kdf=fast_kdf(), today=STORY_DAY)
    return case_texts(folder)


def test_every_session_note_is_written_in_its_case_files_language(demo):
    _texts, notes, _prisons = demo
    assert len(notes) > 30
    for case_id, written in notes.items():
        language = DUTCH
        for note in written:
            found = language_of_text(note)
            assert len(found[language]) >= 3, (case_id, note)
            assert not any(found[other] for other in FUNCTION_WORDS if other != language), (case_id, found, note)


def test_everything_a_case_file_says_is_in_its_language(demo):
    texts, _notes, prisons = demo
    assert len(texts) == 40
    for case_id, written in texts.items():
        language = DUTCH
        found = language_of_text("\n".join(written))
        assert len(found[language]) >= 2, (case_id, written)
        assert not any(found[other] for other in FUNCTION_WORDS if other != language), (case_id, found)
        # A consultant who writes Dutch works in Flanders or Brussels.
        assert prisons[case_id] in {prison for prison, _weight in WORDS[language].prisons}, (case_id, prisons[case_id])


def test_nothing_is_left_of_the_material_s_marks(demo):
    texts, _notes, _prisons = demo
    for written in texts.values():
        for text in written:
            assert not re.search(r"\{[^{}]*\}", text), text


def test_for_person_writes_the_material_for_a_man_or_a_woman():
    text = "{Hij|Ze} belde {zijn|haar} zus; {person} was {fier|fière}."
    assert for_person(text, woman=False) == "Hij belde zijn zus; {person} was fier."
    assert for_person(text, woman=True) == "Ze belde haar zus; {person} was fière."
    assert for_person("{Il s'est senti|Elle s'est sentie} mieux.", woman=True) == "Elle s'est sentie mieux."

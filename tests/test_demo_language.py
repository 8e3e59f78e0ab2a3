"""The demo's case files are in Dutch, as a Flemish consultant writes them, but for the second person's, which is in
French; and every language's material has the same shape, so that the language changes the words and nothing else."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from trajectapp.resource_path import resource_path
from trajectapp.services.demo import create_demo_vault
from trajectapp.services.demo_material import WORDS
from trajectapp.services.demo_words import DUTCH, FRENCH, LANGUAGES, for_person
from trajectapp.vault.vault import unlock_vault

STORY_DAY = date(2031, 3, 5)
FRENCH_CASE_ID = 2  # the second person made
# Words nearly every sentence of a language has and the other two languages never write: "de", "en" and "pas" are
# Dutch and French alike, "les" is a Dutch lesson, "was" and "of" Dutch as well as English.
FUNCTION_WORDS = {
    DUTCH: frozenset("het een van met op niet naar voor is zijn dat die ik wil over bij ook maar hij ze".split()),  # noqa: SIM905
    FRENCH: frozenset("le la des du une et avec pour est sur au dans il elle qui que".split()),  # noqa: SIM905
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
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_KEY_FIELDS = frozenset({"key", "direction", "kind", "category", "domain", "domains", "tool", "focus", "goods", "good"})


def words_of(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text.lower()))


def case_texts(folder: Path) -> tuple[dict[int, list[str]], dict[int, list[str]], dict[int, str]]:
    """Per case: every text the demo wrote for it (not keys, dates or JSON), its session notes, and its prison."""
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=FAST_KDF_FLOOR)
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
    assert FRENCH_CASE_ID in notes and len(notes) > 30
    for case_id, written in notes.items():
        language = FRENCH if case_id == FRENCH_CASE_ID else DUTCH
        for note in written:
            found = language_of_text(note)
            assert len(found[language]) >= 3, (case_id, note)
            assert not any(found[other] for other in FUNCTION_WORDS if other != language), (case_id, found, note)


def test_everything_a_case_file_says_is_in_its_language(demo):
    texts, _notes, prisons = demo
    assert len(texts) == 40
    for case_id, written in texts.items():
        language = FRENCH if case_id == FRENCH_CASE_ID else DUTCH
        found = language_of_text("\n".join(written))
        assert len(found[language]) >= 2, (case_id, written)
        assert not any(found[other] for other in FUNCTION_WORDS if other != language), (case_id, found)
        # A consultant who writes French works in a Brussels or Walloon prison; one who writes Dutch, in Flanders or
        # Brussels.
        assert prisons[case_id] in {prison for prison, _weight in WORDS[language].prisons}, (case_id, prisons[case_id])


def test_nothing_is_left_of_the_material_s_marks(demo):
    texts, _notes, _prisons = demo
    for written in texts.values():
        for text in written:
            assert not re.search(r"\{[^{}]*\}", text), text


@pytest.mark.parametrize("seed", [1, 2017])
def test_the_second_person_is_the_french_one_whatever_the_seed(tmp_path, seed):
    create_demo_vault(tmp_path / "vault", PASSPHRASE, cases=2, seed=seed, kdf=fast_kdf(), today=STORY_DAY)
    texts, _notes, _prisons = case_texts(tmp_path / "vault")
    languages = {
        case_id: {language for language, words in language_of_text("\n".join(written)).items() if words}
        for case_id, written in texts.items()
    }
    assert languages == {1: {DUTCH}, 2: {FRENCH}}


def test_for_person_writes_the_material_for_a_man_or_a_woman():
    text = "{Hij|Ze} belde {zijn|haar} zus; {person} was {fier|fière}."
    assert for_person(text, woman=False) == "Hij belde zijn zus; {person} was fier."
    assert for_person(text, woman=True) == "Ze belde haar zus; {person} was fière."
    assert for_person("{Il s'est senti|Elle s'est sentie} mieux.", woman=True) == "Elle s'est sentie mieux."


# --- the material --------------------------------------------------------------------------------------------------


def shape(value: object, field: str = "") -> object:
    """What must be the same in every language: keys, weights, the number of choices, the keys of catalogues and
    services, and the placeholders each text fills in; not the words."""
    if isinstance(value, dict):
        is_service_step = value.get("who") == "service"
        return {
            name: item if (name == "service_or_name" and is_service_step) else shape(item, name)
            for name, item in value.items()
            if name != "about"
        }
    if isinstance(value, list):
        if field == "next_steps":  # [step, service key or null]
            return [[shape(step), key] for step, key in value]
        return [shape(item, field) for item in value]
    if isinstance(value, str) and field not in _KEY_FIELDS:
        return sorted(_PLACEHOLDER.findall(value))
    return value


def material(language: str, file_name: str) -> dict:
    return json.loads(resource_path("demo", language, file_name).read_text(encoding="utf-8"))


def test_every_language_has_the_same_material_so_the_same_seed_tells_the_same_story():
    files = {
        language: sorted(path.name for path in resource_path("demo", language).glob("*.json")) for language in LANGUAGES
    }
    assert files[DUTCH] == files[FRENCH] == ["disclosures.json", "needs.json", "people.json", "sessions.json"]
    for file_name in files[DUTCH]:
        dutch, french = material(DUTCH, file_name), material(FRENCH, file_name)
        # Each language's consultants work in prisons of their own; a person's prison is one draw whichever they are.
        dutch.pop("prisons", None), french.pop("prisons", None)
        assert shape(dutch) == shape(french), file_name

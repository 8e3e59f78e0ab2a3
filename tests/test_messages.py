"""Every message the core can give a person is a code with parameters, and the interface words each one through
Qt's translation: the table is complete, and real refusals come out in the installed language."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from conftest import FAST_KDF_FLOOR, PASSPHRASE, fast_kdf
from trajectapp.domain.case import CASE_FIELDS, Case
from trajectapp.domain.columns import TEXT_KINDS
from trajectapp.domain.field_labels import FIELD_LABELS
from trajectapp.domain.messages import Code, Refusal, log_text
from trajectapp.domain.plan import GOAL_FIELDS
from trajectapp.domain.selection import UnknownItems
from trajectapp.domain.sessions import SESSION_FIELDS
from trajectapp.domain.text import InvalidText
from trajectapp.exchange import passphrase
from trajectapp.exchange.envelope import read_header, seal
from trajectapp.exchange.package_errors import PackageError, Problem
from trajectapp.services import case_file, needs, transfer
from trajectapp.ui.messages import WORDS, message_text
from trajectapp.vault.errors import VaultExists, WrongPassphrase
from trajectapp.vault.vault import create_vault, unlock_vault

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "trajectapp"
# The calls whose first argument is the name of the field they refuse.
FIELD_CHECKS = {"check_text", "check_length", "check_date", "check_score", "check_choice", "check_id"}
FIELD_REFUSALS = {"InvalidText", "InvalidValue"}


# --- the table ------------------------------------------------------------------------------------------------------


def test_every_code_has_words_whose_placeholders_are_its_parameters():
    assert set(WORDS) == set(Code)
    for code, (template, *order) in WORDS.items():
        assert sorted(order) == sorted(code.params), code
        placeholders = sorted(int(number) for number in re.findall(r"%(\d+)", template))
        assert placeholders == list(range(1, len(order) + 1)), (code, template)


def test_a_refusal_takes_exactly_the_parameters_its_code_names():
    with pytest.raises(TypeError):
        Refusal(Code.TEXT_TOO_LONG, field="name")
    with pytest.raises(TypeError):
        Refusal(Code.VAULT_LOCKED, folder="/somewhere")
    with pytest.raises(TypeError):
        Refusal(Code.VAULT_EXISTS, folder=Path("/not/a/string"))
    error = InvalidText("note", Code.TEXT_TOO_LONG, limit=200)
    assert error.params == {"field": "note", "limit": 200} and error.field == "note"
    assert str(error) == "text.too_long (field='note', limit=200)"


def _checked_fields(path: Path) -> set[str]:
    """The field names `path` hands to a check or a refusal; a name that is not written out fails the test."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    looped: dict[str, set[str]] = {}  # for name in ("kind", "phone"): check_text(name, ...)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.For)
            and isinstance(node.target, ast.Name)
            and isinstance(node.iter, ast.Tuple)
            and all(isinstance(element, ast.Constant) for element in node.iter.elts)
        ):
            looped.setdefault(node.target.id, set()).update(element.value for element in node.iter.elts)
    found = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
            continue
        if node.func.id not in FIELD_CHECKS | FIELD_REFUSALS:
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant):
            found.add(first.value)
        elif isinstance(first, ast.Name) and first.id in looped:
            found |= looped[first.id]
        elif path.name == "record_checks.py" and ast.unparse(first) == "column.name":  # every described text field
            found |= {
                c.name for fields in (CASE_FIELDS, SESSION_FIELDS, GOAL_FIELDS) for c in fields if c.kind in TEXT_KINDS
            }
        else:
            pytest.fail(f"{path.name}:{node.lineno}: which field is {ast.unparse(first)}?")
    return found


def test_every_field_the_core_checks_has_a_label():
    # domain.text and domain.checks take the field as a parameter: their callers name it.
    paths = [*(PACKAGE / "services").glob("*.py"), *(PACKAGE / "domain").glob("*.py")]
    paths = [path for path in paths if path.name not in ("text.py", "checks.py")]
    checked = set().union(*(_checked_fields(path) for path in paths))
    assert {"name", "assessed_on", "want_to_do", "file_name", "preferred_name"} <= checked  # the scan finds them
    assert checked - set(FIELD_LABELS) == set()


def test_the_interface_never_shows_an_exception_as_text():
    """str() of an exception is a developer's text; the interface shows message_text() or its own words."""
    shown = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {"error", "problem"} | {
            node.name for node in ast.walk(tree) if isinstance(node, ast.ExceptHandler) and node.name
        }
        for node in ast.walk(tree):
            as_str = (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("str", "repr", "format")
                and any(isinstance(arg, ast.Name) and arg.id in names for arg in node.args)
            )
            in_f_string = isinstance(node, ast.FormattedValue) and isinstance(node.value, ast.Name)
            if as_str or (in_f_string and node.value.id in names):
                shown.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert shown == []


def test_the_event_log_gets_the_type_and_code_never_the_parameters():
    error = VaultExists(Code.VAULT_EXISTS, folder="/home/consultant/dossiers Çelik")
    assert log_text(error) == "VaultExists vault.exists"
    assert log_text(OSError("/home/consultant/dossiers Çelik")) == "OSError"


def test_anything_else_is_named_by_its_type_only():
    assert message_text(OSError(13, "Permission denied", "/home/consultant/Çelik.pdf")) == (
        "This could not be done (PermissionError)."
    )


# --- real refusals in another language --------------------------------------------------------------------------


class TestTranslator(QTranslator):
    """A few words of Dutch, as a Linguist file would give them; None (no translation) for the rest."""

    __test__ = False

    def __init__(self, words: dict[tuple[str, str], str]):
        super().__init__()
        self.words = words

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.words.get((context, source))

    def isEmpty(self):
        return False


DUTCH = {
    ("Fields", FIELD_LABELS["name"]): "Naam",
    ("Fields", FIELD_LABELS["assessed_on"]): "Beoordeeld op",
    ("Messages", WORDS[Code.TEXT_EMPTY][0]): "Vul “%1” in: het mag niet leeg blijven.",
    (
        "Messages",
        WORDS[Code.DATE_OUT_OF_RANGE][0],
    ): "De datum in “%1” kan niet kloppen: kies een datum tussen %2 en %3.",
    (
        "Messages",
        WORDS[Code.DOMAIN_SHIPPED][0],
    ): "Een levensdomein van Trajectapp zelf kan verborgen worden, niet gewist.",
    ("Messages", WORDS[Code.CASE_NOT_FOUND][0]): "Dit dossier staat niet meer in de kluis.",
    ("Messages", WORDS[Code.SELECTION_OUT_OF_DATE][0]): "Het dossier is veranderd sinds de keuze: kies opnieuw.",
    ("Messages", WORDS[Code.PASSPHRASE_WRONG][0]): "Die wachtzin opent deze kluis niet.",
    ("Messages", WORDS[Code.VAULT_EXISTS][0]): "In %1 staat al een kluis. Er is niets veranderd.",
    ("Messages", WORDS[Code.NOT_A_PACKAGE][0]): "Dit bestand is geen overdrachtspakket. Er is niets ingelezen.",
    # The parameters in another order than the English, as a translation may need them.
    ("Messages", WORDS[Code.PACKAGE_PASSPHRASE_MALFORMED][0]): "Typ %2 groepen van %3 tekens, %1 in totaal.",
}


@pytest.fixture
def dutch(qapp):
    translator = TestTranslator(DUTCH)
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_a_refused_text_is_told_with_the_fields_label_in_the_language(dutch, vault, make_case):
    case = make_case()
    with pytest.raises(InvalidText) as refused:
        case_file.save_case(vault, Case(case.id, "   "))
    assert message_text(refused.value) == "Vul “Naam” in: het mag niet leeg blijven."


def test_a_refused_value_is_told_with_its_parameters(dutch, vault, make_case):
    case = make_case()
    with pytest.raises(ValueError) as refused:
        needs.start_assessment(vault, case_id=case.id, on=date(1899, 12, 31))
    assert message_text(refused.value) == (
        "De datum in “Beoordeeld op” kan niet kloppen: kies een datum tussen 1900 en 2100."
    )


def test_a_services_own_refusals_are_told_in_the_language(dutch, vault, make_case):
    needs.add_default_domains(vault)
    shipped = needs.list_domains(vault)[0]
    with pytest.raises(needs.DomainInUse) as in_use:
        needs.delete_domain(vault, shipped.id)
    assert message_text(in_use.value) == "Een levensdomein van Trajectapp zelf kan verborgen worden, niet gewist."
    with pytest.raises(case_file.CaseNotFound) as missing:
        case_file.get_case(vault, 404)
    assert missing.value.record_id == 404
    assert message_text(missing.value) == "Dit dossier staat niet meer in de kluis."
    case = make_case()
    with pytest.raises(UnknownItems) as unknown:
        transfer.export_package(vault, case.id, selected={"person:name", "session:999999"})
    assert message_text(unknown.value) == "Het dossier is veranderd sinds de keuze: kies opnieuw."


def test_the_vaults_refusals_are_told_in_the_language(dutch, vault, vault_folder, kdf_params):
    vault.lock()
    with pytest.raises(WrongPassphrase) as wrong:
        unlock_vault(vault_folder, PASSPHRASE + " not", kdf_floor=FAST_KDF_FLOOR)
    assert message_text(wrong.value) == "Die wachtzin opent deze kluis niet."
    with pytest.raises(VaultExists) as exists:
        create_vault(vault_folder, PASSPHRASE, kdf_params)
    assert message_text(exists.value) == f"In {vault_folder} staat al een kluis. Er is niets veranderd."


def test_a_packages_refusals_are_told_in_the_language(dutch):
    with pytest.raises(PackageError) as not_a_package:
        read_header(b"%PDF-1.7 not a package at all")
    assert not_a_package.value.problem is Problem.NOT_A_PACKAGE
    assert message_text(not_a_package.value) == "Dit bestand is geen overdrachtspakket. Er is niets ingelezen."
    sealed = seal(b"{}", passphrase.new_passphrase(), fast_kdf())
    with pytest.raises(PackageError) as malformed:
        transfer.open_package(sealed, "hello")
    assert malformed.value.problem is Problem.MALFORMED_PASSPHRASE
    groups, size, length = passphrase.GROUPS, passphrase.GROUP_SIZE, passphrase.LENGTH
    assert message_text(malformed.value) == f"Typ {groups} groepen van {size} tekens, {length} in totaal."


def test_without_a_translation_the_words_are_the_english_source(vault, make_case):
    case = make_case()
    with pytest.raises(InvalidText) as refused:
        case_file.save_case(vault, Case(case.id, "\x07"))
    assert message_text(refused.value) == (
        "There is an invisible control character in “Name”, perhaps pasted from another program. Remove it and save "
        "again."
    )

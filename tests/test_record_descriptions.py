"""One description per record kind: the descriptions of the person, a session and a goal agree with their
dataclasses and with the schema the migrations make (the CHECK list of every choice, the check of every date, the
special categories), and a field added to a description alone, with its migration, reaches the store, the forms,
the export selection and the documents."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from trajectapp.domain.case import CASE_FIELDS, Case
from trajectapp.domain.case_tables import CATALOGUES, PERSON, TABLES, tagged_columns
from trajectapp.domain.columns import Column, Kind
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.plan import GOAL_FIELDS, Goal
from trajectapp.domain.sessions import SESSION_FIELDS, Session
from trajectapp.store.categories import tagged_fields
from trajectapp.store.schema import migrations

ROOT = Path(__file__).resolve().parents[1]
# The choices the schema leaves unchecked: migration 0002 made sessions.kind without a CHECK, and a migration is never
# edited once written; services.contacts refuses a kind it does not know.
CHOICES_WITHOUT_CHECK = {("sessions", "kind")}

DESCRIBED = [
    pytest.param(Case, CASE_FIELDS, {"id"}, id="person"),
    pytest.param(
        Session,
        SESSION_FIELDS,
        {"id", "case_id", "participants", "domain_ids", "factor_ids", "goods"},
        id="session",
    ),
    pytest.param(Goal, GOAL_FIELDS, {"id", "case_id", "domain_ids"}, id="goal"),
]


def every_described_table() -> list[tuple[str, tuple[Column, ...]]]:
    return [(PERSON.name, PERSON.columns), *((t.name, t.columns) for t in TABLES), *CATALOGUES.items()]


def table_sql(connection) -> dict[str, str]:
    """Each table's definition as SQLite keeps it after every migration (ALTER TABLE adds to it)."""
    return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))


def allowed_values(sql: str, column: str) -> set[str] | None:
    """The values a `column IN ('a', 'b')` check in `sql` allows; None when there is no such check."""
    match = re.search(rf"\b{re.escape(column)}\s+IN\s*\(([^)]*)\)", sql)
    return set(re.findall(r"'([^']*)'", match.group(1))) if match else None


# --- the descriptions and their records ---------------------------------------------------------------------------


@pytest.mark.parametrize(("record", "columns", "not_in_row"), DESCRIBED)
def test_a_description_names_each_field_of_its_record_once(record, columns, not_in_row):
    names = [column.name for column in columns]
    assert len(names) == len(set(names))
    assert set(names) == {field.name for field in fields(record)} - not_in_row


@pytest.mark.parametrize(("record", "columns", "not_in_row"), DESCRIBED)
def test_every_field_on_a_form_has_a_label(record, columns, not_in_row):
    on_form = [column for column in columns if column.group]
    assert on_form
    assert all(column.label.strip() for column in on_form)
    assert all(column.limit for column in on_form if column.kind in (Kind.TEXT, Kind.NONBLANK))


def test_every_field_of_the_person_is_on_the_form_and_only_the_name_is_needed():
    assert all(column.group for column in CASE_FIELDS)
    assert [column.name for column in CASE_FIELDS if column.required] == ["name"]


# --- the descriptions and the schema ------------------------------------------------------------------------------


def test_the_schema_allows_exactly_the_choices_each_description_names(vault):
    sql = table_sql(vault.connection)
    unchecked, compared = set(), set()
    for table, columns in every_described_table():
        for column in columns:
            if column.kind is not Kind.CHOICE:
                continue
            if column.enum is not None:
                assert column.choices == tuple(member.value for member in column.enum), (table, column.name)
            allowed = allowed_values(sql[table], column.name)
            if allowed is None:
                unchecked.add((table, column.name))
                continue
            assert allowed == set(column.choices), (table, column.name)
            compared.add((table, column.name))
    assert unchecked == CHOICES_WITHOUT_CHECK
    assert {
        ("cases", "legal_status"),
        ("sessions", "focus"),
        ("goals", "status"),
        ("life_domains", "sensitivity"),
    } <= compared
    assert allowed_values(sql["field_categories"], "category") == {category.value for category in DataCategory}


def test_a_choice_check_is_found_where_it_is_and_only_there():
    sql = "focus TEXT CHECK (focus IS NULL OR focus IN ('relation', 'planning')), party_kind TEXT, kind TEXT"
    assert allowed_values(sql, "focus") == {"relation", "planning"}
    assert allowed_values(sql, "kind") is None
    assert allowed_values("status TEXT CHECK (status IN ('', 'a'))", "status") == {"", "a"}


def approximate_date_check(column: str) -> str:
    """A pattern of the CHECK of an approximate date, as migration 0007 writes it: a day, a month of a year, or a
    year, compared with IS (a CHECK that comes out NULL would let anything through)."""
    return (
        rf"date\({column}\) IS {column}\s+OR date\({column} \|\| '-01'\) IS {column} \|\| '-01'\s+"
        rf"OR {column} GLOB '\[0-9\]\[0-9\]\[0-9\]\[0-9\]'"
    )


def test_every_date_is_checked_as_a_date_by_the_schema(vault):
    sql = table_sql(vault.connection)
    checked = approximate = 0
    for table, columns in every_described_table():
        for column in columns:
            name = re.escape(column.name)
            if column.kind is Kind.APPROXIMATE_DATE:
                assert re.search(approximate_date_check(name), sql[table]), (table, column.name)
                approximate += 1
            function = {Kind.DATE: "date", Kind.DATETIME: "datetime"}.get(column.kind)
            if function:
                assert re.search(rf"\b{function}\({name}\)\s*=\s*{name}\b", sql[table]), (table, column.name)
                checked += 1
    assert checked > 20
    assert approximate == 2  # a factor's first noting, the person's first conviction


def test_the_special_categories_of_the_descriptions_are_those_the_schema_tags(vault):
    assert tagged_columns() == tagged_fields(vault.connection)
    assert tagged_columns()[("cases", "offence_category")] is DataCategory.OFFENCES


# --- a field added to a description alone -------------------------------------------------------------------------

# Run in a copy of the source tree with one field added to each description: the person's home town, a session's
# interpreter, what may stand in the way of a goal.
SCRATCH_CHECKS = r"""
import io
import os
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

COPY = Path(sys.argv[1]).resolve()
import trajectapp

assert Path(trajectapp.__file__).resolve().is_relative_to(COPY), trajectapp.__file__

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from trajectapp.documents.case_summary import case_summary
from trajectapp.documents.session_notes import session_notes_document
from trajectapp.domain.plan import Goal
from trajectapp.services import case_file, contacts, needs, plan
from trajectapp.services.case_selection import selection_tree
from trajectapp.services.case_summary import gather_case_summary
from trajectapp.services.caseload import add_case
from trajectapp.services.handover_export import handover_material, handover_pdf
from trajectapp.services.session_notes import gather_session_notes
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.person_form import PersonForm
from trajectapp.ui.plan.goal_choices import GoalChoices
from trajectapp.ui.plan.goal_dialogs import GoalDialog
from trajectapp.ui.sessions.choices import session_choices
from trajectapp.ui.sessions.session_dialog import SessionDialog
from trajectapp.vault.kdf import KdfParams
from trajectapp.vault.vault import create_vault

HOME_TOWN, INTERPRETER, OBSTACLE = "HOMETOWN-MARKER Genk", "INTERPRETER-MARKER Zoë", "OBSTACLE-MARKER schulden"
TODAY = date(2026, 11, 26)


def flat_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def caption_of(dialog, name: str) -> str:
    return dialog.form.labelForField(dialog.rows[name]).text()


app = QApplication([])
# Fast Argon2 parameters, as tests/conftest.py's fast_kdf: the application never uses these.
fast = KdfParams(salt=os.urandom(16), memory_kib=1024, iterations=1, lanes=1)
vault, _ = create_vault(COPY / "vault", "Vier seizoenen in Brugge, 2017!", fast)
needs.add_default_domains(vault)

# The person, through the services and the store.
case = add_case(vault, name="Çelik Ağaoğlu")
case = case_file.save_case(vault, replace(case, home_town=HOME_TOWN))
assert case_file.get_case(vault, case.id).home_town == HOME_TOWN

# (a) the person form has a row for it, shows the value and gives it back
form = PersonForm()
form.load(case)
assert form.labels["home_town"].text() == "Home town:", form.labels["home_town"].text()
assert form.inputs["home_town"].text() == HOME_TOWN
assert form.value().home_town == HOME_TOWN
assert not form.is_modified()

# A session and a goal, and their dialogs.
session = contacts.add_session(vault, case_id=case.id, starts_at=datetime(2026, 5, 4, 14, 30), held=True)
session = contacts.update_session(vault, session=replace(session, interpreter=INTERPRETER))
assert contacts.get_session(vault, session.id).interpreter == INTERPRETER
session_dialog = SessionDialog(Ask(), case.id, session_choices(vault, case.id), session)
assert caption_of(session_dialog, "interpreter") == "Interpreter:"
assert session_dialog.inputs["interpreter"].text() == INTERPRETER
assert session_dialog.value().interpreter == INTERPRETER

domains = needs.list_domains(vault)
goal = plan.save_goal(vault, Goal(None, case.id, "Een eigen plek", (domains[0].id,), obstacles=OBSTACLE))
assert plan.get_goal(vault, goal.id).obstacles == OBSTACLE
goal_dialog = GoalDialog(Ask(), case.id, GoalChoices(domains), goal)
assert caption_of(goal_dialog, "obstacles") == "What may stand in the way:"
assert goal_dialog.inputs["obstacles"].toPlainText() == OBSTACLE
assert goal_dialog.value().obstacles == OBSTACLE

# (b) the export selection has an item for the person's new field
tree = selection_tree(vault, case.id)
labels = {item.key: item.label() for section in tree.sections for item in section.items}
assert labels["person:home_town"] == "Home town", labels

# (c) the documents print each with its label
summary = flat_text(case_summary(gather_case_summary(vault, case.id), today=TODAY))
assert "Home town " + HOME_TOWN in summary, summary
handover = flat_text(
    handover_pdf(handover_material(vault, case.id, labels), today=TODAY, recipient="CAW", purpose="Overdracht")
)
for words in ("Home town " + HOME_TOWN, "Interpreter " + INTERPRETER, "What may stand in the way " + OBSTACLE):
    assert words in handover, (words, handover)
notes = flat_text(session_notes_document(gather_session_notes(vault, case.id, session.id), today=TODAY))
assert "Interpreter " + INTERPRETER in notes, notes

vault.lock()
outside = [
    module.__file__
    for name, module in sys.modules.items()
    if name.startswith("trajectapp")
    and getattr(module, "__file__", None)
    and not Path(module.__file__).resolve().is_relative_to(COPY)
]
assert not outside, outside
print("every reader follows the descriptions")
"""


def add_dataclass_field(source: str, class_name: str, line: str) -> str:
    """`line` after the last field of `class_name`."""
    lines = source.splitlines(keepends=True)
    start = next(n for n, text in enumerate(lines) if re.match(rf"class {class_name}[(:]", text))
    last = start
    for n in range(start + 1, len(lines)):
        if lines[n].strip() and not lines[n].startswith("    "):
            break
        if re.match(r"    [a-z_]+: ", lines[n]):
            last = n
    return "".join([*lines[: last + 1], line + "\n", *lines[last + 1 :]])


def add_to_description(source: str, name: str, line: str) -> str:
    """`line` as the last column of the tuple `name`."""
    start = source.index(f"{name}: tuple[Column, ...] = (")
    end = source.index("\n)\n", start)
    return source[:end] + "\n" + line + source[end:]


def changed_files(copy: Path) -> set[str]:
    """The files of the copied source tree that are new or differ from the real one."""
    changed = set()
    for path in copy.rglob("*"):
        original = ROOT / "src" / path.relative_to(copy)
        if path.is_file() and not (original.is_file() and original.read_bytes() == path.read_bytes()):
            changed.add(path.relative_to(copy).as_posix())
    return changed


def copy_of_source(tmp_path: Path) -> Path:
    """A copy of src/ to edit, with the fonts of resources/ next to it as in a source tree; returns its src."""
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "src", copy / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    (copy / "resources").symlink_to(ROOT / "resources")
    return copy / "src"


def run_with_migration(source: Path, sql: str, edited: set[str], checks: str, tmp_path: Path) -> str:
    """Adds `sql` as the migration after the last one, checks that it and the `edited` files are all that differ
    from src/, then runs `checks` with the copy `source` as the trajectapp Python imports; returns what they print."""
    migration = f"trajectapp/store/migrations/{len(migrations()) + 1:04d}_scratch_fields.sql"
    (source / migration).write_text(sql, encoding="utf-8")
    assert changed_files(source) == {*edited, migration}
    done = subprocess.run(
        [sys.executable, "-c", checks, str(source.parent)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(source), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return done.stdout


def test_a_field_added_to_a_description_alone_reaches_the_form_the_export_selection_and_the_documents(tmp_path):
    source = copy_of_source(tmp_path)
    domain = source / "trajectapp" / "domain"
    edits = {
        "case.py": (
            "Case",
            '    home_town: str = ""',
            "CASE_FIELDS",
            '    line("home_town", QT_TRANSLATE_NOOP("Fields", "Home town"), limit=NAME_MAX, group=PERSON_GROUP),',
        ),
        "sessions.py": (
            "Session",
            '    interpreter: str = ""',
            "SESSION_FIELDS",
            '    line("interpreter", QT_TRANSLATE_NOOP("Fields", "Interpreter"), limit=NAME_MAX, group=SESSION_GROUP),',
        ),
        "plan.py": (
            "Goal",
            '    obstacles: str = ""',
            "GOAL_FIELDS",
            '    text("obstacles", QT_TRANSLATE_NOOP("Fields", "What may stand in the way"),'
            " group=GOAL_GROUP, limit=GOAL_TEXT_MAX),",
        ),
    }
    for file_name, (record, field, description, column) in edits.items():
        path = domain / file_name
        source_text = add_dataclass_field(path.read_text(encoding="utf-8"), record, field)
        path.write_text(add_to_description(source_text, description, column), encoding="utf-8")
    printed = run_with_migration(
        source,
        "ALTER TABLE cases ADD COLUMN home_town TEXT NOT NULL DEFAULT '';\n"
        "ALTER TABLE sessions ADD COLUMN interpreter TEXT NOT NULL DEFAULT '';\n"
        "ALTER TABLE goals ADD COLUMN obstacles TEXT NOT NULL DEFAULT '';\n",
        {"trajectapp/domain/case.py", "trajectapp/domain/sessions.py", "trajectapp/domain/plan.py"},
        SCRATCH_CHECKS,
        tmp_path,
    )
    assert "every reader follows the descriptions" in printed


# Run in a copy of the source tree with a field added to a case record (a factor's context), to a record under
# another (where a step happens) and to a catalogue entry (a life domain's note): no edit in store/.
STORE_CHECKS = r"""
import os
import sys
from dataclasses import replace
from pathlib import Path

COPY = Path(sys.argv[1]).resolve()
import trajectapp

assert Path(trajectapp.__file__).resolve().is_relative_to(COPY), trajectapp.__file__

from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.plan import Goal, Step
from trajectapp.services import factors, needs, plan
from trajectapp.services.caseload import add_case
from trajectapp.store.catalogues import LifeDomainRepository
from trajectapp.vault.kdf import KdfParams
from trajectapp.vault.vault import create_vault

CONTEXT, PLACE, NOTE = "CONTEXT-MARKER Çelik", "PLACE-MARKER Brugge", "NOTE-MARKER Zoë"

# Fast Argon2 parameters, as tests/conftest.py's fast_kdf: the application never uses these.
fast = KdfParams(salt=os.urandom(16), memory_kib=1024, iterations=1, lanes=1)
vault, _ = create_vault(COPY / "vault", "Vier seizoenen in Brugge, 2017!", fast)
needs.add_default_domains(vault)
factors.add_default_factor_categories(vault)
case = add_case(vault, name="Çelik Ağaoğlu")

category = factors.list_factor_categories(vault)[0]
since = ApproximateDate(2026, 5)  # known only to the month
factor = factors.save_factor(
    vault, Factor(None, case.id, Direction.AWAY, FactorKind.PULL, category.id, since, context=CONTEXT)
)
assert [found.context for found in factors.factors(vault, case.id)] == [CONTEXT]
factors.save_factor(vault, replace(factor, context=CONTEXT + " later"))
assert [found.context for found in factors.factors(vault, case.id)] == [CONTEXT + " later"]

domain = needs.save_domain(vault, LifeDomain(None, "Sport", note=NOTE))
assert needs.get_domain(vault, domain.id).note == NOTE
# Which fields of an entry a save may change is the service's rule (Catalogue.editable); the store writes them all.
LifeDomainRepository(vault.connection).update(replace(domain, note=NOTE + " later"))
assert needs.get_domain(vault, domain.id).note == NOTE + " later"

goal = plan.save_goal(vault, Goal(None, case.id, "Een eigen plek", (domain.id,)))
step = plan.save_step(vault, Step(None, goal.id, "Bel de VDAB", place=PLACE))
assert [found.place for found in plan.steps(vault, goal.id)] == [PLACE]
plan.save_step(vault, replace(step, place=PLACE + " later"))
assert [found.place for found in plan.case_steps(vault, case.id)] == [PLACE + " later"]

vault.lock()
print("the store follows the descriptions")
"""


def add_column_after(source: str, anchor: str, line: str) -> str:
    """`line` after the one line of `source` that is `anchor`."""
    assert source.count(anchor + "\n") == 1, anchor
    return source.replace(anchor + "\n", f"{anchor}\n{line}\n")


def test_a_field_added_to_a_description_alone_reaches_the_store(tmp_path):
    source = copy_of_source(tmp_path)
    domain = source / "trajectapp" / "domain"
    for file_name, record, field in (
        ("factors.py", "Factor", '    context: str = ""'),
        ("plan.py", "Step", '    place: str = ""'),
        ("needs.py", "LifeDomain", '    note: str = ""'),
    ):
        path = domain / file_name
        path.write_text(add_dataclass_field(path.read_text(encoding="utf-8"), record, field), encoding="utf-8")
    tables = domain / "case_tables.py"
    described = tables.read_text(encoding="utf-8")
    described = add_column_after(
        described,
        '            text("evidence", category=DataCategory.RELIGION_IDEOLOGY),',
        '            text("context"),',
    )
    described = add_column_after(described, '            choice("status", StepStatus),', '            text("place"),')
    described = described.replace(
        'LIFE_DOMAINS: (nonblank("name"), choice("sensitivity", DataCategory, nullable=True)),',
        'LIFE_DOMAINS: (nonblank("name"), choice("sensitivity", DataCategory, nullable=True), text("note")),',
    )
    tables.write_text(described, encoding="utf-8")
    printed = run_with_migration(
        source,
        "ALTER TABLE factors ADD COLUMN context TEXT NOT NULL DEFAULT '';\n"
        "ALTER TABLE goal_steps ADD COLUMN place TEXT NOT NULL DEFAULT '';\n"
        "ALTER TABLE life_domains ADD COLUMN note TEXT NOT NULL DEFAULT '';\n",
        {f"trajectapp/domain/{name}.py" for name in ("factors", "plan", "needs", "case_tables")},
        STORE_CHECKS,
        tmp_path,
    )
    assert "the store follows the descriptions" in printed


def test_every_labelled_enum_of_the_domain_gives_each_member_its_words():
    """The words of an enum are declared with its members (domain.wording.Labelled); none may be left blank, and
    lupdate finds them in the Labels context."""
    import importlib
    import pkgutil

    import trajectapp.domain
    from trajectapp.domain.wording import Labelled

    kinds = {
        value
        for module in pkgutil.iter_modules(trajectapp.domain.__path__, "trajectapp.domain.")
        for value in vars(importlib.import_module(module.name)).values()
        if isinstance(value, type) and issubclass(value, Labelled) and value is not Labelled
    }
    assert len(kinds) > 25  # the scan finds the phases, the scales and the lists
    blank = [f"{kind.__name__}.{member.name}" for kind in kinds for member in kind if not member.label.strip()]
    assert blank == []

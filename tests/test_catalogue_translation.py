"""The catalogues that come with Trajectapp in the reader's language: a shipped life domain, factor category or
partner service reads as its translation on screen and on paper, one the consultant added or renamed reads as typed,
and the vault keeps storing what it stored. The translation is a real one: a .ts file written here, compiled with
pyside6-lrelease and loaded into Qt as the application loads its own."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from gui_support import type_text
from lupdate_catalogue import lupdate_catalogue
from test_case_summary import flat, text_of
from test_needs_gui import ok, table_domains, when_dialog_open
from trajectapp.documents.case_summary import case_summary
from trajectapp.documents.plan_document import plan_document
from trajectapp.documents.session_notes import session_notes_document
from trajectapp.domain import shipped_catalogues
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.needs import AssessmentItem, LifeDomain, Motivation
from trajectapp.domain.needs_chart import ShownSeries, radar_input
from trajectapp.domain.partners import Involvement
from trajectapp.domain.plan import Goal, Party, Step
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import Participant, SessionParty
from trajectapp.domain.shipped_catalogues import SHIPPED_CATEGORIES, SHIPPED_DOMAINS, SHIPPED_SERVICES
from trajectapp.services import contacts, factors, needs, partners, plan
from trajectapp.services.case_selection import selection_tree
from trajectapp.services.case_summary import gather_case_summary
from trajectapp.services.session_notes import gather_session_notes
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.catalogues.life_domains import DomainDialog, DomainsDialog
from trajectapp.ui.directory.directory_dialog import DirectoryDialog
from trajectapp.ui.needs.needs_panel import NeedsPanel

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
DUTCH = {
    "Housing": "Huisvesting",
    "Family, partner and children": "Gezin, partner en kinderen",
    "Mental health and trauma": "Psychisch welzijn en trauma",
    "psychosocial service": "psychosociale dienst",
    "The prison's psychosocial service: reports for the sentence implementation court.": (
        "De psychosociale dienst van de gevangenis: verslagen voor de strafuitvoeringsrechtbank."
    ),
}
ADDED = "Schulden en budgetbeheer"  # a domain the consultant added
RENAMED = "Gezin en kinderen"  # what the consultant renamed "Family, partner and children" to
TODAY = date(2026, 11, 26)


def dutch_words(context: str, text: str) -> str:
    """A translate function for the core, as QCoreApplication.translate would be with the Dutch below loaded."""
    return DUTCH.get(text, text) if context == shipped_catalogues.CONTEXT else text


@pytest.fixture
def dutch(qapp, tmp_path):
    """A real Dutch translation of a few shipped texts, installed in the application for this test."""
    messages = "".join(
        f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
        for source, text in DUTCH.items()
    )
    ts_file, qm_file = tmp_path / "catalogue_nl.ts", tmp_path / "catalogue_nl.qm"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl_BE">'
        f"<context><name>Catalogue</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(LRELEASE), "-silent", str(ts_file), "-qm", str(qm_file)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    translator = QTranslator()
    assert translator.load(str(qm_file))
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def domain_named(vault, name: str) -> LifeDomain:
    return next(d for d in needs.list_domains(vault, include_hidden=True) if d.name == name)


@pytest.fixture
def case(vault, make_case):
    """A case assessed in a shipped domain, one the consultant added and a shipped one the consultant renamed."""
    needs.add_default_domains(vault)
    partners.add_default_services(vault)
    needs.save_domain(vault, LifeDomain(None, ADDED))
    needs.save_domain(vault, replace(domain_named(vault, "Family, partner and children"), name=RENAMED))
    case = make_case("Çelik Ağaoğlu")
    assessment = needs.start_assessment(vault, case_id=case.id, on=date(2026, 10, 1))
    for name, score in (("Housing", 4), (ADDED, 3), (RENAMED, 6)):
        needs.save_assessment_item(
            vault,
            AssessmentItem(
                None,
                assessment.id,
                domain_named(vault, name).id,
                situation=score,
                motivation=Motivation.WANTS_TO_CHANGE,
                support_needed="Hulp gevraagd",
            ),
        )
    psd = next(s for s in partners.list_services(vault) if s.name == "Psychosociale Dienst (PSD)")
    partners.save_involvement(vault, Involvement(None, case.id, stored_id(psd.id), contact_person="Nadia El Ouafi"))
    return case


# -- the texts -----------------------------------------------------------------------------------------------------


def test_every_shipped_text_is_marked_where_lupdate_finds_it(tmp_path):
    found = lupdate_catalogue([Path(shipped_catalogues.__file__)], tmp_path)
    texts = {entry.name for _key, entry in (*SHIPPED_DOMAINS, *SHIPPED_CATEGORIES)}
    texts |= {text for _key, s in SHIPPED_SERVICES for text in (s.name, s.kind, s.organisation, s.notes)}
    assert sorted(text for text in texts if (shipped_catalogues.CONTEXT, text, "") not in found) == []


# -- the core, with a translate function ---------------------------------------------------------------------------


def test_the_export_tree_and_the_chart_name_shipped_domains_in_the_readers_language(vault, case):
    tree = selection_tree(vault, case.id)
    labels = [item.label(dutch_words) for item, _parent in tree.walk()]
    assert {"Huisvesting", ADDED, RENAMED} <= set(labels)
    assert "Housing" not in labels and "Gezin, partner en kinderen" not in labels
    involved = next(item for item, _parent in tree.walk() if item.key.startswith("involvement:"))
    assert involved.label(dutch_words) == "Psychosociale Dienst (PSD)"  # the same in Dutch: its own name

    data = needs.chart_series(vault, case.id)
    shown = [ShownSeries(series.assessment_id, "2026-10-01") for series in data.series]
    axes, _series = radar_input(data, shown, hide_special=True, translate=dutch_words)
    labels = [axis.label for axis in axes]
    assert {"Huisvesting", ADDED, RENAMED} <= set(labels) and "Housing" not in labels


# -- the interface, with a real translation ------------------------------------------------------------------------


def test_the_needs_panel_shows_shipped_domains_translated_and_the_consultants_as_typed(qtbot, vault, case, dutch):
    view = CaseFileView(vault, case.id, Ask())
    panel = NeedsPanel(vault, case.id, Ask())
    view.add_tab(panel, "Needs")
    qtbot.addWidget(view)
    view.show()
    shown = table_domains(panel)
    assert {"Huisvesting", ADDED, RENAMED, "Psychisch welzijn en trauma"} <= set(shown)
    assert "Housing" not in shown and "Gezin, partner en kinderen" not in shown
    axes = [axis.label for axis in panel.chart.radar.chart(500).axes]
    assert "Huisvesting" in axes and RENAMED in axes


def test_the_catalogue_editor_shows_the_translation_and_keeps_a_shipped_name_until_it_is_renamed(qtbot, vault, dutch):
    needs.add_default_domains(vault)
    editor = DomainsDialog(vault, Ask())
    qtbot.addWidget(editor)
    names = [editor.model.data(editor.model.index(row, 0)) for row in range(editor.model.rowCount())]
    assert "Huisvesting" in names and "Housing" not in names

    housing = domain_named(vault, "Housing")
    seen = []

    def leave_as_shown(dialog: DomainDialog) -> None:
        seen.append(dialog.name.text())
        ok(dialog)

    editor.select(stored_id(housing.id))
    when_dialog_open(DomainDialog, editor, leave_as_shown)
    editor.rename_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == ["Huisvesting"]
    assert needs.get_domain(vault, stored_id(housing.id)).name == "Housing"  # still translated for every reader

    def rename(dialog: DomainDialog) -> None:
        dialog.name.selectAll()
        type_text(None, dialog.name, "Wonen na de vrijlating")
        ok(dialog)

    when_dialog_open(DomainDialog, editor, rename)
    editor.rename_button.click()
    qtbot.waitUntil(lambda: needs.get_domain(vault, stored_id(housing.id)).name != "Housing", timeout=5_000)
    assert needs.get_domain(vault, stored_id(housing.id)).name == "Wonen na de vrijlating"
    names = [editor.model.data(editor.model.index(row, 0)) for row in range(editor.model.rowCount())]
    assert "Wonen na de vrijlating" in names and "Huisvesting" not in names


def test_a_new_domain_may_not_take_the_name_a_shipped_one_shows(qtbot, vault, dutch):
    needs.add_default_domains(vault)
    dialog = DomainDialog(Ask(), needs.list_domains(vault))
    qtbot.addWidget(dialog)
    dialog.name.setText("huisvesting")
    assert "already a life domain" in dialog.show_errors()["name"]


def test_a_shipped_service_reads_translated_and_keeps_its_stored_words_when_edited(qtbot, vault, dutch):
    partners.add_default_services(vault)
    psd = next(s for s in partners.list_services(vault) if s.name == "Psychosociale Dienst (PSD)")
    dialog = DirectoryDialog(vault, Ask())
    qtbot.addWidget(dialog)
    row = dialog.model.row_of(psd.id)
    dialog.list.setCurrentIndex(dialog.model.index(row))
    form = dialog.form
    assert form.service.id == psd.id
    assert (form.kind.text(), form.notes.toPlainText()) == (DUTCH["psychosocial service"], DUTCH[psd.notes])
    assert "psychosociale dienst" in dialog.model.data(
        dialog.model.index(row), Qt.ItemDataRole.ToolTipRole
    )  # the tooltip
    form.phone.setText("050 45 67 89")
    assert dialog.save()
    stored = next(s for s in partners.list_services(vault) if s.id == psd.id)
    assert (stored.kind, stored.notes, stored.phone) == (psd.kind, psd.notes, "050 45 67 89")

    form.kind.setText("psychosociale dienst van de gevangenis")
    assert dialog.save()
    assert next(s for s in partners.list_services(vault) if s.id == psd.id).kind == (
        "psychosociale dienst van de gevangenis"
    )


# -- on paper ------------------------------------------------------------------------------------------------------

DUTCH_NOTES = {**DUTCH, "Justitiehuis": "Het justitiehuis", "Group belonging": "Erbij willen horen"}


def notes_words(context: str, text: str) -> str:
    return DUTCH_NOTES.get(text, text) if context == shipped_catalogues.CONTEXT else text


def test_session_notes_and_the_plan_print_shipped_names_translated_and_the_consultants_as_typed(vault, case):
    factors.add_default_factor_categories(vault)
    services = {s.name: stored_id(s.id) for s in partners.list_services(vault)}
    belonging = next(c for c in factors.list_factor_categories(vault) if c.name == "Group belonging")
    factor = factors.save_factor(
        vault,
        Factor(None, case.id, Direction.TOWARDS, FactorKind.PUSH, stored_id(belonging.id), ApproximateDate(2026, 1, 2)),
    )
    session = contacts.add_session(
        vault,
        case_id=case.id,
        starts_at=datetime(2026, 10, 2, 10, 0),
        held=True,
        participants=[Participant(SessionParty.SERVICE, services["Justitiehuis"])],
        domain_ids=[stored_id(domain_named(vault, name).id) for name in ("Housing", ADDED, RENAMED)],
        factor_ids=[stored_id(factor.id)],
    )
    notes = flat(
        text_of(
            session_notes_document(
                gather_session_notes(vault, case.id, stored_id(session.id)), today=TODAY, translate=notes_words
            )
        )
    )
    assert all(words in notes for words in ("Huisvesting", ADDED, RENAMED, "Het justitiehuis", "Erbij willen"))
    assert "Housing" not in notes and "Group belonging" not in notes and "Justitiehuis" not in notes

    goal = plan.save_goal(
        vault,
        Goal(
            None, case.id, "Een eigen studio", tuple(stored_id(domain_named(vault, n).id) for n in ("Housing", ADDED))
        ),
    )
    plan.save_step(
        vault,
        Step(None, stored_id(goal.id), "Aanvraag sociale woning", Party.SERVICE, service_id=services["Justitiehuis"]),
    )
    version = plan.make_plan_version(vault, case_id=case.id, on=date(2026, 10, 3))
    printed = flat(text_of(plan_document("Çelik Ağaoğlu", version, today=TODAY, translate=notes_words)))
    assert all(words in printed for words in ("Huisvesting", ADDED, "Het justitiehuis"))
    assert "Housing" not in printed and "Justitiehuis" not in printed


def test_the_case_summary_prints_shipped_domains_translated_and_the_consultants_as_typed(vault, case, dutch):
    pdf = case_summary(
        gather_case_summary(vault, case.id), today=TODAY, include_special=False, translate=QCoreApplication.translate
    )
    text = flat(text_of(pdf))
    assert "Huisvesting" in text and ADDED in text and RENAMED in text
    assert "Housing" not in text and "Gezin, partner en kinderen" not in text

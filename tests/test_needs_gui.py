"""The Needs tab: two assessments a few months apart recorded through the GUI, their history and star chart,
presentation mode, a dialog kept over a lock, the catalogue of life domains, and odd input in every field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import shiboken6
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui_support import send_key, type_text
from trajectapp.domain.dates import short_date
from trajectapp.domain.needs import AssessmentItem, ExternalAssessment, Motivation, RiskTool, Views
from trajectapp.services.needs import (
    add_default_domains,
    assessments,
    domain_in_use,
    external_assessments,
    get_assessment,
    list_domains,
    record_external_assessment,
    save_assessment_item,
    start_assessment,
)
from trajectapp.services.partners import add_default_services, list_services
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.catalogues.life_domains import DomainDialog, DomainsDialog
from trajectapp.ui.needs.assessment_dialogs import AssessmentDialog, ExternalAssessmentDialog
from trajectapp.ui.needs.item_dialog import AssessmentItemDialog
from trajectapp.ui.needs.needs_models import DOMAIN, MOTIVATION, NEXT_STEP, SITUATION, VIEWS
from trajectapp.ui.needs.needs_panel import NeedsPanel

FIRST, SECOND = date(2025, 1, 14), date(2025, 4, 22)
OWN_WORDS = "Ik wil gewoon een eigen studio, insha'Allah. «Huis» — بيت"


@pytest.fixture
def case(vault, make_case):
    add_default_domains(vault)  # as opening the vault does
    add_default_services(vault)
    return make_case("Çelik Ağaoğlu")


@pytest.fixture
def open_needs(qtbot, vault, case):
    """open_needs() -> (case file view, needs panel, ask) for the case, the Needs tab on show."""

    def open_(ask: Ask | None = None):
        ask = ask or Ask()
        view = CaseFileView(vault, case.id, ask)
        panel = NeedsPanel(vault, case.id, ask)
        view.add_tab(panel, "Needs")
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        view.tabs.setCurrentWidget(panel)
        return view, panel, ask

    return open_


def domain_named(vault, start: str):
    return next(d for d in list_domains(vault, include_hidden=True) if d.name.startswith(start))


def when_dialog_open(kind, parent, action) -> None:
    """Run `action(dialog)` as soon as a `kind` dialog under `parent` shows (it runs its own event loop)."""

    def attempt():
        if not shiboken6.isValid(parent):  # the test is over: it failed before the dialog opened
            return
        shown = [d for d in parent.findChildren(kind) if d.isVisible()]
        if shown:
            action(shown[0])
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.Ok).click()


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def table_domains(panel: NeedsPanel) -> list[str]:
    """The domains of the assessment table as shown."""
    return [panel.model.data(panel.model.index(row, DOMAIN)) for row in range(panel.model.rowCount())]


def history_rows(panel: NeedsPanel) -> dict[str, list[str]]:
    model = panel.history_model
    return {
        model.data(model.index(row, 0)): [
            model.data(model.index(row, column)) for column in range(1, model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def chart_values(panel: NeedsPanel) -> dict[str, dict[str, int | None]]:
    """Each drawn series' label -> the value on each visible axis, keyed by the axis label."""
    chart = panel.chart.radar.chart(500)
    labels = {axis.key: axis.label for axis in chart.axes}
    return {series.label: {labels[point.key]: point.value for point in series.points} for series in chart.series}


def score_three(vault, assessment_id: int, scores: dict[str, int]) -> None:
    for start, situation in scores.items():
        save_assessment_item(
            vault, AssessmentItem(None, assessment_id, domain_named(vault, start).id, situation=situation)
        )


# -- the story: two assessments a few months apart -------------------------------------------------------


def test_two_assessments_months_apart_keep_their_history_and_show_on_the_chart(open_needs, vault, case, qtbot):
    view, panel, ask = open_needs()
    assert panel.empty_note.isVisible() and panel.model.rowCount() == 0
    assert not panel.date_button.isEnabled()

    ask.preset((FIRST, "Na drie gesprekken in de bezoekzaal."))
    panel.new_button.click()
    first = assessments(vault, case.id)[0]
    assert (first.assessed_on, first.note) == (FIRST, "Na drie gesprekken in de bezoekzaal.")
    assert panel.chooser.currentText() == short_date(FIRST) and not panel.empty_note.isVisible()
    assert table_domains(panel) == [d.name for d in list_domains(vault)]

    housing, work, family = (domain_named(vault, name) for name in ("Housing", "Education", "Family"))
    vdab = next(s for s in list_services(vault) if s.name.startswith("VDAB"))

    def fill_housing(dialog):
        choose(dialog.situation, 3)
        choose(dialog.person_situation, 5)
        choose(dialog.motivation, Motivation.WANTS_TO_CHANGE.value)
        type_text(None, dialog.inputs["person_view"], "Bij mijn moeder kan ik terug.")
        type_text(None, dialog.inputs["consultant_view"], "Moeder wil dat niet meer.")
        choose(dialog.views, Views.DISAGREE.value)
        type_text(None, dialog.inputs["own_words"], OWN_WORDS)
        type_text(None, dialog.inputs["next_step"], "Aanmelden bij begeleid wonen")
        choose(dialog.service, vdab.id)
        ok(dialog)

    panel.select_domain(housing.id)
    when_dialog_open(AssessmentItemDialog, view, fill_housing)
    panel.edit_button.click()
    item = get_assessment(vault, first.id).item_for(housing.id)
    assert (item.situation, item.person_situation, item.motivation, item.views) == (
        3,
        5,
        Motivation.WANTS_TO_CHANGE,
        Views.DISAGREE,
    )
    assert (item.own_words, item.person_view, item.consultant_view) == (
        OWN_WORDS,
        "Bij mijn moeder kan ik terug.",
        "Moeder wil dat niet meer.",
    )
    assert (item.next_step, item.next_step_service_id) == ("Aanmelden bij begeleid wonen", vdab.id)
    row = panel.model.row_of(housing.id)
    assert panel.model.data(panel.model.index(row, SITUATION)).startswith("3 – Starting to look at it")
    assert panel.model.data(panel.model.index(row, MOTIVATION)) == "Wants to change it, not yet sure how"
    assert panel.model.data(panel.model.index(row, VIEWS)) == "They see it differently"
    assert panel.model.data(panel.model.index(row, NEXT_STEP)) == f"Aanmelden bij begeleid wonen ({vdab.name})"

    for domain, situation in ((work, 4), (family, 6)):  # through the panel, the dialog's answer preset
        ask.preset(AssessmentItem(None, first.id, domain.id, situation=situation))
        panel.edit_item(domain)

    ask.preset((SECOND, ""))
    panel.new_button.click()
    first, second = assessments(vault, case.id)
    assert second.assessed_on == SECOND and second.started_from == first.id
    assert [replace(i, id=None, assessment_id=0) for i in second.items] == [
        replace(i, id=None, assessment_id=0) for i in first.items
    ]  # it starts from the first
    assert panel.chooser.currentText() == short_date(SECOND)

    def raise_housing(dialog):
        assert dialog.inputs["own_words"].toPlainText() == OWN_WORDS  # carried over
        choose(dialog.situation, 6)
        ok(dialog)

    panel.select_domain(housing.id)
    when_dialog_open(AssessmentItemDialog, view, raise_housing)
    cell = panel.table.visualRect(panel.model.index(panel.model.row_of(housing.id), SITUATION)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.LeftButton, pos=cell)  # a view opens what was pressed first
    qtbot.mouseDClick(panel.table.viewport(), Qt.LeftButton, pos=cell)
    ask.preset(AssessmentItem(None, second.id, family.id, situation=5))
    panel.edit_item(family)

    first, second = assessments(vault, case.id)
    assert first.item_for(housing.id).situation == 3  # the first is kept as it was
    assert (second.item_for(housing.id).situation, second.item_for(family.id).situation) == (6, 5)

    history = history_rows(panel)
    assert panel.history_model.headerData(1, Qt.Horizontal) == short_date(FIRST)
    assert panel.history_model.headerData(2, Qt.Horizontal) == short_date(SECOND)
    assert history[housing.name] == ["3", "6", "+3"]
    assert history[work.name] == ["4", "4", "±0"]
    assert history[family.name] == ["6", "5", "−1"]
    assert history["Mental health and trauma"] == ["–", "–", None]

    panel.views.setCurrentWidget(panel.chart)
    drawn = chart_values(panel)
    latest, earliest = f"{short_date(SECOND)} (latest)", f"{short_date(FIRST)} (first)"
    assert list(drawn) == [latest, earliest]
    for label, assessment in ((latest, second), (earliest, first)):
        expected = {d.name: getattr(assessment.item_for(d.id), "situation", None) for d in list_domains(vault)}
        assert drawn[label] == expected
    assert drawn[latest][housing.name] == 6 and drawn[earliest][housing.name] == 3

    choose(panel.chart.compare, None)  # nothing to compare with: the latest alone
    assert list(chart_values(panel)) == [latest]
    panel.chart.person_scores.setChecked(True)
    drawn = chart_values(panel)
    assert drawn[f"{short_date(SECOND)}, the person's own scores"][housing.name] == 5

    panel.select_assessment(first.id)  # an earlier one has nothing earlier to compare with
    assert not panel.chart.compare.isEnabled()
    assert next(iter(chart_values(panel))) == earliest


def test_the_date_and_note_of_an_assessment_can_be_corrected(open_needs, vault, case):
    _view, panel, ask = open_needs()
    start_assessment(vault, case_id=case.id, on=FIRST)
    panel.refresh()
    ask.preset((date(2025, 1, 15), "Verbeterd"))
    panel.date_button.click()
    (assessment,) = assessments(vault, case.id)
    assert (assessment.assessed_on, assessment.note) == (date(2025, 1, 15), "Verbeterd")
    assert panel.note_label.text() == "Note: Verbeterd"


def test_a_new_assessment_says_where_it_starts_and_refuses_impossible_dates(qtbot, vault, case):
    earlier = [start_assessment(vault, case_id=case.id, on=FIRST)]
    dialog = AssessmentDialog(Ask(), earlier, today=date(2025, 6, 1))
    qtbot.addWidget(dialog)
    assert short_date(FIRST) in dialog.intro.text()
    dialog.inputs["on"].setText("2024-12-01")
    assert "starts empty" in dialog.intro.text()
    for typed, message in (
        ("2025-02-30", "There is no 30/02/2025"),
        ("2025-07-01", "still to come"),
        ("", "Type the date"),
        ("gisteren", "Not a date"),
    ):
        dialog.inputs["on"].setText(typed)
        assert message in dialog.show_errors()["on"]
        assert dialog.rows["on"].error_text() == dialog.errors()["on"]  # next to the field
        assert dialog.value() is None


# -- presentation mode ---------------------------------------------------------------------------------------


def test_presentation_mode_hides_special_category_domains_everywhere(open_needs, vault, case):
    view, panel, ask = open_needs()
    assessment = start_assessment(vault, case_id=case.id, on=FIRST)
    score_three(
        vault,
        assessment.id,
        {"Housing": 4, "Family": 6, "Network": 3, "Mental health": 2, "Worldview": 5, "Legal situation": 4},
    )
    panel.refresh()
    special = {d.name for d in list_domains(vault) if d.sensitivity is not None}
    assert len(special) == 5 and special <= set(table_domains(panel))
    assert special <= {axis.label for axis in panel.chart.radar.chart(500).axes}

    view.set_presentation_mode(True)
    assert not special & set(table_domains(panel))
    assert not special & set(history_rows(panel))
    chart = panel.chart.radar.chart(500)
    assert chart.drawable and not special & {axis.label for axis in chart.axes}
    assert not panel.views.isTabVisible(panel.views.indexOf(panel.risk))
    ask.preset(AssessmentItem(None, assessment.id, domain_named(vault, "Worldview").id, situation=9))
    panel.edit_item(domain_named(vault, "Worldview"))  # cannot be opened while the mode is on
    assert ask.asked == []
    ask._preset.clear()

    view.set_presentation_mode(False)
    assert special <= set(table_domains(panel))
    assert special <= set(history_rows(panel))
    assert special <= {axis.label for axis in panel.chart.radar.chart(500).axes}
    assert panel.views.isTabVisible(panel.views.indexOf(panel.risk))


def test_a_hidden_domain_shows_only_where_it_was_used(open_needs, vault, case):
    _view, panel, _ask = open_needs()
    first = start_assessment(vault, case_id=case.id, on=FIRST)
    leisure, prison = domain_named(vault, "Leisure"), domain_named(vault, "Prison")
    score_three(vault, first.id, {"Leisure": 7, "Housing": 4, "Family": 6})
    catalogue = DomainsDialog(vault, Ask())
    for domain in (leisure, prison):
        catalogue.select(domain.id)
        catalogue.hide_button.click()
    catalogue.deleteLater()
    panel.refresh()
    shown = table_domains(panel)
    assert f"{leisure.name} (hidden)" in shown and not [name for name in shown if name.startswith("Prison")]
    assert f"{leisure.name} (hidden)" in history_rows(panel)
    assert leisure.name in {axis.label for axis in panel.chart.radar.chart(500).axes}
    assert prison.name not in {axis.label for axis in panel.chart.radar.chart(500).axes}


# -- drafts over a lock ---------------------------------------------------------------------------------------


def test_a_half_filled_item_dialog_survives_a_lock(open_needs, vault, case, qtbot):
    first = start_assessment(vault, case_id=case.id, on=FIRST)
    second = start_assessment(vault, case_id=case.id, on=SECOND)
    family = domain_named(vault, "Family")
    view, panel, ask = open_needs()
    panel.select_assessment(first.id)  # the earlier one, so that reopening must not default to the latest
    panel.select_domain(family.id)

    def type_then_lock(dialog):
        choose(dialog.situation, 7)
        type_text(None, dialog.inputs["own_words"], "Mijn dochter schrijft me elke week. Çok güzel.")
        view.keep_drafts()  # what the application does first when it locks ...
        dialog.reject()  # ... before it closes every dialog

    when_dialog_open(AssessmentItemDialog, view, type_then_lock)
    panel.edit_button.click()
    assert get_assessment(vault, first.id).item_for(family.id) is None
    view.close()

    again, panel_again, _ask = open_needs(ask)
    seen = {}

    def check_then_accept(dialog):
        seen["ids"] = (dialog.assessment_id, dialog.domain_id)
        seen["situation"] = dialog.situation.currentData()
        seen["own_words"] = dialog.inputs["own_words"].toPlainText()
        ok(dialog)

    when_dialog_open(AssessmentItemDialog, again, check_then_accept)
    again.restore_drafts()
    assert again.draft_banner.isVisible()
    qtbot.waitUntil(lambda: get_assessment(vault, first.id).item_for(family.id) is not None, timeout=5_000)
    assert seen == {
        "ids": (first.id, family.id),
        "situation": 7,
        "own_words": "Mijn dochter schrijft me elke week. Çok güzel.",
    }
    assert get_assessment(vault, second.id).item_for(family.id) is None
    assert panel_again.chooser.currentData() == first.id
    QApplication.processEvents()


def test_a_risk_assessment_being_corrected_survives_a_lock(open_needs, vault, case, qtbot):
    record = record_external_assessment(
        vault, ExternalAssessment(None, case.id, RiskTool.ERG, date(2024, 3, 1), "Deskundige", "Griffie")
    )
    view, panel, ask = open_needs()
    panel.views.setCurrentWidget(panel.risk)
    panel.risk.table.selectRow(0)

    def type_then_lock(dialog):
        type_text(None, dialog.inputs["held_at"], ", kopie bij de advocaat")
        view.keep_drafts()
        dialog.reject()

    when_dialog_open(ExternalAssessmentDialog, view, type_then_lock)
    panel.risk.edit_button.click()
    view.close()

    again, _panel, _ask = open_needs(ask)
    when_dialog_open(ExternalAssessmentDialog, again, ok)
    again.restore_drafts()
    qtbot.waitUntil(lambda: external_assessments(vault, case.id)[0].held_at != "Griffie", timeout=5_000)
    assert external_assessments(vault, case.id) == [replace(record, held_at="Griffie, kopie bij de advocaat")]
    QApplication.processEvents()


def test_a_draft_about_a_special_category_domain_waits_for_presentation_mode_to_end(open_needs, vault, case, qtbot):
    assessment = start_assessment(vault, case_id=case.id, on=FIRST)
    worldview = domain_named(vault, "Worldview")
    view, panel, ask = open_needs()
    view.set_presentation_mode(True)
    dialog = AssessmentItemDialog(ask, assessment, worldview, [], panel)
    choose(dialog.situation, 4)
    draft = dialog.draft()
    dialog.deleteLater()
    panel.resume("assessment_item", draft)
    assert not [d for d in view.findChildren(AssessmentItemDialog) if d.isVisible()]

    when_dialog_open(AssessmentItemDialog, view, ok)
    view.set_presentation_mode(False)
    qtbot.waitUntil(lambda: get_assessment(vault, assessment.id).item_for(worldview.id) is not None, timeout=5_000)
    assert get_assessment(vault, assessment.id).item_for(worldview.id).situation == 4


def test_enter_opens_the_selected_domain(open_needs, vault, case):
    start_assessment(vault, case_id=case.id, on=FIRST)
    view, panel, _ask = open_needs()
    family = domain_named(vault, "Family")
    panel.select_domain(family.id)
    opened = []

    def note_and_close(dialog):
        opened.append(dialog.domain_id)
        dialog.reject()

    when_dialog_open(AssessmentItemDialog, view, note_and_close)
    send_key(panel.table, Qt.Key_Return)
    assert opened == [family.id]


def test_cancel_asks_before_typed_text_is_dropped(open_needs, vault, case):
    assessment = start_assessment(vault, case_id=case.id, on=FIRST)
    view, panel, ask = open_needs()
    panel.select_domain(domain_named(vault, "Housing").id)
    steps = []

    def type_then_cancel(dialog):
        type_text(None, dialog.inputs["support_needed"], "Een maatschappelijk werker")
        ask.preset("cancel")
        dialog.buttons.button(QDialogButtonBox.Cancel).click()
        steps.append(dialog.isVisible())  # still open: nothing lost
        ask.preset("discard")
        dialog.buttons.button(QDialogButtonBox.Cancel).click()
        steps.append(dialog.isVisible())

    when_dialog_open(AssessmentItemDialog, view, type_then_cancel)
    panel.edit_button.click()
    assert steps == [True, False]
    assert ask.asked == ["You changed this form. Save the changes?"] * 2
    assert get_assessment(vault, assessment.id).items == ()


# -- the catalogue of life domains --------------------------------------------------------------------------


def test_the_domains_dialog_adds_renames_hides_and_keeps_a_used_domain(qtbot, vault, case):
    ask = Ask()
    dialog = DomainsDialog(vault, ask)
    qtbot.addWidget(dialog)
    count = dialog.model.rowCount()

    ask.preset(("Geloof en zingeving in de cel", None))
    dialog.add_button.click()
    added = domain_named(vault, "Geloof en zingeving")
    assert dialog.model.rowCount() == count + 1 and dialog.selected().id == added.id and not added.shipped

    def rename(named):
        named.name.selectAll()
        type_text(None, named.name, "Zingeving en gebed")
        choose(named.sensitivity, "religion_ideology")
        ok(named)

    when_dialog_open(DomainDialog, dialog, rename)
    dialog.rename_button.click()
    renamed = domain_named(vault, "Zingeving")
    assert renamed.id == added.id and renamed.sensitivity.value == "religion_ideology"

    dialog.hide_button.click()
    assert domain_named(vault, "Zingeving").hidden and dialog.hide_button.text() == "Show"
    dialog.hide_button.click()
    assert not domain_named(vault, "Zingeving").hidden

    assessment = start_assessment(vault, case_id=case.id, on=FIRST)
    save_assessment_item(vault, AssessmentItem(None, assessment.id, renamed.id, situation=5))
    ask.preset(None)
    dialog.delete_button.click()
    assert "hide it instead" in ask.asked[-1]
    assert domain_in_use(vault, renamed.id) and domain_named(vault, "Zingeving")

    dialog.select(domain_named(vault, "Housing").id)
    assert not dialog.delete_button.isEnabled() and "comes with Trajectapp" in dialog.delete_button.toolTip()

    ask.preset(("Schulden", None))
    dialog.add_button.click()
    ask.preset(True)  # yes, delete it
    dialog.delete_button.click()
    assert "Schulden" not in [d.name for d in list_domains(vault, include_hidden=True)]


def test_a_domain_name_is_checked_next_to_the_field(qtbot, vault, case):
    taken = list_domains(vault)
    dialog = DomainDialog(Ask(), taken)
    qtbot.addWidget(dialog)
    for typed, message in (("", "Type a name"), ("HOUSING", "already a life domain"), ("x" * 201, "Too long")):
        dialog.name.setText(typed)
        assert message in dialog.show_errors()["name"]
        assert dialog.value() is None
    shipped = domain_named(vault, "Mental health")
    fixed = DomainDialog(Ask(), taken, shipped, in_use=True)
    qtbot.addWidget(fixed)
    assert not fixed.sensitivity.isEnabled()


def test_a_domain_typed_when_the_vault_locks_comes_back_with_the_catalogue(qtbot, vault, case):
    ask = Ask()
    dialog = DomainsDialog(vault, ask)
    qtbot.addWidget(dialog)

    def type_then_lock(named):
        type_text(None, named.name, "Sport en beweging")
        named.reject()  # how a lock closes it

    when_dialog_open(DomainDialog, dialog, type_then_lock)
    dialog.add_button.click()
    dialog.close()

    again = DomainsDialog(vault, ask)
    qtbot.addWidget(again)
    seen = []

    def check(named):
        seen.append(named.name.text())
        ok(named)

    when_dialog_open(DomainDialog, again, check)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == ["Sport en beweging"]
    assert domain_named(vault, "Sport en beweging")


# -- risk assessments made elsewhere ---------------------------------------------------------------------------


def test_a_risk_assessment_made_elsewhere_is_recorded_and_corrected(open_needs, vault, case):
    _view, panel, ask = open_needs()
    panel.views.setCurrentWidget(panel.risk)
    assert panel.risk.empty_note.isVisible()
    ask.preset(
        {
            "tool": RiskTool.VERA_2R,
            "done_on": date(2024, 11, 3),
            "author": "PSD Hasselt",
            "held_at": "PSD-dossier",
            "other_tool": "",
            "note": "",
        }
    )
    panel.risk.record_button.click()
    (record,) = external_assessments(vault, case.id)
    assert (record.tool, record.author) == (RiskTool.VERA_2R, "PSD Hasselt")
    panel.risk.table.selectRow(0)
    ask.preset(
        {
            "tool": RiskTool.OTHER,
            "done_on": None,
            "author": "PSD Hasselt",
            "held_at": "PSD-dossier",
            "other_tool": "SAPROF",
            "note": "",
        }
    )
    panel.risk.edit_button.click()
    (record,) = external_assessments(vault, case.id)
    assert (record.tool, record.other_tool, record.done_on) == (RiskTool.OTHER, "SAPROF", None)
    assert panel.risk.model.data(panel.risk.model.index(0, 0)) == "SAPROF"


# -- odd input into every field --------------------------------------------------------------------------------

fuzz = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ODD_TEXTS = [
    "مرحبا بكم، أنا بخير",  # right to left
    "שלום Zoë",
    "\u202eevil.exe",  # a right-to-left override
    "Zoe\u0308 Çelik\u0301\u0301",
    "👩‍👩‍👧 🇧🇪",
    "\x00\x07\x1b[31m\x7f",  # control characters only
    "tab\there\nnew line\r\nand \r back",
    "   ",
    "x" * 201,
    "lang " * 4_100,  # longer than a field keeps
    "<b>not bold</b> &amp; <script>",
    "'; DROP TABLE assessment_items; --",
]
ODD_DATES = [
    "2025-02-30",
    "0000-01-01",
    "99999-01-01",
    "31/02/2025",
    "29/02/2024",
    "29/02/2023",
    "1899-12-31",
    "2101-01-01",
    "٢٠٢٥-٠٣-٠١",
    "today",
    "",
    "2025-00-10",
    "2099-12-31",
    "2024-06-30",
    "1-3-2024",
]
texts = st.one_of(st.sampled_from(ODD_TEXTS), st.text(max_size=80))
dates = st.one_of(
    st.sampled_from(ODD_DATES),
    st.text(alphabet="0123456789-/. ", max_size=12),
    st.dates(min_value=date(1890, 1, 1), max_value=date(2110, 1, 1)).map(date.isoformat),
)


@pytest.fixture
def scene(qtbot, vault, case, open_needs):
    """The case file with a Needs tab and one assessment, shared by the examples of one test."""
    view, panel, ask = open_needs()
    assessment = start_assessment(vault, case_id=case.id, on=FIRST)
    panel.refresh()
    return view, panel, ask, assessment


@fuzz
@given(
    texts=st.fixed_dictionaries(
        dict.fromkeys(("person_view", "consultant_view", "own_words", "support_needed", "next_step"), texts)
    ),
    situation=st.sampled_from([None, *range(1, 11)]),
    person=st.sampled_from([None, *range(1, 11)]),
    motivation=st.sampled_from([None, *Motivation]),
    views=st.sampled_from(list(Views)),
    service=st.booleans(),
)
def test_odd_input_in_the_item_dialog_gets_a_message_or_a_clean_save(
    scene, vault, texts, situation, person, motivation, views, service
):
    view, panel, ask, assessment = scene
    domain = domain_named(vault, "Identity")
    services = list_services(vault)
    before = get_assessment(vault, assessment.id)
    dialog = AssessmentItemDialog(ask, before, domain, services, panel)
    choose(dialog.situation, situation)
    choose(dialog.person_situation, person)
    choose(dialog.motivation, motivation.value if motivation else None)
    choose(dialog.views, views.value)
    choose(dialog.service, services[0].id if service else None)
    for name, text in texts.items():
        dialog.inputs[name].setPlainText(text)

    again = AssessmentItemDialog(ask, before, domain, services, panel)  # every character survives a draft
    again.load_draft(dialog.draft())
    assert again.draft() == dialog.draft()
    again.deleteLater()

    errors = dialog.show_errors()
    value = dialog.value()
    dialog.deleteLater()
    event("refused" if errors else "saved")
    if errors:
        assert value is None
        assert set(errors) <= set(texts)
        for name, message in errors.items():
            assert message.strip() and dialog.rows[name].error_text() == message
        assert get_assessment(vault, assessment.id) == before
        return
    ask.preset(value)  # what the dialog answers, saved the way the panel saves it
    panel.edit_item(domain, before)
    stored = get_assessment(vault, assessment.id).item_for(domain.id)
    assert replace(stored, id=None) == value
    assert (stored.situation, stored.person_situation, stored.motivation, stored.views) == (
        situation,
        person,
        motivation,
        views,
    )
    assert not [d for d in (view.findChildren(AssessmentItemDialog)) if d.isVisible()]


@fuzz
@given(
    texts=st.fixed_dictionaries(dict.fromkeys(("other_tool", "author", "held_at", "note"), texts)),
    tool=st.sampled_from(list(RiskTool)),
    done_on=dates,
)
def test_odd_input_in_the_risk_assessment_dialog_gets_a_message_or_a_clean_save(
    scene, vault, case, texts, tool, done_on
):
    _view, panel, ask, _assessment = scene
    before = external_assessments(vault, case.id)
    dialog = ExternalAssessmentDialog(ask, None, panel, today=date(2025, 6, 1))
    choose(dialog.tool, tool.value)
    dialog.inputs["done_on"].setText(done_on)
    for name, text in texts.items():
        widget = dialog.inputs[name]
        widget.setPlainText(text) if name == "note" else widget.setText(text)
    errors = dialog.show_errors()
    value = dialog.value()
    dialog.deleteLater()
    event("refused" if errors else "saved")
    if errors:
        assert value is None
        for name, message in errors.items():
            assert message.strip() and dialog.rows[name].error_text() == message
        assert external_assessments(vault, case.id) == before
        return
    ask.preset(value)
    panel.risk.record()
    (added,) = [record for record in external_assessments(vault, case.id) if record not in before]
    assert replace(added, id=None) == ExternalAssessment(None, case.id, **value)
    assert value["done_on"] is None or value["done_on"] <= date(2025, 6, 1)


@fuzz
@given(on=dates, note=texts)
def test_odd_input_in_the_assessment_dialog_gets_a_message_or_a_clean_save(scene, vault, case, on, note):
    _view, panel, ask, _assessment = scene
    before = assessments(vault, case.id)
    dialog = AssessmentDialog(ask, before, None, panel, today=date(2025, 6, 1))
    dialog.inputs["on"].setText(on)
    dialog.inputs["note"].setPlainText(note)
    errors = dialog.show_errors()
    value = dialog.value()
    dialog.deleteLater()
    event("refused" if errors else "saved")
    if errors:
        assert value is None and set(errors) <= {"on", "note"}
        for name, message in errors.items():
            assert message.strip() and dialog.rows[name].error_text() == message
        assert assessments(vault, case.id) == before
        return
    ask.preset(value)
    panel.new_assessment()
    (added,) = [a for a in assessments(vault, case.id) if a.id not in {b.id for b in before}]
    assert (added.assessed_on, added.note) == value and added.assessed_on <= date(2025, 6, 1)
    assert panel.chosen().id == added.id

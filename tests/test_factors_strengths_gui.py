"""The Factors and Strengths tabs: create, edit and keep the history of factors, strengths, goods and the
perspective; the editable factor categories; presentation mode; drafts kept over a lock; and odd input in every
field of every dialog (a message next to the field, or a clean save of exactly what the form says)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui_support import type_text
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind, FactorStatus
from trajectapp.domain.strengths import GoodLivesEntry, Importance, PrimaryGood, Strength, StrengthCategory
from trajectapp.services.case_file import history
from trajectapp.services.drafts import has_draft
from trajectapp.services.factors import (
    add_default_factor_categories,
    factors,
    hide_factor_category,
    list_factor_categories,
    save_factor,
)
from trajectapp.services.needs import add_default_domains, list_domains
from trajectapp.services.strengths import goods, perspectives, record_perspective, save_good, save_strength, strengths
from trajectapp.store.categories import tagged_fields
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.catalogues.factor_categories import CategoryNameDialog, FactorCategoriesDialog
from trajectapp.ui.factors import factors_panel
from trajectapp.ui.factors.factor_dialog import FactorDialog
from trajectapp.ui.factors.factors_panel import EVIDENCE, FIRST_NOTED, FactorsPanel
from trajectapp.ui.strengths import strengths_panel
from trajectapp.ui.strengths.strength_dialogs import GoodDialog, PerspectiveDialog, StrengthDialog
from trajectapp.ui.strengths.strengths_panel import PURSUED_BEFORE, StrengthsPanel

TODAY = date.today()


@pytest.fixture
def case(vault, make_case):
    add_default_factor_categories(vault)  # as opening a vault does
    add_default_domains(vault)
    return make_case("Çelik Ağaoğlu")


def category_id(vault, name: str) -> int:
    return next(c.id for c in list_factor_categories(vault, include_hidden=True) if c.name == name)


def domain_id(vault, start: str) -> int:
    return next(d.id for d in list_domains(vault) if d.name.startswith(start))


def when_dialog_opens(kind, action) -> None:
    """Run `action(dialog)` as soon as a `kind` dialog is showing (it runs its own event loop)."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            action(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.Ok).click()


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def offered(combo) -> list:
    return [combo.itemData(index) for index in range(combo.count())]


@pytest.fixture
def factors_tab(qtbot, vault, case):
    ask = Ask()
    panel = FactorsPanel(vault, case.id, ask)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    return panel, ask


@pytest.fixture
def strengths_tab(qtbot, vault, case):
    ask = Ask()
    panel = StrengthsPanel(vault, case.id, ask)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    return panel, ask


def a_factor(vault, case, **changes) -> Factor:
    fields = {
        "direction": Direction.TOWARDS,
        "kind": FactorKind.PULL,
        "category_id": category_id(vault, "Adventure"),
        "first_noted_on": ApproximateDate(2025, 3, 1),
        "evidence": "Spreekt over de reis als een avontuur.",
    }
    fields.update(changes)
    return save_factor(vault, Factor(None, case.id, **fields))


# -- factors -----------------------------------------------------------------------------------------------------


def test_a_factor_is_added_and_changed_through_its_dialog_and_the_history_names_the_fields(factors_tab, vault, case):
    panel, _ask = factors_tab
    assert panel.empty_note.isVisible() and "No factors recorded yet" in panel.empty_note.text()
    belonging = category_id(vault, "Group belonging")
    family = domain_id(vault, "Family")
    evidence = "Zegt: „bij hen hoorde ik erbij”. Sinds زيارة أمه spreekt hij anders."

    def fill_in(dialog: FactorDialog):
        assert dialog.show_errors().keys() == {"direction", "kind", "category"}  # no score, nothing guessed
        choose(dialog.direction, Direction.TOWARDS.value)
        choose(dialog.kind, FactorKind.PULL.value)
        choose(dialog.category, belonging)
        choose(dialog.domain, family)
        dialog.inputs["first_noted_on"].setText("12/03/2025")
        type_text(None, dialog.inputs["evidence"], evidence)
        ok(dialog)

    when_dialog_opens(FactorDialog, fill_in)
    panel.add_button.click()
    (factor,) = factors(vault, case.id)
    assert factor == Factor(
        factor.id,
        case.id,
        Direction.TOWARDS,
        FactorKind.PULL,
        belonging,
        ApproximateDate(2025, 3, 12),
        FactorStatus.ACTIVE,
        family,
        evidence,
    )
    assert not panel.empty_note.isVisible()
    assert panel.selected() == factor
    assert panel.model.data(panel.model.index(0, EVIDENCE)) == evidence

    def change(dialog: FactorDialog):
        assert dialog.inputs["evidence"].toPlainText() == evidence
        choose(dialog.status, FactorStatus.WEAKENING.value)
        dialog.inputs["evidence"].moveCursor(QTextCursor.End)
        type_text(None, dialog.inputs["evidence"], " Nu: twijfelt aan de groep.")
        ok(dialog)

    when_dialog_opens(FactorDialog, change)
    panel.edit_button.click()
    (changed,) = factors(vault, case.id)
    assert changed.id == factor.id and changed.status is FactorStatus.WEAKENING
    assert changed.evidence == evidence + " Nu: twijfelt aan de groep."
    assert changed.first_noted_on == ApproximateDate(2025, 3, 12)  # when it was first noted stays

    panel.status_actions[FactorStatus.GONE].trigger()
    assert factors(vault, case.id)[0].status is FactorStatus.GONE
    assert panel.status_actions[FactorStatus.GONE].isChecked()
    entries = [(entry.event, entry.summary) for entry in history(vault, case.id) if entry.event.startswith("factor")]
    assert entries == [
        ("factor.updated", "fields: status"),
        ("factor.updated", "fields: status, evidence"),
        ("factor.added", ""),
    ]
    assert not any("groep" in (entry.summary or "") for entry in history(vault, case.id))


def test_a_factor_first_noted_in_the_future_or_on_an_impossible_date_gets_a_message(qtbot, vault, case):
    dialog = FactorDialog(Ask(), list_factor_categories(vault, include_hidden=True), list_domains(vault))
    qtbot.addWidget(dialog)
    dialog.inputs["first_noted_on"].setText((TODAY + timedelta(days=1)).isoformat())
    assert "still to come" in dialog.errors()["first_noted_on"]
    dialog.inputs["first_noted_on"].setText("2025-02-30")
    assert dialog.show_errors()["first_noted_on"] == dialog.rows["first_noted_on"].error_text() != ""
    assert dialog.value() is None


def test_a_factor_noted_since_a_year_or_a_month_is_kept_so_and_listed_in_order_of_time(factors_tab, vault, case):
    panel, _ask = factors_tab
    a_factor(vault, case, first_noted_on=ApproximateDate(2025, 3, 1))

    def since(typed: str):
        def fill_in(dialog: FactorDialog):
            choose(dialog.direction, Direction.TOWARDS.value)
            choose(dialog.kind, FactorKind.PUSH.value)
            choose(dialog.category, category_id(vault, "Adventure"))
            dialog.inputs["first_noted_on"].setText(typed)
            ok(dialog)

        return fill_in

    for typed in ("2015", "3/2019"):
        when_dialog_opens(FactorDialog, since(typed))
        panel.add_button.click()
    assert {factor.first_noted_on for factor in factors(vault, case.id)} == {
        ApproximateDate(2015),
        ApproximateDate(2019, 3),
        ApproximateDate(2025, 3, 1),
    }
    panel.table.sortByColumn(FIRST_NOTED, Qt.SortOrder.AscendingOrder)
    shown = [panel.table.model().index(row, FIRST_NOTED).data() for row in range(3)]
    assert shown == ["2015", "03/2019", "01/03/2025"]  # by time, not by the digits of the text


def test_a_factor_first_noted_in_a_month_to_come_or_one_that_is_not_gets_its_message(qtbot, vault, case):
    dialog = FactorDialog(
        Ask(), list_factor_categories(vault, include_hidden=True), list_domains(vault), today=date(2026, 3, 14)
    )
    qtbot.addWidget(dialog)
    assert dialog.inputs["first_noted_on"].text() == "14/03/2026"  # today, to start with
    for typed, message in (
        ("2026", ""),  # this year: it has begun
        ("4/2026", "This date is still to come: record it when it has happened."),
        ("13/2025", "There is no 13/2025: check the day and the month."),
        ("25", "Not a date: use 01/03/2027, 03/2027 or 2027"),
    ):
        dialog.inputs["first_noted_on"].setText(typed)
        assert dialog.errors().get("first_noted_on", "") == message, typed


def test_a_hidden_category_is_kept_by_its_factors_but_not_offered_for_new_ones(qtbot, vault, case):
    adventure = category_id(vault, "Adventure")
    factor = a_factor(vault, case, category_id=adventure)
    hide_factor_category(vault, adventure)
    categories = list_factor_categories(vault, include_hidden=True)
    new = FactorDialog(Ask(), categories, list_domains(vault, include_hidden=True))
    existing = FactorDialog(Ask(), categories, list_domains(vault, include_hidden=True), factor)
    qtbot.addWidget(new)
    qtbot.addWidget(existing)
    assert adventure not in offered(new.category)
    assert existing.category.currentData() == adventure and "hidden" in existing.category.currentText()
    assert existing.value()["category_id"] == adventure


def test_cancelling_a_changed_factor_asks_first_and_saves_nothing_when_discarded(factors_tab, vault, case):
    panel, ask = factors_tab
    factor = a_factor(vault, case)
    panel.refresh()
    panel.select(factor.id)
    seen = {}

    def type_then_cancel(dialog: FactorDialog):
        type_text(None, dialog.inputs["evidence"], " En meer.")
        ask.preset("cancel")  # "keep editing"
        dialog.buttons.button(QDialogButtonBox.Cancel).click()
        seen["still open"] = dialog.isVisible()
        ask.preset("discard")
        dialog.buttons.button(QDialogButtonBox.Cancel).click()

    when_dialog_opens(FactorDialog, type_then_cancel)
    panel.edit_button.click()
    assert seen == {"still open": True}
    assert ask.asked == ["You changed this form. Save the changes?"] * 2
    assert factors(vault, case.id) == [factor]


def test_presentation_mode_hides_special_category_factors_and_the_evidence_until_it_is_left(factors_tab, vault, case):
    panel, _ask = factors_tab
    worldview = a_factor(vault, case, domain_id=domain_id(vault, "Worldview"), evidence="Over de ‘ware’ islam.")
    health = a_factor(vault, case, domain_id=domain_id(vault, "Mental health"), direction=Direction.AWAY)
    family = a_factor(vault, case, domain_id=domain_id(vault, "Family"), kind=FactorKind.PROTECTIVE)
    plain = a_factor(vault, case)
    panel.refresh()
    assert {f.id for f in panel.factors_shown()} == {worldview.id, health.id, family.id, plain.id}

    panel.set_presentation_mode(True)
    assert {f.id for f in panel.factors_shown()} == {family.id, plain.id}
    assert panel.table.isColumnHidden(EVIDENCE) and panel.presentation_note.isVisible()
    panel.select(family.id)
    seen = {}

    def look(dialog: FactorDialog):  # a factor still shown opens, without its evidence
        seen["evidence shown"] = dialog.inputs["evidence"].isVisible()
        ok(dialog)

    when_dialog_opens(FactorDialog, look)
    panel.edit_button.click()
    assert seen == {"evidence shown": False}
    assert factors(vault, case.id)[2] == family  # nothing changed, the hidden evidence neither

    panel.set_presentation_mode(False)
    assert {f.id for f in panel.factors_shown()} == {worldview.id, health.id, family.id, plain.id}
    assert not panel.table.isColumnHidden(EVIDENCE) and not panel.presentation_note.isVisible()


def test_presentation_mode_in_the_case_file_reaches_the_factors_tab(qtbot, vault, case):
    a_factor(vault, case, domain_id=domain_id(vault, "Worldview"))
    view = CaseFileView(vault, case.id, Ask())
    qtbot.addWidget(view)
    panel = FactorsPanel(vault, case.id, Ask())
    view.set_presentation_mode(True)
    view.add_tab(panel, "Factors")
    assert panel.factors_shown() == [] and "hidden in presentation mode" in panel.empty_note.text()
    view.set_presentation_mode(False)
    assert len(panel.factors_shown()) == 1


def test_the_fields_hidden_in_presentation_mode_are_those_the_schema_tags(vault):
    tagged = tagged_fields(vault.connection)
    assert {column for table, column in tagged if table == "factors"} == set(factors_panel.SPECIAL_FIELDS)
    assert {column for table, column in tagged if table == "good_lives"} == set(strengths_panel.SPECIAL_GOOD_FIELDS)


def test_a_half_filled_factor_dialog_comes_back_after_a_lock_on_the_same_factor(qtbot, vault, case):
    factor = a_factor(vault, case)
    other = a_factor(vault, case, direction=Direction.AWAY, kind=FactorKind.PROTECTIVE)
    ask = Ask()

    def open_view():
        view = CaseFileView(vault, case.id, ask)
        qtbot.addWidget(view)
        panel = FactorsPanel(vault, case.id, ask)
        view.add_tab(panel, "Factors")
        view.resize(1100, 700)
        view.show()
        view.tabs.setCurrentWidget(panel)
        return view, panel

    view, panel = open_view()
    panel.select(factor.id)
    typed = " Zijn broer, Ömer, belt nu elke week."

    def type_then_lock(dialog: FactorDialog):
        choose(dialog.status, FactorStatus.WEAKENING.value)
        dialog.inputs["evidence"].moveCursor(QTextCursor.End)
        type_text(None, dialog.inputs["evidence"], typed)
        dialog.inputs["first_noted_on"].setText("31/02/2025")  # not a date, and kept as typed
        view.keep_drafts()  # what the application does first when it locks ...
        dialog.reject()  # ... before it closes every dialog

    when_dialog_opens(FactorDialog, type_then_lock)
    panel.edit_button.click()
    assert factors(vault, case.id) == [factor, other]  # nothing saved
    view.close()

    again, _panel = open_view()
    seen = {}

    def check_then_fix(dialog: FactorDialog):
        seen["evidence"] = dialog.inputs["evidence"].toPlainText()
        seen["date"] = dialog.inputs["first_noted_on"].text()
        seen["status"] = dialog.status.currentData()
        dialog.inputs["first_noted_on"].setText("2025-02-28")
        ok(dialog)

    when_dialog_opens(FactorDialog, check_then_fix)
    again.restore_drafts()
    assert again.draft_banner.isVisible()
    qtbot.waitUntil(lambda: factors(vault, case.id)[0] != factor, timeout=5_000)
    assert seen == {"evidence": factor.evidence + typed, "date": "31/02/2025", "status": FactorStatus.WEAKENING.value}
    stored = {f.id: f for f in factors(vault, case.id)}
    assert stored[factor.id].evidence == factor.evidence + typed
    assert stored[factor.id].first_noted_on == ApproximateDate(2025, 2, 28)
    assert stored[other.id] == other  # the same factor, not another one or a new one
    QApplication.processEvents()


# -- factor categories -------------------------------------------------------------------------------------------


def test_categories_are_added_renamed_hidden_and_shown_and_a_used_one_is_not_deleted(qtbot, vault, case):
    ask = Ask()
    dialog = FactorCategoriesDialog(vault, ask)
    qtbot.addWidget(dialog)

    def name_it(name_dialog: CategoryNameDialog):
        type_text(None, name_dialog.name, "Druk van medegedetineerden op de vleugel")
        ok(name_dialog)

    when_dialog_opens(CategoryNameDialog, name_it)
    dialog.add_button.click()
    added = next(c for c in list_factor_categories(vault) if c.name == "Druk van medegedetineerden op de vleugel")
    assert dialog.selected() == added

    ask.preset("Druk van medegedetineerden")
    dialog.rename_button.click()
    assert category_id(vault, "Druk van medegedetineerden") == added.id

    dialog.hide_button.click()
    assert added.id not in [c.id for c in list_factor_categories(vault)]
    assert dialog.hide_button.text() == "Show" and dialog.selected().hidden
    dialog.hide_button.click()
    assert added.id in [c.id for c in list_factor_categories(vault)]

    a_factor(vault, case, category_id=added.id)
    dialog.refresh()
    assert dialog.model.data(dialog.model.index(dialog.table.currentIndex().row(), 3)) == "in use"
    ask.preset(None)  # the message: not deleted
    dialog.delete_button.click()
    assert "cannot be deleted" in ask.asked[-1] and "Hide it instead" in ask.asked[-1]
    assert added.id in [c.id for c in list_factor_categories(vault)]

    dialog.select(category_id(vault, "Burnout"))
    assert not dialog.delete_button.isEnabled()  # comes with Trajectapp: hidden, never deleted


def test_an_unused_category_of_ones_own_is_deleted(qtbot, vault, case):
    ask = Ask()
    dialog = FactorCategoriesDialog(vault, ask)
    qtbot.addWidget(dialog)
    ask.preset("Schulden")
    dialog.add_button.click()
    ask.preset(True)
    dialog.delete_button.click()
    assert "Schulden" not in [c.name for c in list_factor_categories(vault, include_hidden=True)]


def test_a_category_name_that_exists_already_gets_a_message(qtbot, vault, case):
    hide_factor_category(vault, category_id(vault, "Burnout"))
    dialog = CategoryNameDialog(Ask(), list_factor_categories(vault, include_hidden=True))
    qtbot.addWidget(dialog)
    dialog.name.setText("  ADVENTURE ")
    assert dialog.errors() == {"name": "There is already a category with this name."}
    dialog.name.setText("burn-out".replace("-", ""))
    assert "hidden category" in dialog.errors()["name"]
    dialog.name.setText("")
    assert dialog.errors() == {"name": "Type a name."}


def test_a_category_name_being_typed_when_the_vault_locks_comes_back(qtbot, vault, case):
    ask = Ask()
    first = FactorCategoriesDialog(vault, ask)
    qtbot.addWidget(first)

    def type_then_lock(name_dialog: CategoryNameDialog):
        type_text(None, name_dialog.name, "Schaamte tegenover zijn dochter")
        name_dialog.reject()  # how a lock closes it, with the vault still open

    when_dialog_opens(CategoryNameDialog, type_then_lock)
    first.add_button.click()
    assert has_draft(vault, form=FactorCategoriesDialog.DRAFT_FORM)

    second = FactorCategoriesDialog(vault, ask)
    qtbot.addWidget(second)
    seen = {}

    def check(name_dialog: CategoryNameDialog):
        seen["name"] = name_dialog.name.text()
        ok(name_dialog)

    when_dialog_opens(CategoryNameDialog, check)
    second.resume_kept_entry()
    assert seen == {"name": "Schaamte tegenover zijn dochter"}
    assert "Schaamte tegenover zijn dochter" in [c.name for c in list_factor_categories(vault)]


# -- strengths, goods, perspective -------------------------------------------------------------------------------


def test_a_strength_is_added_and_changed(strengths_tab, vault, case):
    panel, _ask = strengths_tab
    section = panel.strengths
    assert section.empty_note.isVisible()

    def fill_in(dialog: StrengthDialog):
        assert dialog.show_errors().keys() == {"category", "description"}
        choose(dialog.category, StrengthCategory.PASSION.value)
        type_text(None, dialog.inputs["description"], "Kalligrafie — خط عربي, op school al")
        type_text(None, dialog.since, "sinds zijn twaalfde")
        ok(dialog)

    when_dialog_opens(StrengthDialog, fill_in)
    section.add_button.click()
    (strength,) = strengths(vault, case.id)
    assert strength == Strength(
        strength.id, case.id, StrengthCategory.PASSION, "Kalligrafie — خط عربي, op school al", "sinds zijn twaalfde", ""
    )

    def change(dialog: StrengthDialog):
        choose(dialog.category, StrengthCategory.SKILL.value)
        type_text(None, dialog.inputs["pick_up"], "Het tekenatelier in de gevangenis.")
        ok(dialog)

    when_dialog_opens(StrengthDialog, change)
    section.edit_button.click()
    (changed,) = strengths(vault, case.id)
    assert (changed.id, changed.category, changed.pick_up) == (
        strength.id,
        StrengthCategory.SKILL,
        "Het tekenatelier in de gevangenis.",
    )
    assert [e.event for e in history(vault, case.id) if e.event.startswith("strength")] == [
        "strength.updated",
        "strength.added",
    ]


def test_every_good_is_listed_in_order_and_one_is_filled_in(strengths_tab, vault, case):
    panel, _ask = strengths_tab
    section = panel.goods
    assert [entry.good for entry in section.entries()] == list(PrimaryGood)
    section.select(PrimaryGood.RELATEDNESS)

    def fill_in(dialog: GoodDialog):
        assert dialog.errors() == {}  # nothing has to be filled in
        choose(dialog.importance, Importance.VERY_IMPORTANT.value)
        type_text(None, dialog.inputs["pursued_before"], "De ‘broeders’ waren zijn familie.")
        type_text(None, dialog.inputs["prosocial_route"], "Contact met zijn zus herstellen.")
        ok(dialog)

    when_dialog_opens(GoodDialog, fill_in)
    section.edit_button.click()
    entry = next(e for e in goods(vault, case.id) if e.good is PrimaryGood.RELATEDNESS)
    assert (entry.importance, entry.pursued_before, entry.prosocial_route) == (
        Importance.VERY_IMPORTANT,
        "De ‘broeders’ waren zijn familie.",
        "Contact met zijn zus herstellen.",
    )
    assert section.selected() == entry

    def change(dialog: GoodDialog):
        choose(dialog.importance, None)  # no score is ever required: it can be taken back
        ok(dialog)

    when_dialog_opens(GoodDialog, change)
    section.edit_button.click()
    entry = next(e for e in goods(vault, case.id) if e.good is PrimaryGood.RELATEDNESS)
    assert entry.importance is None and entry.prosocial_route == "Contact met zijn zus herstellen."
    assert len(section.entries()) == 11


def test_presentation_mode_hides_spirituality_and_how_goods_were_pursued(strengths_tab, vault, case):
    panel, _ask = strengths_tab
    save_good(vault, GoodLivesEntry(None, case.id, PrimaryGood.SPIRITUALITY, Importance.IMPORTANT, "De groep", "Imam"))
    panel.set_presentation_mode(True)
    assert PrimaryGood.SPIRITUALITY not in [e.good for e in panel.goods.entries()]
    assert len(panel.goods.entries()) == 10 and panel.goods.table.isColumnHidden(PURSUED_BEFORE)
    panel.set_presentation_mode(False)
    assert [e.good for e in panel.goods.entries()] == list(PrimaryGood)
    assert not panel.goods.table.isColumnHidden(PURSUED_BEFORE)


def test_two_versions_of_the_perspective_are_kept_and_the_earlier_one_stays_readable(strengths_tab, vault, case):
    panel, _ask = strengths_tab
    section = panel.perspective
    assert not section.empty_note.isHidden() and section.new_button.text() == "Write it down…"
    first_want = "Lassen leren, mijn eigen geld verdienen."

    def first(dialog: PerspectiveDialog):
        assert dialog.show_errors() == {"want_to_do": "Write down at least one of the two answers."}
        dialog.inputs["on"].setText((TODAY - timedelta(days=30)).isoformat())
        type_text(None, dialog.inputs["want_to_do"], first_want)
        type_text(None, dialog.inputs["wish_to_be"], "Een vader voor Aylin.")
        ok(dialog)

    when_dialog_opens(PerspectiveDialog, first)
    section.new_button.click()

    def second(dialog: PerspectiveDialog):
        assert dialog.inputs["want_to_do"].toPlainText() == first_want  # starts from the latest
        dialog.inputs["on"].setText((TODAY + timedelta(days=1)).isoformat())
        assert "still to come" in dialog.errors()["on"]
        dialog.inputs["on"].setText(TODAY.isoformat())
        dialog.inputs["wish_to_be"].clear()
        type_text(None, dialog.inputs["wish_to_be"], "أن أكون أبًا صالحًا")
        ok(dialog)

    when_dialog_opens(PerspectiveDialog, second)
    section.new_button.click()
    older, newer = perspectives(vault, case.id)
    assert (older.noted_on, older.want_to_do, older.wish_to_be) == (
        TODAY - timedelta(days=30),
        first_want,
        "Een vader voor Aylin.",
    )
    assert (newer.noted_on, newer.want_to_do, newer.wish_to_be) == (TODAY, first_want, "أن أكون أبًا صالحًا")

    assert section.versions.count() == 2 and section.shown() == newer
    assert section.wish_to_be.text() == "أن أكون أبًا صالحًا"
    section.versions.setCurrentRow(1)
    assert section.shown() == older
    assert (section.want_to_do.text(), section.wish_to_be.text()) == (first_want, "Een vader voor Aylin.")
    assert "earlier version" in section.version_label.text()


@pytest.mark.parametrize("kind", ["strength", "good", "perspective"])
def test_a_half_filled_strengths_dialog_comes_back_after_a_lock(qtbot, vault, case, kind):
    strength = save_strength(vault, Strength(None, case.id, StrengthCategory.SKILL, "Koken voor de vleugel"))
    save_good(vault, GoodLivesEntry(None, case.id, PrimaryGood.CREATIVITY, prosocial_route="Muziek maken"))
    record_perspective(vault, case_id=case.id, on=TODAY - timedelta(days=3), want_to_do="Werken.")
    ask = Ask()
    typed = " — Zoë’s idee"
    dialog_kind, field = {
        "strength": (StrengthDialog, "pick_up"),
        "good": (GoodDialog, "prosocial_route"),
        "perspective": (PerspectiveDialog, "wish_to_be"),
    }[kind]

    def open_view():
        view = CaseFileView(vault, case.id, ask)
        qtbot.addWidget(view)
        panel = StrengthsPanel(vault, case.id, ask)
        view.add_tab(panel, "Strengths")
        view.show()
        return view, panel

    view, panel = open_view()

    def type_then_lock(dialog):
        dialog.inputs[field].moveCursor(QTextCursor.End)
        type_text(None, dialog.inputs[field], typed)
        view.keep_drafts()
        dialog.reject()

    when_dialog_opens(dialog_kind, type_then_lock)
    if kind == "strength":
        panel.strengths.table.selectRow(0)
        panel.strengths.edit_button.click()
    elif kind == "good":
        panel.goods.select(PrimaryGood.CREATIVITY)
        panel.goods.edit_button.click()
    else:
        panel.perspective.new_button.click()
    view.close()

    again, again_panel = open_view()
    seen = {}

    def check_then_save(dialog):
        seen["typed"] = dialog.inputs[field].toPlainText()
        ok(dialog)

    when_dialog_opens(dialog_kind, check_then_save)
    again.restore_drafts()
    qtbot.waitUntil(lambda: "typed" in seen, timeout=5_000)
    QApplication.processEvents()
    if kind == "strength":
        assert seen["typed"] == typed
        assert strengths(vault, case.id) == [
            Strength(strength.id, case.id, StrengthCategory.SKILL, "Koken voor de vleugel", "", typed.strip())
        ]
        assert again_panel.sections.currentWidget() is again_panel.strengths
    elif kind == "good":
        assert seen["typed"] == "Muziek maken" + typed
        entry = next(e for e in goods(vault, case.id) if e.good is PrimaryGood.CREATIVITY)
        assert entry.prosocial_route == "Muziek maken" + typed
    else:
        assert seen["typed"] == typed
        assert [p.wish_to_be for p in perspectives(vault, case.id)] == ["", typed.strip()]


# -- odd input into every field of every dialog --------------------------------------------------------------

fuzz = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ODD_TEXTS = [
    "مرحبا بكم",
    "שלום Zoë",
    "\u202eevil.exe",
    "Zoe\u0308 Çelik\u0301\u0301\u0301",
    "👩‍👩‍👧 🇧🇪",
    "\x00\x07\x1b[31m\x7f",
    "tab\there\nnew line\r\nand \r back",
    "   ",
    "x" * 201,
    "é" * 6_000,
    "<b>not bold</b> &amp; <script>",
    "'; DROP TABLE factors; --",
    "lang " * 4_100,
]
ODD_DATES = [
    "2027-02-30",
    "0000-01-01",
    "99999-01-01",
    "31/02/2025",
    "29/02/2024",
    "29/02/2023",
    "1-3-2025",
    " 2025-03-01 ",
    "٢٠٢٥-٠٣-٠١",
    "1900-01-01",
    "1899-12-31",
    "2101-01-01",
    "today",
    "",
    "-1-01-01",
    "2025-00-10",
    (TODAY + timedelta(days=1)).isoformat(),
    TODAY.isoformat(),
]

texts = st.one_of(st.sampled_from(ODD_TEXTS), st.text(max_size=80), st.text(min_size=190, max_size=230))
notes = st.one_of(texts, st.just("lang " * 4_100))  # longer than a text of several lines keeps
dates = st.one_of(
    st.sampled_from(ODD_DATES), st.text(alphabet="0123456789-/. ", max_size=12), st.dates().map(date.isoformat)
)


def set_text(widget, text: str) -> None:
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def fill(dialog, values: dict) -> None:
    """Text for text fields, a date for dates, an index for a list to choose from."""
    for name, value in values.items():
        widget = dialog.inputs[name]
        if isinstance(value, int):
            widget.setCurrentIndex(value % widget.count())
        else:
            set_text(widget, value)


def check_messages(dialog, errors: dict, values: dict) -> None:
    assert set(errors) <= set(values), f"a message for a field that was not touched: {errors}"
    assert all(isinstance(message, str) and message.strip() for message in errors.values())
    shown = dialog.show_errors()
    for name, message in shown.items():
        assert dialog.rows[name].error_text() == message  # next to the field


def draft_keeps_everything(make, dialog) -> None:
    again = make()
    again.load_draft(dialog.draft())
    assert again.draft() == dialog.draft()
    again.deleteLater()


def odd(fields: dict) -> st.SearchStrategy:
    """One to all of `fields` (name -> strategy) with odd input."""
    return st.lists(st.sampled_from(sorted(fields)), min_size=1, unique=True).flatmap(
        lambda names: st.fixed_dictionaries({name: fields[name] for name in names})
    )


@fuzz
@given(
    values=odd(
        {
            "direction": st.integers(0, 9),
            "kind": st.integers(0, 9),
            "category": st.integers(0, 40),
            "domain": st.integers(0, 40),
            "status": st.integers(0, 9),
            "first_noted_on": dates,
            "evidence": notes,
        }
    ),
    edit=st.booleans(),
)
def test_odd_input_in_the_factor_dialog_gets_a_message_or_is_saved_exactly(qtbot, vault, case, values, edit):
    existing = a_factor(vault, case) if edit else None
    before = factors(vault, case.id)

    def make():
        return FactorDialog(
            Ask(),
            list_factor_categories(vault, include_hidden=True),
            list_domains(vault, include_hidden=True),
            existing,
        )

    dialog = make()
    fill(dialog, {"direction": 1, "kind": 1, "category": 1})  # a valid factor to start from ...
    fill(dialog, values)  # ... then the odd input
    errors = dialog.errors()
    event("refused" if errors else "saved")
    if errors:
        check_messages(dialog, errors, values)
        assert dialog.value() is None
        assert factors(vault, case.id) == before  # nothing written, not even in part
    else:
        fields = dialog.value()
        saved = save_factor(vault, Factor(existing.id if existing else None, case.id, **fields))
        assert next(f for f in factors(vault, case.id) if f.id == saved.id) == Factor(saved.id, case.id, **fields)
    draft_keeps_everything(make, dialog)
    dialog.deleteLater()


@fuzz
@given(values=odd({"category": st.integers(0, 9), "description": notes, "since": texts, "pick_up": notes}))
def test_odd_input_in_the_strength_dialog_gets_a_message_or_is_saved_exactly(qtbot, vault, case, values):
    before = strengths(vault, case.id)
    dialog = StrengthDialog(Ask())
    fill(dialog, {"category": 1, "description": "Boksen"})  # a valid strength to start from ...
    fill(dialog, values)  # ... then the odd input
    errors = dialog.errors()
    event("refused" if errors else "saved")
    if errors:
        check_messages(dialog, errors, values)
        assert strengths(vault, case.id) == before
    else:
        fields = dialog.value()
        saved = save_strength(vault, Strength(None, case.id, **fields))
        assert strengths(vault, case.id)[-1] == Strength(saved.id, case.id, **fields)
    draft_keeps_everything(lambda: StrengthDialog(Ask()), dialog)
    dialog.deleteLater()


@fuzz
@given(
    good=st.sampled_from(PrimaryGood),
    values=odd({"importance": st.integers(0, 9), "pursued_before": notes, "prosocial_route": notes}),
)
def test_odd_input_in_the_good_dialog_gets_a_message_or_is_saved_exactly(qtbot, vault, case, good, values):
    before = goods(vault, case.id)
    entry = next(e for e in before if e.good is good)
    dialog = GoodDialog(Ask(), entry)
    fill(dialog, values)
    errors = dialog.errors()
    event("refused" if errors else "saved")
    if errors:
        check_messages(dialog, errors, values)
        assert goods(vault, case.id) == before
    else:
        wanted = dialog.value()
        save_good(vault, wanted)
        stored = next(e for e in goods(vault, case.id) if e.good is good)
        assert (stored.importance, stored.pursued_before, stored.prosocial_route) == (
            wanted.importance,
            wanted.pursued_before,
            wanted.prosocial_route,
        )
    draft_keeps_everything(lambda: GoodDialog(Ask(), entry), dialog)
    dialog.deleteLater()


@fuzz
@given(values=odd({"on": dates, "want_to_do": notes, "wish_to_be": notes}))
def test_odd_input_in_the_perspective_dialog_gets_a_message_or_a_new_version(qtbot, vault, case, values):
    before = perspectives(vault, case.id)
    latest = before[-1] if before else None
    dialog = PerspectiveDialog(Ask(), latest)
    fill(dialog, values)
    errors = dialog.errors()
    event("refused" if errors else "saved")
    if errors:
        assert set(errors) <= set(values) | {"want_to_do"}  # "at least one answer" sits by the first
        check_messages(dialog, {k: v for k, v in errors.items() if k in values}, values)
        assert perspectives(vault, case.id) == before
    else:
        fields = dialog.value()
        saved = record_perspective(vault, case_id=case.id, **fields)
        after = perspectives(vault, case.id)
        assert len(after) == len(before) + 1 and set(before) <= set(after)  # every earlier version kept as it was
        assert (saved.noted_on, saved.want_to_do, saved.wish_to_be) == (
            fields["on"],
            fields["want_to_do"],
            fields["wish_to_be"],
        )
    draft_keeps_everything(lambda: PerspectiveDialog(Ask(), latest), dialog)
    dialog.deleteLater()


@fuzz
@given(name=texts)
def test_odd_input_as_a_category_name_gets_a_message_or_is_saved_exactly(qtbot, vault, case, name):
    from trajectapp.domain.factors import FactorCategory
    from trajectapp.services.factors import save_factor_category

    before = list_factor_categories(vault, include_hidden=True)
    dialog = CategoryNameDialog(Ask(), before)
    dialog.name.setText(name)
    errors = dialog.errors()
    event("refused" if errors else "saved")
    if errors:
        check_messages(dialog, errors, {"name": name})
        assert list_factor_categories(vault, include_hidden=True) == before
    else:
        saved = save_factor_category(vault, FactorCategory(None, dialog.value()))
        assert saved.name == dialog.value()
    assert json.loads(dialog.draft())["name"] == name[: dialog.name.maxLength()]
    dialog.deleteLater()

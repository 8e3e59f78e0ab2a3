"""The case file: edit the person, move the traject along, record participation and consent, see the history,
presentation mode, and drafts kept over a lock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui_support import erase, type_text
from trajectapp.domain.case import LegalStatus
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.traject import ConsentDecision, ConsentPurpose, Participation, Phase
from trajectapp.services.case_file import consents, get_case, history, save_case
from trajectapp.services.drafts import take_draft
from trajectapp.services.partners import add_default_services, list_services
from trajectapp.ui.ask import Ask
from trajectapp.ui.casefile.case_file_view import CaseFileView
from trajectapp.ui.casefile.record_models import EVENT, STORED, SUMMARY
from trajectapp.ui.casefile.traject_dialogs import ConsentDialog, ParticipationDialog, PhaseDialog, TransferDialog


@pytest.fixture
def open_case(qtbot, vault, make_case):
    """open_case() -> (view, ask, case) for a new case "Çelik Ağaoğlu"."""

    def open_(case=None, ask=None):
        case = case or make_case("Çelik Ağaoğlu")
        ask = ask or Ask()
        view = CaseFileView(vault, case.id, ask)
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        return view, ask, case

    return open_


def field(view: CaseFileView, name: str):
    return view.person_form.inputs[name]


def retype(widget, text: str) -> None:
    erase(widget)
    type_text(None, widget, text)


def history_rows(view: CaseFileView, role=STORED) -> list[tuple[str, str]]:
    """(event, summary) of each history row: as stored, or as shown with role=Qt.DisplayRole."""
    model = view.history_model
    return [
        (model.data(model.index(row, EVENT), role), model.data(model.index(row, SUMMARY), role))
        for row in range(model.rowCount())
    ]


def timeline_titles(view: CaseFileView) -> list[str]:
    return [line.what for line in view.traject.timeline.lines()]


# -- the person -----------------------------------------------------------------------------------------------


def test_edits_are_saved_and_the_history_names_the_fields_only(open_case, vault):
    view, _ask, case = open_case()
    assert view.name_label.text() == "Çelik Ağaoğlu"
    assert not view.save_button.isEnabled()

    type_text(None, field(view, "preferred_name"), "Zoë")
    type_text(None, field(view, "date_of_birth"), "12/04/1998")
    type_text(None, field(view, "nationality"), "Belgisch-Turks")
    field(view, "legal_status").setCurrentIndex(field(view, "legal_status").findData(LegalStatus.CONVICTED.value))
    type_text(None, field(view, "offence_category"), "deelname aan een terroristische groep")
    type_text(None, field(view, "expected_release"), "2027-03-01")
    assert view.has_unsaved_changes() and view.save_button.isEnabled()
    view.save_button.click()

    stored = get_case(vault, case.id)
    assert stored.name == "Çelik Ağaoğlu"
    assert stored.preferred_name == "Zoë"
    assert stored.date_of_birth == date(1998, 4, 12)
    assert stored.nationality == "Belgisch-Turks"
    assert stored.legal_status is LegalStatus.CONVICTED
    assert stored.offence_category == "deelname aan een terroristische groep"
    assert stored.expected_release == date(2027, 3, 1)
    assert stored == view.person_form.value()
    assert not view.has_unsaved_changes()
    assert view.name_label.text() == "Çelik Ağaoğlu (Zoë)"

    event, summary = history_rows(view)[0]
    assert event == "case.updated"
    assert summary == (
        "fields: preferred_name, date_of_birth, nationality, legal_status, offence_category, expected_release"
    )
    for content in ("Zoë", "Belgisch", "terroristische", "1998", "convicted"):
        assert content not in summary
    assert history_rows(view, Qt.DisplayRole)[0] == (
        "Person's details changed",
        "Wants to be called, Date of birth, Nationality, Legal status, Offence category, Expected release",
    )


def test_an_impossible_date_is_refused_next_to_the_field_and_nothing_is_saved(open_case, vault):
    view, _ask, case = open_case()
    type_text(None, field(view, "nationality"), "Marokkaans")
    type_text(None, field(view, "date_of_birth"), "2027-02-30")
    view.save_button.click()

    row = view.person_form.rows["date_of_birth"]
    assert row.error.isVisible()
    assert "30/02/2027" in row.error_text()
    assert get_case(vault, case.id) == case
    assert [event for event, _ in history_rows(view)] == ["case.created"]
    # Nothing typed is lost, and correcting the field clears its message.
    assert field(view, "date_of_birth").text() == "2027-02-30"
    assert field(view, "nationality").text() == "Marokkaans"
    retype(field(view, "date_of_birth"), "2000-02-29")
    assert not row.error.isVisible()
    assert view.save() is True
    assert get_case(vault, case.id).date_of_birth == date(2000, 2, 29)


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("14/03/2016", ApproximateDate(2016, 3, 14), "14/03/2016"),
        ("3/2016", ApproximateDate(2016, 3), "03/2016"),
        ("2016", ApproximateDate(2016), "2016"),
    ],
)
def test_a_first_conviction_is_kept_as_far_as_it_is_known_and_shown_back_as_typed(
    open_case, vault, typed, stored, shown
):
    view, _ask, case = open_case()
    type_text(None, field(view, "date_of_birth"), "14/03/1990")
    type_text(None, field(view, "first_conviction"), typed)
    assert view.save() is True
    saved = get_case(vault, case.id)
    assert (saved.date_of_birth, saved.first_conviction) == (date(1990, 3, 14), stored)

    again, _ask, _case = open_case(case)
    assert field(again, "date_of_birth").text() == "14/03/1990"
    assert field(again, "first_conviction").text() == shown
    assert not again.has_unsaved_changes()


def test_a_date_is_rewritten_day_first_when_the_field_is_left(open_case):
    view, _ask, _case = open_case()
    for name, typed, shown in (
        ("expected_release", "2027-3-1", "01/03/2027"),
        ("first_conviction", "3-2016", "03/2016"),
    ):
        type_text(None, field(view, name), typed)
        field(view, name).editingFinished.emit()
        assert field(view, name).text() == shown


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("13/2016", "There is no 13/2016: check the day and the month."),
        ("16", "Not a date: use 01/03/2027, 03/2027 or 2027"),
        ("1850", "Check the year: use one between 1900 and 2100."),
        ("2099", "The first conviction is in the future."),
    ],
)
def test_a_first_conviction_that_is_no_date_is_refused_with_its_message(open_case, vault, typed, words):
    view, _ask, case = open_case()
    type_text(None, field(view, "first_conviction"), typed)
    assert view.save() is False
    assert view.person_form.rows["first_conviction"].error_text() == words
    assert field(view, "first_conviction").text() == typed
    assert get_case(vault, case.id) == case


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("date_of_birth", "volgende week", "Not a date"),
        ("date_of_birth", "0000-01-01", "year"),
        ("date_of_birth", "2090-01-01", "future"),
        ("expected_release", "2019-12-31", "before detention started"),
        ("name", "", "legal name"),
        ("prisoner_number", "X" * 51, "Too long"),
    ],
)
def test_each_kind_of_mistake_gets_its_own_plain_message(open_case, vault, name, text, words):
    view, _ask, case = open_case()
    type_text(None, field(view, "detention_start"), "2020-01-15")
    retype(field(view, name), text)
    assert view.save() is False
    assert words in view.person_form.rows[name].error_text()
    assert get_case(vault, case.id) == case


def test_control_characters_are_left_out_and_long_notes_are_kept(open_case, vault):
    view, _ask, case = open_case()
    field(view, "prison").setText("Gevangenis\x00 Brugge\x07")
    notes = "Regel één\n\tingesprongen\x1b[31m\n" + "lang " * 2_000
    view.person_form.notes.setPlainText(notes)
    assert view.save()
    stored = get_case(vault, case.id)
    assert stored.prison == "Gevangenis Brugge"
    assert stored.notes == notes.replace("\x1b", "")


def test_the_unsaved_changes_prompt(open_case, vault):
    view, ask, case = open_case()
    type_text(None, field(view, "languages"), "Nederlands, Arabisch")

    ask.preset("cancel")
    assert view.maybe_close() is False
    assert field(view, "languages").text() == "Nederlands, Arabisch"

    ask.preset("discard")
    assert view.maybe_close() is True
    assert field(view, "languages").text() == ""
    assert get_case(vault, case.id) == case

    type_text(None, field(view, "languages"), "Frans")
    ask.preset("save")
    assert view.maybe_close() is True
    assert get_case(vault, case.id).languages == "Frans"

    retype(field(view, "detention_start"), "31/13/2020")
    ask.preset("save")
    assert view.maybe_close() is False  # not valid: stays open with the message shown
    assert view.person_form.rows["detention_start"].error.isVisible()
    assert ask.asked == [ask.asked[0]] * 4  # the same question each time
    ask.preset("discard")
    assert view.maybe_close() is True


def test_nothing_unsaved_means_no_question(open_case):
    view, ask, _case = open_case()
    assert view.maybe_close() is True
    assert ask.asked == []


# -- the traject ------------------------------------------------------------------------------------------------


def test_phases_make_a_timeline_read_from_the_oldest(open_case, vault):
    view, ask, _case = open_case()
    assert view.traject.timeline.lines() == []
    for answer in (
        (Phase.FIRST_CONTACT, date(2024, 1, 10), "Eerste gesprek in de bezoekzaal.", ""),
        (Phase.BUILDING_TRUST, date(2024, 2, 1), "", ""),
        # Recorded late, dated before the previous one: the timeline follows the dates.
        (Phase.EXPLORING, date(2024, 1, 20), "Wil over werk praten.", ""),
        (Phase.CLOSED, date(2024, 6, 30), "", "Overgebracht naar het buitenland."),
    ):
        ask.preset(answer)
        view.traject.phase_button.click()

    assert timeline_titles(view) == [
        "Phase reached: First contact",
        "Phase reached: Exploring needs and strengths",
        "Phase reached: Building trust",
        "Traject closed",
    ]
    assert [line.on for line in view.traject.timeline.lines()] == [
        "10/01/2024",
        "20/01/2024",
        "01/02/2024",
        "30/06/2024",
    ]
    text = view.traject.timeline.toPlainText()
    assert "Eerste gesprek in de bezoekzaal." in text and "Overgebracht naar het buitenland." in text
    assert "Phase: Closed" in view.status_label.text()
    assert [event for event, _ in history_rows(view)][:4] == ["traject.phase_changed"] * 4
    assert history_rows(view, Qt.DisplayRole)[:2] == [
        ("Phase changed", "Closed"),
        ("Phase changed", "Exploring needs and strengths"),
    ]


def test_a_transfer_moves_the_prison_and_keeps_unsaved_edits(open_case, vault):
    view, ask, case = open_case()
    type_text(None, field(view, "prison"), "Gevangenis Brugge")
    view.save()
    type_text(None, field(view, "languages"), "Turks")  # not saved yet
    ask.preset((date(2024, 5, 2), "Gevangenis Haren", "Naar de afdeling voor extremisme."))
    view.traject.transfer_button.click()

    assert get_case(vault, case.id).prison == "Gevangenis Haren"
    assert field(view, "prison").text() == "Gevangenis Haren"
    assert field(view, "languages").text() == "Turks"
    assert view.has_unsaved_changes()
    assert timeline_titles(view) == ["Transfer from Gevangenis Brugge to Gevangenis Haren"]
    view.save()
    stored = get_case(vault, case.id)
    assert (stored.prison, stored.languages) == ("Gevangenis Haren", "Turks")


def test_participation_declined_with_the_persons_reasons(open_case, vault):
    view, ask, _case = open_case()
    reasons = "Ik heb <b>niets</b> te bespreken met iemand van de overheid.\nMisschien na mijn proces."
    ask.preset((Participation.OFFERED, date(2024, 3, 1), ""))
    view.traject.participation_button.click()
    ask.preset((Participation.DECLINED, date(2024, 3, 8), reasons))
    view.traject.participation_button.click()

    assert timeline_titles(view) == ["Participation: Offered", "Participation: Declined"]
    declined = view.traject.timeline.lines()[1]
    assert declined.own_words and declined.details == [("In their own words", reasons)]
    assert "<b>niets</b>" in view.traject.timeline.toPlainText()  # shown as typed, never as markup
    assert "Participation: Declined" in view.status_label.text()


def test_consent_for_a_partner_service_is_given_then_revoked(open_case, vault):
    add_default_services(vault)
    service = list_services(vault)[0]
    view, ask, case = open_case()
    ask.preset(
        {
            "purpose": ConsentPurpose.SHARE_WITH_SERVICE,
            "partner_service_id": service.id,
            "decision": ConsentDecision.GIVEN,
            "asked_on": date(2024, 4, 2),
            "decided_on": date(2024, 4, 9),
            "allowed": "Huisvesting en werk",
            "not_allowed": "Alles over geloof",
        }
    )
    view.traject.consent_button.click()
    (consent,) = consents(vault, case.id)
    assert consent.in_force and consent.partner_service_id == service.id
    assert view.traject.revoke_button.isEnabled() and not view.traject.decide_button.isEnabled()

    ask.preset(date(2024, 9, 1))
    view.traject.revoke_button.click()
    (consent,) = consents(vault, case.id)
    assert consent.revoked_on == date(2024, 9, 1) and not consent.in_force
    assert timeline_titles(view) == [
        f"Consent for sharing with {service.name}: Given",
        f"Consent for sharing with {service.name} revoked",
    ]
    assert not view.traject.revoke_button.isEnabled()
    assert [event for event, _ in history_rows(view)][:2] == ["consent.revoked", "consent.recorded"]
    assert history_rows(view, Qt.DisplayRole)[:2] == [
        ("Consent revoked", ""),
        ("Consent recorded", "Sharing with a partner service: Given"),
    ]


def test_a_pending_consent_for_statistics_is_decided_later(open_case, vault):
    view, ask, case = open_case()
    ask.preset(
        {
            "purpose": ConsentPurpose.STATISTICS,
            "partner_service_id": None,
            "decision": ConsentDecision.PENDING,
            "asked_on": date(2024, 4, 2),
            "decided_on": None,
            "allowed": "",
            "not_allowed": "",
        }
    )
    view.traject.consent_button.click()
    assert view.traject.decide_button.isEnabled()
    ask.preset((ConsentDecision.REFUSED, date(2024, 4, 16), "", ""))
    view.traject.decide_button.click()
    (consent,) = consents(vault, case.id)
    assert (consent.decision, consent.decided_on) == (ConsentDecision.REFUSED, date(2024, 4, 16))
    assert timeline_titles(view) == ["Consent to anonymised statistics: Refused"]


# -- the dialogs on their own ---------------------------------------------------------------------------------


def test_closing_needs_a_reason(qtbot):
    dialog = PhaseDialog(Phase.AFTERCARE, today=date(2025, 1, 1))
    qtbot.addWidget(dialog)
    assert dialog.phase.currentData() == Phase.CLOSED.value  # the next phase is suggested
    assert "closing_reason" in dialog.errors()
    assert dialog.value() is None
    type_text(None, dialog.inputs["closing_reason"], "Nazorg afgerond, zes maanden na vrijlating.")
    assert dialog.value() == (Phase.CLOSED, date(2025, 1, 1), "", "Nazorg afgerond, zes maanden na vrijlating.")
    retype(dialog.inputs["on"], "2025-01-02")
    assert "still to come" in dialog.errors()["on"]


def test_a_transfer_needs_another_prison(qtbot):
    dialog = TransferDialog("Gevangenis Brugge", today=date(2025, 1, 1))
    qtbot.addWidget(dialog)
    assert "to_prison" in dialog.errors()
    type_text(None, dialog.inputs["to_prison"], "gevangenis brugge")
    assert "in now" in dialog.errors()["to_prison"]
    retype(dialog.inputs["to_prison"], "Gevangenis Haren")
    assert dialog.value() == (date(2025, 1, 1), "Gevangenis Haren", "")


def test_consent_for_sharing_needs_a_service_and_an_answer_after_the_question(qtbot):
    services = [type("S", (), {"id": 7, "name": "CAW"})()]
    dialog = ConsentDialog(services, today=date(2025, 1, 10))
    qtbot.addWidget(dialog)
    assert set(dialog.errors()) == {"service"}
    dialog.service.setCurrentIndex(1)
    dialog.decision.setCurrentIndex(dialog.decision.findData(ConsentDecision.GIVEN.value))
    retype(dialog.inputs["asked_on"], "2025-01-05")
    retype(dialog.inputs["decided_on"], "2025-01-04")
    assert "before it was asked" in dialog.errors()["decided_on"]
    retype(dialog.inputs["decided_on"], "06/01/2025")
    type_text(None, dialog.inputs["allowed"], "Werk")
    assert dialog.value() == {
        "purpose": ConsentPurpose.SHARE_WITH_SERVICE,
        "partner_service_id": 7,
        "decision": ConsentDecision.GIVEN,
        "asked_on": date(2025, 1, 5),
        "decided_on": date(2025, 1, 6),
        "allowed": "Werk",
        "not_allowed": "",
    }


# -- presentation mode -----------------------------------------------------------------------------------------


def test_presentation_mode_hides_offence_fields_and_the_history_and_brings_them_back(open_case, vault):
    view, _ask, case = open_case()
    type_text(None, field(view, "offence_category"), "financiering van terrorisme")
    view.save()
    form = view.person_form
    assert sorted(form.special_fields()) == ["first_conviction", "legal_status", "offence_category"]
    assert form.rows["offence_category"].marker.text() == "criminal-offence data"
    history_index = view.tabs.indexOf(view.history_tab)
    view.tabs.setCurrentIndex(history_index)

    view.set_presentation_mode(True)
    for name in ("legal_status", "offence_category", "first_conviction"):
        assert not form.rows[name].isVisible() and not form.labels[name].isVisible()
    assert form.rows["nationality"].isVisible()
    assert not view.tabs.isTabVisible(history_index)
    assert view.tabs.currentWidget() is view.person_tab
    # Editing in presentation mode leaves the hidden values as they were.
    type_text(None, field(view, "nationality"), "Belg")
    assert view.save()
    assert get_case(vault, case.id).offence_category == "financiering van terrorisme"

    view.set_presentation_mode(False)
    for name in ("legal_status", "offence_category", "first_conviction"):
        assert form.rows[name].isVisible() and form.labels[name].isVisible()
    assert view.tabs.isTabVisible(history_index)


def test_an_added_tab_comes_before_the_history(open_case):
    from PySide6.QtWidgets import QLabel

    view, _ask, _case = open_case()
    view.add_tab(QLabel("partner services"), "Services")
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == ["Person", "Traject", "Services", "History"]


def test_an_added_tab_follows_presentation_mode(open_case):
    from PySide6.QtWidgets import QLabel

    class SensitiveTab(QLabel):
        def set_presentation_mode(self, on: bool) -> None:
            self.setText("hidden" if on else "shown")

    view, _ask, _case = open_case()
    view.set_presentation_mode(True)
    tab = SensitiveTab()
    view.add_tab(tab, "Needs")
    assert tab.text() == "hidden"  # added while the mode was on
    view.set_presentation_mode(False)
    assert tab.text() == "shown"


# -- drafts over a lock ---------------------------------------------------------------------------------------------


def test_unsaved_edits_survive_a_lock_as_a_draft(open_case, vault, qtbot):
    view, ask, case = open_case()
    type_text(None, field(view, "preferred_name"), "Zoë")
    type_text(None, field(view, "expected_release"), "2027-02-30")  # not valid, and still kept
    view.keep_drafts()
    view.close()

    again, _ask, _case = open_case(case=case, ask=ask)
    assert not again.draft_banner.isVisible()
    again.restore_drafts()
    assert field(again, "preferred_name").text() == "Zoë"
    assert field(again, "expected_release").text() == "2027-02-30"
    assert again.has_unsaved_changes()
    assert again.draft_banner.isVisible()
    assert "restored" in again.draft_banner.text()
    assert take_draft(vault, form=f"case:{case.id}:person") is None  # given back once
    assert get_case(vault, case.id) == case


def test_a_form_without_changes_keeps_no_draft(open_case, vault):
    view, _ask, case = open_case()
    view.keep_drafts()
    assert take_draft(vault, form=f"case:{case.id}:person") is None


def _when_dialog_open(kind, view, action) -> None:
    """Run `action(dialog)` as soon as a `kind` dialog of `view` is showing (it runs its own event loop)."""

    def attempt():
        shown = [d for d in view.findChildren(kind) if d.isVisible()]
        if shown:
            action(shown[0])
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def test_a_half_filled_participation_dialog_survives_a_lock(open_case, vault, qtbot):
    view, ask, case = open_case()
    reasons = "Ik twijfel nog: eerst met mijn advocaat praten."

    def type_then_lock(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData(Participation.PAUSED.value))
        type_text(None, dialog.inputs["reasons"], reasons)
        view.keep_drafts()  # what the application does first when it locks ...
        dialog.reject()  # ... before it closes every dialog

    _when_dialog_open(ParticipationDialog, view, type_then_lock)
    view.traject.participation_button.click()
    assert view.traject.timeline.lines() == []
    view.close()

    again, _ask, _case = open_case(case=case, ask=ask)
    seen = {}

    def check_then_accept(dialog):
        seen["reasons"] = dialog.inputs["reasons"].toPlainText()
        seen["status"] = dialog.status.currentData()
        dialog.buttons.button(QDialogButtonBox.Ok).click()

    _when_dialog_open(ParticipationDialog, again, check_then_accept)
    again.restore_drafts()
    assert again.draft_banner.isVisible()
    qtbot.waitUntil(lambda: bool(again.traject.timeline.lines()), timeout=5_000)
    assert seen == {"reasons": reasons, "status": Participation.PAUSED.value}
    assert timeline_titles(again) == ["Participation: Paused"]
    QApplication.processEvents()


def test_the_header_follows_a_saved_name(open_case, vault):
    view, _ask, case = open_case()
    retype(field(view, "name"), "Çelik Ağaoğlu-Demir")
    view.save()
    assert view.name_label.text() == "Çelik Ağaoğlu-Demir"
    save_case(vault, get_case(vault, case.id))  # nothing changed: no audit entry
    assert [entry.event for entry in history(vault, case.id)] == ["case.updated", "case.created"]


def test_history_summaries_read_in_words_and_unknown_ones_as_stored():
    from trajectapp.ui.casefile.history_words import summary_text

    assert summary_text("plan.agreement_recorded", "person: could_not_answer") == "The person: Could not answer"
    assert summary_text("factor.updated", "fields: status, first_noted_on") == "Status, First noted on"
    assert summary_text("goal.updated", "fields: status; status: achieved") == "Status; now Achieved"
    assert summary_text("assessment.item_updated", "domain 3; fields: motivation", {3: "Housing"}) == (
        "Housing; Motivation to change"
    )
    assert summary_text("assessment.item_added", "domain 4", {3: "Housing"}) == "A life domain since deleted"
    assert summary_text("plan.version_made", "goals: 3") == "3 goal(s)"
    assert summary_text("disclosure.recorded", "sent, partner_service, encrypted_pdf") == (
        "Sent: A partner service, PDF with a password"
    )
    assert summary_text("document.saved", "session_notes, password") == "Session notes, with a password"
    assert summary_text("document.printed", "case_summary") == "Case summary"
    assert summary_text("traject.phase_changed", "a_phase_from_a_newer_version") == "a_phase_from_a_newer_version"
    assert summary_text("document.printed", "a_document_from_a_newer_version") == "a_document_from_a_newer_version"


def test_the_case_summary_is_made_off_the_gui_thread_and_leaves_special_data_out_unless_asked(open_case, vault, qtbot):
    from dataclasses import replace as changed

    from pypdf import PdfReader

    from trajectapp.ui.documents.summary_preview import CaseSummaryDialog

    view, _ask, case = open_case()
    save_case(vault, changed(get_case(vault, case.id), offence_category="financiering van terrorisme"))

    def text_of(pdf: bytes) -> str:
        import io

        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)

    dialog = CaseSummaryDialog(vault, case.id, presentation_mode=False, parent=view)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.building and bool(dialog.pdf), timeout=10_000)
    assert dialog.view.document.pageCount() >= 1
    assert "Çelik Ağaoğlu" in text_of(dialog.pdf) and "terrorisme" not in text_of(dialog.pdf)
    dialog.include_special.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.building and "terrorisme" in text_of(dialog.pdf), timeout=10_000)

    shown = CaseSummaryDialog(vault, case.id, presentation_mode=True, parent=view)
    qtbot.addWidget(shown)
    assert not shown.include_special.isEnabled()
    qtbot.waitUntil(lambda: not shown.building, timeout=10_000)


def test_a_save_on_a_read_only_disk_gets_a_plain_message_and_keeps_what_was_typed(open_case, vault):
    view, ask, case = open_case()
    type_text(None, field(view, "nationality"), "Belgisch-Turks")
    vault.connection.execute("PRAGMA query_only = ON")  # what SQLite answers for a read-only file or folder
    ask.preset(None)  # the warning's OK
    view.save_button.click()
    assert "may not write to " + str(vault.folder / "vault.db") in ask.asked[-1]
    assert view.has_unsaved_changes() and field(view, "nationality").text() == "Belgisch-Turks"

    vault.connection.execute("PRAGMA query_only = OFF")  # the folder is writable again
    view.save_button.click()
    assert get_case(vault, case.id).nationality == "Belgisch-Turks"

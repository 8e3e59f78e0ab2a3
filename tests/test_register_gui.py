"""The disclosure register on screen, through the real window offscreen: the case file's Disclosures tab (newest
first, every entry in full in the details pane, read-only, hidden in presentation mode) and File ▸ Disclosure
register for the whole vault, with the case of each entry and a filter blind to case and accents."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton

from gui_support import type_text, unlock, workspace
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.disclosures import (
    Basis,
    DisclosedItem,
    DisclosureDirection,
    DisclosureParty,
    OutputFormat,
    PartyKind,
)
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose
from trajectapp.services import case_file, partners
from trajectapp.services.disclosures import record_disclosure
from trajectapp.ui.ask import Ask
from trajectapp.ui.disclosures.disclosures_panel import DisclosuresPanel
from trajectapp.ui.disclosures.register_dialog import RegisterDialog
from trajectapp.ui.disclosures.register_model import CASE, CONSENT, DIRECTION, FINGERPRINT, PARTY, PURPOSE, WHEN

NOTES = DisclosedItem("session:3", "Session on 2031-02-12, held")
WORLDVIEW = DisclosedItem(
    "assessment_item:9", "Worldview, religion and ideology: 6", frozenset({DataCategory.RELIGION_IDEOLOGY})
)


@pytest.fixture
def register(start_app, qtbot, vault, make_case):
    """Two cases; the first with four entries (covered, beyond consent, own copy, received), the second with one."""
    partners.add_default_services(vault)
    services = {service.name: service for service in partners.list_services(vault)}
    house = services["Justitiehuis"]
    celik = make_case("Çelik Ağaoğlu", "Çelik")
    other = make_case("Nadia El Ouafi")
    case_file.record_consent(
        vault,
        Consent(
            None,
            celik.id,
            ConsentPurpose.SHARE_WITH_SERVICE,
            ConsentDecision.GIVEN,
            date(2031, 1, 5),
            house.id,
            date(2031, 1, 6),
            "Het plan",
        ),
    )

    def entry(case, party, purpose, content, **options):
        options.setdefault("items", (NOTES,))
        options.setdefault("output_format", OutputFormat.ENCRYPTED_PDF)
        return record_disclosure(
            vault,
            case_id=case.id,
            party=party,
            purpose=purpose,
            content=content,
            file_name=f"{purpose[:10].strip().lower().replace(' ', '-')}.pdf",
            **options,
        )

    made = [
        entry(
            celik,
            DisclosureParty(PartyKind.PARTNER_SERVICE, house.name, house.id),
            "Voorbereiding vrijlating",
            b"covered",
            basis=Basis.CONSENT,
            items=(NOTES, WORLDVIEW),
        ),
        entry(
            celik,
            DisclosureParty(PartyKind.PARTNER_SERVICE, "Advocaat Claes"),
            "Verdediging voor de rechtbank",
            b"beyond",
            basis=Basis.OTHER,
            basis_explanation="Op schriftelijke vraag van de persoon",
            override_reason="De persoon vroeg het zelf; dringend voor de zitting",
        ),
        entry(
            celik,
            DisclosureParty(PartyKind.PERSON, celik.name),
            "Eigen kopie",
            b"own",
            basis=Basis.CONSENT,
            output_format=OutputFormat.UNENCRYPTED_PDF,
        ),
        entry(
            celik,
            DisclosureParty(PartyKind.CONSULTANT, "Anna De Smet"),
            "Overname na transfer",
            b"package",
            basis=Basis.LEGAL_OBLIGATION,
            output_format=OutputFormat.TRANSFER_PACKAGE,
            direction=DisclosureDirection.RECEIVED,
        ),
        entry(
            other,
            DisclosureParty(PartyKind.PARTNER_SERVICE, house.name, house.id),
            "Casusoverleg",
            b"other",
            basis=Basis.CASE_CONSULTATION,
            override_reason="Wettelijk geregeld casusoverleg",
        ),
    ]
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    return controller, ask, celik, other, made


def disclosures_tab(view) -> DisclosuresPanel:
    return next(view.tabs.widget(i) for i in range(view.tabs.count()) if view.tabs.tabText(i) == "Disclosures")


def column(model, constant: int, role=Qt.DisplayRole) -> list:
    index = model.column_of(constant)
    return [model.index(row, index).data(role) for row in range(model.rowCount())]


def test_the_case_file_lists_its_register_newest_first_and_in_full(register, qtbot):
    controller, _ask, celik, _other, made = register
    shown = workspace(controller)
    assert shown.open_case(celik.id)
    view = shown.case_file
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles.index("Disclosures") == titles.index("Services") + 1 and titles[-1] == "History"
    panel = disclosures_tab(view)
    view.tabs.setCurrentWidget(panel)
    model = panel.view.model
    assert model.column_of(CASE) == -1  # one case: no case column
    assert column(model, PARTY) == ["Anna De Smet", "Çelik Ağaoğlu", "Advocaat Claes", "Justitiehuis"]
    assert column(model, DIRECTION) == ["Received", "Sent", "Sent", "Sent"]
    assert column(model, CONSENT) == [
        "Not needed",
        "Not needed",
        "Not covered: De persoon vroeg het zelf; dringend voor de zitting",
        "Covered",
    ]
    assert column(model, CONSENT, Qt.ToolTipRole)[-1] == "Covered by the recorded consent"
    assert column(model, FINGERPRINT)[-1] == made[0].file_sha256[:12] + "…"
    assert column(model, FINGERPRINT, Qt.ToolTipRole)[-1] == made[0].file_sha256
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", stamp) for stamp in column(model, WHEN))
    table = panel.view.table
    assert table.editTriggers() == QAbstractItemView.NoEditTriggers
    assert not [b for b in panel.findChildren(QPushButton) if b.isVisible()]  # nothing to change or remove

    # The newest is shown in full at once; another row shows its own details.
    details = panel.view.details
    assert details.fields["party"].text().startswith("Anna De Smet") and details.party_caption.text() == "From:"
    table.selectRow(3)
    assert details.fields["fingerprint"].text() == made[0].file_sha256
    assert details.party_caption.text() == "To:" and "Het plan" not in details.fields["consent"].text()
    items = [details.items.item(i).text() for i in range(details.items.count())]
    assert items == [NOTES.label, f"{WORLDVIEW.label} — special: religion or ideology"]
    table.selectRow(2)
    assert "dringend voor de zitting" in details.fields["consent"].text()
    assert "Op schriftelijke vraag" in details.fields["basis"].text()
    panel.refresh()  # as when the window is active again: the entry being read stays shown
    assert panel.view.details_entry == made[1] and table.currentIndex().row() == 2


def test_presentation_mode_hides_the_tab_and_holds_nothing(register, qtbot):
    controller, _ask, celik, _other, _made = register
    shown = workspace(controller)
    shown.open_case(celik.id)
    view = shown.case_file
    panel = disclosures_tab(view)
    view.tabs.setCurrentWidget(panel)
    controller.set_presentation_mode(True)
    index = view.tabs.indexOf(panel)
    assert not view.tabs.isTabVisible(index) and view.tabs.currentWidget() is not panel
    assert panel.view.model.rowCount() == 0 and not controller.window.register_action.isEnabled()
    controller.set_presentation_mode(False)
    assert view.tabs.isTabVisible(index) and panel.view.model.rowCount() == 4


def test_the_tab_shows_what_was_recorded_since_it_was_last_seen(register, qtbot):
    controller, _ask, celik, _other, _made = register
    shown = workspace(controller)
    shown.open_case(celik.id)
    view = shown.case_file
    panel = disclosures_tab(view)
    view.tabs.setCurrentWidget(panel)
    view.tabs.setCurrentIndex(0)
    record_disclosure(
        controller.vault,
        case_id=celik.id,
        party=DisclosureParty(PartyKind.PERSON, celik.name),
        purpose="Nog een kopie",
        basis=Basis.CONSENT,
        items=(NOTES,),
        output_format=OutputFormat.ENCRYPTED_PDF,
        file_name="kopie.pdf",
        content=b"again",
    )
    view.tabs.setCurrentWidget(panel)
    assert panel.view.model.rowCount() == 5 and column(panel.view.model, PURPOSE)[0] == "Nog een kopie"


def when_open(action) -> None:
    def attempt():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, RegisterDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, attempt)
            return
        try:
            action(shown[0])
        finally:
            shown[0].reject()

    QTimer.singleShot(0, attempt)


def test_the_vault_register_names_the_case_and_filters_on_any_word(register, qtbot):
    controller, _ask, _celik, _other, made = register
    seen = {}

    def look(dialog: RegisterDialog):
        model = dialog.view.filter
        source = dialog.view.model

        def cases() -> list[str]:
            index = source.column_of(CASE)
            return [model.index(row, index).data() for row in range(model.rowCount())]

        seen["all"] = cases()
        seen["count"] = dialog.count.text()
        type_text(qtbot, dialog.search, "justitiehuis")
        seen["justice house"] = cases()
        seen["filtered count"] = dialog.count.text()
        dialog.search.clear()
        type_text(qtbot, dialog.search, "celik kopie")  # no accents typed; a name and a purpose
        seen["own copy"] = cases()
        dialog.search.clear()
        type_text(qtbot, dialog.search, "religion")  # an item's words
        seen["item"] = cases()
        dialog.search.clear()
        type_text(qtbot, dialog.search, made[1].file_sha256[20:40])
        seen["fingerprint"] = [model.index(row, source.column_of(PARTY)).data() for row in range(model.rowCount())]
        dialog.search.clear()
        type_text(qtbot, dialog.search, "nothing like this")
        seen["none"] = (model.rowCount(), dialog.view.details.placeholder.isVisible())

    when_open(look)
    controller.window.register_action.trigger()
    celik, nadia = "Çelik Ağaoğlu (Çelik)", "Nadia El Ouafi"
    assert seen["all"] == [nadia, celik, celik, celik, celik]
    assert seen["count"] == "5 entries"
    assert seen["justice house"] == [nadia, celik] and seen["filtered count"] == "2 of 5 entries"
    assert seen["own copy"] == [celik]
    assert seen["item"] == [celik]
    assert seen["fingerprint"] == ["Advocaat Claes"]
    assert seen["none"] == (0, True)


def test_an_empty_register_says_so(start_app, qtbot, vault):
    vault.lock()
    controller = start_app(ask=Ask())
    unlock(qtbot, controller)
    dialog = RegisterDialog(controller.vault, workspace(controller))
    qtbot.addWidget(dialog)
    assert dialog.view.model.rowCount() == 0 and dialog.count.text() == "Nothing has left this vault yet."

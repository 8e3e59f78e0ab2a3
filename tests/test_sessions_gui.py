"""Sessions through the window: the session form with who took part and what it touched, the note editor with its
markup, autosave and follow-up actions, and notes that survive a lock, a crash and bad input."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui_support import WAIT_MS, click, erase, send_key, type_text, unlock, when_open, workspace
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.factors import Direction, Factor, FactorKind
from trajectapp.domain.sessions import Participant, SessionParty, note_draft_form
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.services.contacts import actions_of_session, add_session, get_session, sessions, unsaved_notes
from trajectapp.services.drafts import has_draft, keep_draft, read_draft
from trajectapp.services.factors import add_default_factor_categories, list_factor_categories, save_factor
from trajectapp.services.needs import add_default_domains, list_domains
from trajectapp.services.partners import add_default_services, list_services
from trajectapp.ui.ask import Ask
from trajectapp.ui.sessions.choices import session_choices
from trajectapp.ui.sessions.contacts_panel import ContactsPanel
from trajectapp.ui.sessions.note_editor import NoteEditor
from trajectapp.ui.sessions.session_dialog import SessionDialog

TESTS = Path(__file__).resolve().parent
# A note as a consultant writes it: headings, lists, emphasis, names in several scripts, long enough to scroll.
NOTE = (
    "# Gesprek met Çelik Ağaoğlu\n"
    "\n"
    "## Hoe het ging\n"
    "Hij kwam rustig binnen en ging zitten voor ik het vroeg. De week op de sectie was *kalm*, zei hij, en het "
    "werk in de keuken gaat **goed**: de chef vroeg hem om te blijven tot de zomer.\n"
    "\n"
    "## Besproken\n"
    "- het bezoek van zijn moeder en de brief van Zoë Verbruggen\n"
    "- de lascursus: hij wil het certificaat halen vóór zijn vrijlating\n"
    "- Nadia El Ouafi van het CAW komt volgende week over huisvesting en schulden\n"
    '- twijfel over de mensen van vroeger: *"ze vroegen nooit hoe het met mij ging"*\n'
    "\n"
    + "Hij vertelde lang over zijn dochter, over voetbal op de wandeling, over wat hij mist. " * 12
    + "\n\n## Volgende stappen\n- justitiehuis bellen over de datum\n- formulier voor de cursus meebrengen\n"
)


def type_note(widget, text: str) -> None:
    """Type `text` a key at a time, Enter for each line break."""
    for char in text:
        if char == "\n":
            send_key(widget, Qt.Key_Return, "\r")
        else:
            type_text(None, widget, char)


def tick(check_list, key) -> None:
    for row in range(check_list.count()):
        item = check_list.item(row)
        if item.data(Qt.UserRole) == key:
            item.setCheckState(Qt.Checked)
            return
    raise AssertionError(f"{key!r} is not listed")


@pytest.fixture
def world(vault, make_case):
    """A vault with the shipped lists, a case, and a push factor of that case."""
    add_default_domains(vault)
    add_default_services(vault)
    add_default_factor_categories(vault)
    case = make_case("Çelik Ağaoğlu")
    domains = {domain.name: domain for domain in list_domains(vault)}
    housing = next(d for name, d in domains.items() if "Housing" in name)
    special = next(d for d in domains.values() if d.sensitivity is not None)
    factor = save_factor(
        vault,
        Factor(
            None,
            case.id,
            Direction.TOWARDS,
            FactorKind.PUSH,
            list_factor_categories(vault)[0].id,
            ApproximateDate(2026, 9, 1),
        ),
    )
    caw = next(service for service in list_services(vault) if "CAW" in service.name)
    return {"case": case, "housing": housing, "special": special, "factor": factor, "caw": caw}


def editor_for(qtbot, vault, session, autosave_ms: int | None = None, ask: Ask | None = None) -> NoteEditor:
    ask = ask or Ask()
    editor = NoteEditor(
        vault, ask, session, title="Individual conversation", details="Çelik Ağaoğlu", autosave_ms=autosave_ms
    )

    def throw_away_changes(shown: NoteEditor) -> None:  # the test is over: no question at closing
        if shiboken6.isValid(shown) and shown.is_modified():
            ask.preset("discard")

    qtbot.addWidget(editor, before_close_func=throw_away_changes)
    editor.show()
    return editor


# -- the session form and the note, start to end -------------------------------------------------------------


def test_a_planned_session_with_who_and_what_is_held_and_gets_its_note(qtbot, vault, world):
    case = world["case"]
    ask = Ask()
    panel = ContactsPanel(vault, case.id, ask)
    qtbot.addWidget(panel)
    panel.show()

    def fill(dialog: SessionDialog) -> None:
        erase(dialog.at)
        type_text(qtbot, dialog.at, "08:15")
        type_text(qtbot, dialog.duration, "90")
        dialog.kind.setCurrentIndex(dialog.kind.findData("multi_agency"))
        type_text(qtbot, dialog.inputs["location"], "Bezoekzaal 2, sectie B")
        dialog.focus.setCurrentIndex(dialog.focus.findData("practical_support"))
        click(qtbot, dialog.family)
        type_text(qtbot, dialog.inputs["family_names"], "Zoë Verbruggen, Nadia El Ouafi")
        click(qtbot, dialog.other)
        tick(dialog.services, world["caw"].id)
        tick(dialog.tags["domains"], world["housing"].id)
        tick(dialog.tags["factors"], world["factor"].id)
        tick(dialog.tags["goods"], PrimaryGood.AGENCY)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.Ok))

    when_open(SessionDialog, fill)
    panel.plan_button.click()
    (planned,) = sessions(vault, case.id)
    assert (
        planned.starts_at,
        planned.status,
        planned.kind,
        planned.duration_minutes,
        planned.location,
        planned.focus.value,
    ) == (
        datetime.combine(date.today(), datetime.min.time()).replace(hour=8, minute=15),
        "planned",
        "multi_agency",
        90,
        "Bezoekzaal 2, sectie B",
        "practical_support",
    )
    assert planned.participants == (
        Participant(SessionParty.PERSON),
        Participant(SessionParty.SERVICE, service_id=world["caw"].id),
        Participant(SessionParty.FAMILY, name="Zoë Verbruggen"),
        Participant(SessionParty.FAMILY, name="Nadia El Ouafi"),
        Participant(SessionParty.OTHER),
    )
    assert (planned.domain_ids, planned.factor_ids, planned.goods) == (
        (world["housing"].id,),
        (world["factor"].id,),
        (PrimaryGood.AGENCY,),
    )

    seen = {}

    def write(editor: NoteEditor) -> None:
        type_note(editor.editor, NOTE)
        seen["unsaved"] = editor.status.text()
        editor.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=WAIT_MS)
        qtbot.keyClick(editor.editor, Qt.Key_S, Qt.ControlModifier)
        seen["saved"] = editor.status.text()
        click(qtbot, editor.close_button)

    panel.session_table.selectRow(0)
    when_open(NoteEditor, write)
    panel.held_button.click()
    session = get_session(vault, planned.id)
    assert session.status == "held"
    assert session.note == NOTE
    assert seen["unsaved"].startswith("Not saved yet") and seen["saved"].startswith("Saved")
    assert not has_draft(vault, form=note_draft_form(session.id))
    assert panel.session_model.data(panel.session_model.index(0, 5)) == "Gesprek met Çelik Ağaoğlu"


def test_the_editor_puts_markup_in_and_takes_it_out_and_shows_it(qtbot, vault, world):
    session = add_session(
        vault,
        case_id=world["case"].id,
        starts_at=datetime(2027, 3, 1, 10, 0),
        held=True,
        note="Plan\nitem one\nitem two\nhe was calm",
    )
    editor = editor_for(qtbot, vault, session)
    text = editor.editor

    def put_cursor(block: int, start: int = 0, end: int | None = None) -> None:
        cursor = QTextCursor(text.document().findBlockByNumber(block))
        cursor.movePosition(QTextCursor.Right, QTextCursor.MoveAnchor, start)
        if end is not None:
            cursor.movePosition(QTextCursor.Right, QTextCursor.KeepAnchor, end - start)
        text.setTextCursor(cursor)

    def press(name: str) -> None:
        (action,) = [a for a in editor.toolbar.actions() if a.text() == name]
        action.trigger()

    put_cursor(0)
    press("Heading")
    assert editor.text().splitlines()[0] == "# Plan"
    press("Subheading")
    assert editor.text().splitlines()[0] == "## Plan"
    press("Subheading")
    assert editor.text().splitlines()[0] == "Plan"
    cursor = QTextCursor(text.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.Down, QTextCursor.KeepAnchor)
    cursor.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
    text.setTextCursor(cursor)
    press("List")
    assert editor.text().splitlines()[1:3] == ["- item one", "- item two"]
    put_cursor(3, 7, 11)  # "calm"
    press("Emphasis")
    assert editor.text().splitlines()[3] == "he was *calm*"
    press("Emphasis")
    assert editor.text().splitlines()[3] == "he was calm"
    put_cursor(3, 3, 6)  # "was"
    press("Strong")
    assert editor.text().splitlines()[3] == "he **was** calm"
    assert [a.shortcut().toString() for a in editor.toolbar.actions()] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+Shift+L",
        "Ctrl+I",
        "Ctrl+B",
    ]

    put_cursor(0)
    press("Heading")
    heading = text.document().findBlockByNumber(0).layout().formats()
    assert any(f.format.fontWeight() == QFont.Bold and f.start <= 3 < f.start + f.length for f in heading)
    strong = text.document().findBlockByNumber(3).layout().formats()
    assert any(f.format.fontWeight() == QFont.Bold and f.start <= 6 < f.start + f.length for f in strong)
    assert not any(f.format.fontWeight() == QFont.Bold and f.start <= 0 < f.start + f.length for f in strong)


def test_the_note_is_kept_as_a_draft_while_typing_and_its_actions_belong_to_the_session(qtbot, vault, world):
    case = world["case"]
    session = add_session(
        vault, case_id=case.id, starts_at=datetime(2027, 3, 1, 10, 0), held=True, note="Eerste versie"
    )
    ask = Ask()
    editor = editor_for(qtbot, vault, session, autosave_ms=50, ask=ask)
    form = note_draft_form(session.id)
    type_note(editor.editor, "\nZoë Verbruggen belde.")
    qtbot.waitUntil(lambda: read_draft(vault, form=form) == "Eerste versie\nZoë Verbruggen belde.", timeout=WAIT_MS)
    assert "kept as a draft" in editor.status.text()
    assert get_session(vault, session.id).note == "Eerste versie"  # the saved note stays until Save

    ask.preset(("Justitiehuis bellen", "Nadia El Ouafi", date(2027, 3, 15)))
    editor.add_action_button.click()
    (action,) = actions_of_session(vault, session.id)
    assert (action.description, action.owner, action.session_id) == (
        "Justitiehuis bellen",
        "Nadia El Ouafi",
        session.id,
    )
    assert editor.action_model.rowCount() == 1

    ask.preset("discard")
    editor.close_button.click()
    assert ask.asked[-1] == "The note has changes that are not saved. Save them?"
    assert not editor.isVisible()
    assert not has_draft(vault, form=form) and get_session(vault, session.id).note == "Eerste versie"


def test_a_draft_found_on_opening_is_shown_and_can_be_thrown_away(qtbot, vault, world):
    session = add_session(
        vault, case_id=world["case"].id, starts_at=datetime(2027, 3, 1, 10, 0), held=True, note="Opgeslagen"
    )
    keep_draft(vault, form=note_draft_form(session.id), content="Opgeslagen, en meer over Çelik")
    editor = editor_for(qtbot, vault, session)
    assert editor.text() == "Opgeslagen, en meer over Çelik"
    assert editor.banner.isVisibleTo(editor)
    editor.banner_button.click()
    assert editor.text() == "Opgeslagen" and not editor.banner.isVisibleTo(editor)
    assert not has_draft(vault, form=note_draft_form(session.id))


# -- bad input ----------------------------------------------------------------------------------------------------


def test_bad_input_is_refused_next_to_its_field_and_nothing_is_saved(qtbot, vault, world):
    case = world["case"]
    ask = Ask()
    panel = ContactsPanel(vault, case.id, ask)
    qtbot.addWidget(panel)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    seen = {}

    def type_badly(dialog: SessionDialog) -> None:
        erase(dialog.day)
        type_text(qtbot, dialog.day, tomorrow)
        erase(dialog.at)
        type_text(qtbot, dialog.at, "25:61")
        type_text(qtbot, dialog.duration, "100000")
        click(qtbot, dialog.other)
        type_text(qtbot, dialog.inputs["other_names"], "x" * 250)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.Ok))
        seen["errors"] = {name: row.error_text() for name, row in dialog.rows.items() if row.error_text()}
        seen["shown"] = all(dialog.rows[name].error.isVisible() for name in seen["errors"])
        seen["kept"] = (dialog.day.text(), dialog.at.text(), dialog.duration.text())
        seen["open"] = dialog.isVisible()
        ask.preset("discard")
        dialog.cancel()

    when_open(SessionDialog, type_badly)
    panel.record_button.click()
    assert seen["errors"] == {
        "day": "This date is still to come: plan the session instead.",
        "at": "Not a time: use 14:30",
        "duration": "The duration must be between 1 and 1,440 minutes (a day).",
        "other_names": "A name is too long: keep each to at most 200 characters.",
    }
    assert seen["shown"] and seen["open"]
    assert seen["kept"] == (tomorrow, "25:61", "100000")
    assert sessions(vault, case.id) == []


def test_presentation_mode_hides_special_tags_but_keeps_them_and_the_notes(qtbot, vault, world):
    case = world["case"]
    special = world["special"]
    session = add_session(
        vault,
        case_id=case.id,
        starts_at=datetime(2027, 3, 1, 10, 0),
        held=True,
        domain_ids=[special.id, world["housing"].id],
        goods=[PrimaryGood.SPIRITUALITY],
        note="Over zijn geloof",
    )
    dialog = SessionDialog(Ask(), case.id, session_choices(vault, case.id), session, hide_special=True)
    qtbot.addWidget(dialog)
    assert not dialog.tags["domains"].is_listed(special.id) and dialog.tags["domains"].is_listed(world["housing"].id)
    assert not dialog.tags["goods"].is_listed(PrimaryGood.SPIRITUALITY)
    value = dialog.value()
    assert set(value.domain_ids) == {special.id, world["housing"].id} and value.goods == (PrimaryGood.SPIRITUALITY,)

    ask = Ask()
    panel = ContactsPanel(vault, case.id, ask)
    qtbot.addWidget(panel)
    panel.set_presentation_mode(True)
    panel.session_table.selectRow(0)
    assert not panel.note_button.isEnabled()
    ask.preset(None)
    panel.open_session(session.id)  # the note editor does not open: the answer went to a message
    assert "hidden in presentation mode" in ask.asked[-1]


# -- through the application: a lock and a crash -----------------------------------------------------------------


def test_a_note_open_at_a_lock_comes_back_after_unlocking(start_app, qtbot, vault, world):
    case = world["case"]
    session = add_session(vault, case_id=case.id, starts_at=datetime(2027, 3, 1, 10, 0), held=True)
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    assert workspace(controller).open_case(case.id)

    def type_then_lock(editor: NoteEditor) -> None:
        type_note(editor.editor, "# Na de les\n- Çelik Ağaoğlu sprak over Zoë Verbruggen")
        controller.lock(reason="auto")

    when_open(NoteEditor, type_then_lock)
    workspace(controller).case_file.show_session(session.id)
    assert controller.state == "locked"
    seen = {}

    def look_then_save(editor: NoteEditor) -> None:
        seen["text"], seen["banner"] = editor.text(), editor.banner.isVisibleTo(editor)
        click(qtbot, editor.save_button)
        click(qtbot, editor.close_button)

    ask.preset(True)  # "A note you were writing … Open it?"
    when_open(NoteEditor, look_then_save)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: get_session(controller.vault, session.id).note != "", timeout=WAIT_MS)
    assert seen == {"text": "# Na de les\n- Çelik Ağaoğlu sprak over Zoë Verbruggen", "banner": True}
    assert get_session(controller.vault, session.id).note == seen["text"]
    assert ask.asked[-1].startswith("A note you were writing on ")
    assert "Çelik Ağaoğlu" in ask.asked[-1] and "01/03/2027 10:00" in ask.asked[-1]
    assert unsaved_notes(controller.vault) == []


CRASH = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path

    sys.path.insert(0, sys.argv[1])
    import conftest  # offscreen Qt, English
    import trajectapp.ui
    from gui_support import send_key, type_text
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from trajectapp.domain.sessions import note_draft_form
    from trajectapp.services.contacts import get_session
    from trajectapp.services.drafts import read_draft
    from trajectapp.ui.ask import Ask
    from trajectapp.ui.sessions.note_editor import NoteEditor
    from trajectapp.vault.vault import unlock_vault

    app = QApplication([])
    vault = unlock_vault(Path(sys.argv[2]), conftest.PASSPHRASE, kdf_floor=conftest.FAST_KDF_FLOOR)
    session = get_session(vault, int(sys.argv[3]))
    editor = NoteEditor(vault, Ask(), session, title="", details="", autosave_ms=100)
    editor.show()
    for char in sys.argv[4]:
        if char == "\\n":
            send_key(editor.editor, Qt.Key_Return, "\\r")
        else:
            type_text(None, editor.editor, char)
    for _ in range(200):  # until the autosave has kept all of it
        QTest.qWait(50)
        if read_draft(vault, form=note_draft_form(session.id)) == editor.text():
            break
    print("kept", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # the power goes: no lock, no closing, nothing saved
    """
)


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="needs SIGKILL")
def test_a_note_typed_when_the_power_goes_is_offered_back_after_the_next_unlock(
    start_app, qtbot, vault, vault_folder, world
):
    case = world["case"]
    session = add_session(
        vault, case_id=case.id, starts_at=datetime(2027, 3, 1, 10, 0), held=True, note="Wat al bewaard was"
    )
    vault.lock()
    typed = "\n## Daarna\n- Nadia El Ouafi belde over Çelik Ağaoğlu"  # after the saved note
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH, str(TESTS), str(vault_folder), str(session.id), typed],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert crashed.returncode == -9 and crashed.stdout.strip() == "kept", crashed.stderr

    ask = Ask()
    controller = start_app(ask=ask)
    seen = {}

    def look(editor: NoteEditor) -> None:
        seen["text"] = editor.text()
        seen["saved"] = get_session(controller.vault, session.id).note
        click(qtbot, editor.save_button)
        click(qtbot, editor.close_button)

    ask.preset(True)
    when_open(NoteEditor, look)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: "text" in seen, timeout=WAIT_MS)
    assert ask.asked[0].startswith("A note you were writing on ")
    assert seen == {"text": "Wat al bewaard was" + typed, "saved": "Wat al bewaard was"}
    assert get_session(controller.vault, session.id).note == "Wat al bewaard was" + typed
    assert workspace(controller).case_file.case_id == case.id


def test_a_session_form_open_at_a_lock_comes_back_with_what_was_typed_and_ticked(start_app, qtbot, vault, world):
    case = world["case"]
    vault.lock()
    controller = start_app(ask=Ask())
    unlock(qtbot, controller)
    assert workspace(controller).open_case(case.id)

    def fill_then_lock(dialog: SessionDialog) -> None:
        type_text(qtbot, dialog.inputs["location"], "Bezoekzaal 2")
        click(qtbot, dialog.family)
        type_text(qtbot, dialog.inputs["family_names"], "Zoë Verbruggen")
        tick(dialog.services, world["caw"].id)
        tick(dialog.tags["domains"], world["housing"].id)
        tick(dialog.tags["goods"], PrimaryGood.AGENCY)
        erase(dialog.at)
        type_text(qtbot, dialog.at, "25:00")  # wrong, and kept as typed
        controller.lock(reason="auto")

    when_open(SessionDialog, fill_then_lock)
    workspace(controller).case_file.plan_session()
    assert controller.state == "locked"
    seen = {}

    def look_then_fix(dialog: SessionDialog) -> None:
        seen["typed"] = (
            dialog.inputs["location"].text(),
            dialog.family.isChecked(),
            dialog.inputs["family_names"].text(),
            dialog.at.text(),
        )
        seen["ticked"] = (dialog.services.checked(), dialog.tags["domains"].checked(), dialog.tags["goods"].checked())
        erase(dialog.at)
        type_text(qtbot, dialog.at, "23:30")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.Ok))

    when_open(SessionDialog, look_then_fix)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: sessions(controller.vault, case.id) != [], timeout=WAIT_MS)
    assert seen["typed"] == ("Bezoekzaal 2", True, "Zoë Verbruggen", "25:00")
    assert seen["ticked"] == ((world["caw"].id,), (world["housing"].id,), (PrimaryGood.AGENCY,))
    (session,) = sessions(controller.vault, case.id)
    assert (session.status, session.location, session.starts_at.time().isoformat()) == (
        "planned",
        "Bezoekzaal 2",
        "23:30:00",
    )
    assert Participant(SessionParty.FAMILY, name="Zoë Verbruggen") in session.participants

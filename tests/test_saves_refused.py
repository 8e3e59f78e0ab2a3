"""A save the disk refuses outside a form (a draft put back at unlock, a draft kept at lock) is said in plain words,
never a traceback, and one refused draft does not stop the next.

The read-only folder is the vault's own: `PRAGMA query_only` on the real connection makes SQLite refuse every write
exactly where a read-only disk would (SQLITE_READONLY), and nothing of our code is replaced.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLineEdit

from gui_support import type_text, unlock, workspace
from trajectapp.domain.sessions import Session
from trajectapp.services.contacts import actions, sessions
from trajectapp.services.drafts import has_draft
from trajectapp.ui.ask import Ask
from trajectapp.ui.sessions.contacts_panel import ContactsPanel
from trajectapp.ui.shell.workspace import Workspace

TODAY = date(2027, 3, 1)


def make_read_only(connection) -> None:
    connection.execute("PRAGMA query_only = 1")


def test_a_draft_the_disk_will_not_let_go_at_unlock_is_said_and_waits_for_the_next_unlock(
    start_app, qtbot, vault, make_case, monkeypatch
):
    case = make_case("Çelik Ağaoğlu")
    vault.lock()
    ask = Ask()
    controller = start_app(ask=ask)
    unlock(qtbot, controller)
    assert workspace(controller).open_case(case.id)
    view = workspace(controller).case_file
    field = next(
        edit for edit in view.person_form.findChildren(QLineEdit) if edit.isEnabled() and not edit.isReadOnly()
    )
    type_text(qtbot, field, " Zoë")
    assert view.person_form.is_modified()
    controller.lock()
    assert controller.state == "locked"

    restore = Workspace.restore_drafts

    def on_a_read_only_disk(shown: Workspace) -> None:
        make_read_only(shown._vault.connection)
        restore(shown)

    monkeypatch.setattr(Workspace, "restore_drafts", on_a_read_only_disk)
    ask.preset(None)
    unlock(qtbot, controller)  # no unhandled exception: pytest-qt fails the test on one

    assert controller.state == "unlocked"
    assert any("read-only" in text for text in ask.asked), ask.asked
    assert has_draft(controller.vault, form=f"case:{case.id}:person")  # nothing lost: put back next time


@pytest.fixture
def contacts(qtbot, vault, make_case):
    case = make_case("Çelik Ağaoğlu")
    ask = Ask()
    panel = ContactsPanel(vault, case.id, ask, today=lambda: TODAY)
    qtbot.addWidget(panel)
    return panel, ask, case


def test_marking_an_action_done_on_a_read_only_disk_is_said_and_leaves_it_open(contacts, vault):
    panel, ask, case = contacts
    ask.preset(("Ask the CAW about housing", "Zoë Verbruggen", TODAY - timedelta(days=3)))
    panel.add_action_button.click()
    panel.action_table.selectRow(0)
    make_read_only(vault.connection)
    ask.preset(None)
    panel.done_button.click()  # no unhandled exception: pytest-qt fails the test on one

    assert "read-only" in ask.asked[-1]
    assert actions(vault, case.id)[0].done_on is None


def test_marking_a_session_held_on_a_read_only_disk_is_said_and_opens_no_note(contacts, vault):
    panel, ask, case = contacts
    ask.preset(Session(None, case.id, datetime(2027, 2, 27, 9, 0), "planned"))
    panel.plan_button.click()
    panel.session_table.selectRow(0)
    make_read_only(vault.connection)
    ask.preset(None)
    panel.held_button.click()

    assert "read-only" in ask.asked[-1]
    assert [s.status for s in sessions(vault, case.id)] == ["planned"]

"""A save the disk refuses outside a form (a draft put back at unlock, a draft kept at lock) is said in plain words,
never a traceback, and one refused draft does not stop the next.

The read-only folder is the vault's own: `PRAGMA query_only` on the real connection makes SQLite refuse every write
exactly where a read-only disk would (SQLITE_READONLY), and nothing of our code is replaced.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from gui_support import type_text, unlock, workspace
from trajectapp.services.drafts import has_draft
from trajectapp.ui.ask import Ask
from trajectapp.ui.shell.workspace import Workspace


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

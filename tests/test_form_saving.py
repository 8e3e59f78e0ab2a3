"""A form dialog run with a save: the store's refusal shows next to its field, or in a message, the dialog stays
open with what was typed, and the answer is what the store returned; a lock or Cancel stores nothing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from gui_support import type_text
from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.messages import Code, Refusal
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.form_dialog import FormDialog, run_dialog


class NameDialog(FormDialog):
    def __init__(self) -> None:
        super().__init__("Name")
        self.add_field("name", "Name:", QLineEdit(self))

    def errors(self) -> dict[str, str]:
        return {} if self.text("name") else {"name": "Type a name."}

    def value(self) -> str | None:
        return None if self.errors() else self.text("name")


class Store:
    """Refuses the first `refusals`, then keeps what it is given."""

    def __init__(self, *refusals: Refusal) -> None:
        self.refusals = list(refusals)
        self.kept: list[str] = []

    def save(self, name: str) -> str:
        if self.refusals:
            raise self.refusals.pop(0)
        self.kept.append(name)
        return f"saved {name}"


def while_open(*steps) -> list[BaseException]:
    """Run each step on the open NameDialog in turn, each once the one before has run; a failing one closes it."""
    failures: list[BaseException] = []
    left = list(steps)

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NameDialog):
            QTimer.singleShot(10, attempt)
            return
        try:
            left.pop(0)(dialog)
        except BaseException as error:
            failures.append(error)
            dialog.reject()
            return
        if left:
            QTimer.singleShot(0, attempt)

    QTimer.singleShot(0, attempt)
    return failures


def press_ok(dialog: NameDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.Ok).click()


def test_a_refused_field_gets_its_message_and_the_dialog_stays_open_until_the_store_takes_it(qtbot):
    store = Store(InvalidValue("name", Code.CATEGORY_NAME_TAKEN))
    seen = {}

    def type_and_ok(dialog: NameDialog) -> None:
        type_text(None, dialog.inputs["name"], "Zoë")
        press_ok(dialog)
        seen["open"], seen["message"] = dialog.isVisible(), dialog.rows["name"].error_text()
        seen["typed"] = dialog.inputs["name"].text()

    failures = while_open(type_and_ok, press_ok)
    answer = run_dialog(Ask(), "name", NameDialog, save=store.save)
    assert not failures
    assert seen == {
        "open": True,
        "message": "There is already a category with this name (it may be hidden).",
        "typed": "Zoë",
    }
    assert answer == "saved Zoë" and store.kept == ["Zoë"]


def test_a_refusal_of_no_field_of_the_dialog_is_said_in_a_message(qtbot):
    ask = Ask()
    store = Store(Refusal(Code.GOAL_WITHOUT_DOMAIN))
    seen = {}

    def type_and_ok(dialog: NameDialog) -> None:
        type_text(None, dialog.inputs["name"], "Werk")
        ask.preset(None)  # the message's answer, once the dialog is open
        press_ok(dialog)
        seen["open"], seen["message"] = dialog.isVisible(), dialog.rows["name"].error_text()

    failures = while_open(type_and_ok, press_ok)
    answer = run_dialog(ask, "name", NameDialog, save=store.save)
    assert not failures
    assert seen == {"open": True, "message": ""}
    assert len(ask.asked) == 1 and ask.asked[0] == "Link the goal to at least one life domain."
    assert answer == "saved Werk"


def test_cancel_stores_nothing(qtbot):
    store = Store()

    def type_and_cancel(dialog: NameDialog) -> None:
        type_text(None, dialog.inputs["name"], "Werk")
        dialog.reject()  # also how a lock closes it

    failures = while_open(type_and_cancel)
    assert run_dialog(Ask(), "name", NameDialog, save=store.save) is None
    assert not failures and store.kept == []


def test_a_preset_answer_is_stored_and_a_refused_one_said(qtbot):
    store = Store(InvalidValue("name", Code.CATEGORY_NAME_TAKEN))
    ask = Ask()
    ask.preset("Werk", None, "Wonen")  # refused, then the message's answer; then taken
    assert run_dialog(ask, "name", NameDialog, save=store.save) is None
    assert ask.asked[-1] == "There is already a category with this name (it may be hidden)."
    assert run_dialog(ask, "name", NameDialog, save=store.save) == "saved Wonen"
    assert store.kept == ["Wonen"]

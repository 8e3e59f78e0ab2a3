"""The dialog for a follow-up action: what, who, and by when; from a session or not. Run as a function, it adds
the action it describes through the services."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from trajectapp.domain.dates import short_moment
from trajectapp.domain.sessions import Action, Session
from trajectapp.services.contacts import add_action
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.form_dialog import FormDialog, run_dialog
from trajectapp.ui.forms.guarded_dialog import drafted_ids

DESCRIPTION_MAX = 500
OWNER_MAX = 200
DRAFT_KEYS = ("session_id",)  # the session a draft's action comes from (None: from none)

ActionAnswer = tuple[str, str, date | None]  # what, who, due on


class ActionDialog(FormDialog[ActionAnswer]):
    DRAFT_KIND = "action"

    def __init__(
        self,
        parent: QWidget | None = None,
        today: date | None = None,
        session_id: int | None = None,
        session_text: str = "",
    ):
        """`session_text` names the session the action comes from, if any."""
        super().__init__(self.tr("Follow-up action"), parent, today)
        self.session_id = session_id
        if session_text:
            self.add_intro(self.tr("From the session of %1.").replace("%1", session_text))
        description = QLineEdit(self)
        description.setMaxLength(DESCRIPTION_MAX)
        self.add_field("description", self.tr("What:"), description)
        owner = QLineEdit(self)
        owner.setMaxLength(OWNER_MAX)
        owner.setPlaceholderText(self.tr("For example: the consultant, the person, VDAB"))
        self.add_field("owner", self.tr("Who:"), owner)
        self.due = self.add_date("due", self.tr("Due on:"))

    def errors(self) -> dict[str, str]:
        errors = {}
        if not self.text("description"):
            errors["description"] = self.tr("Say what needs to be done.")
        if problem := self.due.problem():
            errors["due"] = problem
        return errors

    def checked_value(self) -> ActionAnswer:
        return self.text("description"), self.text("owner"), self.due.date_value()

    def draft(self) -> str:
        raw = json.loads(super().draft())
        raw["session_id"] = self.session_id
        return json.dumps(raw, ensure_ascii=False)

    @classmethod
    def add_action(
        cls,
        parent: QWidget | None,
        ask: Ask,
        vault: OpenVault,
        *,
        case_id: int,
        session: Session | None = None,
        draft: str | None = None,
    ) -> Action | None:
        """The action added to the case (from `session`, if given), or None if cancelled."""

        def save(answer: ActionAnswer) -> Action:
            description, owner, due_on = answer
            return add_action(
                vault,
                case_id=case_id,
                description=description,
                owner=owner,
                due_on=due_on,
                session_id=session.id if session is not None else None,
            )

        session_id = session.id if session is not None else None
        session_text = short_moment(session.starts_at) if session is not None else ""
        return run_dialog(
            ask, "action", lambda: cls(parent, session_id=session_id, session_text=session_text), draft, save=save
        )


def drafted_action_session(draft: str) -> int | None:
    """The session a draft of this dialog's action comes from; None for none, or an unreadable draft."""
    ids = drafted_ids(draft, DRAFT_KEYS)
    return ids["session_id"] if ids else None

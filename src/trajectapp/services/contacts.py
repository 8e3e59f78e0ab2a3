"""Contacts with the person (held or planned sessions) and follow-up actions of a case."""

from __future__ import annotations

from datetime import date, datetime

from trajectapp.store.audit import AuditRepository
from trajectapp.store.connection import transaction
from trajectapp.store.contacts import Action, ActionRepository, Session, SessionRepository
from trajectapp.vault.vault import Vault

SESSION_KINDS = ("individual", "family", "multi_agency", "case_consultation", "phone_video", "other")


def sessions(vault: Vault, case_id: int) -> list[Session]:
    return SessionRepository(vault.connection).for_case(case_id)


def add_session(vault: Vault, *, case_id: int, starts_at: datetime, held: bool, kind: str = "individual") -> Session:
    if kind not in SESSION_KINDS:
        raise ValueError(f"unknown kind of session: {kind}")
    with transaction(vault.connection):
        session = SessionRepository(vault.connection).add(
            Session(None, case_id, starts_at.replace(second=0, microsecond=0), "held" if held else "planned", kind)
        )
        AuditRepository(vault.connection).record(
            "session.recorded" if held else "session.planned", case_id, record_type="session", record_id=session.id
        )
    return session


def set_session_status(vault: Vault, *, case_id: int, session_id: int, status: str) -> None:
    if status not in ("planned", "held", "cancelled"):
        raise ValueError(f"unknown session status: {status}")
    with transaction(vault.connection):
        SessionRepository(vault.connection).set_status(session_id, status)
        AuditRepository(vault.connection).record(
            f"session.{status}", case_id, record_type="session", record_id=session_id
        )


def actions(vault: Vault, case_id: int) -> list[Action]:
    return ActionRepository(vault.connection).for_case(case_id)


def add_action(vault: Vault, *, case_id: int, description: str, owner: str = "", due_on: date | None = None) -> Action:
    if not description.strip():
        raise ValueError("an action needs a description")
    with transaction(vault.connection):
        action = ActionRepository(vault.connection).add(Action(None, case_id, description.strip(), owner.strip(), due_on))
        AuditRepository(vault.connection).record("action.added", case_id, record_type="action", record_id=action.id)
    return action


def complete_action(vault: Vault, *, case_id: int, action_id: int, on: date) -> None:
    with transaction(vault.connection):
        ActionRepository(vault.connection).complete(action_id, on)
        AuditRepository(vault.connection).record("action.done", case_id, record_type="action", record_id=action_id)

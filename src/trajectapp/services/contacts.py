"""Contacts with the person (held or planned sessions), their notes, and the follow-up actions of a case."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

from trajectapp.domain.checks import EARLIEST, LATEST, InvalidValue, check_choice, check_date, check_id, check_length
from trajectapp.domain.messages import Code
from trajectapp.domain.record_checks import check_texts
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import (
    LONGEST_SESSION_MINUTES,
    SESSION_FIELDS,
    SESSION_KINDS,
    SESSION_STATUSES,
    Action,
    Focus,
    Participant,
    Session,
    SessionParty,
    UnsavedNote,
    note_draft_form,
    session_of_note_draft,
)
from trajectapp.domain.strengths import PrimaryGood
from trajectapp.domain.text import check_text
from trajectapp.services.open_vault import OpenVault
from trajectapp.store.audit import AuditRepository
from trajectapp.store.connection import transaction
from trajectapp.store.contacts import ActionRepository, SessionRepository
from trajectapp.store.drafts import DraftRepository
from trajectapp.store.written import read_back

__all__ = [
    "SESSION_KINDS",
    "actions",
    "actions_of_session",
    "add_action",
    "add_session",
    "complete_action",
    "get_session",
    "note_draft_form",
    "save_note",
    "sessions",
    "set_session_status",
    "unsaved_notes",
    "update_session",
]


def sessions(vault: OpenVault, case_id: int) -> list[Session]:
    return SessionRepository(vault.connection).for_case(case_id)


def get_session(vault: OpenVault, session_id: int) -> Session | None:
    return SessionRepository(vault.connection).get(session_id)


def add_session(
    vault: OpenVault,
    *,
    case_id: int,
    starts_at: datetime,
    held: bool,
    kind: str = "individual",
    duration_minutes: int | None = None,
    location: str = "",
    focus: Focus | None = None,
    participants: Iterable[Participant] = (),
    domain_ids: Iterable[int] = (),
    factor_ids: Iterable[int] = (),
    goods: Iterable[PrimaryGood] = (),
    note: str = "",
) -> Session:
    """A new session, planned or held, from its fields."""
    status = "held" if held else "planned"
    tags = (tuple(participants), tuple(domain_ids), tuple(factor_ids), tuple(goods))
    return save_session(
        vault, Session(None, case_id, starts_at, status, kind, duration_minutes, location, focus, note, *tags)
    )


def save_session(vault: OpenVault, session: Session) -> Session:
    """Add (id None: planned or held, as its status says) or change a session; returns it as stored."""
    if session.id is not None:
        return update_session(vault, session=session)
    if session.status not in ("planned", "held"):  # a session is cancelled after it was planned
        raise InvalidValue("status", Code.NOT_A_CHOICE)
    session = _checked(session)
    with transaction(vault.connection):
        _ensure_factors_in_case(vault, session)
        session = SessionRepository(vault.connection).add(session)
        AuditRepository(vault.connection).record(
            "session.recorded" if session.status == "held" else "session.planned",
            session.case_id,
            record_type="session",
            record_id=session.id,
        )
    return session


def update_session(vault: OpenVault, *, session: Session) -> Session:
    """Save a session's details, participants, tags and note; its case and status stay as they are."""
    session = _checked(session)
    check_id("session", session.id)
    session_id = stored_id(session.id)
    with transaction(vault.connection):
        _ensure_in_case(vault, session.case_id, session_id)
        _ensure_factors_in_case(vault, session)
        repository = SessionRepository(vault.connection)
        if read_back(repository.get, session_id).note != session.note:
            # The note itself was saved: its draft is done with. Details saved alone leave a note being typed.
            DraftRepository(vault.connection).take(note_draft_form(session_id))
        repository.update(session)
        AuditRepository(vault.connection).record(
            "session.updated", session.case_id, record_type="session", record_id=session_id
        )
    return read_back(SessionRepository(vault.connection).get, session_id)


def save_note(vault: OpenVault, *, case_id: int, session_id: int, note: str) -> None:
    """Save the note of a session; the draft kept while it was typed is no longer needed."""
    check_text("note", note, multiline=True)
    with transaction(vault.connection):
        _ensure_in_case(vault, case_id, session_id)
        SessionRepository(vault.connection).set_note(session_id, note)
        DraftRepository(vault.connection).take(note_draft_form(session_id))
        AuditRepository(vault.connection).record(
            "session.note_saved", case_id, record_type="session", record_id=session_id
        )


def unsaved_notes(vault: OpenVault) -> list[UnsavedNote]:
    """The notes typed and kept as drafts but never saved (the app was locked, closed or cut off while they
    were written), the longest waiting first."""
    sessions_found = SessionRepository(vault.connection)
    found = []
    for form, kept_at in DraftRepository(vault.connection).kept():
        session_id = session_of_note_draft(form)
        session = sessions_found.get(session_id) if session_id is not None else None
        if session is not None:
            found.append(UnsavedNote(session, datetime.fromisoformat(kept_at)))
    return found


def set_session_status(vault: OpenVault, *, case_id: int, session_id: int, status: str) -> None:
    if status not in SESSION_STATUSES:
        raise ValueError(f"unknown session status: {status}")
    with transaction(vault.connection):
        SessionRepository(vault.connection).set_status(session_id, status)
        AuditRepository(vault.connection).record(
            f"session.{status}", case_id, record_type="session", record_id=session_id
        )


def actions(vault: OpenVault, case_id: int) -> list[Action]:
    return ActionRepository(vault.connection).for_case(case_id)


def actions_of_session(vault: OpenVault, session_id: int) -> list[Action]:
    return ActionRepository(vault.connection).for_session(session_id)


def add_action(
    vault: OpenVault,
    *,
    case_id: int,
    description: str,
    owner: str = "",
    due_on: date | None = None,
    session_id: int | None = None,
) -> Action:
    if not description.strip():
        raise ValueError("an action needs a description")
    check_text("description", description, multiline=True)
    check_text("owner", owner)
    check_length("owner", owner)
    check_date("due_on", due_on)
    check_id("session", session_id, required=False)
    with transaction(vault.connection):
        if session_id is not None:
            _ensure_in_case(vault, case_id, session_id)
        action = ActionRepository(vault.connection).add(
            Action(None, case_id, description.strip(), owner.strip(), due_on, session_id=session_id)
        )
        AuditRepository(vault.connection).record("action.added", case_id, record_type="action", record_id=action.id)
    return action


def complete_action(vault: OpenVault, *, case_id: int, action_id: int, on: date) -> None:
    with transaction(vault.connection):
        ActionRepository(vault.connection).complete(action_id, on)
        AuditRepository(vault.connection).record("action.done", case_id, record_type="action", record_id=action_id)


def _ensure_in_case(vault: OpenVault, case_id: int, session_id: int) -> None:
    row = vault.connection.execute("SELECT case_id FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None or row[0] != case_id:
        raise InvalidValue("session", Code.SESSION_NOT_IN_CASE)


def _ensure_factors_in_case(vault: OpenVault, session: Session) -> None:
    for factor_id in set(session.factor_ids):
        row = vault.connection.execute("SELECT case_id FROM factors WHERE id = ?", (factor_id,)).fetchone()
        if row is None or row[0] != session.case_id:
            raise InvalidValue("factors", Code.FACTOR_NOT_IN_CASE)


def _checked(session: Session) -> Session:
    """The session as it will be stored (trimmed, to the minute), or InvalidValue/InvalidText for the first
    field that cannot be kept."""
    if session.kind not in SESSION_KINDS:
        raise InvalidValue("kind", Code.NOT_A_CHOICE)
    if not isinstance(session.starts_at, datetime) or not EARLIEST <= session.starts_at.date() <= LATEST:
        raise InvalidValue("starts_at", Code.DATE_TIME_OUT_OF_RANGE, earliest=EARLIEST.year, latest=LATEST.year)
    duration = session.duration_minutes
    if duration is not None and (
        isinstance(duration, bool) or not isinstance(duration, int) or not 1 <= duration <= LONGEST_SESSION_MINUTES
    ):
        raise InvalidValue("duration_minutes", Code.DURATION_OUT_OF_RANGE)
    check_text("location", session.location)
    check_length("location", session.location)
    check_choice("focus", session.focus, Focus, required=False)
    check_text("note", session.note, multiline=True)
    check_texts(SESSION_FIELDS, session)  # and any other text field the description names
    for participant in session.participants:
        check_choice("participants", participant.party, SessionParty)
        check_id("participants", participant.service_id, required=participant.party is SessionParty.SERVICE)
        if participant.party is not SessionParty.SERVICE and participant.service_id is not None:
            raise InvalidValue("participants", Code.PARTICIPANT_NOT_A_SERVICE)
        check_text("participants", participant.name)
        check_length("participants", participant.name)
    for domain_id in session.domain_ids:
        check_id("domains", domain_id)
    for factor_id in session.factor_ids:
        check_id("factors", factor_id)
    for good in session.goods:
        check_choice("goods", good, PrimaryGood)
    return replace(
        session,
        starts_at=session.starts_at.replace(second=0, microsecond=0),
        location=session.location.strip(),
        participants=tuple(replace(p, name=p.name.strip()) for p in session.participants),
    )

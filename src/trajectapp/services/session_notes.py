"""Gather the notes of one session, or of the sessions of a period, for printing: reads only, through the other
services."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from trajectapp.documents.session_notes_data import SessionNotesData
from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.messages import Code
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.sessions import Action, Session
from trajectapp.services import case_file, contacts, factors, needs, partners
from trajectapp.services.audit_seal import current_seal
from trajectapp.services.open_vault import OpenVault


def gather_session_notes(vault: OpenVault, case_id: int, session_id: int) -> SessionNotesData:
    """The notes of one session of this case."""
    session = contacts.get_session(vault, session_id)
    if session is None or session.case_id != case_id:
        raise InvalidValue("session", Code.SESSION_NOT_IN_CASE)
    return _gathered(vault, case_id, [session], None)


def gather_period_notes(vault: OpenVault, case_id: int, first: date, last: date) -> SessionNotesData:
    """The notes of every session of this case from `first` to `last`, both days included, oldest first."""
    if first > last:
        raise InvalidValue("period", Code.PERIOD_REVERSED)
    chosen = [s for s in contacts.sessions(vault, case_id) if first <= s.starts_at.date() <= last]
    return _gathered(vault, case_id, chosen, (first, last))


def _gathered(
    vault: OpenVault, case_id: int, chosen: list[Session], period: tuple[date, date] | None
) -> SessionNotesData:
    ids = {stored_id(session.id) for session in chosen}
    by_session: dict[int, list[Action]] = defaultdict(list)
    for action in contacts.actions(vault, case_id):  # one read for the case, not one per session
        if action.session_id is not None and action.session_id in ids:
            by_session[action.session_id].append(action)
    return SessionNotesData(
        person=case_file.get_case(vault, case_id).display_name,
        sessions=tuple(sorted(chosen, key=lambda s: (s.starts_at, s.id))),
        period=period,
        actions={session_id: tuple(found) for session_id, found in by_session.items()},
        domains={stored_id(domain.id): domain for domain in needs.list_domains(vault, include_hidden=True)},
        factors={stored_id(factor.id): factor for factor in factors.factors(vault, case_id)},
        factor_categories={stored_id(c.id): c.name for c in factors.list_factor_categories(vault, include_hidden=True)},
        service_names={stored_id(s.id): s.name for s in partners.list_services(vault, include_hidden=True)},
        seal=current_seal(vault),
    )

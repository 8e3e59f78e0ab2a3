"""What the printed session notes hold, as plain data gathered from the case file: no store, no Qt, so that the
document can be laid out on a worker thread from a copy taken on the GUI thread."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from trajectapp.domain.audit import AuditSeal
from trajectapp.domain.factors import Factor
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.sessions import Action, Session


@dataclass(frozen=True)
class SessionNotesData:
    """The sessions to print, oldest first, with what their header and actions need. `period` is the first and
    last day asked for, or None for the notes of one session."""

    person: str  # the person's name as the case file shows it
    sessions: tuple[Session, ...] = ()
    period: tuple[date, date] | None = None
    actions: Mapping[int, tuple[Action, ...]] = field(default_factory=dict)  # by session id
    domains: Mapping[int, LifeDomain] = field(default_factory=dict)  # the catalogue, hidden domains included
    factors: Mapping[int, Factor] = field(default_factory=dict)  # the case's factors, by id
    factor_categories: Mapping[int, str] = field(default_factory=dict)
    service_names: Mapping[int, str] = field(default_factory=dict)  # every partner service, by id
    seal: AuditSeal | None = None  # the vault's audit seal as the notes are gathered: printed on the last page

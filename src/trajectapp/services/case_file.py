"""Reading and changing one case file: the person, the traject, participation, consent.

Every change writes an audit entry in the same transaction; its summary names
the fields or the kind of record, never their content. Text with invisible
control characters is refused with InvalidText (see domain.text) before
anything is written.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from trajectapp.domain.audit import AuditEntry
from trajectapp.domain.case import CASE_FIELDS, Case
from trajectapp.domain.messages import Code, RecordNotFound
from trajectapp.domain.record_checks import check_approximate_dates, check_texts
from trajectapp.domain.text import check_text
from trajectapp.domain.traject import (
    Consent,
    ConsentDecision,
    Participation,
    ParticipationDecision,
    Phase,
    PhaseChange,
    TimelineEntry,
    TimelineKind,
    Transfer,
)
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.record_changes import found
from trajectapp.store.audit import AuditRepository
from trajectapp.store.cases import CaseRepository, changed_fields
from trajectapp.store.connection import transaction
from trajectapp.store.consents import ConsentRepository
from trajectapp.store.traject import TrajectRepository


class CaseNotFound(RecordNotFound):
    missing = Code.CASE_NOT_FOUND


class ConsentNotFound(RecordNotFound):
    missing = Code.CONSENT_NOT_FOUND


def _check_case(case: Case) -> None:
    check_texts(CASE_FIELDS, case)
    check_approximate_dates(CASE_FIELDS, case)


def get_case(vault: OpenVault, case_id: int) -> Case:
    return found(CaseRepository(vault.connection).get, case_id, CaseNotFound)


def create_case(vault: OpenVault, case: Case) -> Case:
    _check_case(case)
    with transaction(vault.connection):
        created = CaseRepository(vault.connection).add(case)
        AuditRepository(vault.connection).record("case.created", created.id, record_type="case", record_id=created.id)
    return created


def save_case(vault: OpenVault, case: Case) -> Case:
    """Store the edited person; returns it as stored. Nothing is written when nothing changed."""
    _check_case(case)
    with transaction(vault.connection):
        cases = CaseRepository(vault.connection)
        before = None if case.id is None else cases.get(case.id)
        if before is None:
            raise CaseNotFound(case.id)
        changed = changed_fields(before, case)
        if not changed:
            return before
        saved = cases.update(case)
        AuditRepository(vault.connection).record(
            "case.updated", case.id, record_type="case", record_id=case.id, summary="fields: " + ", ".join(changed)
        )
    return saved


def record_phase(
    vault: OpenVault, *, case_id: int, phase: Phase, on: date, note: str = "", closing_reason: str = ""
) -> PhaseChange:
    check_text("note", note, multiline=True)
    check_text("closing_reason", closing_reason, multiline=True)
    with transaction(vault.connection):
        change = TrajectRepository(vault.connection).add_phase_change(
            PhaseChange(None, case_id, phase, on, note, closing_reason if phase is Phase.CLOSED else "")
        )
        AuditRepository(vault.connection).record(
            "traject.phase_changed", case_id, record_type="phase_change", record_id=change.id, summary=phase.value
        )
    return change


def record_transfer(vault: OpenVault, *, case_id: int, on: date, to_prison: str, note: str = "") -> Transfer:
    """A move to another prison: on the timeline, and the case's prison follows."""
    check_text("to_prison", to_prison, required=True)
    check_text("note", note, multiline=True)
    with transaction(vault.connection):
        cases = CaseRepository(vault.connection)
        case = found(cases.get, case_id, CaseNotFound)
        transfer = TrajectRepository(vault.connection).add_transfer(
            Transfer(None, case_id, on, case.prison, to_prison.strip(), note)
        )
        cases.update(replace(case, prison=to_prison.strip()))
        AuditRepository(vault.connection).record(
            "traject.transferred", case_id, record_type="transfer", record_id=transfer.id
        )
    return transfer


def record_participation(
    vault: OpenVault, *, case_id: int, status: Participation, on: date, reasons: str = ""
) -> ParticipationDecision:
    check_text("reasons", reasons, multiline=True)
    with transaction(vault.connection):
        decision = TrajectRepository(vault.connection).add_participation(
            ParticipationDecision(None, case_id, status, on, reasons)
        )
        AuditRepository(vault.connection).record(
            "traject.participation", case_id, record_type="participation", record_id=decision.id, summary=status.value
        )
    return decision


def record_consent(vault: OpenVault, consent: Consent) -> Consent:
    check_text("allowed", consent.allowed, multiline=True)
    check_text("not_allowed", consent.not_allowed, multiline=True)
    with transaction(vault.connection):
        saved = ConsentRepository(vault.connection).add(consent)
        AuditRepository(vault.connection).record(
            "consent.recorded",
            consent.case_id,
            record_type="consent",
            record_id=saved.id,
            summary=f"{consent.purpose.value}: {consent.decision.value}",
        )
    return saved


def decide_consent(
    vault: OpenVault,
    *,
    consent_id: int,
    decision: ConsentDecision,
    on: date,
    allowed: str | None = None,
    not_allowed: str | None = None,
) -> Consent:
    check_text("allowed", allowed or "", multiline=True)
    check_text("not_allowed", not_allowed or "", multiline=True)
    with transaction(vault.connection):
        consents = ConsentRepository(vault.connection)
        consent = found(consents.get, consent_id, ConsentNotFound)
        saved = consents.update(
            replace(
                consent,
                decision=decision,
                decided_on=on,
                allowed=consent.allowed if allowed is None else allowed,
                not_allowed=consent.not_allowed if not_allowed is None else not_allowed,
            )
        )
        AuditRepository(vault.connection).record(
            "consent.decided", consent.case_id, record_type="consent", record_id=consent_id, summary=decision.value
        )
    return saved


def revoke_consent(vault: OpenVault, *, consent_id: int, on: date) -> Consent:
    with transaction(vault.connection):
        consents = ConsentRepository(vault.connection)
        consent = found(consents.get, consent_id, ConsentNotFound)
        saved = consents.update(replace(consent, revoked_on=on))
        AuditRepository(vault.connection).record(
            "consent.revoked", consent.case_id, record_type="consent", record_id=consent_id
        )
    return saved


def consents(vault: OpenVault, case_id: int) -> list[Consent]:
    return ConsentRepository(vault.connection).for_case(case_id)


def timeline(vault: OpenVault, case_id: int) -> list[TimelineEntry]:
    """Everything that happened to the traject, oldest first."""
    traject = TrajectRepository(vault.connection)
    entries = [TimelineEntry(c.changed_on, TimelineKind.PHASE, c) for c in traject.phase_changes(case_id)]
    entries += [TimelineEntry(t.transferred_on, TimelineKind.TRANSFER, t) for t in traject.transfers(case_id)]
    entries += [TimelineEntry(p.decided_on, TimelineKind.PARTICIPATION, p) for p in traject.participation(case_id)]
    for consent in consents(vault, case_id):
        entries.append(TimelineEntry(consent.decided_on or consent.asked_on, TimelineKind.CONSENT, consent))
        if consent.revoked_on:
            entries.append(TimelineEntry(consent.revoked_on, TimelineKind.CONSENT_REVOKED, consent))
    order = list(TimelineKind)
    return sorted(entries, key=lambda e: (e.on, order.index(e.kind), e.record.id or 0))


def history(vault: OpenVault, case_id: int) -> list[AuditEntry]:
    """The audit entries of one case, newest first."""
    return AuditRepository(vault.connection).for_case(case_id)

"""Needs by life domain: the catalogue of domains, dated assessments, external risk assessments, the chart's data.

Every change writes an audit entry in the same transaction. Its summary names
fields and, for an assessment item, the domain by its id: a domain's name can
say more than it should (health, religion). Values are checked before anything
is written; a refused value raises InvalidText or InvalidValue with the
field's name and a message in plain words.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from trajectapp.domain.checks import InvalidValue, check_choice, check_date, check_id, check_length, check_score
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.messages import Code, RecordNotFound, Refusal
from trajectapp.domain.needs import (
    Assessment,
    AssessmentItem,
    ChartData,
    ChartDomain,
    ChartSeries,
    ExternalAssessment,
    LifeDomain,
    Motivation,
    RiskTool,
    Views,
)
from trajectapp.domain.record_ids import stored_id
from trajectapp.domain.shipped_catalogues import SHIPPED_DOMAINS
from trajectapp.domain.text import check_text
from trajectapp.services.case_file import get_case
from trajectapp.services.catalogues import Catalogue, Entries
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import ServiceNotFound
from trajectapp.services.record_changes import (
    CaseRecords,
    check_link,
    fields_summary,
    found,
    store_change,
)
from trajectapp.store.audit import AuditRepository
from trajectapp.store.catalogues import LifeDomainRepository
from trajectapp.store.connection import transaction
from trajectapp.store.needs import AssessmentRepository, ExternalAssessmentRepository
from trajectapp.store.partners import PartnerRepository


class DomainNotFound(RecordNotFound):
    missing = Code.DOMAIN_NOT_FOUND


class DomainInUse(Refusal):
    """A domain that anything is filed under is hidden, never deleted."""


class AssessmentNotFound(RecordNotFound):
    missing = Code.ASSESSMENT_NOT_FOUND


class ExternalAssessmentNotFound(RecordNotFound):
    missing = Code.EXTERNAL_ASSESSMENT_NOT_FOUND


EXTERNAL_ASSESSMENTS = CaseRecords(
    ExternalAssessmentRepository,
    "external_assessment",
    ("external_assessment.recorded", "external_assessment.updated"),
    ExternalAssessmentNotFound,
)

# --- the catalogue of life domains ------------------------------------------------------------


def default_domains() -> list[tuple[str, LifeDomain]]:
    """(key, domain) for each shipped default, in catalogue order (domain.shipped_catalogues)."""
    return list(SHIPPED_DOMAINS)


def _check_sensitivity(domains: Entries[LifeDomain], before: LifeDomain, after: LifeDomain) -> None:
    if after.sensitivity == before.sensitivity:
        return
    if before.shipped:
        raise InvalidValue("sensitivity", Code.DOMAIN_SENSITIVITY_FIXED)
    if before.sensitivity is not None and domains.in_use(stored_id(before.id)):
        raise InvalidValue("sensitivity", Code.DOMAIN_SENSITIVITY_IN_USE)


LIFE_DOMAINS = Catalogue(
    LifeDomainRepository,
    events="domains",
    record_type="life_domain",
    not_found=DomainNotFound,
    in_use=DomainInUse,
    name_taken_code=Code.DOMAIN_NAME_TAKEN,
    shipped_code=Code.DOMAIN_SHIPPED,
    in_use_code=Code.DOMAIN_IN_USE,
    editable=("sensitivity",),
    check=lambda domain: check_choice("sensitivity", domain.sensitivity, DataCategory, required=False),
    check_change=_check_sensitivity,
)


def add_default_domains(vault: OpenVault) -> int:
    """Copy the shipped defaults the vault has never had; returns how many were added."""
    return LIFE_DOMAINS.add_defaults(vault, default_domains())


def list_domains(vault: OpenVault, include_hidden: bool = False) -> list[LifeDomain]:
    """The catalogue in its order."""
    return LIFE_DOMAINS.entries(vault, include_hidden)


def get_domain(vault: OpenVault, domain_id: int) -> LifeDomain:
    return found(LifeDomainRepository(vault.connection).get, domain_id, DomainNotFound)


def domain_in_use(vault: OpenVault, domain_id: int) -> bool:
    return LIFE_DOMAINS.is_in_use(vault, domain_id)


def save_domain(vault: OpenVault, domain: LifeDomain) -> LifeDomain:
    """Add (id None) or change a domain: its name, its sensitivity (see below) and whether it is hidden.

    A shipped domain keeps its sensitivity; a domain in use can gain one, never lose or change it.
    """
    return LIFE_DOMAINS.save(vault, domain)


def hide_domain(vault: OpenVault, domain_id: int) -> LifeDomain:
    """Hidden domains are not offered for new records; what is filed under them stays and still shows."""
    return LIFE_DOMAINS.set_hidden(vault, domain_id, True)


def unhide_domain(vault: OpenVault, domain_id: int) -> LifeDomain:
    return LIFE_DOMAINS.set_hidden(vault, domain_id, False)


def delete_domain(vault: OpenVault, domain_id: int) -> None:
    """Only a domain the consultant added and nothing is filed under; raises DomainInUse otherwise."""
    LIFE_DOMAINS.delete(vault, domain_id)


# --- assessments ----------------------------------------------------------------------------


def assessments(vault: OpenVault, case_id: int) -> list[Assessment]:
    """Every assessment of the case, oldest first, each with its items in catalogue order."""
    return AssessmentRepository(vault.connection).for_case(case_id)


def get_assessment(vault: OpenVault, assessment_id: int) -> Assessment:
    return found(AssessmentRepository(vault.connection).get, assessment_id, AssessmentNotFound)


def start_assessment(vault: OpenVault, *, case_id: int, on: date, note: str = "") -> Assessment:
    """A new assessment dated `on`, starting as a copy of the items of the last one dated on or before it."""
    check_date("assessed_on", on, required=True)
    check_text("note", note, multiline=True)
    with transaction(vault.connection):
        get_case(vault, case_id)
        repository = AssessmentRepository(vault.connection)
        earlier = [a for a in repository.for_case(case_id) if a.assessed_on <= on]
        last = earlier[-1] if earlier else None
        started = repository.add(
            Assessment(None, case_id, on, note, last.id if last else None, last.items if last else ())
        )
        AuditRepository(vault.connection).record(
            "assessment.started",
            case_id,
            record_type="assessment",
            record_id=started.id,
            summary=f"from assessment {last.id}" if last else "",
        )
    return started


def update_assessment(vault: OpenVault, *, assessment_id: int, on: date, note: str) -> Assessment:
    """Correct an assessment's date or its note."""
    check_date("assessed_on", on, required=True)
    check_text("note", note, multiline=True)
    with transaction(vault.connection):
        repository = AssessmentRepository(vault.connection)
        before = found(repository.get, assessment_id, AssessmentNotFound)
        return store_change(
            AuditRepository(vault.connection),
            before,
            replace(before, assessed_on=on, note=note),
            repository.update,
            event="assessment.updated",
            case_id=before.case_id,
            record_type="assessment",
        )


def _check_item(item: AssessmentItem) -> None:
    check_id("assessment_id", item.assessment_id)
    check_id("domain_id", item.domain_id)
    check_score("situation", item.situation)
    check_score("person_situation", item.person_situation)
    check_choice("motivation", item.motivation, Motivation, required=False)
    check_choice("views", item.views, Views)
    for name in ("person_view", "consultant_view", "own_words", "support_needed", "next_step"):
        check_text(name, getattr(item, name), multiline=True)
    check_id("next_step_service_id", item.next_step_service_id, required=False)


def save_assessment_item(vault: OpenVault, item: AssessmentItem) -> AssessmentItem:
    """Store what an assessment says about one domain; returns it as stored.

    An item is known by its assessment and domain: saving one that exists
    changes it (whatever `item.id` says). Nothing is written when nothing changed.
    """
    _check_item(item)
    with transaction(vault.connection):
        connection = vault.connection
        repository = AssessmentRepository(connection)
        assessment = found(repository.get, item.assessment_id, AssessmentNotFound)
        found(LifeDomainRepository(connection).get, item.domain_id, DomainNotFound)
        check_link(PartnerRepository(connection).get, item.next_step_service_id, ServiceNotFound)
        before = repository.item_for(item.assessment_id, item.domain_id)
        audit = AuditRepository(connection)
        if before is None:
            saved = repository.add_item(item)
            audit.record(
                "assessment.item_added",
                assessment.case_id,
                record_type="assessment_item",
                record_id=saved.id,
                summary=f"domain {item.domain_id}",
            )
            return saved
        return store_change(
            audit,
            before,
            replace(item, id=before.id),
            repository.update_item,
            event="assessment.item_updated",
            case_id=assessment.case_id,
            record_type="assessment_item",
            summary=lambda changed: f"domain {item.domain_id}; " + fields_summary(changed),
        )


# --- external risk assessments ------------------------------------------------------------------


def external_assessments(vault: OpenVault, case_id: int) -> list[ExternalAssessment]:
    return ExternalAssessmentRepository(vault.connection).for_case(case_id)


def record_external_assessment(vault: OpenVault, record: ExternalAssessment) -> ExternalAssessment:
    """Note (id None) or correct that a risk assessment exists: its date, author and where it is held."""
    check_choice("tool", record.tool, RiskTool)
    check_date("done_on", record.done_on)
    for name in ("author", "held_at", "other_tool"):
        check_text(name, getattr(record, name))
        check_length(name, getattr(record, name))
    check_text("other_tool", record.other_tool, required=record.tool is RiskTool.OTHER)
    check_text("note", record.note, multiline=True)
    with transaction(vault.connection):
        get_case(vault, record.case_id)
        return EXTERNAL_ASSESSMENTS.save(vault.connection, record, case_id=record.case_id)


# --- the chart --------------------------------------------------------------------------------


def chart_series(vault: OpenVault, case_id: int, assessment_ids: list[int] | None = None) -> ChartData:
    """Plain data for a chart of the case's assessments (all of them when `assessment_ids` is None).

    The axes are the visible domains in catalogue order, plus any hidden
    domain that one of the chosen assessments scored.
    """
    chosen = [a for a in assessments(vault, case_id) if assessment_ids is None or a.id in assessment_ids]
    scored = {
        item.domain_id
        for a in chosen
        for item in a.items
        if item.situation is not None or item.person_situation is not None
    }
    domains = tuple(
        ChartDomain(stored_id(d.id), d.name, d.sensitivity, d.hidden)
        for d in list_domains(vault, include_hidden=True)
        if not d.hidden or d.id in scored
    )
    series = []
    for assessment in chosen:
        by_domain = {item.domain_id: item for item in assessment.items}
        values = {d.id: by_domain[d.id].situation if d.id in by_domain else None for d in domains}
        person = {d.id: by_domain[d.id].person_situation if d.id in by_domain else None for d in domains}
        series.append(ChartSeries(stored_id(assessment.id), assessment.assessed_on, values, person))
    return ChartData(domains, tuple(series))

"""The partner-service directory and the services involved in each case."""

from __future__ import annotations

from trajectapp.domain.messages import Code, RecordNotFound
from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.domain.shipped_catalogues import SHIPPED_SERVICES
from trajectapp.domain.text import check_text
from trajectapp.services.catalogues import add_defaults
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.record_changes import CaseRecords
from trajectapp.store.audit import AuditRepository
from trajectapp.store.connection import transaction
from trajectapp.store.partners import InvolvementRepository, PartnerRepository


class ServiceNotFound(RecordNotFound):
    missing = Code.SERVICE_NOT_FOUND


class InvolvementNotFound(RecordNotFound):
    missing = Code.INVOLVEMENT_NOT_FOUND


INVOLVEMENTS = CaseRecords(
    InvolvementRepository, "involvement", ("case.service_linked", "case.service_updated"), InvolvementNotFound
)


def default_services() -> list[tuple[str, PartnerService]]:
    """(key, service) for each shipped default (domain.shipped_catalogues)."""
    return list(SHIPPED_SERVICES)


def add_default_services(vault: OpenVault) -> int:
    """Copy the shipped defaults the vault has never had; returns how many were added."""
    return add_defaults(vault, PartnerRepository(vault.connection), default_services(), "partners")


def list_services(vault: OpenVault, include_hidden: bool = False) -> list[PartnerService]:
    return PartnerRepository(vault.connection).all(include_hidden)


def save_service(vault: OpenVault, service: PartnerService) -> PartnerService:
    """Add (id None) or update a service; text with control characters raises InvalidText (domain.text)."""
    check_text("name", service.name, required=True)
    for name in ("kind", "organisation", "phone", "email"):
        check_text(name, getattr(service, name))
    check_text("contact_people", service.contact_people, multiline=True)
    check_text("notes", service.notes, multiline=True)
    with transaction(vault.connection):
        partners = PartnerRepository(vault.connection)
        if service.id is not None and partners.get(service.id) is None:
            raise ServiceNotFound(service.id)
        saved = partners.add(service) if service.id is None else partners.update(service)
        AuditRepository(vault.connection).record(
            "partners.created" if service.id is None else "partners.updated",
            record_type="partner_service",
            record_id=saved.id,
        )
    return saved


def involvements(vault: OpenVault, case_id: int) -> list[Involvement]:
    return InvolvementRepository(vault.connection).for_case(case_id)


def save_involvement(vault: OpenVault, involvement: Involvement) -> Involvement:
    check_text("contact_person", involvement.contact_person)
    check_text("needs", involvement.needs, multiline=True)
    with transaction(vault.connection):
        return INVOLVEMENTS.save(vault.connection, involvement, case_id=involvement.case_id)

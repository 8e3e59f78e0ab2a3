"""Strengths and old passions, the Good Lives lens, and the person's perspective (every version kept)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from trajectapp.domain.checks import check_choice, check_date, check_length
from trajectapp.domain.messages import Code, RecordNotFound
from trajectapp.domain.strengths import GoodLivesEntry, Importance, Perspective, PrimaryGood, Strength, StrengthCategory
from trajectapp.domain.text import InvalidText, check_text
from trajectapp.services.case_file import get_case
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.record_changes import CaseRecords, store_change
from trajectapp.store.audit import AuditRepository
from trajectapp.store.connection import transaction
from trajectapp.store.strengths import GoodLivesRepository, PerspectiveRepository, StrengthRepository


class StrengthNotFound(RecordNotFound):
    missing = Code.STRENGTH_NOT_FOUND


STRENGTHS = CaseRecords(StrengthRepository, "strength", ("strength.added", "strength.updated"), StrengthNotFound)

# --- strengths and old passions ---------------------------------------------------------------


def strengths(vault: OpenVault, case_id: int) -> list[Strength]:
    """In the order they were noted."""
    return StrengthRepository(vault.connection).for_case(case_id)


def save_strength(vault: OpenVault, strength: Strength) -> Strength:
    """Add (id None) or change a strength; returns it as stored."""
    check_choice("category", strength.category, StrengthCategory)
    check_text("description", strength.description, multiline=True, required=True)
    check_text("since", strength.since)
    check_length("since", strength.since)
    check_text("pick_up", strength.pick_up, multiline=True)
    with transaction(vault.connection):
        get_case(vault, strength.case_id)
        return STRENGTHS.save(vault.connection, strength, case_id=strength.case_id)


# --- the Good Lives lens ----------------------------------------------------------------------


def goods(vault: OpenVault, case_id: int) -> list[GoodLivesEntry]:
    """All eleven primary goods in the model's order; a good nothing was recorded for has id None."""
    recorded = {entry.good: entry for entry in GoodLivesRepository(vault.connection).for_case(case_id)}
    return [recorded.get(good, GoodLivesEntry(None, case_id, good)) for good in PrimaryGood]


def save_good(vault: OpenVault, entry: GoodLivesEntry) -> GoodLivesEntry:
    """What one good means to the person; an entry is known by its case and good, whatever `entry.id` says."""
    check_choice("good", entry.good, PrimaryGood)
    check_choice("importance", entry.importance, Importance, required=False)
    check_text("pursued_before", entry.pursued_before, multiline=True)
    check_text("prosocial_route", entry.prosocial_route, multiline=True)
    with transaction(vault.connection):
        get_case(vault, entry.case_id)
        repository, audit = GoodLivesRepository(vault.connection), AuditRepository(vault.connection)
        before = next((e for e in repository.for_case(entry.case_id) if e.good is entry.good), None)
        if before is None:
            saved = repository.add(replace(entry, id=None))
            # The good is named by its place in the model, not by name: "spirituality" says too much.
            audit.record("good_lives.recorded", entry.case_id, record_type="good_lives", record_id=saved.id)
            return saved
        return store_change(
            audit,
            before,
            replace(entry, id=before.id),
            repository.update,
            event="good_lives.updated",
            case_id=entry.case_id,
            record_type="good_lives",
        )


# --- perspective ------------------------------------------------------------------------------


def perspectives(vault: OpenVault, case_id: int) -> list[Perspective]:
    """Every version, oldest first; the last is the current one."""
    return PerspectiveRepository(vault.connection).for_case(case_id)


def record_perspective(
    vault: OpenVault, *, case_id: int, on: date, want_to_do: str = "", wish_to_be: str = ""
) -> Perspective:
    """A new version of the perspective, in the person's own words; earlier versions stay as they were."""
    check_date("noted_on", on, required=True)
    check_text("want_to_do", want_to_do, multiline=True)
    check_text("wish_to_be", wish_to_be, multiline=True)
    if not want_to_do.strip() and not wish_to_be.strip():
        raise InvalidText("want_to_do", Code.PERSPECTIVE_EMPTY)
    with transaction(vault.connection):
        get_case(vault, case_id)
        saved = PerspectiveRepository(vault.connection).add(Perspective(None, case_id, on, want_to_do, wish_to_be))
        AuditRepository(vault.connection).record(
            "perspective.recorded", case_id, record_type="perspective", record_id=saved.id
        )
    return saved

"""StrengthRepository, GoodLivesRepository and PerspectiveRepository: what the person has and wants."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from trajectapp.domain.strengths import GoodLivesEntry, Importance, Perspective, PrimaryGood, Strength, StrengthCategory
from trajectapp.store.columns import iso, to_enum
from trajectapp.store.connection import Connection
from trajectapp.store.records import record_by_id, records_of_case

_STRENGTH = "id, case_id, category, description, since, pick_up"
_GOOD = "id, case_id, good, importance, pursued_before, prosocial_route"
_PERSPECTIVE = "id, case_id, noted_on, want_to_do, wish_to_be"
_StrengthRow = tuple[int, int, str, str, str, str]
_GoodRow = tuple[int, int, str, str | None, str, str]
_PerspectiveRow = tuple[int, int, str, str, str]


def _strength(r: _StrengthRow) -> Strength:
    return Strength(r[0], r[1], StrengthCategory(r[2]), r[3], r[4], r[5])


def _good(r: _GoodRow) -> GoodLivesEntry:
    return GoodLivesEntry(r[0], r[1], PrimaryGood(r[2]), to_enum(Importance, r[3]), r[4], r[5])


def _perspective(r: _PerspectiveRow) -> Perspective:
    return Perspective(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4])


class StrengthRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, strength: Strength) -> Strength:
        cursor = self._connection.execute(
            "INSERT INTO strengths (case_id, category, description, since, pick_up) VALUES (?, ?, ?, ?, ?)",
            (strength.case_id, strength.category.value, strength.description, strength.since, strength.pick_up),
        )
        return replace(strength, id=cursor.lastrowid)

    def update(self, strength: Strength) -> Strength:
        self._connection.execute(
            "UPDATE strengths SET category = ?, description = ?, since = ?, pick_up = ? WHERE id = ?",
            (strength.category.value, strength.description, strength.since, strength.pick_up, strength.id),
        )
        return strength

    def get(self, strength_id: int) -> Strength | None:
        return record_by_id(self._connection, "strengths", _STRENGTH, strength_id, _strength)

    def for_case(self, case_id: int) -> list[Strength]:
        return records_of_case(self._connection, "strengths", _STRENGTH, case_id, _strength, order="id")


class GoodLivesRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, entry: GoodLivesEntry) -> GoodLivesEntry:
        cursor = self._connection.execute(
            "INSERT INTO good_lives (case_id, good, importance, pursued_before, prosocial_route)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                entry.case_id,
                entry.good.value,
                entry.importance.value if entry.importance else None,
                entry.pursued_before,
                entry.prosocial_route,
            ),
        )
        return replace(entry, id=cursor.lastrowid)

    def update(self, entry: GoodLivesEntry) -> GoodLivesEntry:
        self._connection.execute(
            "UPDATE good_lives SET importance = ?, pursued_before = ?, prosocial_route = ? WHERE id = ?",
            (
                entry.importance.value if entry.importance else None,
                entry.pursued_before,
                entry.prosocial_route,
                entry.id,
            ),
        )
        return entry

    def get(self, entry_id: int) -> GoodLivesEntry | None:
        return record_by_id(self._connection, "good_lives", _GOOD, entry_id, _good)

    def for_case(self, case_id: int) -> list[GoodLivesEntry]:
        """The entries recorded, in no particular order; services put them in the model's order."""
        return records_of_case(self._connection, "good_lives", _GOOD, case_id, _good, order="")


class PerspectiveRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, perspective: Perspective) -> Perspective:
        cursor = self._connection.execute(
            "INSERT INTO perspectives (case_id, noted_on, want_to_do, wish_to_be) VALUES (?, ?, ?, ?)",
            (perspective.case_id, iso(perspective.noted_on), perspective.want_to_do, perspective.wish_to_be),
        )
        return replace(perspective, id=cursor.lastrowid)

    def for_case(self, case_id: int) -> list[Perspective]:
        return records_of_case(
            self._connection, "perspectives", _PERSPECTIVE, case_id, _perspective, order="noted_on, id"
        )

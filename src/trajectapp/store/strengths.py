"""StrengthRepository, GoodLivesRepository and PerspectiveRepository: what the person has and wants."""

from __future__ import annotations

from datetime import date

from trajectapp.domain.strengths import GoodLivesEntry, Importance, Perspective, PrimaryGood, Strength, StrengthCategory
from trajectapp.store.columns import iso, to_enum
from trajectapp.store.connection import Connection

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
        return Strength(
            cursor.lastrowid,
            strength.case_id,
            strength.category,
            strength.description,
            strength.since,
            strength.pick_up,
        )

    def update(self, strength: Strength) -> Strength:
        self._connection.execute(
            "UPDATE strengths SET category = ?, description = ?, since = ?, pick_up = ? WHERE id = ?",
            (strength.category.value, strength.description, strength.since, strength.pick_up, strength.id),
        )
        return strength

    def get(self, strength_id: int) -> Strength | None:
        row = self._connection.execute(f"SELECT {_STRENGTH} FROM strengths WHERE id = ?", (strength_id,)).fetchone()
        return _strength(row) if row else None

    def for_case(self, case_id: int) -> list[Strength]:
        rows = self._connection.execute(f"SELECT {_STRENGTH} FROM strengths WHERE case_id = ? ORDER BY id", (case_id,))
        return [_strength(row) for row in rows]


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
        return GoodLivesEntry(
            cursor.lastrowid, entry.case_id, entry.good, entry.importance, entry.pursued_before, entry.prosocial_route
        )

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
        row = self._connection.execute(f"SELECT {_GOOD} FROM good_lives WHERE id = ?", (entry_id,)).fetchone()
        return _good(row) if row else None

    def for_case(self, case_id: int) -> list[GoodLivesEntry]:
        """The entries recorded, in no particular order; services put them in the model's order."""
        rows = self._connection.execute(f"SELECT {_GOOD} FROM good_lives WHERE case_id = ?", (case_id,))
        return [_good(row) for row in rows]


class PerspectiveRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, perspective: Perspective) -> Perspective:
        cursor = self._connection.execute(
            "INSERT INTO perspectives (case_id, noted_on, want_to_do, wish_to_be) VALUES (?, ?, ?, ?)",
            (perspective.case_id, iso(perspective.noted_on), perspective.want_to_do, perspective.wish_to_be),
        )
        return Perspective(
            cursor.lastrowid, perspective.case_id, perspective.noted_on, perspective.want_to_do, perspective.wish_to_be
        )

    def for_case(self, case_id: int) -> list[Perspective]:
        rows = self._connection.execute(
            f"SELECT {_PERSPECTIVE} FROM perspectives WHERE case_id = ? ORDER BY noted_on, id", (case_id,)
        )
        return [_perspective(row) for row in rows]

"""CaseRepository: the people on the caseload."""

from __future__ import annotations

import unicodedata
from datetime import date

from trajectapp.domain.case import Case
from trajectapp.store.clock import now_iso
from trajectapp.store.connection import Connection

_COLUMNS = "id, name, preferred_name, date_of_birth, prison, prisoner_number"


def sort_key(name: str) -> str:
    """Case- and accent-blind: "Çelik" sorts as "celik", "Ağaoğlu" as "agaoglu"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _case(row: tuple) -> Case:
    return Case(
        id=row[0],
        name=row[1],
        preferred_name=row[2],
        date_of_birth=date.fromisoformat(row[3]) if row[3] else None,
        prison=row[4],
        prisoner_number=row[5],
    )


class CaseRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, case: Case) -> Case:
        stamp = now_iso()
        cursor = self._connection.execute(
            "INSERT INTO cases (name, preferred_name, date_of_birth, prison, prisoner_number, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                case.name,
                case.preferred_name,
                case.date_of_birth.isoformat() if case.date_of_birth else None,
                case.prison,
                case.prisoner_number,
                stamp,
                stamp,
            ),
        )
        return Case(cursor.lastrowid, case.name, case.preferred_name, case.date_of_birth, case.prison, case.prisoner_number)

    def get(self, case_id: int) -> Case | None:
        row = self._connection.execute(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        return _case(row) if row else None

    def all(self) -> list[Case]:
        """Every case, in the order a person expects: Çelik with the Cs, not after Zoë."""
        cases = [_case(row) for row in self._connection.execute(f"SELECT {_COLUMNS} FROM cases")]
        return sorted(cases, key=lambda case: (sort_key(case.name), case.id))

    def count(self) -> int:
        return self._connection.execute("SELECT count(*) FROM cases").fetchone()[0]

"""LifeDomainRepository and FactorCategoryRepository: the two editable catalogues, in the consultant's order.

Both keep the shipped default each entry came from (default_key), so a
default is copied into a vault once and a renamed one is not copied again.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from trajectapp.domain.case_tables import CATALOGUES, FACTOR_CATEGORIES, LIFE_DOMAINS
from trajectapp.domain.factors import FactorCategory
from trajectapp.domain.needs import LifeDomain
from trajectapp.store.columns import loaded_values, stored_values
from trajectapp.store.connection import Connection
from trajectapp.store.record_tables import StoredRecord
from trajectapp.store.written import inserted_id, read_back


class CatalogueEntry(StoredRecord, Protocol):
    @property
    def hidden(self) -> bool: ...


E = TypeVar("E", bound=CatalogueEntry)


class _Catalogue(Generic[E]):
    """What the two catalogue tables share: an entry's fields as domain.case_tables describes them, then whether it
    is hidden, its place in the consultant's order and whether it is a shipped default (default_key). `_TABLE` and
    `_ENTRY` are constants of each subclass, never input."""

    _TABLE = ""
    _ENTRY: type[E]

    def __init__(self, connection: Connection):
        self._connection = connection

    @property
    def _names(self) -> list[str]:
        return [column.name for column in CATALOGUES[self._TABLE]]

    def add(self, entry: E, default_key: str | None = None) -> E:
        """`entry` added last in the consultant's order."""
        names = [*self._names, "hidden", "position", "default_key"]
        cursor = self._connection.execute(
            f"INSERT INTO {self._TABLE} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            (*stored_values(CATALOGUES[self._TABLE], entry), int(entry.hidden), self._next_position(), default_key),
        )
        return read_back(self.get, inserted_id(cursor))

    def update(self, entry: E) -> E:
        """Its fields and whether it is hidden; its position and the default it came from stay."""
        assignments = ", ".join(f"{name} = ?" for name in [*self._names, "hidden"])
        self._connection.execute(
            f"UPDATE {self._TABLE} SET {assignments} WHERE id = ?",
            (*stored_values(CATALOGUES[self._TABLE], entry), int(entry.hidden), entry.id),
        )
        return read_back(self.get, entry.id)

    def get(self, entry_id: int) -> E | None:
        found = self._entries("WHERE id = ?", (entry_id,))
        return found[0] if found else None

    def all(self, include_hidden: bool = False) -> list[E]:
        return self._entries("" if include_hidden else "WHERE hidden = 0", ())

    def _entries(self, condition: str, parameters: tuple[int, ...]) -> list[E]:
        """The entries `condition` selects (a constant of this class, never input), in the consultant's order."""
        rows = self._connection.execute(
            f"SELECT id, hidden, position, default_key IS NOT NULL, {', '.join(self._names)} FROM {self._TABLE}"
            f" {condition} ORDER BY position, id",
            parameters,
        )
        return [self._entry(row) for row in rows]

    def _entry(self, row: tuple[int, int, int, int, *tuple[object, ...]]) -> E:
        entry_id, hidden, position, shipped, *values = row
        fields = loaded_values(CATALOGUES[self._TABLE], values)
        return self._ENTRY(id=entry_id, **fields, hidden=bool(hidden), position=position, shipped=bool(shipped))

    def _next_position(self) -> int:
        row: tuple[int] = self._connection.execute(
            f"SELECT coalesce(max(position), 0) + 1 FROM {self._TABLE}"
        ).fetchone()
        return row[0]

    def default_keys(self) -> set[str]:
        rows = self._connection.execute(f"SELECT default_key FROM {self._TABLE} WHERE default_key IS NOT NULL")
        return {row[0] for row in rows}

    def ids_by_default_key(self) -> dict[str, int]:
        rows = self._connection.execute(f"SELECT default_key, id FROM {self._TABLE} WHERE default_key IS NOT NULL")
        return dict(rows.fetchall())

    def set_hidden(self, entry_id: int, hidden: bool) -> None:
        self._connection.execute(f"UPDATE {self._TABLE} SET hidden = ? WHERE id = ?", (int(hidden), entry_id))

    def delete(self, entry_id: int) -> None:
        self._connection.execute(f"DELETE FROM {self._TABLE} WHERE id = ?", (entry_id,))


class LifeDomainRepository(_Catalogue[LifeDomain]):
    _TABLE, _ENTRY = LIFE_DOMAINS, LifeDomain

    def in_use(self, domain_id: int) -> bool:
        """Whether anything is filed under the domain, plan versions included."""
        row = self._connection.execute(
            "SELECT EXISTS (SELECT 1 FROM assessment_items WHERE domain_id = :id)"
            " OR EXISTS (SELECT 1 FROM factors WHERE domain_id = :id)"
            " OR EXISTS (SELECT 1 FROM goal_domains WHERE domain_id = :id)"
            " OR EXISTS (SELECT 1 FROM plan_versions v, json_each(v.snapshot, '$.goals') g,"
            "            json_each(g.value, '$.domains') d WHERE json_extract(d.value, '$.id') = :id)",
            {"id": domain_id},
        ).fetchone()
        return bool(row[0])


class FactorCategoryRepository(_Catalogue[FactorCategory]):
    _TABLE, _ENTRY = FACTOR_CATEGORIES, FactorCategory

    def in_use(self, category_id: int) -> bool:
        row = self._connection.execute(
            "SELECT EXISTS (SELECT 1 FROM factors WHERE category_id = ?)", (category_id,)
        ).fetchone()
        return bool(row[0])

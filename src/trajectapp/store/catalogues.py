"""LifeDomainRepository and FactorCategoryRepository: the two editable catalogues, in the consultant's order.

Both keep the shipped default each entry came from (default_key), so a
default is copied into a vault once and a renamed one is not copied again.
"""

from __future__ import annotations

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.factors import FactorCategory
from trajectapp.domain.needs import LifeDomain
from trajectapp.store.columns import to_enum
from trajectapp.store.connection import Connection
from trajectapp.store.written import inserted_id, read_back


class _Catalogue:
    """What the two catalogue tables share. `_TABLE` is a constant of each subclass, never input."""

    _TABLE = ""

    def __init__(self, connection: Connection):
        self._connection = connection

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


_DOMAIN = "id, name, sensitivity, hidden, position, default_key IS NOT NULL"
_DomainRow = tuple[int, str, str | None, int, int, int]


def _domain(r: _DomainRow) -> LifeDomain:
    return LifeDomain(r[0], r[1], to_enum(DataCategory, r[2]), bool(r[3]), r[4], bool(r[5]))


class LifeDomainRepository(_Catalogue):
    _TABLE = "life_domains"

    def add(self, domain: LifeDomain, default_key: str | None = None) -> LifeDomain:
        cursor = self._connection.execute(
            "INSERT INTO life_domains (name, sensitivity, hidden, position, default_key) VALUES (?, ?, ?, ?, ?)",
            (
                domain.name,
                domain.sensitivity.value if domain.sensitivity else None,
                int(domain.hidden),
                self._next_position(),
                default_key,
            ),
        )
        return read_back(self.get, inserted_id(cursor))

    def update(self, domain: LifeDomain) -> LifeDomain:
        """Name, sensitivity and hidden; the position and where it came from stay."""
        self._connection.execute(
            "UPDATE life_domains SET name = ?, sensitivity = ?, hidden = ? WHERE id = ?",
            (domain.name, domain.sensitivity.value if domain.sensitivity else None, int(domain.hidden), domain.id),
        )
        return read_back(self.get, domain.id)

    def get(self, domain_id: int) -> LifeDomain | None:
        row = self._connection.execute(f"SELECT {_DOMAIN} FROM life_domains WHERE id = ?", (domain_id,)).fetchone()
        return _domain(row) if row else None

    def all(self, include_hidden: bool = False) -> list[LifeDomain]:
        where = "" if include_hidden else " WHERE hidden = 0"
        rows = self._connection.execute(f"SELECT {_DOMAIN} FROM life_domains{where} ORDER BY position, id")
        return [_domain(row) for row in rows]

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


_CATEGORY = "id, name, hidden, position, default_key IS NOT NULL"
_CategoryRow = tuple[int, str, int, int, int]


def _category(r: _CategoryRow) -> FactorCategory:
    return FactorCategory(r[0], r[1], bool(r[2]), r[3], bool(r[4]))


class FactorCategoryRepository(_Catalogue):
    _TABLE = "factor_categories"

    def add(self, category: FactorCategory, default_key: str | None = None) -> FactorCategory:
        cursor = self._connection.execute(
            "INSERT INTO factor_categories (name, hidden, position, default_key) VALUES (?, ?, ?, ?)",
            (category.name, int(category.hidden), self._next_position(), default_key),
        )
        return read_back(self.get, inserted_id(cursor))

    def update(self, category: FactorCategory) -> FactorCategory:
        self._connection.execute(
            "UPDATE factor_categories SET name = ?, hidden = ? WHERE id = ?",
            (category.name, int(category.hidden), category.id),
        )
        return read_back(self.get, category.id)

    def get(self, category_id: int) -> FactorCategory | None:
        row = self._connection.execute(
            f"SELECT {_CATEGORY} FROM factor_categories WHERE id = ?", (category_id,)
        ).fetchone()
        return _category(row) if row else None

    def all(self, include_hidden: bool = False) -> list[FactorCategory]:
        where = "" if include_hidden else " WHERE hidden = 0"
        rows = self._connection.execute(f"SELECT {_CATEGORY} FROM factor_categories{where} ORDER BY position, id")
        return [_category(row) for row in rows]

    def in_use(self, category_id: int) -> bool:
        row = self._connection.execute(
            "SELECT EXISTS (SELECT 1 FROM factors WHERE category_id = ?)", (category_id,)
        ).fetchone()
        return bool(row[0])

"""Adding, changing and reading one kind of case record in the table that domain.case_tables describes for it, so a
field added to a description reaches the store with no edit here. The SQL names only the description's table and
columns and the repositories' constant conditions and orders, never input; values go through their column's kind
(store.columns) as parameters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import Field, dataclass, fields, replace
from typing import ClassVar, Generic, Protocol, TypeVar

from trajectapp.domain.columns import Table
from trajectapp.store.columns import loaded_values, stored_values
from trajectapp.store.connection import Connection
from trajectapp.store.written import inserted_id, read_back


class StoredRecord(Protocol):
    """A record dataclass, made from its fields by name, whose id is None until the store gives it one."""

    __dataclass_fields__: ClassVar[dict[str, Field[object]]]

    def __init__(self, **fields: object) -> None: ...

    @property
    def id(self) -> int | None: ...


R = TypeVar("R", bound=StoredRecord)
# A record's row: its id, its owner's id, then the values of its table's columns as the store keeps them.
Row = tuple[int, int, *tuple[object, ...]]


@dataclass(frozen=True)
class RecordTable(Generic[R]):
    """How records of the dataclass `record` lie in `table`: a row holds the record's id, its owner (the parent
    column, or else its case) and a column for each field the table describes, of the same name. Fields the table
    does not hold (a goal's life domains) are the repository's to fill. `fixed` are the columns an update leaves as
    they were: what a record is about, set when it is added. `order` is the ORDER BY of a list of records."""

    table: Table
    record: type[R]
    order: str = "id"
    fixed: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        missing = {"id", self.owner, *self._field_names} - {field.name for field in fields(self.record)}
        if missing:
            raise TypeError(f"{self.record.__name__} has no field for {sorted(missing)} of {self.table.name}")
        if not set(self.fixed) <= set(self._field_names):
            raise ValueError(f"not a column of {self.table.name}: {sorted(set(self.fixed) - set(self._field_names))}")

    @property
    def owner(self) -> str:
        return self.table.parent[0] if self.table.parent else "case_id"

    @property
    def _field_names(self) -> list[str]:
        return [column.name for column in self.table.columns]

    def columns(self, alias: str = "") -> str:
        """The columns of a row in the order `from_row` reads them; each after `alias.` when given (a join)."""
        prefix = f"{alias}." if alias else ""
        return ", ".join(prefix + name for name in ("id", self.owner, *self._field_names))

    def from_row(self, row: Row, **unstored: object) -> R:
        """The record a row of `columns()` holds; `unstored` gives the fields the table does not hold."""
        record_id, owner_id, *values = row
        return self.record(
            id=record_id, **{self.owner: owner_id}, **loaded_values(self.table.columns, values), **unstored
        )

    def insert(self, connection: Connection, record: R) -> int:
        """Adds `record` (its id is not used) and returns the id the store gave it."""
        names = [self.owner, *self._field_names]
        cursor = connection.execute(
            f"INSERT INTO {self.table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            (getattr(record, self.owner), *stored_values(self.table.columns, record)),
        )
        return inserted_id(cursor)

    def update(self, connection: Connection, record: R) -> None:
        """Writes every field of `record` but its owner and the `fixed` ones over the stored record of its id."""
        changed = [column for column in self.table.columns if column.name not in self.fixed]
        assignments = ", ".join(f"{column.name} = ?" for column in changed)
        connection.execute(
            f"UPDATE {self.table.name} SET {assignments} WHERE id = ?", (*stored_values(changed, record), record.id)
        )

    def rows(self, connection: Connection, condition: str, parameters: Sequence[object]) -> list[Row]:
        """The rows of the records that `condition` (a constant of the repository, with `?` for `parameters`)
        selects, in the table's order: for a record with fields the table does not hold."""
        return connection.execute(
            f"SELECT {self.columns()} FROM {self.table.name} WHERE {condition} ORDER BY {self.order}", parameters
        ).fetchall()

    def where(self, connection: Connection, condition: str, parameters: Sequence[object]) -> list[R]:
        """The records of `rows`."""
        return [self.from_row(row) for row in self.rows(connection, condition, parameters)]

    def get(self, connection: Connection, record_id: int) -> R | None:
        found = self.where(connection, "id = ?", (record_id,))
        return found[0] if found else None

    def of_owner(self, connection: Connection, owner_id: int) -> list[R]:
        """The records of one case, or of one parent record, in the table's order."""
        return self.where(connection, f"{self.owner} = ?", (owner_id,))

    def added(self, connection: Connection, record: R) -> R:
        """`record` added, with the id the store gave it."""
        return replace(record, id=self.insert(connection, record))


class RecordRepository(Generic[R]):
    """The repository of a kind of record that holds nothing but what its table describes. Each subclass names its
    `records`."""

    records: RecordTable[R]

    def __init__(self, connection: Connection):
        self._connection = connection

    def add(self, record: R) -> R:
        return self.records.added(self._connection, record)

    def update(self, record: R) -> R:
        """The record as it is stored now: an update leaves the `fixed` columns as they were."""
        self.records.update(self._connection, record)
        return read_back(self.get, record.id)

    def get(self, record_id: int) -> R | None:
        return self.records.get(self._connection, record_id)


class CaseRecordRepository(RecordRepository[R]):
    """The repository of a kind of record that belongs to a case directly."""

    def for_case(self, case_id: int) -> list[R]:
        return self.records.of_owner(self._connection, case_id)

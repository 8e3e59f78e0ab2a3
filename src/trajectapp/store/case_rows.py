"""Every record of one case, read and written table by table as domain.case_tables describes them: for the
transfer package, which carries a case whole.

Rows are plain dicts of column -> stored value (dates as ISO text, choices as their stored words), the form the
package carries. Table and column names come from that description, never from input; values are parameters.
"""

from __future__ import annotations

from collections.abc import Mapping

from trajectapp.domain.case_tables import CATALOGUES, PERSON, TABLES, Table
from trajectapp.store.clock import now_iso
from trajectapp.store.connection import Connection
from trajectapp.store.written import inserted_id

Row = dict[str, object]


def _names(table: Table) -> list[str]:
    """The columns read for a table: its id (if it has one), its parent link, then its fields."""
    names = ["id"] if table.has_id else []
    if table.parent:
        names.append(table.parent[0])
    return names + [column.name for column in table.columns]


def read_person(connection: Connection, case_id: int) -> Row | None:
    names = [column.name for column in PERSON.columns]
    row = connection.execute(f"SELECT {', '.join(names)} FROM cases WHERE id = ?", (case_id,)).fetchone()
    return dict(zip(names, row, strict=True)) if row else None


def read_case_rows(connection: Connection, case_id: int) -> dict[str, list[Row]]:
    """Every table of the case but the person, in creation order."""
    found = {}
    for table in TABLES:
        names = _names(table)
        selected = ", ".join(f"t.{name}" for name in names)
        order = "t.id" if table.has_id else "t.rowid"
        if table.parent:
            column, parent = table.parent
            sql = (
                f"SELECT {selected} FROM {table.name} t JOIN {parent} p ON p.id = t.{column}"
                f" WHERE p.case_id = ? ORDER BY {order}"
            )
        else:
            sql = f"SELECT {selected} FROM {table.name} t WHERE t.case_id = ? ORDER BY {order}"
        found[table.name] = [dict(zip(names, row, strict=True)) for row in connection.execute(sql, (case_id,))]
    return found


def read_catalogue(connection: Connection, catalogue: str) -> dict[int, Row]:
    """Every entry of one catalogue by id: its fields and the shipped default it came from (default_key)."""
    names = [column.name for column in CATALOGUES[catalogue]] + ["default_key"]
    rows = connection.execute(f"SELECT id, {', '.join(names)} FROM {catalogue}")
    return {row[0]: dict(zip(names, row[1:], strict=True)) for row in rows}


def add_person(connection: Connection, person: Mapping[str, object]) -> int:
    """A new case from the person's fields; the ones left out keep their defaults."""
    known = [column.name for column in PERSON.columns]
    _refuse_unknown(person, known)
    names = [name for name in known if name in person]
    stamp = now_iso()
    cursor = connection.execute(
        f"INSERT INTO cases ({', '.join(names)}, created_at, updated_at) VALUES ({', '.join('?' * len(names))}, ?, ?)",
        (*(person[name] for name in names), stamp, stamp),
    )
    return inserted_id(cursor)


def add_row(connection: Connection, table: Table, values: Mapping[str, object]) -> int:
    """Insert one record of `table`: `values` holds its fields, its parent link or case_id, and its fixed columns."""
    known = _names(table)[1 if table.has_id else 0 :]
    known += [] if table.parent else ["case_id"]
    known += [name for name, _ in table.fixed_on_import]
    _refuse_unknown(values, known)
    names = [name for name in known if name in values]
    cursor = connection.execute(
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        tuple(values[name] for name in names),
    )
    return inserted_id(cursor)


def set_link(connection: Connection, table: Table, row_id: int, column: str, value: int | None) -> None:
    """Set a link to a record of the same table, once both exist (an assessment started from another)."""
    _refuse_unknown({column: value}, [c.name for c in table.columns if c.refers_to == table.name])
    connection.execute(f"UPDATE {table.name} SET {column} = ? WHERE id = ?", (value, row_id))


def _refuse_unknown(values: Mapping[str, object], known: list[str]) -> None:
    unknown = set(values) - set(known)
    if unknown:
        raise ValueError(f"not a column here: {sorted(unknown)}")

"""Which fields the schema tags as special-category data."""

from __future__ import annotations

from trajectapp.domain.data_categories import DataCategory
from trajectapp.store.connection import Connection


def tagged_fields(connection: Connection) -> dict[tuple[str, str], DataCategory]:
    rows = connection.execute("SELECT table_name, column_name, category FROM field_categories")
    return {(table, column): DataCategory(category) for table, column, category in rows}

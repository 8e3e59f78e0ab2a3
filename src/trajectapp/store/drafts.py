"""DraftRepository: unsaved form contents kept inside the vault while it is locked."""

from __future__ import annotations

from trajectapp.store.clock import now_iso
from trajectapp.store.connection import Connection


class DraftRepository:
    def __init__(self, connection: Connection):
        self._connection = connection

    def save(self, form: str, content: str) -> None:
        self._connection.execute(
            "INSERT INTO drafts (form, content, saved_at) VALUES (?, ?, ?)"
            " ON CONFLICT (form) DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at",
            (form, content, now_iso()),
        )

    def take(self, form: str) -> str | None:
        """The draft for `form`, removed from the store; None when there is none."""
        row = self._connection.execute("SELECT content FROM drafts WHERE form = ?", (form,)).fetchone()
        if row:
            self._connection.execute("DELETE FROM drafts WHERE form = ?", (form,))
        return row[0] if row else None

    def peek(self, form: str) -> str | None:
        """The draft for `form`, left in the store; None when there is none."""
        row = self._connection.execute("SELECT content FROM drafts WHERE form = ?", (form,)).fetchone()
        return row[0] if row else None

    def kept(self) -> list[tuple[str, str]]:
        """(form, saved at) of every draft waiting, oldest first."""
        return [
            tuple(row)
            for row in self._connection.execute("SELECT form, saved_at FROM drafts ORDER BY saved_at, form").fetchall()
        ]

    def exists(self, form: str) -> bool:
        return self._connection.execute("SELECT 1 FROM drafts WHERE form = ?", (form,)).fetchone() is not None

    def count(self) -> int:
        row: tuple[int] = self._connection.execute("SELECT count(*) FROM drafts").fetchone()
        return row[0]

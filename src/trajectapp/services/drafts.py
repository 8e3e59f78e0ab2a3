"""Unsaved edits kept inside the vault when it locks, and given back on unlock."""

from __future__ import annotations

from trajectapp.store.connection import transaction
from trajectapp.store.drafts import DraftRepository
from trajectapp.vault.vault import Vault


def keep_draft(vault: Vault, *, form: str, content: str) -> None:
    with transaction(vault.connection):
        DraftRepository(vault.connection).save(form, content)


def take_draft(vault: Vault, *, form: str) -> str | None:
    with transaction(vault.connection):
        return DraftRepository(vault.connection).take(form)


def read_draft(vault: Vault, *, form: str) -> str | None:
    """The draft for `form`, left where it is (for a draft kept until the user saves or throws it away)."""
    return DraftRepository(vault.connection).peek(form)


def has_draft(vault: Vault, *, form: str) -> bool:
    """Whether a draft waits for `form`, without taking it."""
    return DraftRepository(vault.connection).exists(form)

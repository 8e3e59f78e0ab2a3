"""Unsaved edits kept inside the vault when it locks, and given back on unlock."""

from __future__ import annotations

from trajectapp.services.open_vault import OpenVault
from trajectapp.store.connection import transaction
from trajectapp.store.drafts import DraftRepository


def keep_draft(vault: OpenVault, *, form: str, content: str) -> None:
    with transaction(vault.connection):
        DraftRepository(vault.connection).save(form, content)


def take_draft(vault: OpenVault, *, form: str) -> str | None:
    with transaction(vault.connection):
        return DraftRepository(vault.connection).take(form)


def read_draft(vault: OpenVault, *, form: str) -> str | None:
    """The draft for `form`, left where it is (for a draft kept until the user saves or throws it away)."""
    return DraftRepository(vault.connection).peek(form)


def has_draft(vault: OpenVault, *, form: str) -> bool:
    """Whether a draft waits for `form`, without taking it."""
    return DraftRepository(vault.connection).exists(form)

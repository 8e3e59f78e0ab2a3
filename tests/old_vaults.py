"""A vault as an earlier schema left it, for the tests that open one with today's code."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from trajectapp.store import connection as db
from trajectapp.store import schema
from trajectapp.vault import keyfile
from trajectapp.vault.kdf import KEY_BYTES, KdfParams, derive_key
from trajectapp.vault.recovery_key import new_recovery_key, recovery_wrapping_key
from trajectapp.vault.vault import DATABASE_NAME, KEY_FILE_NAME


@contextmanager
def vault_at_schema(
    folder: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch, version: int, created: str
) -> Iterator[db.Connection]:
    """A vault in `folder` (made here) migrated up to schema `version` only, open for the caller to fill in the
    way that version wrote its data; closed after."""
    folder.mkdir()
    data_key = os.urandom(KEY_BYTES)
    key_file = keyfile.KeyFile.new(
        data_key, kdf_params, derive_key(PASSPHRASE, kdf_params), recovery_wrapping_key(new_recovery_key()), created
    )
    keyfile.write(folder / KEY_FILE_NAME, key_file)
    connection = db.open_database(folder / DATABASE_NAME, data_key)
    try:
        with monkeypatch.context() as patched:
            first = schema.migrations()[:version]
            patched.setattr(schema, "migrations", lambda: list(first))
            schema.migrate(connection)
        assert db.schema_version_of(connection) == version
        yield connection
    finally:
        db.close(connection)

"""Key files as someone who edits them on purpose would write them: with the checksum recomputed, or in version 1."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from trajectapp.vault.kdf import KdfParams


def with_checksum(document: object) -> object:
    """`document` with the checksum a key file carries: SHA-256 of the rest, as canonical JSON. Written here from
    the format's description, not from the code, so the tests also pin the format down."""
    if not isinstance(document, dict):
        return document
    rest = {key: value for key, value in document.items() if key != "checksum"}
    canonical = json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return {**rest, "checksum": "sha256:" + hashlib.sha256(canonical).hexdigest()}


def edit_key_file(path: Path, change, recompute_checksum: bool) -> None:
    """Apply `change` to the key file's JSON document, and recompute its checksum or leave it as it was."""
    document = json.loads(path.read_text(encoding="ascii"))
    change(document)
    if recompute_checksum:
        document = with_checksum(document)
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="ascii")


def version_1_key_file(data_key: bytes, kdf: KdfParams, passphrase_kek: bytes, recovery_kek: bytes) -> bytes:
    """A key file as Trajectapp wrote it until version 2: no checksum, and associated data naming only the
    purpose of each wrapped key."""

    def wrapped(kek: bytes, purpose: str) -> dict[str, str]:
        nonce = os.urandom(12)
        aad = f"trajectapp vault key v1: {purpose}".encode("ascii")
        return {"nonce": b64(nonce), "ciphertext": b64(AESGCM(kek).encrypt(nonce, data_key, aad))}

    document = {
        "format": "trajectapp-vault-key",
        "version": 1,
        "created": "2026-03-01",
        "kdf": {
            "algorithm": "argon2id",
            "salt": b64(kdf.salt),
            "memory_kib": kdf.memory_kib,
            "iterations": kdf.iterations,
            "lanes": kdf.lanes,
        },
        "wrapped_by_passphrase": wrapped(passphrase_kek, "passphrase"),
        "wrapped_by_recovery": wrapped(recovery_kek, "recovery"),
    }
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")

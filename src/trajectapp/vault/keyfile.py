"""The key file: Argon2id parameters and the data key, wrapped twice with AES-256-GCM.

The file holds no case data and nothing that reveals the key without the
passphrase or the recovery key. It is versioned so that later formats can be
read, and a newer one is refused rather than misread.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from trajectapp.domain.messages import Code
from trajectapp.vault.errors import KeyFileDamaged, VaultTooNew
from trajectapp.vault.kdf import KdfParams

FORMAT = "trajectapp-vault-key"
VERSION = 1
NONCE_BYTES = 12
_PASSPHRASE_AAD = b"trajectapp vault key v1: passphrase"
_RECOVERY_AAD = b"trajectapp vault key v1: recovery"


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeyFile:
    kdf: KdfParams
    by_passphrase: WrappedKey
    by_recovery: WrappedKey
    created: str

    def unwrap_with_passphrase_key(self, kek: bytes) -> bytes | None:
        return _unwrap(kek, self.by_passphrase, _PASSPHRASE_AAD)

    def unwrap_with_recovery_key(self, kek: bytes) -> bytes | None:
        return _unwrap(kek, self.by_recovery, _RECOVERY_AAD)

    def rewrapped_for_passphrase(self, data_key: bytes, kdf: KdfParams, kek: bytes) -> KeyFile:
        return KeyFile(kdf, wrap(kek, data_key, _PASSPHRASE_AAD), self.by_recovery, self.created)

    @classmethod
    def new(cls, data_key: bytes, kdf: KdfParams, passphrase_kek: bytes, recovery_kek: bytes, created: str) -> KeyFile:
        return cls(
            kdf,
            wrap(passphrase_kek, data_key, _PASSPHRASE_AAD),
            wrap(recovery_kek, data_key, _RECOVERY_AAD),
            created,
        )


def wrap(kek: bytes, data_key: bytes, aad: bytes) -> WrappedKey:
    nonce = os.urandom(NONCE_BYTES)
    return WrappedKey(nonce, AESGCM(kek).encrypt(nonce, data_key, aad))


def _unwrap(kek: bytes, wrapped: WrappedKey, aad: bytes) -> bytes | None:
    """The data key, or None when `kek` is not the key it was wrapped with."""
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def dump(keyfile: KeyFile) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "created": keyfile.created,
        "kdf": {
            "algorithm": "argon2id",
            "salt": _b64(keyfile.kdf.salt),
            "memory_kib": keyfile.kdf.memory_kib,
            "iterations": keyfile.kdf.iterations,
            "lanes": keyfile.kdf.lanes,
        },
        "wrapped_by_passphrase": {
            "nonce": _b64(keyfile.by_passphrase.nonce),
            "ciphertext": _b64(keyfile.by_passphrase.ciphertext),
        },
        "wrapped_by_recovery": {
            "nonce": _b64(keyfile.by_recovery.nonce),
            "ciphertext": _b64(keyfile.by_recovery.ciphertext),
        },
    }
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


def parse(raw: bytes) -> KeyFile:
    try:
        document = json.loads(raw.decode("utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError("not a Trajectapp key file")
        version = document.get("version")
        if isinstance(version, int) and version > VERSION:
            raise VaultTooNew(Code.VAULT_TOO_NEW)
        if version != VERSION:
            raise ValueError("unknown key file version")
        kdf_doc = document["kdf"]
        if kdf_doc["algorithm"] != "argon2id":
            raise ValueError("unknown key derivation")
        kdf = KdfParams(
            salt=_unb64(kdf_doc["salt"]),
            memory_kib=int(kdf_doc["memory_kib"]),
            iterations=int(kdf_doc["iterations"]),
            lanes=int(kdf_doc["lanes"]),
        )
        if not kdf.within_bounds():
            raise ValueError("key derivation parameters out of bounds")
        wrapped = [
            WrappedKey(_unb64(document[name]["nonce"]), _unb64(document[name]["ciphertext"]))
            for name in ("wrapped_by_passphrase", "wrapped_by_recovery")
        ]
        if any(len(w.nonce) != NONCE_BYTES or len(w.ciphertext) != 48 for w in wrapped):
            raise ValueError("wrapped key has the wrong size")
        return KeyFile(kdf, wrapped[0], wrapped[1], str(document.get("created", "")))
    except VaultTooNew:
        raise
    # OverflowError: int() of a JSON Infinity; RecursionError: deeply nested JSON.
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        UnicodeDecodeError,
        OverflowError,
        RecursionError,
    ) as error:
        raise KeyFileDamaged(Code.KEY_FILE_DAMAGED) from error


def read(path: Path) -> KeyFile:
    return parse(path.read_bytes())


def write(path: Path, keyfile: KeyFile) -> None:
    """Replace the key file atomically, so a crash leaves the old or the new one, whole."""
    partial = path.with_name(path.name + ".new")
    # Made readable by this account only, whatever the umask; chmod too, for a partial file an earlier crash left.
    with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
        os.chmod(partial, 0o600)
        out.write(dump(keyfile))
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system allows a folder to be synced (not on Windows)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)

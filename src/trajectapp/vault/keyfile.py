"""The key file: Argon2id parameters and the data key, wrapped twice with AES-256-GCM.

The file holds no case data and nothing that reveals the key without the
passphrase or the recovery key. A checksum of the whole file is checked before
anything in it is used, so damage is never taken for a wrong passphrase, and the
wrapped keys are bound to the version and the Argon2id parameters. Version 1
(no checksum, nothing bound) is still read; a newer one is refused, not misread.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from trajectapp.domain.messages import Code
from trajectapp.vault.errors import KeyFileDamaged, VaultTooNew
from trajectapp.vault.kdf import MAX_ITERATIONS, MAX_MEMORY_KIB, MAX_WORK_KIB, PRODUCTION_FLOOR, KdfFloor, KdfParams

FORMAT = "trajectapp-vault-key"
VERSION = 2
NONCE_BYTES = 12
PASSPHRASE, RECOVERY = "passphrase", "recovery"
# Version 1 had no checksum, and each wrapped key's associated data named only its purpose.
_V1_AAD = {PASSPHRASE: b"trajectapp vault key v1: passphrase", RECOVERY: b"trajectapp vault key v1: recovery"}
_CHECKSUM_PREFIX = "sha256:"


@dataclass(frozen=True)
class WrappedKey:
    """The data key, encrypted; `binding` is the key file version whose associated data it was wrapped with."""

    nonce: bytes
    ciphertext: bytes
    binding: int = VERSION


@dataclass(frozen=True)
class KeyFile:
    kdf: KdfParams
    by_passphrase: WrappedKey
    by_recovery: WrappedKey
    created: str
    version: int = VERSION

    def unwrap_with_passphrase_key(self, kek: bytes) -> bytes | None:
        return _unwrap(kek, self.by_passphrase, _associated_data(PASSPHRASE, self.by_passphrase.binding, self.kdf))

    def unwrap_with_recovery_key(self, kek: bytes) -> bytes | None:
        return _unwrap(kek, self.by_recovery, _associated_data(RECOVERY, self.by_recovery.binding, self.kdf))

    def rewrapped_for_passphrase(self, data_key: bytes, kdf: KdfParams, kek: bytes) -> KeyFile:
        """This key file in the current version, the data key wrapped anew under `kek` (derived with `kdf`).

        The recovery key is not at hand here, so its wrapped key stays as it was: one wrapped by version 1 keeps
        version 1's associated data until the recovery key is next used.
        """
        if self.by_recovery.binding == VERSION and _cost(kdf) != _cost(self.kdf):
            raise ValueError("the recovery key's wrapped key is bound to the current cost")
        return KeyFile(kdf, wrap(kek, data_key, PASSPHRASE, kdf), self.by_recovery, self.created)

    @classmethod
    def new(cls, data_key: bytes, kdf: KdfParams, passphrase_kek: bytes, recovery_kek: bytes, created: str) -> KeyFile:
        return cls(
            kdf, wrap(passphrase_kek, data_key, PASSPHRASE, kdf), wrap(recovery_kek, data_key, RECOVERY, kdf), created
        )


def wrap(kek: bytes, data_key: bytes, purpose: str, kdf: KdfParams) -> WrappedKey:
    nonce = os.urandom(NONCE_BYTES)
    return WrappedKey(nonce, AESGCM(kek).encrypt(nonce, data_key, _associated_data(purpose, VERSION, kdf)))


def _unwrap(kek: bytes, wrapped: WrappedKey, aad: bytes) -> bytes | None:
    """The data key, or None when `kek` is not the key it was wrapped with (or what it is bound to has changed)."""
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        return None


def _cost(kdf: KdfParams) -> dict[str, object]:
    return {"algorithm": "argon2id", "memory_kib": kdf.memory_kib, "iterations": kdf.iterations, "lanes": kdf.lanes}


def _associated_data(purpose: str, binding: int, kdf: KdfParams) -> bytes:
    """What a wrapped key is bound to: its purpose, the version and the Argon2id parameters, so that a key file
    whose parameters were changed never unwraps, and is never written back with what was changed.

    The passphrase's key is bound to the salt as well. The recovery key's is not: its key comes from the recovery
    key alone, and the salt changes with every new passphrase, when the recovery key is not at hand to re-wrap it.
    Binding it to the cost is what keeps a reset with the recovery key from lowering the cost.
    """
    if binding == 1:
        return _V1_AAD[purpose]
    kdf_bound = _cost(kdf) | ({"salt": _b64(kdf.salt)} if purpose == PASSPHRASE else {})
    return _canonical({"format": FORMAT, "version": binding, "purpose": purpose, "kdf": kdf_bound})


def _canonical(document: dict[str, object]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _checksum(document: dict[str, object]) -> str:
    """SHA-256 of everything in the document but the checksum itself. Every version from 2 on carries it, made this
    way, so that it is checked before any other field is believed, the version included."""
    return (
        _CHECKSUM_PREFIX
        + hashlib.sha256(_canonical({k: v for k, v in document.items() if k != "checksum"})).hexdigest()
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def dump(keyfile: KeyFile) -> bytes:
    """The key file in the current version, whatever version `keyfile` was read from."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "created": keyfile.created,
        "kdf": {**_cost(keyfile.kdf), "salt": _b64(keyfile.kdf.salt)},
        "wrapped_by_passphrase": _wrapped_document(keyfile.by_passphrase),
        "wrapped_by_recovery": _wrapped_document(keyfile.by_recovery),
    }
    if keyfile.by_passphrase.binding != VERSION:
        raise ValueError("the passphrase's key is always wrapped anew in the current version")
    document["checksum"] = _checksum(document)
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


def _wrapped_document(wrapped: WrappedKey) -> dict[str, object]:
    return {"nonce": _b64(wrapped.nonce), "ciphertext": _b64(wrapped.ciphertext), "binding": wrapped.binding}


def parse(raw: bytes, floor: KdfFloor = PRODUCTION_FLOOR) -> KeyFile:
    """The key file in `raw`, refused as damaged before anything in it is used: a checksum that does not match,
    a field out of place, or Argon2id parameters outside the bounds (below `floor`, or costlier than any key file
    Trajectapp writes) are all refused without deriving a key."""
    try:
        document = json.loads(raw.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("not a Trajectapp key file")
        version = document.get("version")
        if version != 1 or "checksum" in document:  # only version 1 had no checksum
            if document.get("checksum") != _checksum(document):
                raise ValueError("the checksum does not match")
            if type(version) is int and version > VERSION:
                raise VaultTooNew(Code.VAULT_TOO_NEW)
        if type(version) is not int or version not in (1, VERSION):
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
        if not _cost_within_bounds(kdf, version, floor):
            raise KeyFileDamaged(Code.KEY_FILE_TAMPERED)
        if not kdf.within_bounds(MAX_MEMORY_KIB, MAX_WORK_KIB):  # the passes are bounded above
            raise ValueError("key derivation parameters out of bounds")
        wrapped = [_wrapped(document[name], version) for name in ("wrapped_by_passphrase", "wrapped_by_recovery")]
        if wrapped[0].binding != version:
            raise ValueError("the passphrase's key is wrapped in an older version")
    except (VaultTooNew, KeyFileDamaged):
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
    return KeyFile(kdf, wrapped[0], wrapped[1], str(document.get("created", "")), version)


def _cost_within_bounds(kdf: KdfParams, version: int, floor: KdfFloor) -> bool:
    if not floor.admits(kdf) or kdf.memory_kib > MAX_MEMORY_KIB:
        return False
    if version == 1:
        return kdf.memory_kib * kdf.iterations <= MAX_WORK_KIB
    return kdf.iterations <= MAX_ITERATIONS


def _wrapped(document: dict[str, object], version: int) -> WrappedKey:
    binding = document["binding"] if version > 1 else 1
    if type(binding) is not int or not 1 <= binding <= version:
        raise ValueError("unknown binding")
    wrapped = WrappedKey(_unb64(document["nonce"]), _unb64(document["ciphertext"]), binding)
    if len(wrapped.nonce) != NONCE_BYTES or len(wrapped.ciphertext) != 48:
        raise ValueError("wrapped key has the wrong size")
    return wrapped


def read(path: Path, floor: KdfFloor = PRODUCTION_FLOOR) -> KeyFile:
    return parse(path.read_bytes(), floor)


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

"""The transfer package's envelope: AES-256-GCM under a key from Argon2id over the one-time passphrase.

A package file is, byte for byte (integers big-endian):

    offset  size  field
         0     8  magic: b"TRAJCASE"
         8     2  envelope version: 1
        10     4  Argon2id memory, in KiB
        14     4  Argon2id passes (iterations)
        18     1  Argon2id lanes
        19    16  Argon2id salt (random)
        35    12  AES-GCM nonce (random)
        47    32  passphrase check: HMAC-SHA256 of bytes 0..46 under the check key
        79     -  AES-256-GCM ciphertext of the content (UTF-8 JSON, see exchange.package_document),
                  with its 16-byte tag at the end; associated data: bytes 0..78

Argon2id turns the passphrase (normalised: capitals, no spaces or dashes) into 32 bytes; HKDF-SHA256 makes two
keys of those, one to encrypt and one to check the passphrase. The check tells a wrong passphrase from a damaged
package; since the header is bound to the ciphertext too, any changed byte is found before anything is read.

Before any key is derived, a package larger than MAX_PACKAGE_BYTES is refused, and so are Argon2id parameters
beyond the bounds below, so that a hostile header cannot ask for gigabytes of memory or minutes of work.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trajectapp.domain.messages import Code
from trajectapp.exchange import passphrase as passphrases
from trajectapp.exchange.package_errors import PackageError, Problem
from trajectapp.vault.kdf import SALT_BYTES, KdfParams, derive_key

MAGIC = b"TRAJCASE"
VERSION = 1
_HEADER = struct.Struct(">8sHIIB16s12s")
_CHECK_BYTES = 32
_TAG_BYTES = 16
NONCE_BYTES = 12
PREFIX_BYTES = _HEADER.size + _CHECK_BYTES
MAX_PACKAGE_BYTES = 32 * 1024 * 1024
_MEGABYTES = MAX_PACKAGE_BYTES // (1024 * 1024)
# RFC 9106's second recommended option. The passphrase is random (about 144 bits), so this cost is not what keeps
# a package safe; it keeps a later, weaker passphrase from being cheap to guess, at well under a second to open.
PACKAGE_MEMORY_KIB = 64 * 1024
PACKAGE_ITERATIONS = 3
PACKAGE_LANES = 4
# What a package may ask for: four times the memory and passes we use, and no more.
MAX_MEMORY_KIB = 256 * 1024
MAX_ITERATIONS = 12
MAX_LANES = 8
_ENCRYPTION_INFO = b"trajectapp case package v1: encryption"
_CHECK_INFO = b"trajectapp case package v1: passphrase check"


@dataclass(frozen=True)
class Header:
    version: int
    kdf: KdfParams
    nonce: bytes


def package_kdf() -> KdfParams:
    return KdfParams(os.urandom(SALT_BYTES), PACKAGE_MEMORY_KIB, PACKAGE_ITERATIONS, PACKAGE_LANES)


def _within_bounds(kdf: KdfParams) -> bool:
    return kdf.within_bounds(MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_LANES)


def _keys(passphrase: str, kdf: KdfParams) -> tuple[bytes, bytes]:
    master = derive_key(passphrases.normalise(passphrase), kdf)
    encryption_key, check_key = (
        HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)
        for info in (_ENCRYPTION_INFO, _CHECK_INFO)
    )
    return encryption_key, check_key


def _check(check_key: bytes, header: bytes) -> hmac.HMAC:
    mac = hmac.HMAC(check_key, hashes.SHA256())
    mac.update(header)
    return mac


def seal(content: bytes, passphrase: str, kdf: KdfParams | None = None) -> bytes:
    """The package file holding `content`; PackageError (TOO_LARGE) when it would exceed MAX_PACKAGE_BYTES."""
    kdf = kdf or package_kdf()
    if PREFIX_BYTES + len(content) + _TAG_BYTES > MAX_PACKAGE_BYTES:
        raise PackageError(Problem.TOO_LARGE, Code.CASE_TOO_LARGE_FOR_PACKAGE, megabytes=_MEGABYTES)
    if not passphrases.is_well_formed(passphrase) or not _within_bounds(kdf) or len(kdf.salt) != SALT_BYTES:
        raise ValueError("a package needs a generated passphrase and bounded Argon2id parameters")
    nonce = os.urandom(NONCE_BYTES)
    header = _HEADER.pack(MAGIC, VERSION, kdf.memory_kib, kdf.iterations, kdf.lanes, kdf.salt, nonce)
    encryption_key, check_key = _keys(passphrase, kdf)
    prefix = header + _check(check_key, header).finalize()
    return prefix + AESGCM(encryption_key).encrypt(nonce, content, prefix)


def read_header(data: bytes) -> Header:
    """The header, checked for size, kind, version and bounds before any work is done; PackageError otherwise."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise too_large()
    if not data.startswith(MAGIC[: len(data)]) or not data:
        raise PackageError(Problem.NOT_A_PACKAGE, Code.NOT_A_PACKAGE)
    if len(data) < _HEADER.size:
        raise _cut_short()
    magic, version, memory_kib, iterations, lanes, salt, nonce = _HEADER.unpack_from(data)
    if magic != MAGIC:
        raise PackageError(Problem.NOT_A_PACKAGE, Code.NOT_A_PACKAGE)
    if version > VERSION:
        raise PackageError(Problem.TOO_NEW, Code.PACKAGE_TOO_NEW)
    if version != VERSION:
        raise PackageError(Problem.UNKNOWN_VERSION, Code.PACKAGE_UNKNOWN_VERSION)
    kdf = KdfParams(salt, memory_kib, iterations, lanes)
    if not _within_bounds(kdf):
        raise PackageError(Problem.DAMAGED, Code.PACKAGE_NOT_GENUINE)
    if len(data) < PREFIX_BYTES + _TAG_BYTES:
        raise _cut_short()
    return Header(version, kdf, nonce)


def open_sealed(data: bytes, passphrase: str) -> bytes:
    """The content of a package file; PackageError for every way it can fail, each with its own code."""
    header = read_header(data)
    if not passphrases.is_well_formed(passphrase):
        raise PackageError(
            Problem.MALFORMED_PASSPHRASE,
            Code.PACKAGE_PASSPHRASE_MALFORMED,
            length=passphrases.LENGTH,
            groups=passphrases.GROUPS,
            group_size=passphrases.GROUP_SIZE,
        )
    encryption_key, check_key = _keys(passphrase, header.kdf)
    try:
        _check(check_key, data[: _HEADER.size]).verify(data[_HEADER.size : PREFIX_BYTES])
    except InvalidSignature:
        raise PackageError(Problem.WRONG_PASSPHRASE, Code.PACKAGE_PASSPHRASE_WRONG) from None
    try:
        return AESGCM(encryption_key).decrypt(header.nonce, data[PREFIX_BYTES:], data[:PREFIX_BYTES])
    except InvalidTag:
        raise PackageError(Problem.DAMAGED, Code.PACKAGE_CHANGED) from None


def too_large() -> PackageError:
    return PackageError(Problem.TOO_LARGE, Code.PACKAGE_TOO_LARGE, megabytes=_MEGABYTES)


def _cut_short() -> PackageError:
    return PackageError(Problem.CUT_SHORT, Code.PACKAGE_CUT_SHORT)

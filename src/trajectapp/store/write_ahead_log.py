"""Reading SQLite's write-ahead log (the -wal file) by its own frame checksums, without opening it, to find commits
that SQLite would silently skip. The format is https://www.sqlite.org/fileformat2.html#walformat; SQLCipher
encrypts the pages in it, but the header, the frame headers and their checksums are SQLite's own."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

_HEADER_BYTES, _FRAME_HEADER_BYTES = 32, 24
_MAGIC_LITTLE_ENDIAN, _MAGIC_BIG_ENDIAN = 0x377F0682, 0x377F0683
_FORMAT_VERSION = 3007000
_WORD = 0xFFFFFFFF


def loses_commits(log: Path) -> bool:
    """Whether the log holds a commit that SQLite will not read, because a frame before it is damaged.

    SQLite reads the log frame by frame and stops, without a word, at the first frame whose salts differ from the
    header's or whose running checksum fails; commits behind that frame are lost. What a crash leaves never looks
    like that: SQLite writes a log's header in one 32-byte write and syncs it before any frame, writes frames in
    order and syncs at each commit, so a crash can only leave the frames of a transaction that was never
    acknowledged, at the end of the log (cut short, or whole but checked against bytes that never arrived), and
    after them only frames of an earlier round of the log, which carry other salts and were already folded into the
    database. So damage is a frame that fails, followed by a commit frame of the same round whose own checksum holds
    (it is checked from the running checksum its predecessor carries). A damaged frame of the last commit, with
    nothing after it, cannot be told from a crash and is not reported; SQLite's checks of the database then speak.
    """
    try:
        with log.open("rb") as file:
            header = file.read(_HEADER_BYTES)
            if len(header) < _HEADER_BYTES:
                return False  # an empty log, or one cut before any frame: nothing committed in it
            magic, version, page_size, _checkpoint, salt_1, salt_2, sum_1, sum_2 = struct.unpack(">8I", header)
            if magic not in (_MAGIC_LITTLE_ENDIAN, _MAGIC_BIG_ENDIAN):
                return bool(file.read(1))
            big_endian = magic == _MAGIC_BIG_ENDIAN
            if (
                version != _FORMAT_VERSION
                or not _is_page_size(page_size)
                or _checksum(header[:24], (0, 0), big_endian) != (sum_1, sum_2)
            ):
                # The header is damaged: SQLite reads none of the frames behind it.
                return bool(file.read(1))
            return _commit_after_damage(file, page_size, (salt_1, salt_2), (sum_1, sum_2), big_endian)
    except OSError:
        return False  # no log, or one that cannot be read: opening the database says why


def _commit_after_damage(
    file: BinaryIO, page_size: int, salts: tuple[int, int], seed: tuple[int, int], big_endian: bool
) -> bool:
    damaged = False
    previous_stored = seed
    while True:
        frame = file.read(_FRAME_HEADER_BYTES + page_size)
        if len(frame) < _FRAME_HEADER_BYTES + page_size:
            return False  # a frame cut short is the last write of a crash
        _page, database_pages, salt_1, salt_2, stored_1, stored_2 = struct.unpack(">6I", frame[:_FRAME_HEADER_BYTES])
        stored = (stored_1, stored_2)
        same_round = (salt_1, salt_2) == salts
        if not damaged:
            if same_round and _checksum_from(frame, seed, big_endian) == stored:
                seed = stored
            else:
                damaged = True
        elif same_round and database_pages and _checksum_from(frame, previous_stored, big_endian) == stored:
            return True
        previous_stored = stored


def _checksum_from(frame: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    return _checksum(frame[_FRAME_HEADER_BYTES:], _checksum(frame[:8], seed, big_endian), big_endian)


def _checksum(data: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's running checksum over 32-bit words, read in the byte order the log's magic number names."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s1, s2 = seed
    for index in range(0, len(words), 2):
        s1 = (s1 + words[index] + s2) & _WORD
        s2 = (s2 + words[index + 1] + s1) & _WORD
    return s1, s2


def _is_page_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0

"""A PDF locked with a password (AES-256, which every current PDF reader opens), and the password itself: random,
in groups of four characters that are easy to read out and type.

reportlab can encrypt too, but what it makes with AES-256 standard readers cannot open; so documents are built
unencrypted in memory and locked here with pypdf before they are written anywhere.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

from trajectapp.exchange.passphrase import random_groups

GROUPS = 5
GROUP_SIZE = 4  # 20 characters of a 28-letter alphabet: about 96 bits


def new_password() -> str:
    """A fresh random password such as "K7QD-RMXH-2CFW-PT4N-9EVA"."""
    return random_groups(GROUPS, GROUP_SIZE)


def protect_pdf(pdf: bytes, password: str) -> bytes:
    """`pdf` encrypted with AES-256 under `password`, which is needed to open it at all."""
    if not password:
        raise ValueError("a protected PDF needs a password")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

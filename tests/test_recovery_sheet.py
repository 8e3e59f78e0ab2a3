"""The recovery sheet, read back with pypdf and rendered with QtPdf; its key must open the vault."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from pypdf import PdfReader

from conftest import FAST_KDF_FLOOR
from pdf_pages import assert_inked, render_first_page
from trajectapp.documents.recovery_sheet import render_recovery_sheet
from trajectapp.domain.recovery_keys import groups
from trajectapp.vault.recovery_key import new_recovery_key
from trajectapp.vault.vault import reset_passphrase

CREATED = datetime.date(2025, 11, 26)
_GROUP = re.compile(r"[A-Z2-7]{4}")


def sheet_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def key_printed_on(text: str) -> str:
    """The groups a person would copy from the key box, in reading order, joined with dashes."""
    start = text.index("RECOVERY KEY") + len("RECOVERY KEY")
    end = text.index("Type the groups", start)
    return "-".join(token for token in text[start:end].split() if _GROUP.fullmatch(token))


def test_the_sheet_is_one_page_with_the_title_and_every_group_of_the_key():
    key = new_recovery_key()
    pdf = render_recovery_sheet(key, vault_folder="/home/consultant/vault", created=CREATED)

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = sheet_text(pdf)
    assert "Trajectapp recovery sheet" in text
    assert "Trajectapp recovery sheet" in text
    for group in groups(key):
        assert group in text
    assert key_printed_on(text) == key
    assert "/home/consultant/vault" in text
    assert "26/11/2025" in text
    assert "Stored at:" in text and "Signature:" in text


def test_the_groups_are_numbered_one_to_eight_in_two_rows():
    key = new_recovery_key()
    text = sheet_text(render_recovery_sheet(key, vault_folder="/v", created=CREATED))
    box = text[text.index("RECOVERY KEY") : text.index("Type the groups")]
    numbers = [token for token in box.split() if token.isdigit() and len(token) == 1]
    assert numbers == [str(n) for n in range(1, 9)]


def test_a_long_vault_folder_with_any_characters_still_fits_on_one_page():
    folder = "/home/Çelik Ağaoğlu/Trajectapp & <archive>/" + "deep/" * 60 + "vault"
    pdf = render_recovery_sheet(new_recovery_key(), vault_folder=folder, created=CREATED)

    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = sheet_text(pdf)
    assert "Çelik Ağaoğlu" in text
    assert "& <archive>" in text


def test_the_rendered_page_is_neither_blank_nor_solid(qtbot, qapp):
    pdf = render_recovery_sheet(new_recovery_key(), vault_folder="/home/consultant/vault", created=CREATED)

    assert_inked(render_first_page(qtbot, pdf), lowest=0.01)


def test_the_key_read_off_the_sheet_resets_the_passphrase(vault, recovery_key, vault_folder):
    pdf = render_recovery_sheet(recovery_key, vault_folder=str(vault_folder), created=CREATED)
    typed = key_printed_on(sheet_text(pdf))
    vault.lock()

    reopened = reset_passphrase(vault_folder, typed, "a new passphrase for the test", kdf_floor=FAST_KDF_FLOOR)

    try:
        assert not reopened.is_locked
    finally:
        reopened.lock()


@pytest.mark.parametrize("bad_key", ["", "ABCD-EFGH"])
def test_a_malformed_key_is_refused_rather_than_printed(bad_key):
    with pytest.raises(ValueError):
        render_recovery_sheet(bad_key, vault_folder="/v", created=CREATED)

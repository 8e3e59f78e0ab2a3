"""PDFs that leave the vault: locked with AES-256 under a fresh password that pypdf and QtPdf both ask for, written
whole or not at all, and each save recorded in the audit trail without its content, file name or password, and in
the disclosure register with the exact bytes' fingerprint; a save that fails records neither."""

from __future__ import annotations

import hashlib
import io
import os
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument

from trajectapp.documents.session_notes import session_notes_document
from trajectapp.documents.session_notes_data import SessionNotesData
from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.disclosures import (
    Basis,
    ConsentCheck,
    DisclosedItem,
    DisclosureParty,
    OutputFormat,
    PartyKind,
)
from trajectapp.exchange.files import write_whole_file
from trajectapp.exchange.passphrase import ALPHABET as PASSWORD_ALPHABET
from trajectapp.exchange.pdf_protection import new_password, protect_pdf
from trajectapp.services.disclosures import disclosures, leaving_file
from trajectapp.services.prints import save_document
from trajectapp.store.connection import DatabaseError

NAMES = "Çelik Ağaoğlu, Zoë Verbruggen, Nadia El Ouafi"


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return session_notes_document(SessionNotesData(person=NAMES), today=date(2026, 3, 20))


OWN_COPY = {
    "party": DisclosureParty(PartyKind.PERSON, "Çelik Ağaoğlu"),
    "purpose": "Own copy, asked for",
    "basis": Basis.CONSENT,
}


def saved_events(vault) -> list[tuple]:
    return vault.connection.execute(
        "SELECT event, case_id, record_type, record_id, summary FROM audit_log WHERE event = 'document.saved'"
    ).fetchall()


def test_passwords_are_fresh_groups_that_can_be_read_out():
    passwords = {new_password() for _ in range(200)}
    assert len(passwords) == 200
    for password in passwords:
        assert re.fullmatch(rf"[{PASSWORD_ALPHABET}]{{4}}(-[{PASSWORD_ALPHABET}]{{4}}){{4}}", password)
    assert not set("01OILB8S") & set(PASSWORD_ALPHABET)


def test_a_protected_pdf_cannot_be_read_without_its_password_and_can_with_it(pdf):
    password = new_password()
    locked = protect_pdf(pdf, password)
    reader = PdfReader(io.BytesIO(locked))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert not reader.decrypt("WRONG-PASS-WORD")
    assert reader.decrypt(password)
    assert NAMES in " ".join(reader.pages[0].extract_text().split())
    encryption = reader.trailer["/Encrypt"].get_object()
    assert (encryption["/V"], encryption["/R"]) == (5, 6)  # AES-256, as ISO 32000-2 defines it
    assert encryption["/CF"]["/StdCF"]["/CFM"] == "/AESV3"


def test_qtpdf_asks_for_the_password_and_opens_with_it(qapp, pdf):
    password = new_password()
    locked = protect_pdf(pdf, password)

    def load(with_password: str | None) -> QPdfDocument:
        buffer = QBuffer()
        buffer.setData(QByteArray(locked))
        buffer.open(QIODevice.ReadOnly)
        document = QPdfDocument()
        if with_password is not None:
            document.setPassword(with_password)
        document.load(buffer)
        document.setProperty("buffer", buffer)  # kept alive with the document
        return document

    without = load(None)
    assert without.status() == QPdfDocument.Status.Error
    assert without.error() == QPdfDocument.Error.IncorrectPassword
    opened = load(password)
    assert opened.status() == QPdfDocument.Status.Ready and opened.pageCount() == 1


def test_an_empty_password_is_refused(pdf):
    with pytest.raises(ValueError):
        protect_pdf(pdf, "")


def test_a_file_is_written_whole_and_replaces_an_old_one_only_when_complete(tmp_path, pdf):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "notes.pdf"
    target.write_bytes(b"the old file")
    write_whole_file(target, pdf)
    assert target.read_bytes() == pdf
    assert [p.name for p in folder.iterdir()] == ["notes.pdf"]


def test_a_failed_write_leaves_no_partial_file(tmp_path, pdf):
    folder = tmp_path / "out"
    folder.mkdir()
    in_the_way = folder / "notes.pdf"
    in_the_way.mkdir()  # a folder where the file should go: the rename fails after the bytes were written
    with pytest.raises(OSError):
        write_whole_file(in_the_way, pdf)
    assert [p.name for p in folder.iterdir()] == ["notes.pdf"] and in_the_way.is_dir()
    with pytest.raises(OSError):
        write_whole_file(tmp_path / "no such folder" / "notes.pdf", pdf)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused_and_left_empty(tmp_path, pdf):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            write_whole_file(folder / "notes.pdf", pdf)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_saving_writes_the_file_and_one_audit_entry_without_name_or_password(vault, make_case, tmp_path, pdf):
    case = make_case("Çelik Ağaoğlu")
    password = new_password()
    path = tmp_path / "session-notes.pdf"
    entry = save_document(
        vault,
        path=path,
        pdf=protect_pdf(pdf, password),
        document="session_notes",
        case_id=case.id,
        record_id=7,
        protected=True,
        title="Session notes of 2026-11-06",
        categories=frozenset({DataCategory.HEALTH}),
        **OWN_COPY,
    )
    assert PdfReader(path).is_encrypted
    assert saved_events(vault) == [("document.saved", case.id, "session_notes", 7, "session_notes, password")]
    trail = " ".join(str(value) for row in vault.connection.execute("SELECT * FROM audit_log") for value in row)
    assert password not in trail and "session-notes.pdf" not in trail and "Çelik" not in trail
    assert disclosures(vault) == [entry]
    assert entry.items == (
        DisclosedItem("session_notes:7", "Session notes of 2026-11-06", frozenset({DataCategory.HEALTH})),
    )
    assert (entry.output_format, entry.consent) == (OutputFormat.ENCRYPTED_PDF, ConsentCheck.NOT_APPLICABLE)
    written = path.read_bytes()
    assert (entry.file_name, entry.file_size, entry.file_sha256) == (
        "session-notes.pdf",
        len(written),
        hashlib.sha256(written).hexdigest(),
    )
    register = " ".join(str(value) for row in vault.connection.execute("SELECT * FROM disclosures") for value in row)
    assert password not in register and str(tmp_path) not in register


def test_a_save_that_fails_leaves_neither_file_nor_audit_nor_register_entry(vault, make_case, tmp_path, pdf):
    case = make_case()
    with pytest.raises(OSError):
        save_document(
            vault,
            path=tmp_path / "missing" / "notes.pdf",
            pdf=pdf,
            document="session_notes",
            case_id=case.id,
            protected=False,
            title="Session notes",
            **OWN_COPY,
        )
    assert saved_events(vault) == [] and disclosures(vault) == []
    assert not (tmp_path / "missing").exists()
    service_beyond_consent = DisclosureParty(PartyKind.PARTNER_SERVICE, "Advocaat Claes")
    with pytest.raises(InvalidValue):  # no reason given for sharing beyond the consent: nothing is written
        save_document(
            vault,
            path=tmp_path / "notes.pdf",
            pdf=pdf,
            document="session_notes",
            case_id=case.id,
            protected=False,
            title="Session notes",
            party=service_beyond_consent,
            purpose="Verdediging",
            basis=Basis.OTHER,
            basis_explanation="Op vraag van de persoon",
        )
    assert saved_events(vault) == [] and disclosures(vault) == [] and not (tmp_path / "notes.pdf").exists()
    entry = save_document(
        vault,
        path=tmp_path / "notes.pdf",
        pdf=pdf,
        document="session_notes",
        case_id=case.id,
        protected=False,
        title="Session notes",
        party=service_beyond_consent,
        purpose="Verdediging",
        basis=Basis.OTHER,
        basis_explanation="Op vraag van de persoon",
        override_reason="De persoon vroeg het zelf, schriftelijk",
    )
    assert entry.consent is ConsentCheck.OVERRIDDEN and len(disclosures(vault)) == 1


def test_a_file_whose_entries_cannot_be_committed_is_removed_again(vault, make_case, tmp_path, pdf):
    case = make_case()
    folder = tmp_path / "out"
    folder.mkdir()
    connection = vault.connection
    with pytest.raises(DatabaseError), leaving_file(vault, folder / "notes.pdf", pdf):
        # A link to no case, which the store checks only at COMMIT: the file is written, then the entries fail.
        connection.execute("PRAGMA defer_foreign_keys = ON")
        connection.execute("INSERT INTO perspectives (case_id, noted_on) VALUES (?, '2026-03-20')", (case.id + 1,))
    assert not connection.in_transaction  # the refused COMMIT was rolled back
    assert list(folder.iterdir()) == []


def test_a_save_said_to_be_protected_must_be_encrypted_and_named_by_a_key(vault, make_case, tmp_path, pdf):
    case = make_case()
    with pytest.raises(ValueError):
        save_document(
            vault,
            path=tmp_path / "a.pdf",
            pdf=pdf,
            document="session_notes",
            case_id=case.id,
            protected=True,
            title="Session notes",
            **OWN_COPY,
        )
    with pytest.raises(InvalidValue):
        save_document(
            vault,
            path=tmp_path / "a.pdf",
            pdf=pdf,
            document="Notes of Çelik",
            case_id=case.id,
            protected=False,
            title="Session notes",
            **OWN_COPY,
        )
    with pytest.raises(InvalidValue):
        save_document(
            vault,
            path=tmp_path / "a.pdf",
            pdf=pdf,
            document="session_notes",
            case_id=case.id,
            protected=False,
            title="  ",
            **OWN_COPY,
        )
    assert saved_events(vault) == [] and disclosures(vault) == [] and not Path(tmp_path / "a.pdf").exists()

"""Saving a document as a PDF file: first who it is for and why (the disclosure register's questions), then
protected with a fresh password unless the consultant says otherwise, written whole or not at all, and recorded in
the audit trail and the register in the same step (services.prints.save_document)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.languages import Language
from trajectapp.domain.text import InvalidText
from trajectapp.services.documents import new_pdf_password, protected_pdf
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.prints import save_document
from trajectapp.ui.ask import Ask
from trajectapp.ui.disclosures.recipient_dialog import RecipientDialog
from trajectapp.ui.messages import message_text
from trajectapp.ui.modal import run_modal
from trajectapp.ui.passphrase.fields import shown_secret


class ProtectionDialog(QDialog):
    """Asks whether the file gets a password; it does unless the box is unticked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as PDF"))
        self.protect = QCheckBox(self.tr("Protect with a password (recommended)"), self)
        self.protect.setChecked(True)
        explanation = QLabel(
            self.tr(
                "Trajectapp makes a strong password and shows it once, after saving. Only someone with the password "
                "can open the file. Without a password, anyone who gets hold of the file can read it."
            ),
            self,
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.protect)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    @classmethod
    def protect_with_password(cls, parent: QWidget | None, ask: Ask) -> bool | None:
        """True for a password, False for none, None if the consultant cancelled."""
        return run_modal(
            ask,
            "protect with a password",
            lambda: cls(parent),
            lambda dialog, ok: dialog.protect.isChecked() if ok else None,
        )


class PasswordDialog(QDialog):
    """Shows the password of a saved file, once: Trajectapp keeps it nowhere."""

    def __init__(self, password: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The password of the PDF"))
        intro = QLabel(
            self.tr(
                "The PDF is saved and can only be opened with this password. Give it to the reader separately from "
                "the file (by phone or in person). Trajectapp does not keep it: note it now if you need it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.password = shown_secret(password, self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("I have noted it"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    @classmethod
    def show_once(cls, parent: QWidget | None, ask: Ask, password: str) -> None:
        def run() -> None:
            dialog = cls(password, parent)
            dialog.exec()
            dialog.deleteLater()

        ask.answer("the password of the PDF", run)  # never the password itself: the question's text is kept


def save_pdf_as(
    parent: QWidget,
    ask: Ask,
    vault: OpenVault,
    pdf: bytes,
    *,
    document: str,
    case_id: int,
    record_id: int | None,
    file_name: str,
    title: str,
    categories: frozenset[DataCategory] = frozenset(),
    language: Language | None = None,
) -> Path | None:
    """Ask who the PDF is for and why, whether to protect it and where to save it; write it with its register
    entry, and show the password. The path written, or None if cancelled or not written (the consultant has been
    told why). `title` names the document in the register ("Session notes of 2026-11-06"), `categories` the
    special-category data it may hold."""
    sharing = RecipientDialog.ask_recipient(parent, ask, vault, case_id, document_title=title)
    if sharing is None:
        return None
    protect = ProtectionDialog.protect_with_password(parent, ask)
    if protect is None:
        return None
    start = (
        Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        / file_name
    )
    path = ask.save_file(
        parent,
        QCoreApplication.translate("SaveAsPdf", "Save as PDF"),
        start,
        QCoreApplication.translate("SaveAsPdf", "PDF files (*.pdf)"),
    )
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    password = new_pdf_password() if protect else ""
    try:
        save_document(
            vault,
            path=path,
            pdf=protected_pdf(pdf, password) if protect else pdf,
            document=document,
            case_id=case_id,
            record_id=record_id,
            protected=protect,
            title=title,
            party=sharing.party,
            purpose=sharing.purpose,
            basis=sharing.basis,
            basis_explanation=sharing.basis_explanation,
            override_reason=sharing.override_reason,
            categories=categories,
            language=language,
        )
    except OSError as error:
        ask.warn(
            parent,
            QCoreApplication.translate("SaveAsPdf", "Not saved"),
            QCoreApplication.translate(
                "SaveAsPdf",
                "The PDF could not be written there (%1). Nothing was saved: choose another folder, such as your "
                "Documents folder or a USB stick.",
            ).replace("%1", error.strerror or type(error).__name__),
        )
        return None
    except (InvalidValue, InvalidText) as error:  # the form checks first: this is the register's last word
        ask.warn(
            parent,
            QCoreApplication.translate("SaveAsPdf", "Not saved"),
            QCoreApplication.translate(
                "SaveAsPdf", "The disclosure register cannot keep this: %1 Nothing was saved."
            ).replace("%1", message_text(error)),
        )
        return None
    if protect:
        PasswordDialog.show_once(parent, ask, password)
    return path

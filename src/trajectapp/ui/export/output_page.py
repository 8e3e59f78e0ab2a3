"""Step 5 of the export: where the file goes, and writing it. A PDF locked with a fresh password (left open only
when the consultant ticks a box and reads why not), or a transfer package under a one-time passphrase; the file
and its register entry are written together or not at all, and the secret is shown once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from trajectapp.domain.disclosures import OutputFormat
from trajectapp.domain.messages import Refusal
from trajectapp.services.documents import new_pdf_password, protected_pdf
from trajectapp.services.handover_export import save_handover_pdf
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.transfer import FILE_SUFFIX, export_package, save_transfer_package
from trajectapp.services.transfer import suggested_file_name as package_file_name
from trajectapp.ui.ask import Ask
from trajectapp.ui.export.export_state import ExportState
from trajectapp.ui.export.secret_dialog import SecretDialog
from trajectapp.ui.isolated_text import isolated
from trajectapp.ui.labels import party_name
from trajectapp.ui.messages import message_text

WARNING = "QLabel { background: #fadbd8; padding: 8px 10px; border-radius: 3px; }"


class OutputPage(QWizardPage):
    def __init__(self, state: ExportState, vault: OpenVault, ask: Ask, *, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._state, self._vault, self._ask, self._today = state, vault, ask, today
        self.setTitle(self.tr("Write the file"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Write"))
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.unprotected = QCheckBox(self.tr("Write the PDF without a password"), self)
        self.warning = QLabel(
            self.tr(
                "Without a password, anyone who gets hold of the file (a forwarded e-mail, a lost USB stick, a shared "
                "folder) can read everything in it. Tick this only when the recipient cannot open a PDF with a "
                "password, and hand the file over in person."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING)
        self.warning.hide()
        self.register_words = QLabel(self)
        self.register_words.setWordWrap(True)
        self.register_words.setStyleSheet("QLabel { background: #eef2f5; padding: 8px 10px; border-radius: 3px; }")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File:"), self))
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.unprotected)
        layout.addWidget(self.warning)
        layout.addSpacing(6)
        layout.addWidget(self.register_words)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose_file)
        self.unprotected.toggled.connect(self._protection_changed)

    @property
    def suffix(self) -> str:
        return FILE_SUFFIX if self._state.is_package else ".pdf"

    def initializePage(self) -> None:
        state = self._state
        if state.path is not None and state.path.suffix.lower() != self.suffix:
            state.path = None
            self.path.clear()
        self.unprotected.setVisible(not state.is_package)
        if state.is_package:
            self.unprotected.setChecked(False)
        self._protection_changed()

    def _protection_changed(self) -> None:
        state = self._state
        if state.is_package:
            self.setSubTitle(
                self.tr(
                    "A transfer package for %1, encrypted (AES-256) under a one-time passphrase, for their "
                    "Trajectapp to import."
                ).replace("%1", isolated(party_name(state.chosen_party())))
            )
        elif self.unprotected.isChecked():
            self.setSubTitle(
                self.tr("A PDF for %1, without a password.").replace("%1", isolated(party_name(state.chosen_party())))
            )
        else:
            self.setSubTitle(
                self.tr(
                    "A PDF for %1, locked with a strong password (AES-256) that every PDF reader asks for."
                ).replace("%1", isolated(party_name(state.chosen_party())))
            )
        self.warning.setVisible(self.unprotected.isChecked() and not state.is_package)
        secret = (
            self.tr("The passphrase is shown once, after writing, with a slip to print; Trajectapp does not keep it.")
            if state.is_package
            else ""
            if self.unprotected.isChecked()
            else self.tr(
                "The password is shown once, after writing, with a slip to print; Trajectapp does not keep it."
            )
        )
        self.register_words.setText(
            " ".join(
                part
                for part in (
                    self.tr(
                        "Write saves the file and, in the same step, an entry in the case's disclosure register: "
                        "the date, the recipient, the purpose and basis, the %n item(s), the file's name, size and "
                        "fingerprint.",
                        "",
                        len(state.keys),
                    ),
                    secret,
                )
                if part
            )
        )

    def choose_file(self) -> Path | None:
        """Ask where to write; the name offered says what the file is, never whom it is about."""
        today = self._today.isoformat()
        if self._state.is_package:
            name, filter_words = (
                package_file_name(self._today),
                self.tr("Transfer packages (*%1)").replace("%1", FILE_SUFFIX),
            )
        else:
            name = (self.tr("own-data-%1.pdf") if self._state.for_the_person else self.tr("handover-%1.pdf")).replace(
                "%1", today
            )
            filter_words = self.tr("PDF files (*.pdf)")
        folder = (
            self._state.path.parent
            if self._state.path is not None
            else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        )
        path = self._ask.save_file(self, self.tr("Export to"), folder / name, filter_words)
        if path is None:
            return None
        if path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        self._state.path = path
        self.path.setText(str(path))
        self.completeChanged.emit()
        return path

    def isComplete(self) -> bool:
        return self._state.path is not None

    def validatePage(self) -> bool:
        """Write: the file and its register entry, together. False (the page stays) when nothing was written."""
        state = self._state
        if state.path is None and self.choose_file() is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            secret = self._write_package() if state.is_package else self._write_pdf()
        except OSError as error:
            QApplication.restoreOverrideCursor()
            self._ask.warn(
                self,
                self.tr("Not written"),
                self.tr(
                    "The file could not be written there (%1). Nothing has left the vault and the register has no "
                    "entry: choose another folder, such as your Documents folder or a USB stick."
                ).replace("%1", error.strerror or type(error).__name__),
            )
            return False
        except Refusal as error:  # refused before anything was written: a field, the package, a changed case
            QApplication.restoreOverrideCursor()
            self._ask.warn(
                self,
                self.tr("Not written"),
                message_text(error) + " " + self.tr("Nothing has left the vault and the register has no entry."),
            )
            return False
        QApplication.restoreOverrideCursor()
        if secret:
            SecretDialog.show_once(
                self,
                self._ask,
                secret,
                recipient=party_name(state.chosen_party()),
                file_name=state.chosen_path().name,
                made_on=self._today,
                package=state.is_package,
                language=state.language,
            )
        return True

    def _write_pdf(self) -> str:
        state = self._state
        protect = not self.unprotected.isChecked()
        password = new_pdf_password() if protect else ""
        state.written = save_handover_pdf(
            self._vault,
            path=state.chosen_path(),
            pdf=protected_pdf(state.pdf, password) if protect else state.pdf,
            case_id=state.case_id,
            party=state.chosen_party(),
            purpose=state.purpose,
            basis=state.chosen_basis(),
            items=state.items,
            protected=protect,
            basis_explanation=state.basis_explanation,
            override_reason=state.override_reason,
            language=state.language,
        )
        state.output_format = OutputFormat.ENCRYPTED_PDF if protect else OutputFormat.UNENCRYPTED_PDF
        return password

    def _write_package(self) -> str:
        state = self._state
        # The whole case when everything is chosen (what a colleague taking over needs), else exactly the choice.
        package = export_package(
            self._vault,
            state.case_id,
            selected=None if state.every_item else state.keys,
            translate=QCoreApplication.translate,
        )
        state.written = save_transfer_package(
            self._vault,
            path=state.chosen_path(),
            package=package,
            party=state.chosen_party(),
            purpose=state.purpose,
            basis=state.chosen_basis(),
            basis_explanation=state.basis_explanation,
            override_reason=state.override_reason,
        )
        state.output_format = OutputFormat.TRANSFER_PACKAGE
        return package.passphrase

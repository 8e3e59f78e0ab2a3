"""The password of an exported PDF, or the passphrase of a transfer package, shown once with a slip to print and
hand over apart from the file, in the file's language. Trajectapp keeps neither: once this dialog closes, it is
gone."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from trajectapp.domain.languages import Language
from trajectapp.services.documents import password_slip_pdf
from trajectapp.ui.ask import Ask
from trajectapp.ui.documents.print_flow import print_with_preview
from trajectapp.ui.isolated_text import isolated
from trajectapp.ui.passphrase.fields import shown_secret
from trajectapp.ui.translations import document_translate


class _Slip(TypedDict):
    """What the printed slip says: the keyword arguments of password_slip_pdf but the translation."""

    secret: str
    recipient: str
    file_name: str
    made_on: date
    package: bool


class SecretDialog(QDialog):
    def __init__(
        self,
        secret: str,
        *,
        recipient: str,
        file_name: str,
        made_on: date,
        package: bool,
        ask: Ask,
        language: Language | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ask = ask
        # The slip goes with the file to its reader: in the document's language; a package's in the interface's.
        self._translate = document_translate(language) if language is not None else QCoreApplication.translate
        self._slip: _Slip = {
            "secret": secret,
            "recipient": recipient,
            "file_name": file_name,
            "made_on": made_on,
            "package": package,
        }
        self.printer: QPrinter | None = None  # made at the first Print slip…, kept: the print preview needs it alive
        self.slip_printed = False
        self.setWindowTitle(self.tr("The passphrase of the package") if package else self.tr("The password of the PDF"))
        what = (
            self.tr(
                "The transfer package %1 is written. Their Trajectapp asks for this passphrase when they import it."
            )
            if package
            else self.tr("%1 is written and opens only with this password.")
        )
        intro = QLabel(
            what.replace("%1", file_name)
            + " "
            + self.tr(
                "Give it to %1 separately from the file: on the printed slip, by phone or in person. Trajectapp does "
                "not keep it: this is the only time it is shown."
            ).replace("%1", isolated(recipient)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.secret = shown_secret(secret, self)
        self.status = QLabel(self)
        self.status.setStyleSheet("QLabel { color: #555; }")
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Print slip…"), self)
        self.print_button.setAutoDefault(False)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button = buttons.addButton(self.tr("I have noted it"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        self.print_button.clicked.connect(self.print_slip)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.secret)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def print_slip(self) -> bool:
        """The slip through Qt's print preview: no case content but the file's name, so it is no disclosure."""
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        try:
            printed = print_with_preview(self, self._ask, self.slip_pdf(), self.printer)
        except OSError:
            self._ask.warn(
                self,
                self.tr("Not printed"),
                self.tr(
                    "The printer could not take the slip. Check that it is switched on and try again, or note the "
                    "passphrase by hand."
                )
                if self._slip["package"]
                else self.tr(
                    "The printer could not take the slip. Check that it is switched on and try again, or note the "
                    "password by hand."
                ),
            )
            return False
        if printed:
            self.slip_printed = True
            self.status.setText(self.tr("The slip has gone to the printer."))
        return printed

    def slip_pdf(self) -> bytes:
        """The slip as PDF bytes, in memory."""
        return password_slip_pdf(translate=self._translate, **self._slip)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape, pressed by habit, would lose the secret before it is noted: only the button closes it."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    @classmethod
    def show_once(
        cls,
        parent: QWidget | None,
        ask: Ask,
        secret: str,
        *,
        recipient: str,
        file_name: str,
        made_on: date,
        package: bool,
        language: Language | None = None,
    ) -> None:
        def run() -> None:
            dialog = cls(
                secret,
                recipient=recipient,
                file_name=file_name,
                made_on=made_on,
                package=package,
                ask=ask,
                language=language,
                parent=parent,
            )
            try:
                dialog.exec()
            finally:
                dialog.deleteLater()

        ask.answer("the password of the export", run)  # never the secret itself: the question's text is kept

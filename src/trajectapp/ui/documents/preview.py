"""A document of a case on screen, with Print… and Save as PDF…: laid out off the GUI thread (a busy bar shows
meanwhile), shown from memory with QtPdf, never written to disk unless the consultant saves it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.languages import Language
from trajectapp.domain.selection import Translate
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.prints import record_print
from trajectapp.ui.ask import Ask
from trajectapp.ui.background import busy_bar, run_in_background
from trajectapp.ui.documents.pdf_pages import PdfPagesView, pages_text
from trajectapp.ui.documents.print_flow import print_with_preview
from trajectapp.ui.documents.save_flow import save_pdf_as
from trajectapp.ui.language_choice import language_box, language_label
from trajectapp.ui.translations import document_translate, interface_language

# prepare(include_special, translate) runs on the GUI thread (it may read the vault) and returns the work that lays
# the document out in the language of `translate`, which runs on a worker thread and must not touch the vault or any
# widget.
Prepare = Callable[[bool, Translate], Callable[[], bytes]]


class DocumentPreview(QDialog):
    """`key`, `case_id` and `record_id` name the document in the audit trail when it is printed or saved;
    `file_name` is what Save as PDF offers (never the person's name: file lists are seen by others).

    Special-category data is left out unless the consultant ticks the box, which presentation mode does not
    offer; nor does it offer Save as PDF, whose file dialog shows the names of other files.

    The document is written in `language`, the interface's unless given (the person's, for what is meant for them);
    the consultant may choose another.

    Nothing is laid out until rebuild() is first called: a subclass adds its choices, then calls it."""

    def __init__(
        self,
        vault: OpenVault,
        ask: Ask,
        prepare: Prepare,
        *,
        title: str,
        key: str,
        case_id: int,
        record_id: int | None = None,
        file_name: str = "document.pdf",
        special_text: str = "",
        presentation_mode: bool = False,
        in_background: bool = True,
        language: Language | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._vault, self._ask, self._prepare = vault, ask, prepare
        self.key, self.case_id, self.record_id, self.file_name = key, case_id, record_id, file_name
        self.document_title = ""  # how the disclosure register names it when saved; the window's title if empty
        self._in_background = in_background
        self._offer_special = not presentation_mode
        self.pdf = b""
        self.building = False
        self._again = False  # a rebuild asked for while one runs
        self.printer: QPrinter | None = None  # made at the first Print…, kept: the print preview needs it alive
        self.include_special = QCheckBox(
            special_text or self.tr("Include religion or ideology, health and offences"), self
        )
        self.language = language_box(self, language or interface_language())
        self.include_special.setEnabled(self._offer_special)
        if not self._offer_special:
            self.include_special.setToolTip(self.tr("Not in presentation mode."))
        self.status = QLabel(self)
        self.status.setStyleSheet("QLabel { color: #555; }")
        self.busy = busy_bar(self)
        self.view = PdfPagesView(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        if not self._offer_special:
            self.save_button.setToolTip(self.tr("Not in presentation mode: the save dialog shows other files."))
        for button in (self.print_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.choices = QHBoxLayout()  # a subclass may add its own choices before the box
        self.choices.addWidget(language_label(self.language))
        self.choices.addWidget(self.language)
        self.choices.addSpacing(16)
        self.choices.addWidget(self.include_special)
        self.choices.addStretch(1)
        self.choices.addWidget(self.status)
        self.choices.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.addLayout(self.choices)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.include_special.toggled.connect(lambda _on: self.rebuild())
        self.language.currentIndexChanged.connect(lambda _index: self.rebuild())
        self._set_busy(False)
        # A page's width at a readable size; as tall as the screen allows (a 1366×768 laptop leaves about 700).
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(820, min(900, screen.height() - 60) if screen is not None else 700)

    # -- building ---------------------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Lay the document out again; a change asked for meanwhile runs after it."""
        if self.building:
            self._again = True
            return
        work = self._prepare(
            self._offer_special and self.include_special.isChecked(), document_translate(self.chosen_language())
        )
        if not self._in_background:
            self._show(work())
            return
        self.building = True
        self._set_busy(True)
        run_in_background(work, self._built, self._failed, context=self)

    def chosen_language(self) -> Language:
        language: Language = self.language.currentData()
        return language

    def _built(self, pdf: bytes) -> None:
        self.building = False
        self._show(pdf)
        self._next()

    def _failed(self, error: Exception) -> None:
        self.building = False
        self.pdf = b""
        self._set_busy(False)
        self.status.setText(self.tr("The document could not be made (%1).").replace("%1", type(error).__name__))
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.rebuild()

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.status.setText(pages_text(self.view.show_pdf(pdf)))
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.status.setText(self.tr("Making the document…"))
        ready = not busy and bool(self.pdf)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready and self._offer_special)

    # -- printing and saving --------------------------------------------------------------------------------

    def print_document(self) -> bool:
        """Qt's print preview, then the printer; the audit trail records each print. True once printed."""
        if not self.pdf or self.building:
            return False
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        try:
            printed = print_with_preview(self, self._ask, self.pdf, self.printer)
        except OSError:
            self._ask.warn(
                self,
                self.tr("Not printed"),
                self.tr("The printer could not take the document. Check that it is switched on and try again."),
            )
            return False
        if printed:
            record_print(self._vault, document=self.key, case_id=self.case_id, record_id=self.record_id)
        return printed

    def save_as_pdf(self) -> Path | None:
        """Save the document as a PDF file, protected by a password unless the consultant unticks it."""
        if not self.pdf or self.building or not self._offer_special:
            return None
        special = self._offer_special and self.include_special.isChecked()
        return save_pdf_as(
            self,
            self._ask,
            self._vault,
            self.pdf,
            document=self.key,
            case_id=self.case_id,
            record_id=self.record_id,
            file_name=self.file_name,
            title=self.document_title or self.windowTitle(),
            categories=frozenset(DataCategory) if special else frozenset(),
            language=self.chosen_language(),
        )

    def run(self, *, saving: bool = False) -> None:
        """Show the dialog until closed, with Print… (or Save as PDF… when `saving`) as the default button."""
        (self.save_button if saving and self._offer_special else self.print_button).setDefault(True)
        self._ask.answer(self.windowTitle(), self.exec)

"""Printing a document built in memory: Qt's print preview over a printer its caller keeps, with QtPdf painting
the pages straight onto it; nothing is written to disk on the way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPaintEngine
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from trajectapp.ui.ask import Ask
from trajectapp.ui.printing import print_pdf


def print_with_preview(parent: QWidget | None, ask: Ask, pdf: bytes, printer: QPrinter) -> bool:
    """Show Qt's print preview of `pdf` over `printer`; True once it has gone to the printer.

    `printer` must outlive the preview (QPrintPreviewDialog crashes over a printer that is gone), so the caller
    keeps it. Raises OSError when the printer could not take the pages."""
    failures: list[Exception] = []

    def paint(target: QPrinter) -> None:
        engine = target.paintEngine()
        previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
        try:
            print_pdf(pdf, target, preview=previewing)
        except (OSError, ValueError) as error:  # raised in a slot, it would be lost: kept for after the dialog
            failures.append(error)

    def run() -> bool:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
        dialog.paintRequested.connect(paint)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    printed = bool(ask.answer("print preview", run))
    if failures:
        raise OSError(str(failures[-1]))
    return printed

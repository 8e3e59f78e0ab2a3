"""Printing renders a PDF made in memory onto a printer, page by page."""

from datetime import date

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from trajectapp.documents.recovery_sheet import render_recovery_sheet
from trajectapp.ui.printing import print_pdf
from trajectapp.vault.recovery_key import new_recovery_key


def test_the_recovery_sheet_prints_as_one_page(qapp, tmp_path):
    # A PDF-file printer stands in for a real one, so the printed result can be read back.
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    sheet = render_recovery_sheet(new_recovery_key(), vault_folder="/vault", created=date(2026, 11, 26))

    assert print_pdf(sheet, printer) == 1

    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == 1
    # The page is drawn as an image at printer resolution, so it holds an image, not text.
    assert printed.pages[0]["/Resources"]["/XObject"]

"""Prints a PDF built in memory: QtPdf renders each page straight onto the printer."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_RENDER_DPI = 300
# Qt's print preview keeps every page it shows as a 32-bit image, whatever it is given: screen resolution for a
# short document, less for a long one, so that the preview of any document stays near 200 MB.
PREVIEW_DPI = 96
PREVIEW_BUDGET_PIXELS = 50_000_000


def open_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QtPdf document over bytes in memory; keep the buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError("the PDF could not be read")
    return document, buffer


def print_pdf(pdf: bytes, printer: QPrinter, *, preview: bool = False) -> int:
    """Send every page of `pdf` to `printer`; returns the number of pages printed. `preview` paints for Qt's
    print preview instead of paper."""
    document, _buffer = open_pdf(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        target = painter.viewport()
        # 300 dpi is plenty for text on paper; a 1200 dpi printer would
        # otherwise need half a gigabyte per A4 page.
        dpi = min(printer.resolution(), _preview_dpi(document) if preview else MAX_RENDER_DPI)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, size)
            fitted = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            # The painter scales the image onto the page; it stays at render resolution.
            painter.drawImage(QRect(target.topLeft(), fitted), image)
    finally:
        painter.end()
    return document.pageCount()


def _preview_dpi(document: QPdfDocument) -> float:
    """Screen resolution, or less for a long document (about 50 dpi at 200 A4 pages)."""
    square_inches = (
        sum(document.pagePointSize(i).width() * document.pagePointSize(i).height() for i in range(document.pageCount()))
        / 72
        / 72
    )
    return max(36.0, min(PREVIEW_DPI, float((PREVIEW_BUDGET_PIXELS / max(square_inches, 1.0)) ** 0.5)))

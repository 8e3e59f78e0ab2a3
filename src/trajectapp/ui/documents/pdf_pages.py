"""A PDF's pages on screen, read from memory: the bytes never go to a file. The document previews and the export
wizard's preview both show their PDF through it."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PdfPagesView(QWidget):
    """Every page under the other, as wide as the view.

    The view reads the document and the document reads the buffer, so all three live as long as this widget.
    They are its children in that order: Qt deletes children in the order they were made, and a QPdfView that
    outlives its document is fine where a document that outlives its view crashes the process on exit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.pages = QPdfView(self)
        self.pages.setPageMode(QPdfView.PageMode.MultiPage)
        self.pages.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages.setDocument(self.document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def show_pdf(self, pdf: bytes) -> int:
        """Show `pdf` in place of what was shown; returns how many pages it has."""
        self.document.close()
        old, self._buffer = self._buffer, QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()


def pages_text(pages: int) -> str:
    return QCoreApplication.translate("PdfPagesView", "%n page(s)", "", pages)

"""A PDF's first page drawn with QtPdf on white paper, and how much of it is ink: how the document tests catch a
blank or broken page."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def render_first_page(qtbot, pdf: bytes, width: int = 600) -> QImage:
    """The first page, `width` pixels wide at its own proportions."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    assert buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    qtbot.waitUntil(lambda: document.status() in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error))
    assert document.status() == QPdfDocument.Status.Ready
    size = document.pagePointSize(0)
    rendered = document.render(0, QSize(width, round(width * size.height() / size.width())))
    # QtPdf leaves the page transparent; paper is white.
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def dark_share(image: QImage, darker_than: int = 128) -> float:
    """The share of the image's pixels whose grey is below `darker_than` (0 black, 255 white)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = bytes(grey.constBits())
    row_bytes = grey.bytesPerLine()
    dark = sum(
        1
        for row in range(grey.height())
        for value in pixels[row * row_bytes : row * row_bytes + grey.width()]
        if value < darker_than
    )
    return dark / (grey.width() * grey.height())


def assert_inked(image: QImage, lowest: float = 0.005, highest: float = 0.5, page: str = "page 1") -> None:
    """Fails on a page with less ink than `lowest` (blank) or more than `highest` (broken, solid)."""
    share = dark_share(image)
    assert lowest < share < highest, f"{page} looks blank or broken ({share:.2%} dark)"

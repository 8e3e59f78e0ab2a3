"""The page every case document is printed on: A4 in the bundled DejaVu font, a header naming the document and its
date, a footer with "Page x of y" and a confidentiality line (and on the last page, a closing note such as the audit
seal), and the paragraph styles the documents share.

Built in memory: a document is a list of platypus flowables in, PDF bytes out; nothing touches the disk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from trajectapp.documents import fonts
from trajectapp.documents.script import shape_for_pdf
from trajectapp.domain.audit import AuditSeal

MARGIN = 18 * mm
HEADER_SPACE = 10 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5C5C5C")
RULE = colors.HexColor("#9A9A9A")
SHADE = colors.HexColor("#EEF2F5")
# One command of a TableStyle: its name, the first and last cell it applies to, then its own values.
TableCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]


@dataclass(frozen=True)
class PageFrame:
    """The words on every page, already translated. `page_words` holds %1 (this page) and %2 (all pages)."""

    title: str  # also the PDF's title
    header_left: str
    header_right: str
    confidential: str
    page_words: str = "Page %1 of %2"
    closing_note: str = ""  # on the last page only, above the footer: the audit seal the file left with


def seal_note(seal: AuditSeal | None, words: str) -> str:
    """The closing note that names the vault's audit seal when the document was made, in the document's translation
    of "Audit seal when this file was made: %1 (entry %2)"; empty without a seal."""
    if seal is None:
        return ""
    return words.replace("%1", seal.fingerprint).replace("%2", str(seal.entries))


def build_pdf(story: list[Flowable], frame: PageFrame) -> bytes:
    """The flowables laid out on A4 pages in `frame`, as PDF bytes; `CONTENT_WIDTH` is the width they get."""
    fonts.register_fonts()
    buffer = BytesIO()
    document = a4_document(buffer, frame.title, side=MARGIN, top_and_bottom=MARGIN + HEADER_SPACE)
    document.build(story, canvasmaker=_numbered_canvas(frame))
    return buffer.getvalue()


def a4_document(
    buffer: BytesIO,
    title: str,
    *,
    side: float,
    top_and_bottom: float,
    on_page: Callable[[Canvas, BaseDocTemplate], None] | None = None,
) -> BaseDocTemplate:
    """An A4 document into `buffer` with one frame within the margins; `on_page` draws on every page."""
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=side,
        rightMargin=side,
        topMargin=top_and_bottom,
        bottomMargin=top_and_bottom,
        title=title,
        author="Trajectapp",
        creator="Trajectapp",
    )
    # No frame padding, so that tables of the full width line up with the text.
    body = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template = PageTemplate(frames=[body], onPage=on_page) if on_page else PageTemplate(frames=[body])
    document.addPageTemplates([template])
    return document


def styles() -> dict[str, ParagraphStyle]:
    """The shared paragraph styles, by role."""
    fonts.register_fonts()  # the bold face in <b> markup is looked up by family
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=15, textColor=INK, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=22, leading=28, spaceAfter=0),
        "name": ParagraphStyle("name", parent=body, fontSize=14, leading=20, spaceAfter=6),
        "lead": ParagraphStyle("lead", parent=body, textColor=MUTED, spaceAfter=8),
        "section": ParagraphStyle(
            "section", parent=body, fontName=fonts.BOLD, fontSize=14, leading=19, spaceBefore=12, spaceAfter=6
        ),
        "goal": ParagraphStyle(
            "goal", parent=body, fontName=fonts.BOLD, fontSize=12, leading=16, spaceBefore=10, spaceAfter=4
        ),
        "label": ParagraphStyle("label", parent=body, fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=fonts.BOLD, fontSize=9.5, leading=13, spaceAfter=0),
        "body": body,
        "footnote": ParagraphStyle("footnote", parent=body, fontSize=9, leading=12, textColor=MUTED),
    }


def grid_table(cells: Sequence[list[Any]], shares: Sequence[float], width: float = CONTENT_WIDTH) -> Table:
    """A table whose first row is its head, shaded and repeated on every page, with a thin rule under every row; each
    column takes its share of `width`."""
    table = Table(cells, colWidths=[width * share for share in shares], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def facts_table(
    cells: Sequence[list[Any]], label_width: float, width: float = CONTENT_WIDTH, padding: float = 1, below: float = 2
) -> Table:
    """Labels beside their values, without rules: the lists of facts in every document. The labels take
    `label_width`, the values the rest of `width`."""
    table = Table(cells, colWidths=[label_width, width - label_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), below),
            ]
        )
    )
    return table


def user_text(text: str) -> str:
    """User text as paragraph markup: shaped for print, escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in shape_for_pdf(text.strip()).splitlines())


def _draw(frame: PageFrame, canvas: Canvas, page: int, pages: int) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 8.5)
    canvas.setFillColor(MUTED)
    top = height - MARGIN
    canvas.drawString(MARGIN, top, frame.header_left)
    canvas.drawRightString(width - MARGIN, top, frame.header_right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
    bottom = MARGIN
    canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
    canvas.drawString(MARGIN, bottom, frame.confidential)
    canvas.drawRightString(width - MARGIN, bottom, frame.page_words.replace("%1", str(page)).replace("%2", str(pages)))
    if page == pages and frame.closing_note:
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.drawString(MARGIN, bottom + 5.5 * mm, frame.closing_note)
    canvas.restoreState()


def _numbered_canvas(frame: PageFrame) -> type[Canvas]:
    """A canvas that keeps every page until the document is saved, so that each footer can say "of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:  # what the document template passes, to Canvas as it is
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            # The stubs leave out _startPage, the private method with which Canvas.showPage begins the next page.
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw(frame, self, number, len(self._pages))
                super().showPage()
            super().save()

    return NumberedCanvas

"""The slip handed over apart from an exported file: its password (or a transfer package's passphrase), for whom,
the date and the file's name; nothing from the case beyond that name. Built in memory, printed, never saved."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from trajectapp.documents import fonts
from trajectapp.documents.frame import INK, MUTED, RULE, SHADE
from trajectapp.documents.script import shape_for_pdf
from trajectapp.domain.dates import long_date
from trajectapp.domain.selection import Translate, as_written

_MARGIN = 20 * mm
_HEIGHT = 95 * mm  # the slip is the top of the sheet, cut off along the dashed line


def password_slip(
    *,
    secret: str,
    recipient: str,
    file_name: str,
    made_on: date,
    package: bool = False,
    translate: Translate = as_written,
) -> bytes:
    """One A4 page whose top part is the slip; `package` words it for a transfer package's passphrase."""

    fonts.register_fonts()
    buffer = BytesIO()
    width, height = A4
    title = (
        translate("PasswordSlip", "Passphrase of a transfer package")
        if package
        else translate("PasswordSlip", "Password of a PDF file")
    )
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Trajectapp")
    canvas.setCreator("Trajectapp")
    top = height - _MARGIN
    left, right = _MARGIN, width - _MARGIN

    canvas.setFillColor(INK)
    canvas.setFont(fonts.BOLD, 15)
    canvas.drawString(left, top - 6 * mm, title)
    rows = (
        (translate("PasswordSlip", "For"), recipient),
        (translate("PasswordSlip", "File"), file_name),
        (translate("PasswordSlip", "Made on"), long_date(made_on, translate)),
    )
    y = top - 17 * mm
    for label, value in rows:
        canvas.setFont(fonts.REGULAR, 9.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, y, label)
        canvas.setFont(fonts.REGULAR, 11)
        canvas.setFillColor(INK)
        canvas.drawString(left + 28 * mm, y, _fitted(shape_for_pdf(value), fonts.REGULAR, 11, right - left - 28 * mm))
        y -= 7 * mm

    box_top, box_height = y - 2 * mm, 16 * mm
    canvas.setFillColor(SHADE)
    canvas.roundRect(left, box_top - box_height, right - left, box_height, 2 * mm, stroke=0, fill=1)
    canvas.setFillColor(INK)
    size = 17 if package else 20
    canvas.setFont(fonts.MONO, size)
    canvas.drawCentredString(width / 2, box_top - box_height / 2 - size * 0.35, secret)

    canvas.setFont(fonts.REGULAR, 9)
    canvas.setFillColor(MUTED)
    notes = (
        translate("PasswordSlip", "Hand this slip over apart from the file: not in the same envelope, e-mail or bag."),
        translate("PasswordSlip", "Trajectapp asks for it when the package is imported; the dashes may be left out.")
        if package
        else translate("PasswordSlip", "Type it exactly as printed when the PDF reader asks for a password."),
        translate("PasswordSlip", "Trajectapp does not keep it. Destroy the slip once the file has been opened."),
    )
    y = box_top - box_height - 7 * mm
    for note in notes:
        canvas.drawString(left, y, note)
        y -= 5 * mm

    cut = height - _MARGIN - _HEIGHT
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 3)
    canvas.line(left - 8 * mm, cut, right + 8 * mm, cut)
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.drawRightString(right, cut - 4 * mm, translate("PasswordSlip", "cut along the line"))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fitted(text: str, font: str, size: float, room: float) -> str:
    """`text` cut with an ellipsis to fit `room` points on one line."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"

"""The one-page recovery sheet the consultant prints once: the recovery key, what it does and how to keep it."""

from __future__ import annotations

import datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepInFrame,
    ListFlowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from trajectapp.documents import fonts, frame
from trajectapp.documents.frame import TableCommand
from trajectapp.domain.dates import short_date
from trajectapp.domain.recovery_keys import groups, is_well_formed
from trajectapp.domain.selection import Translate, as_written

_MARGIN = 20 * mm
_INK = colors.HexColor("#1A1A1A")
_MUTED = colors.HexColor("#5C5C5C")
_RULE = colors.HexColor("#9A9A9A")
_GROUPS_PER_ROW = 4


def render_recovery_sheet(
    recovery_key: str, *, vault_folder: str, created: datetime.date, translate: Translate = as_written
) -> bytes:
    """The recovery sheet for one vault as PDF bytes: A4, one page, built in memory, in the language of
    `translate`."""
    # A sheet with a damaged key would be trusted and then fail on the day it is needed.
    if not is_well_formed(recovery_key):
        raise ValueError("This is not a complete recovery key; the sheet was not made.")
    fonts.register_fonts()
    styles = _styles()
    buffer = BytesIO()
    title = translate("RecoverySheet", "Trajectapp recovery sheet")
    footer = translate("RecoverySheet", "This sheet holds no case data. Do not keep a copy of it on any computer.")
    document = frame.a4_document(
        buffer,
        title,
        side=_MARGIN,
        top_and_bottom=_MARGIN,
        on_page=lambda canvas, _document: _footer(canvas, footer),
    )
    story = [
        Paragraph(escape(title), styles["title"]),
        _paragraph(
            translate("RecoverySheet", "Keep this page as carefully as the case files themselves."), styles["lead"]
        ),
        _paragraph(translate("RecoverySheet", "What this key does"), styles["heading"]),
        _paragraph(
            translate(
                "RecoverySheet",
                "If the passphrase is ever forgotten, this recovery key opens the vault and lets you set a new "
                "passphrase. Nothing else can do that.",
            ),
            styles["body"],
        ),
        _paragraph(
            translate(
                "RecoverySheet",
                "Anyone who holds this key together with the vault folder can read every case file in it, without "
                "knowing the passphrase.",
            ),
            styles["body"],
        ),
        Spacer(0, 4 * mm),
        _key_block(recovery_key, translate("RecoverySheet", "RECOVERY KEY"), document.width, styles),
        Spacer(0, 2 * mm),
        _paragraph(
            translate("RecoverySheet", "Type the groups in order. Dashes and spaces are optional."), styles["note"]
        ),
        Spacer(0, 3 * mm),
        _details(vault_folder, created, document.width, styles, translate),
        _paragraph(translate("RecoverySheet", "How to keep it"), styles["heading"]),
        _instructions(styles, translate),
        Spacer(0, 12 * mm),
        _signature_lines(document.width, styles, translate),
    ]
    # Shrinking rather than flowing on guarantees one page even for a very long vault path.
    page = KeepInFrame(document.width, document.height, story, mode="shrink")
    document.build([page])
    return buffer.getvalue()


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=15, textColor=_INK, spaceAfter=5)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=20, leading=26, spaceAfter=2),
        "lead": ParagraphStyle("lead", parent=body, textColor=_MUTED, spaceAfter=8),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=fonts.BOLD, fontSize=11.5, leading=16, spaceBefore=10, spaceAfter=4
        ),
        "body": body,
        "note": ParagraphStyle("note", parent=body, fontSize=9, leading=13, textColor=_MUTED, alignment=TA_CENTER),
        "label": ParagraphStyle("label", parent=body, fontSize=9.5, leading=14, textColor=_MUTED, spaceAfter=0),
        "value": ParagraphStyle("value", parent=body, leading=14, spaceAfter=0),
        "path": ParagraphStyle("path", parent=body, fontName=fonts.MONO, fontSize=9.5, leading=14, spaceAfter=0),
        "key_caption": ParagraphStyle(
            "key_caption",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=9,
            leading=12,
            textColor=_MUTED,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
    }


def _key_block(recovery_key: str, caption: str, width: float, styles: dict[str, ParagraphStyle]) -> Table:
    key_groups = groups(recovery_key)
    rows: list[list[object]] = [[_paragraph(caption, styles["key_caption"])] + [""] * (_GROUPS_PER_ROW - 1)]
    style: list[TableCommand] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BOX", (0, 0), (-1, -1), 1.2, _INK),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F5F5F5")),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
    ]
    for start in range(0, len(key_groups), _GROUPS_PER_ROW):
        group_row = len(rows)
        rows.append([*key_groups[start : start + _GROUPS_PER_ROW]])
        rows.append([str(number) for number in range(start + 1, start + 1 + len(rows[-1]))])
        style += [
            ("FONT", (0, group_row), (-1, group_row), fonts.MONO, 28, 32),
            ("TEXTCOLOR", (0, group_row), (-1, group_row), _INK),
            ("TOPPADDING", (0, group_row), (-1, group_row), 10),
            ("BOTTOMPADDING", (0, group_row), (-1, group_row), 4),
            ("FONT", (0, group_row + 1), (-1, group_row + 1), fonts.REGULAR, 8, 10),
            ("TEXTCOLOR", (0, group_row + 1), (-1, group_row + 1), _MUTED),
            ("TOPPADDING", (0, group_row + 1), (-1, group_row + 1), 0),
            ("BOTTOMPADDING", (0, group_row + 1), (-1, group_row + 1), 10),
        ]
    style.append(("BOTTOMPADDING", (0, -1), (-1, -1), 14))
    table = Table(rows, colWidths=[width / _GROUPS_PER_ROW] * _GROUPS_PER_ROW)
    table.setStyle(TableStyle(style))
    return table


def _details(
    vault_folder: str, created: datetime.date, width: float, styles: dict[str, ParagraphStyle], translate: Translate
) -> Table:
    label_width = 32 * mm
    rows = [
        [
            _paragraph(translate("RecoverySheet", "Vault folder"), styles["label"]),
            _paragraph(vault_folder, styles["path"]),
        ],
        [
            _paragraph(translate("RecoverySheet", "Created"), styles["label"]),
            Paragraph(short_date(created), styles["value"]),
        ],
    ]
    return frame.facts_table(rows, label_width, width, padding=3, below=3)


def _instructions(styles: dict[str, ParagraphStyle], translate: Translate) -> ListFlowable:
    lines = [
        translate("RecoverySheet", "Keep this page locked away, in a different place from the laptop."),
        translate("RecoverySheet", "Never photograph it, scan it, copy it out or store it digitally in any form."),
        translate(
            "RecoverySheet", "When the vault is retired, destroy this page: shred it, do not just throw it away."
        ),
    ]
    item_style = ParagraphStyle("item", parent=styles["body"], spaceAfter=3)
    return ListFlowable(
        [_paragraph(line, item_style) for line in lines],
        bulletType="bullet",
        start="•",
        bulletFontName=fonts.REGULAR,
        bulletFontSize=10,
        leftIndent=14,
    )


def _signature_lines(width: float, styles: dict[str, ParagraphStyle], translate: Translate) -> Table:
    label_width = 32 * mm
    rows = [
        [_paragraph(translate("RecoverySheet", "Stored at:"), styles["value"]), ""],
        [_paragraph(translate("RecoverySheet", "Signature:"), styles["value"]), ""],
    ]
    table = Table(rows, colWidths=[label_width, width - label_width], rowHeights=[16 * mm, 16 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, -1), 0.7, _RULE),
            ]
        )
    )
    return table


def _footer(canvas: Canvas, words: str) -> None:
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 8)
    canvas.setFillColor(_MUTED)
    canvas.drawCentredString(A4[0] / 2, _MARGIN / 2, words)
    canvas.restoreState()

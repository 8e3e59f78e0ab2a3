"""The bundled DejaVu fonts, registered with reportlab once, so every document can print any name."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from trajectapp.resource_path import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
# Documents may be rendered on a worker thread while another is already registering.
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Make REGULAR, BOLD and MONO available to reportlab; safe to call before every render."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # Maps <b> in Paragraph markup to the bold face; there is no bundled italic,
        # so italic falls back to the upright faces rather than to Helvetica (no Ç, ğ).
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True

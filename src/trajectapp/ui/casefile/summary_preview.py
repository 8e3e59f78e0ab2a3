"""The case summary on screen: gathered from the vault on the GUI thread, laid out by reportlab off it, shown from
memory with QtPdf and never written to disk."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trajectapp.documents.case_summary import case_summary
from trajectapp.services.case_summary import gather_case_summary
from trajectapp.ui.background import run_in_background
from trajectapp.vault.vault import Vault


class CaseSummaryDialog(QDialog):
    """Special-category data is left out unless the consultant ticks the box, which presentation mode does not
    offer. Printing and saving come with the printing update."""

    def __init__(self, vault: Vault, case_id: int, *, presentation_mode: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case summary"))
        self._data = gather_case_summary(vault, case_id)  # reads the vault: on this thread
        self.pdf = b""
        self.building = False
        self._wanted: bool | None = None  # a rebuild asked for while one runs
        self.include_special = QCheckBox(self.tr("Include religion or ideology, health and offences"), self)
        self.include_special.setEnabled(not presentation_mode)
        if presentation_mode:
            self.include_special.setToolTip(self.tr("Not in presentation mode."))
        self.status = QLabel(self)
        self.status.setStyleSheet("QLabel { color: #555; }")
        # The view reads the document, the document reads the buffer: all three live as long as the dialog.
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        choices = QHBoxLayout()
        choices.addWidget(self.include_special)
        choices.addStretch(1)
        choices.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.include_special.toggled.connect(self.rebuild)
        self.resize(820, 900)
        self.rebuild(False)

    def rebuild(self, include_special: bool) -> None:
        """Lay the summary out again, off the GUI thread; a change asked for meanwhile runs after it."""
        if self.building:
            self._wanted = include_special
            return
        self.building = True
        self.status.setText(self.tr("Making the summary…"))
        data, today = self._data, date.today()
        run_in_background(lambda: case_summary(data, today=today, include_special=include_special),
                          self._built, self._failed)

    def _built(self, pdf: object) -> None:
        if not shiboken6.isValid(self):  # closed while the summary was being made
            return
        self.building = False
        self.pdf = bytes(pdf)
        self.document.close()
        old, self._buffer = self._buffer, QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.status.setText(self.tr("%1 pages").replace("%1", str(self.document.pageCount())))
        self._next()

    def _failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self.building = False
        self.status.setText(self.tr("The summary could not be made (%1).").replace("%1", type(error).__name__))
        self._next()

    def _next(self) -> None:
        if self._wanted is not None:
            wanted, self._wanted = self._wanted, None
            self.rebuild(wanted)

"""The plan document on screen, as the person will read and sign it, built in memory and never written to disk."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.plan import PlanVersion
from trajectapp.ui.ask import Ask


class PlanDocumentDialog(QDialog):
    """`make_pdf(version id, include special)` builds the document's bytes. The goals about health, religion or
    offences are left out unless the consultant ticks the box, which presentation mode does not offer."""

    def __init__(self, versions: Sequence[PlanVersion], chosen_id: int, make_pdf: Callable[[int, bool], bytes],
                 *, offer_special: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan document"))
        self._make_pdf = make_pdf
        self.pdf = b""
        self.version = QComboBox(self)
        for number, version in enumerate(versions, start=1):
            self.version.addItem(self.tr("Version %1, of %2").replace("%1", str(number)).replace(
                "%2", version.made_on.isoformat()), version.id)
        self.version.setCurrentIndex(max(self.version.findData(chosen_id), 0))
        self.include_special = QCheckBox(self.tr("Include goals about health, religion or offences"), self)
        self.include_special.setEnabled(offer_special)
        if not offer_special:
            self.include_special.setToolTip(self.tr("Not in presentation mode."))
        note = QLabel(self.tr(
            "The plan as the person reads and signs it. Printing it comes with a later update of Trajectapp."), self)
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #555; }")
        # The view reads the document while it is shown; the document reads the buffer: both live as long
        # as the dialog.
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Version:"), self))
        choices.addWidget(self.version)
        choices.addSpacing(16)
        choices.addWidget(self.include_special)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.version.currentIndexChanged.connect(lambda _index: self.rebuild())
        self.include_special.toggled.connect(lambda _on: self.rebuild())
        self.resize(820, 900)
        self.rebuild()

    def rebuild(self) -> None:
        """Build the document of the chosen version again and show it."""
        self.pdf = self._make_pdf(self.version.currentData(), self.include_special.isChecked())
        self.document.close()
        old, self._buffer = self._buffer, QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    @classmethod
    def preview(cls, parent: QWidget | None, ask: Ask, versions: Sequence[PlanVersion], chosen_id: int,
                make_pdf: Callable[[int, bool], bytes], *, offer_special: bool = True) -> None:
        def run():
            dialog = cls(versions, chosen_id, make_pdf, offer_special=offer_special, parent=parent)
            dialog.exec()
            dialog.deleteLater()

        ask.answer("plan document", run)

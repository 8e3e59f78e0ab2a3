"""Step 6 of the export: what was written where, and what the disclosure register now holds about it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from trajectapp.domain.dates import short_moment
from trajectapp.domain.disclosures import ConsentCheck
from trajectapp.ui.export.export_state import ExportState
from trajectapp.ui.isolated_text import isolated
from trajectapp.ui.labels import label, party_name
from trajectapp.ui.numbers import whole_number


class FinishPage(QWizardPage):
    def __init__(self, state: ExportState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Written, and in the register"))
        self.setSubTitle(self.tr("Nothing else has left the vault."))
        self.words = QLabel(self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """From what the write returned: the vault may be locked by now, and is not read again."""
        state, entry = self._state, self._state.written
        if entry is None:
            return
        path = state.chosen_path()
        when = short_moment(entry.disclosed_at.astimezone())
        lines = [
            self.tr("%1 is written in %2.").replace("%1", path.name).replace("%2", str(path.parent)),
            "",
            self.tr("The disclosure register of this case has the entry:"),
            "•  " + self.tr("On %1, to %2").replace("%1", when).replace("%2", isolated(party_name(entry.party))),
            "•  " + self.tr("Purpose: %1").replace("%1", " ".join(entry.purpose.split())),
            "•  "
            + self.tr("Basis: %1").replace("%1", label(entry.basis))
            + (" (" + " ".join(entry.basis_explanation.split()) + ")" if entry.basis_explanation else ""),
            "•  "
            + label(entry.consent)
            + (": " + " ".join(entry.override_reason.split()) if entry.consent is ConsentCheck.OVERRIDDEN else ""),
            "•  " + self.tr("%n item(s)", "", len(entry.items)) + ", " + label(entry.output_format),
            "•  "
            + self.tr("%1 bytes, fingerprint (SHA-256) %2")
            .replace("%1", whole_number(entry.file_size))
            .replace("%2", entry.file_sha256),
            "",
            self.tr("The entry cannot be changed or removed. File ▸ Disclosure register shows it with the others."),
        ]
        self.words.setText("\n".join(lines))

"""The case file's Disclosures tab: every time this case's data left the vault (or arrived in it), newest first.

Hidden in presentation mode, as the history is: purposes and reasons are free text that may touch anything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from trajectapp.services.disclosures import disclosures
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.case_panel import CasePanel
from trajectapp.ui.disclosures.register_view import RegisterView


class DisclosuresPanel(CasePanel):
    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(vault, case_id, ask, parent)
        self.presentation_mode = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.view = RegisterView(with_case=False, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read the case's register again (nothing in presentation mode)."""
        entries = [] if self.presentation_mode else disclosures(self._vault, self._case_id)
        self.view.show_entries(entries)
        if entries:
            self.intro.setText(
                self.tr(
                    "Everything of this case that left the vault, or arrived in it, newest first: to whom, why, on "
                    "what basis, and the fingerprint of the file. Entries cannot be changed or removed."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Nothing of this case has left the vault. Each PDF saved and each export will be listed here: to "
                    "whom, why, on what basis, and the fingerprint of the file."
                )
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # a PDF saved or an export made since the tab was last seen

    def event(self, event: QEvent) -> bool:
        # The window active again, after the dialog of a PDF saved or an export made over this tab.
        if event.type() == QEvent.Type.WindowActivate and self.isVisible():
            self.refresh()
        return super().event(event)

    def set_presentation_mode(self, on: bool) -> None:
        """Hide the tab while the screen faces the person, and hold nothing of the register meanwhile."""
        self.presentation_mode = on
        tabs = self._tabs()
        if tabs is not None:
            index = tabs.indexOf(self)
            if on and tabs.currentIndex() == index:
                tabs.setCurrentIndex(0)
            tabs.setTabVisible(index, not on)
        self.refresh()

    def _tabs(self) -> QTabWidget | None:
        """The case file's tabs this panel is one of (its parent is their page stack)."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget

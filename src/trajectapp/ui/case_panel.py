"""CasePanel: what every part of an open case file starts from, the case it shows and how it asks and saves."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask


class CasePanel(QWidget):
    """A tab of a case file, or a part of one, over one case of the open vault; the workspace makes each tab as
    `panel(vault, case_id, ask)`. `changed` is emitted for every save, and the case file passes it on."""

    changed = Signal()

    def __init__(self, vault: OpenVault, case_id: int, ask: Ask, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._case_id, self._ask = vault, case_id, ask

"""File ▸ Disclosure register: the register of the whole vault, newest first, with the case of each entry and a
filter on any of its words. Read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trajectapp.domain.record_ids import stored_id
from trajectapp.services.caseload import list_cases
from trajectapp.services.disclosures import disclosures
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.ask import Ask
from trajectapp.ui.disclosures.register_view import RegisterView
from trajectapp.ui.modal import run_modal


class RegisterDialog(QDialog):
    def __init__(self, vault: OpenVault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disclosure register"))
        self._vault = vault
        intro = QLabel(
            self.tr(
                "Every time case data left this vault, or arrived in it: to whom or from whom, why, on what basis, "
                "whether the person's consent covered it, and the name, size and fingerprint (SHA-256) of the file. "
                "Entries cannot be changed or removed. Passwords are never kept."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter: a name, a service, a purpose, a file…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.view = RegisterView(with_case=True, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        search_row = QHBoxLayout()
        search_row.addWidget(QLabel(self.tr("Filter:"), self))
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.resize(1240, 740)
        self.refresh()

    def refresh(self) -> None:
        names = {stored_id(case.id): case.display_name for case in list_cases(self._vault)}
        self.view.show_entries(disclosures(self._vault), names)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.view.set_filter(text)
        shown, total = self.view.shown_count(), self.view.model.rowCount()
        if total == 0:
            self.count.setText(self.tr("Nothing has left this vault yet."))
        elif shown == total:
            self.count.setText(self.tr("%n entries", "", total))
        else:
            self.count.setText(self.tr("%1 of %n entries", "", total).replace("%1", str(shown)))

    @classmethod
    def show_register(cls, parent: QWidget | None, vault: OpenVault, ask: Ask) -> None:
        run_modal(ask, "disclosure register", lambda: cls(vault, parent), lambda _dialog, _closed: None)

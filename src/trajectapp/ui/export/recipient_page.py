"""Step 1 of the export: who receives it. A partner service from the directory, a colleague who takes the case
over, or the person themself (a copy of their own data)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QWidget,
    QWizardPage,
)

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.disclosures import DisclosureParty, PartyKind
from trajectapp.domain.partners import PartnerService
from trajectapp.ui.directory.service_list_model import ServiceListModel
from trajectapp.ui.export.export_state import ExportState
from trajectapp.ui.forms.fields import without_control_characters


class RecipientPage(QWizardPage):
    def __init__(self, state: ExportState, services: list[PartnerService], parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Who receives it?"))
        self.setSubTitle(
            self.tr(
                "Only what you choose in the next steps leaves the vault, and the disclosure "
                "register keeps a record of it."
            )
        )
        self.service_choice = QRadioButton(self.tr("A partner service from the directory"), self)
        self.consultant_choice = QRadioButton(self.tr("Another consultant, who takes over the case"), self)
        self.person_choice = QRadioButton(self.tr("The person themself: a copy of their own data"), self)
        self.group = QButtonGroup(self)
        for button in (self.service_choice, self.consultant_choice, self.person_choice):
            self.group.addButton(button)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to find a service"))
        self.filter.setClearButtonEnabled(True)
        self.services = ServiceListModel(self)
        self.services.set_services(services)
        self.shown_services = QSortFilterProxyModel(self)
        self.shown_services.setSourceModel(self.services)
        self.shown_services.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.service_list = QListView(self)
        self.service_list.setModel(self.shown_services)
        self.service_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.service_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.service_list.setMinimumHeight(160)
        self.service_list.setMaximumHeight(300)
        self.no_services = QLabel(
            self.tr("The directory lists no partner services yet: add them with Case ▸ Partner services."), self
        )
        self.no_services.setWordWrap(True)
        self.no_services.setVisible(not services)

        self.consultant_name = QLineEdit(self)
        self.consultant_name.setMaxLength(NAME_MAX)
        self.consultant_name.setPlaceholderText(self.tr("Their name, and where they work"))
        consultant_note = QLabel(self.tr("They get a transfer package that their Trajectapp imports as a case."), self)
        person_note = QLabel(
            self.tr(
                "A copy of everything held about them (their right of access), with the "
                "list of everyone their data went to and how long the case is kept."
            ),
            self,
        )
        for note in (consultant_note, person_note):
            note.setWordWrap(True)
            note.setStyleSheet("QLabel { color: #555; }")

        grid = QGridLayout(self)
        grid.setColumnMinimumWidth(0, 24)
        grid.addWidget(self.service_choice, 0, 0, 1, 2)
        grid.addWidget(self.filter, 1, 1)
        grid.addWidget(self.service_list, 2, 1)
        grid.addWidget(self.no_services, 3, 1)
        grid.addWidget(self.consultant_choice, 4, 0, 1, 2)
        grid.addWidget(self.consultant_name, 5, 1)
        grid.addWidget(consultant_note, 6, 1)
        grid.addWidget(self.person_choice, 7, 0, 1, 2)
        grid.addWidget(person_note, 8, 1)
        grid.setRowStretch(9, 1)
        grid.setVerticalSpacing(6)

        self.group.buttonToggled.connect(lambda _button, _on: self._changed())
        self.filter.textChanged.connect(self.shown_services.setFilterFixedString)
        self.filter.textEdited.connect(lambda _text: self.service_choice.setChecked(True))
        self.service_list.selectionModel().selectionChanged.connect(lambda *_: self._service_picked())
        self.service_list.clicked.connect(lambda _index: self.service_choice.setChecked(True))
        self.consultant_name.textEdited.connect(lambda _text: self.consultant_choice.setChecked(True))
        self.consultant_name.textChanged.connect(lambda _text: self._changed())
        self._changed()

    def choose_service(self, service_id: int) -> bool:
        """Select the service with this id in the list (as a click would); False if it is not listed."""
        row = self.services.row_of(service_id)
        if row < 0:
            return False
        index = self.shown_services.mapFromSource(self.services.index(row))
        if not index.isValid():
            self.filter.clear()
            index = self.shown_services.mapFromSource(self.services.index(row))
        self.service_list.setCurrentIndex(index)
        self.service_choice.setChecked(True)
        return True

    def chosen_service(self) -> PartnerService | None:
        index = self.service_list.currentIndex()
        if not index.isValid() or not self.service_list.selectionModel().isSelected(index):
            return None
        return self.services.service_at(self.shown_services.mapToSource(index).row())

    def party(self) -> DisclosureParty | None:
        """The recipient as the register will name them, or None while the choice is not complete."""
        if self.service_choice.isChecked():
            service = self.chosen_service()
            return DisclosureParty(PartyKind.PARTNER_SERVICE, service.name, service.id) if service else None
        if self.consultant_choice.isChecked():
            name = " ".join(without_control_characters(self.consultant_name.text()).split())
            return DisclosureParty(PartyKind.CONSULTANT, name) if name else None
        if self.person_choice.isChecked():
            return DisclosureParty(PartyKind.PERSON, self._state.person_name)
        return None

    def _service_picked(self) -> None:
        if self.chosen_service() is not None:
            self.service_choice.setChecked(True)
        self._changed()

    def _changed(self) -> None:
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.party() is not None

    def validatePage(self) -> bool:
        self._state.party = self.party()
        return self._state.party is not None

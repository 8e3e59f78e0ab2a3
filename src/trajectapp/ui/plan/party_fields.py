"""Who does a step or answers a plan: the person, the consultant, a partner service from the directory, family,
or someone else, with a name where one is needed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import Party
from trajectapp.ui.forms.fields import LINE_MAX
from trajectapp.ui.forms.form_dialog import Value
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog
from trajectapp.ui.labels import catalogue_text, label


class PartyFields(Generic[Value]):
    """Three fields of a FormDialog ("party", "service", "party_name"); only those that apply are shown."""

    def __init__(self, dialog: GuardedFormDialog[Value], caption: str, services: Iterable[PartnerService]):
        self._dialog = dialog
        self.party = QComboBox(dialog)
        for party in Party:
            self.party.addItem(label(party), party.value)
        dialog.add_field("party", caption, self.party)
        self.service = QComboBox(dialog)
        self.service.addItem(QCoreApplication.translate("PartyFields", "Choose a partner service…"), None)
        for service in services:
            self.service.addItem(catalogue_text(service.name), service.id)
        dialog.add_field("service", QCoreApplication.translate("PartyFields", "Partner service:"), self.service)
        self.name = QLineEdit(dialog)
        self.name.setMaxLength(LINE_MAX)
        dialog.add_field("party_name", QCoreApplication.translate("PartyFields", "Who:"), self.name)
        self.party.currentIndexChanged.connect(self._chosen)
        self.service.currentIndexChanged.connect(lambda _index: dialog.rows["service"].set_error(""))
        self._chosen()

    def chosen(self) -> Party:
        return Party(self.party.currentData())

    def show(self, party: Party, service_id: int | None, party_name: str) -> None:
        self.party.setCurrentIndex(self.party.findData(party.value))
        if service_id is not None:
            index = self.service.findData(service_id)
            if index < 0:  # hidden from the directory since: still the one that was chosen
                self.service.addItem(
                    QCoreApplication.translate("PartyFields", "(a service no longer listed)"), service_id
                )
                index = self.service.count() - 1
            self.service.setCurrentIndex(index)
        self.name.setText(party_name)

    def _chosen(self) -> None:
        party = self.chosen()
        self._dialog.set_field_visible("service", party is Party.SERVICE)
        self._dialog.set_field_visible("party_name", party in (Party.FAMILY, Party.OTHER))
        self.name.setPlaceholderText(
            QCoreApplication.translate("PartyFields", "For example: his sister Samira")
            if party is Party.FAMILY
            else QCoreApplication.translate("PartyFields", "For example: the imam of the prison, a lawyer")
        )

    def errors(self) -> dict[str, str]:
        party, errors = self.chosen(), {}
        if party is Party.SERVICE and self.service.currentData() is None:
            errors["service"] = QCoreApplication.translate("PartyFields", "Choose the partner service.")
        if party in (Party.FAMILY, Party.OTHER):
            name = self._dialog.text("party_name")
            if party is Party.OTHER and not name:
                errors["party_name"] = QCoreApplication.translate("PartyFields", "Say who it is.")
            elif problem := self._dialog.text_error("party_name", NAME_MAX):
                errors["party_name"] = problem
        return errors

    def values(self) -> tuple[Party, int | None, str]:
        """(party, service id, name) as the store keeps them: a service only for a service, a name only for
        family or someone else."""
        party = self.chosen()
        service_id = self.service.currentData() if party is Party.SERVICE else None
        name = self._dialog.text("party_name") if party in (Party.FAMILY, Party.OTHER) else ""
        return party, service_id, name

"""The dialog for one partner service's involvement in a case: which service, since and until when, the
contact person there, and the needs they work on."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.fields import DateEdit
from trajectapp.ui.forms.form_dialog import FormDialog, run_dialog
from trajectapp.ui.forms.guarded_dialog import drafted_id

CONTACT_PERSON_MAX = 200
DRAFT_ID = "involvement_id"  # the key a draft keeps the edited involvement under


class InvolvementDialog(FormDialog):
    DRAFT_KIND = "involvement"

    def __init__(
        self, services: list[PartnerService], involvement: Involvement | None = None, parent: QWidget | None = None
    ):
        super().__init__(self.tr("Involve a service") if involvement is None else self.tr("Service involved"), parent)
        self.involvement_id = involvement.id if involvement is not None else None
        self._services = {service.id: service for service in services}
        self.service = QComboBox(self)
        self.service.addItem(self.tr("Choose a partner service…"), None)
        for service in services:
            self.service.addItem(service.name, service.id)
        self.add_field("service", self.tr("Service:"), self.service)
        for name, caption in (("since", self.tr("Since:")), ("until", self.tr("Until:"))):
            edit = DateEdit(self)
            edit.setMaximumWidth(160)
            self.add_field(name, caption, edit)
        self.rows["until"].setToolTip(self.tr("Leave empty while the service is still involved."))
        self.contact_person = QLineEdit(self)
        self.contact_person.setMaxLength(CONTACT_PERSON_MAX)
        self.add_field("contact_person", self.tr("Contact person:"), self.contact_person)
        self.add_field(
            "needs",
            self.tr("Needs they work on:"),
            QPlainTextEdit(self),
            self.tr("In your own words, for example: housing after release, debts, a training course."),
        )
        self.service.currentIndexChanged.connect(self._service_chosen)
        if involvement is not None:
            self._show(involvement)
        self._service_chosen()

    def _show(self, involvement: Involvement) -> None:
        index = self.service.findData(involvement.service_id)
        if index < 0:  # hidden from the directory since: still this case's service
            self.service.addItem(self.tr("(a service no longer listed)"), involvement.service_id)
            index = self.service.count() - 1
        self.service.setCurrentIndex(index)
        self.inputs["since"].set_date(involvement.since)
        self.inputs["until"].set_date(involvement.until)
        self.contact_person.setText(involvement.contact_person)
        self.inputs["needs"].setPlainText(involvement.needs)

    def _service_chosen(self) -> None:
        """Offer the chosen service's contact people from the directory as the user types."""
        self.rows["service"].set_error("")
        service = self._services.get(self.service.currentData())
        people = [line.strip() for line in service.contact_people.splitlines() if line.strip()] if service else []
        self.contact_person.setCompleter(QCompleter(people, self.contact_person) if people else None)
        if service and not self.contact_person.text() and len(people) == 1:
            self.contact_person.setPlaceholderText(people[0])
        else:
            self.contact_person.setPlaceholderText("")

    def errors(self) -> dict[str, str]:
        errors = {}
        if self.service.currentData() is None:
            errors["service"] = self.tr("Choose the partner service.")
        for name in ("since", "until"):
            if problem := self.inputs[name].problem():
                errors[name] = problem
        since, until = self.inputs["since"].date_value(), self.inputs["until"].date_value()
        if since and until and until < since:
            errors["until"] = self.tr("This is before the date since when the service is involved (%1).").replace(
                "%1", since.isoformat()
            )
        for name in ("contact_person", "needs"):
            if problem := self.text_problem(name):
                errors[name] = problem
        return errors

    def value(self) -> dict | None:
        """Keyword fields for `Involvement(id, case_id, **fields)`, or None while the form has errors."""
        if self.errors():
            return None
        return {
            "service_id": self.service.currentData(),
            "since": self.inputs["since"].date_value(),
            "until": self.inputs["until"].date_value(),
            "contact_person": self.text("contact_person"),
            "needs": self.text("needs", multiline=True).strip(),
        }

    def draft(self) -> str:
        """The typed texts, and which involvement they edit (None: a new one)."""
        raw = json.loads(super().draft())
        raw[DRAFT_ID] = self.involvement_id
        return json.dumps(raw, ensure_ascii=False)

    @classmethod
    def get_involvement(
        cls,
        parent: QWidget | None,
        ask: Ask,
        services: list[PartnerService],
        involvement: Involvement | None = None,
        draft: str | None = None,
        *,
        save: Callable[[Any], Any] | None = None,
    ) -> dict | None:
        """The fields of the involvement (new, or `involvement` edited), or None if cancelled.

        `services` are those the directory lists (not hidden)."""
        return run_dialog(ask, "involvement", lambda: cls(services, involvement, parent), draft, save=save)


def drafted_involvement_id(draft: str) -> int | None:
    """Which involvement a draft of this dialog was editing; None for a new one or an unreadable draft."""
    return drafted_id(draft, DRAFT_ID)

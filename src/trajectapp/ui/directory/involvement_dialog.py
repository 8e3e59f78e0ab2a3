"""The dialog for one partner service's involvement in a case: which service, since and until when, the
contact person there, and the needs they work on."""

from __future__ import annotations

import json
from datetime import date
from typing import TypedDict

from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from trajectapp.domain.dates import short_date
from trajectapp.domain.partners import Involvement, PartnerService
from trajectapp.domain.record_ids import stored_id
from trajectapp.ui.forms.form_dialog import FormDialog
from trajectapp.ui.forms.guarded_dialog import drafted_id
from trajectapp.ui.labels import catalogue_text

CONTACT_PERSON_MAX = 200
DRAFT_ID = "involvement_id"  # the key a draft keeps the edited involvement under


class InvolvementFields(TypedDict):
    """An Involvement's fields but its id and case."""

    service_id: int
    since: date | None
    until: date | None
    contact_person: str
    needs: str


class InvolvementDialog(FormDialog[InvolvementFields]):
    """A service's part in the case, new or `involvement` edited; `services` are those to choose from."""

    DRAFT_KIND = "involvement"
    QUESTION = "involvement"

    def __init__(
        self, services: list[PartnerService], involvement: Involvement | None = None, parent: QWidget | None = None
    ):
        super().__init__(self.tr("Involve a service") if involvement is None else self.tr("Service involved"), parent)
        self.involvement_id = involvement.id if involvement is not None else None
        self._services = {stored_id(service.id): service for service in services}
        self.service = QComboBox(self)
        self.service.addItem(self.tr("Choose a partner service…"), None)
        for service in services:
            self.service.addItem(catalogue_text(service.name), service.id)
        self.add_field("service", self.tr("Service:"), self.service)
        self.since = self.add_date("since", self.tr("Since:"))
        self.until = self.add_date("until", self.tr("Until:"))
        self.rows["until"].setToolTip(self.tr("Leave empty while the service is still involved."))
        self.contact_person = QLineEdit(self)
        self.contact_person.setMaxLength(CONTACT_PERSON_MAX)
        self.add_field("contact_person", self.tr("Contact person:"), self.contact_person)
        self.needs = QPlainTextEdit(self)
        self.add_field(
            "needs",
            self.tr("Needs they work on:"),
            self.needs,
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
        self.since.set_date(involvement.since)
        self.until.set_date(involvement.until)
        self.contact_person.setText(involvement.contact_person)
        self.needs.setPlainText(involvement.needs)

    def _service_chosen(self) -> None:
        """Offer the chosen service's contact people from the directory as the user types."""
        self.rows["service"].set_error("")
        service = self._services.get(self.service.currentData())
        people = [line.strip() for line in service.contact_people.splitlines() if line.strip()] if service else []
        # PySide6's stub leaves out None, which Qt takes (a null completer) to remove the one set before.
        self.contact_person.setCompleter(
            QCompleter(people, self.contact_person) if people else None  # type: ignore[arg-type]
        )
        if service and not self.contact_person.text() and len(people) == 1:
            self.contact_person.setPlaceholderText(people[0])
        else:
            self.contact_person.setPlaceholderText("")

    def errors(self) -> dict[str, str]:
        errors = {}
        if self.service.currentData() is None:
            errors["service"] = self.tr("Choose the partner service.")
        for name, edit in (("since", self.since), ("until", self.until)):
            if problem := edit.problem():
                errors[name] = problem
        since, until = self.since.date_value(), self.until.date_value()
        if since and until and until < since:
            errors["until"] = self.tr("This is before the service became involved (%1).").replace(
                "%1", short_date(since)
            )
        for name in ("contact_person", "needs"):
            if problem := self.text_problem(name):
                errors[name] = problem
        return errors

    def checked_value(self) -> InvolvementFields:
        """Keyword fields for `Involvement(id, case_id, **fields)`."""
        return {
            "service_id": self.service.currentData(),
            "since": self.since.date_value(),
            "until": self.until.date_value(),
            "contact_person": self.text("contact_person"),
            "needs": self.text("needs", multiline=True).strip(),
        }

    def draft(self) -> str:
        """The typed texts, and which involvement they edit (None: a new one)."""
        raw = json.loads(super().draft())
        raw[DRAFT_ID] = self.involvement_id
        return json.dumps(raw, ensure_ascii=False)


def drafted_involvement_id(draft: str) -> int | None:
    """Which involvement a draft of this dialog was editing; None for a new one or an unreadable draft."""
    return drafted_id(draft, DRAFT_ID)

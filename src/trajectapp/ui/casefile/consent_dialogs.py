"""Dialogs for consent, each a function: a consent asked or given, the answer to a pending one, a revocation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypedDict

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from trajectapp.domain.dates import short_date
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.traject import Consent, ConsentDecision, ConsentPurpose
from trajectapp.ui.ask import Ask
from trajectapp.ui.forms.form_dialog import FormDialog, Saved, date_problem, run_dialog
from trajectapp.ui.labels import catalogue_text

ConsentAnswer = tuple[ConsentDecision, date, str, str]  # the answer, answered on, may be shared, may not be shared


class ConsentFields(TypedDict):
    """A Consent's fields but its id and case."""

    purpose: ConsentPurpose
    partner_service_id: int | None
    decision: ConsentDecision
    asked_on: date
    decided_on: date | None
    allowed: str
    not_allowed: str


class ConsentDialog(FormDialog[ConsentFields]):
    """A new consent (every field), or with `consent` given, the answer to one that was asked."""

    DRAFT_KIND = "consent"
    QUESTION = "consent"

    def __init__(
        self,
        services: list[PartnerService],
        parent: QWidget | None = None,
        today: date | None = None,
        consent: Consent | None = None,
    ):
        super().__init__(self.tr("Consent") if consent is None else self.tr("Record the answer"), parent, today)
        self.deciding = consent
        if consent is not None:
            self.DRAFT_KIND = ""  # a few clicks to redo: not kept over a lock
        self.add_intro(
            self.tr(
                "Consent is asked per purpose and can be revoked at any time. Nothing is shared with a service "
                "without consent in force."
            )
        )
        self.purpose = self.add_choice("purpose", self.tr("Purpose:"), ConsentPurpose)
        self.service = QComboBox(self)
        self.service.addItem(self.tr("Choose a partner service…"), None)
        for service in services:
            self.service.addItem(catalogue_text(service.name), service.id)
        self.add_field("service", self.tr("Partner service:"), self.service)
        answers = [d for d in ConsentDecision if consent is None or d is not ConsentDecision.PENDING]
        self.decision = self.add_choice("decision", self.tr("Answer:"), answers)
        self.asked_on = self.add_date("asked_on", self.tr("Asked on:"), self.today)
        self.decided_on = self.add_date("decided_on", self.tr("Answered on:"), self.today)
        self.allowed = QPlainTextEdit(self)
        self.add_field(
            "allowed",
            self.tr("May be shared:"),
            self.allowed,
            self.tr("What the person agrees may be shared, in plain words."),
        )
        self.not_allowed = QPlainTextEdit(self)
        self.add_field("not_allowed", self.tr("May not be shared:"), self.not_allowed)
        if consent is not None:
            self._show_consent(consent)
        self.purpose.currentIndexChanged.connect(self._update_rows)
        self.service.currentIndexChanged.connect(lambda _index: self.rows["service"].set_error(""))
        self.decision.currentIndexChanged.connect(self._update_rows)
        self._update_rows()

    def _show_consent(self, consent: Consent) -> None:
        self.purpose.setCurrentIndex(self.purpose.findData(consent.purpose.value))
        index = self.service.findData(consent.partner_service_id)
        if index < 0 and consent.partner_service_id is not None:
            self.service.addItem(self.tr("(a service no longer listed)"), consent.partner_service_id)
            index = self.service.count() - 1
        self.service.setCurrentIndex(index)
        self.asked_on.set_date(consent.asked_on)
        self.allowed.setPlainText(consent.allowed)
        self.not_allowed.setPlainText(consent.not_allowed)
        for name in ("purpose", "service", "asked_on"):
            self.inputs[name].setEnabled(False)

    def _purpose(self) -> ConsentPurpose:
        return ConsentPurpose(self.purpose.currentData())

    def _decision(self) -> ConsentDecision:
        return ConsentDecision(self.decision.currentData())

    def _update_rows(self) -> None:
        sharing = self._purpose() is ConsentPurpose.SHARE_WITH_SERVICE
        for name in ("service", "allowed", "not_allowed"):
            self.set_field_visible(name, sharing)
        self.set_field_visible("decided_on", self._decision() is not ConsentDecision.PENDING)

    def errors(self) -> dict[str, str]:
        errors = {}
        sharing = self._purpose() is ConsentPurpose.SHARE_WITH_SERVICE
        if sharing and self.service.currentData() is None:
            errors["service"] = self.tr("Choose the partner service this consent is for.")
        if self.deciding is None and (problem := date_problem(self.asked_on, self.today)):
            errors["asked_on"] = problem
        if self._decision() is not ConsentDecision.PENDING:
            if problem := date_problem(self.decided_on, self.today):
                errors["decided_on"] = problem
            else:
                asked, decided = self._asked_on(), self.decided_on.date_value()
                if asked and decided and decided < asked:
                    errors["decided_on"] = self.tr("This is before it was asked (%1).").replace("%1", short_date(asked))
        if sharing:
            for name in ("allowed", "not_allowed"):
                if problem := self.text_problem(name):
                    errors[name] = problem
        return errors

    def _asked_on(self) -> date | None:
        return self.deciding.asked_on if self.deciding is not None else self.asked_on.date_value()

    def checked_value(self) -> ConsentFields:
        """The fields of a Consent (without id and case) for a new one; see get_decision for an answer."""
        sharing = self._purpose() is ConsentPurpose.SHARE_WITH_SERVICE
        decided = self._decision() is not ConsentDecision.PENDING
        asked_on = self._asked_on()
        assert asked_on is not None, "errors() asks for the date"
        return {
            "purpose": self._purpose(),
            "partner_service_id": self.service.currentData() if sharing else None,
            "decision": self._decision(),
            "asked_on": asked_on,
            "decided_on": self.decided_on.date_value() if decided else None,
            "allowed": self.text("allowed", multiline=True) if sharing else "",
            "not_allowed": self.text("not_allowed", multiline=True) if sharing else "",
        }

    @classmethod
    def get_decision(
        cls,
        parent: QWidget | None,
        ask: Ask,
        consent: Consent,
        services: list[PartnerService],
        *,
        save: Callable[[ConsentAnswer], Saved],
    ) -> Saved | None:
        """What `save` makes of (answer, answered on, may be shared, may not be shared) for a pending consent, or
        None."""

        def answer(fields: ConsentFields | ConsentAnswer) -> ConsentAnswer:
            if isinstance(fields, tuple):
                return fields  # a preset answer, as a test gives it
            decided_on = fields["decided_on"]
            assert decided_on is not None, "a pending consent's answer is never pending, and errors() asks its date"
            return fields["decision"], decided_on, fields["allowed"], fields["not_allowed"]

        return run_dialog(
            ask,
            "consent decision",
            lambda: cls(services, parent, consent=consent),
            save=lambda fields: save(answer(fields)),
        )


class RevokeDialog(FormDialog[date]):
    """The date a consent was revoked."""

    DRAFT_KIND = ""  # only a date: not kept over a lock
    QUESTION = "revoke consent"

    def __init__(
        self, subject: str, parent: QWidget | None = None, today: date | None = None, given_on: date | None = None
    ):
        super().__init__(self.tr("Revoke consent"), parent, today)
        self.given_on = given_on
        self.add_intro(
            self.tr("From the date it is revoked, the consent for “%1” no longer allows anything.").replace(
                "%1", subject
            )
        )
        self.on = self.add_date("on", self.tr("Revoked on:"), self.today)

    def errors(self) -> dict[str, str]:
        if problem := date_problem(self.on, self.today):
            return {"on": problem}
        revoked_on = self.on.date_value()
        if self.given_on and revoked_on and revoked_on < self.given_on:
            return {
                "on": self.tr("This is before the consent was given (%1).").replace("%1", short_date(self.given_on))
            }
        return {}

    def checked_value(self) -> date:
        return self.on.checked_date()

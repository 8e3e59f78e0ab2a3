"""Dialogs for the traject, each a function that returns what was entered or None: a phase change, a
transfer, a participation decision. They never write to the store."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from trajectapp.domain.traject import Participation, Phase
from trajectapp.ui.casefile.consent_dialogs import ConsentDialog, RevokeDialog
from trajectapp.ui.forms.fields import LINE_MAX
from trajectapp.ui.forms.form_dialog import FormDialog, date_problem
from trajectapp.ui.labels import label

__all__ = ["ConsentDialog", "ParticipationDialog", "PhaseDialog", "RevokeDialog", "TransferDialog"]

PRISON_LIMIT = 200

PhaseAnswer = tuple[Phase, date, str, str]  # the phase, since, a note, the reason for closing
TransferAnswer = tuple[date, str, str]  # on, to which prison, a note
ParticipationAnswer = tuple[Participation, date, str]  # the decision, on, the person's reasons


class PhaseDialog(FormDialog[PhaseAnswer]):
    DRAFT_KIND = "phase"
    QUESTION = "phase"

    def __init__(self, current_phase: Phase | None, parent: QWidget | None = None, today: date | None = None):
        super().__init__(self.tr("Change phase"), parent, today)
        phases = list(Phase)
        if current_phase is None:
            suggested = Phase.FIRST_CONTACT
        else:
            suggested = phases[min(phases.index(current_phase) + 1, len(phases) - 1)]
        now = label(current_phase) if current_phase else self.tr("no phase recorded yet")
        self.add_intro(self.tr("Now: %1.").replace("%1", now))
        self.phase = self.add_choice("phase", self.tr("New phase:"), phases)
        self.phase.setCurrentIndex(phases.index(suggested))
        self.on = self.add_date("on", self.tr("Since:"), self.today)
        self.add_field(
            "closing_reason",
            self.tr("Reason for closing:"),
            QPlainTextEdit(self),
            self.tr("Why the traject ends, for example released and aftercare finished, or moved abroad."),
        )
        self.add_field("note", self.tr("Note:"), QPlainTextEdit(self))
        self.phase.currentIndexChanged.connect(self._phase_chosen)
        self._phase_chosen()

    def _chosen(self) -> Phase:
        return Phase(self.phase.currentData())

    def _phase_chosen(self) -> None:
        self.set_field_visible("closing_reason", self._chosen() is Phase.CLOSED)

    def errors(self) -> dict[str, str]:
        errors = {}
        if problem := date_problem(self.on, self.today):
            errors["on"] = problem
        closing = self._chosen() is Phase.CLOSED
        if closing and not self.text("closing_reason", multiline=True):
            errors["closing_reason"] = self.tr("Say why the traject is closed.")
        for name in ("closing_reason", "note") if closing else ("note",):
            if problem := self.text_problem(name):
                errors[name] = problem
        return errors

    def checked_value(self) -> PhaseAnswer:
        phase = self._chosen()
        reason = self.text("closing_reason", multiline=True) if phase is Phase.CLOSED else ""
        on = self.on.checked_date()
        return phase, on, self.text("note", multiline=True), reason


class TransferDialog(FormDialog[TransferAnswer]):
    DRAFT_KIND = "transfer"
    QUESTION = "transfer"

    def __init__(self, from_prison: str, parent: QWidget | None = None, today: date | None = None):
        super().__init__(self.tr("Record a transfer"), parent, today)
        self.from_prison = from_prison
        origin = QLabel(from_prison or self.tr("not recorded"), self)
        origin.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("From:"), origin)
        to_prison = QLineEdit(self)
        to_prison.setMaxLength(LINE_MAX)
        self.add_field("to_prison", self.tr("To prison:"), to_prison)
        self.on = self.add_date("on", self.tr("On:"), self.today)
        self.add_field("note", self.tr("Note:"), QPlainTextEdit(self))

    def errors(self) -> dict[str, str]:
        errors = {}
        to_prison = self.text("to_prison")
        if not to_prison:
            errors["to_prison"] = self.tr("Type the prison the person moves to.")
        elif to_prison.casefold() == self.from_prison.strip().casefold():
            errors["to_prison"] = self.tr("That is the prison the person is in now.")
        elif problem := self.text_problem("to_prison", PRISON_LIMIT):
            errors["to_prison"] = problem
        if problem := date_problem(self.on, self.today):
            errors["on"] = problem
        if problem := self.text_problem("note"):
            errors["note"] = problem
        return errors

    def checked_value(self) -> TransferAnswer:
        on = self.on.checked_date()
        return on, self.text("to_prison"), self.text("note", multiline=True)


class ParticipationDialog(FormDialog[ParticipationAnswer]):
    DRAFT_KIND = "participation"
    QUESTION = "participation"

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(self.tr("Participation"), parent, today)
        self.add_intro(self.tr("Taking part is voluntary. A person who declines stays on the caseload as declined."))
        self.status = self.add_choice("status", self.tr("Participation:"), Participation)
        self.on = self.add_date("on", self.tr("On:"), self.today)
        self.add_field(
            "reasons",
            self.tr("Reasons:"),
            QPlainTextEdit(self),
            self.tr("The person's reasons in their own words: write down what they said, as they said it."),
        )

    def errors(self) -> dict[str, str]:
        errors = {}
        if problem := date_problem(self.on, self.today):
            errors["on"] = problem
        if problem := self.text_problem("reasons"):
            errors["reasons"] = problem
        return errors

    def checked_value(self) -> ParticipationAnswer:
        on = self.on.checked_date()
        return Participation(self.status.currentData()), on, self.text("reasons", multiline=True)

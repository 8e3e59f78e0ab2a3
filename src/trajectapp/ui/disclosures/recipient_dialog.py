"""Before a document leaves the vault as a file: who it is for, why and on what basis, and, where the person's
recorded consent does not cover that recipient, the reason for sharing all the same. What the register keeps.

The choices map onto the register's kinds of party: a partner service from the directory, or named by hand (which
no recorded consent can cover), another consultant, the person themself, or the consultant's own copy for a
meeting (a consultant; no consent covers it, so a reason is asked).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.disclosures import Basis, ConsentCheck, DisclosureDirection, DisclosureParty, PartyKind
from trajectapp.services.case_file import get_case
from trajectapp.services.disclosures import consent_check, covering_consents
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services
from trajectapp.ui.ask import Ask
from trajectapp.ui.disclosures.basis_fields import BasisFields, short_text_edit, text_problem, typed
from trajectapp.ui.forms.form_dialog import run_dialog
from trajectapp.ui.forms.guarded_dialog import GuardedFormDialog
from trajectapp.ui.isolated_text import isolated
from trajectapp.ui.labels import catalogue_text, party_name


class Recipient(Enum):
    DIRECTORY = "directory"
    OTHER_SERVICE = "other_service"
    CONSULTANT = "consultant"
    PERSON = "person"
    OWN_COPY = "own_copy"


@dataclass(frozen=True)
class Sharing:
    """Who a file is for and why: everything the register's entry needs but the file itself."""

    party: DisclosureParty
    purpose: str
    basis: Basis
    basis_explanation: str = ""
    override_reason: str = ""


class RecipientDialog(GuardedFormDialog[Sharing]):
    """Nothing is stored while it is open, so nothing is asked before it closes; the guarded dialog is for its
    height, which follows the messages and rows shown."""

    def __init__(self, vault: OpenVault, ask: Ask, case_id: int, *, document_title: str, parent: QWidget | None = None):
        super().__init__(self.tr("Who is it for?"), ask, parent)
        self._vault, self._case_id = vault, case_id
        self._person_name = get_case(vault, case_id).name
        self.add_intro(
            self.tr(
                "“%1” leaves the vault as a file. The disclosure register of the case keeps who it is for, why, on "
                "what basis and the fingerprint of the file; never the password."
            ).replace("%1", document_title)
        )
        self.recipient = QComboBox(self)
        self.recipient.setPlaceholderText(self.tr("Choose who it is for"))
        for recipient, words in (
            (Recipient.DIRECTORY, self.tr("A partner service in the directory")),
            (Recipient.OTHER_SERVICE, self.tr("Another service or professional")),
            (Recipient.CONSULTANT, self.tr("Another consultant")),
            (Recipient.PERSON, self.tr("The person themself (their own copy)")),
            (Recipient.OWN_COPY, self.tr("Myself, to take to a meeting")),
        ):
            self.recipient.addItem(words, recipient)
        self.recipient.setCurrentIndex(-1)
        self.add_field("recipient", self.tr("For:"), self.recipient)
        self.service = QComboBox(self)
        self.service.setPlaceholderText(self.tr("Choose the service"))
        for service in sorted(list_services(vault), key=lambda s: catalogue_text(s.name).casefold()):
            self.service.addItem(catalogue_text(service.name), service)
        self.service.setCurrentIndex(-1)
        self.add_field("service", self.tr("Service:"), self.service)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX + 50)  # room to show "too long" rather than cut a paste silently
        self.add_field("name", self.tr("Name:"), self.name)
        self.consent_note = QLabel(self)
        self.consent_note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the consent allows, as typed
        self.consent_note.setWordWrap(True)
        self.form.addRow("", self.consent_note)
        self.reason = short_text_edit(self, self.tr("Why it is shared all the same"))
        self.add_field("override_reason", self.tr("Reason:"), self.reason)
        self.basis_fields = BasisFields(self.form, self)
        self.basis_fields.rows_changed.connect(lambda: self._fit_height() if self.isVisible() else None)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.service.currentIndexChanged.connect(self._recipient_changed)
        self.name.textChanged.connect(self._name_changed)
        self._recipient_changed()
        self.setMinimumWidth(560)

    # -- the recipient and what the consent says ---------------------------------------------------------

    def chosen(self) -> Recipient | None:
        chosen = self.recipient.currentData()
        return chosen if isinstance(chosen, Recipient) else None  # None: nothing chosen yet

    def party(self) -> DisclosureParty | None:
        """The register's party for what is chosen so far; None while it is incomplete."""
        chosen = self.chosen()
        if chosen is Recipient.DIRECTORY:
            service = self.service.currentData()
            return DisclosureParty(PartyKind.PARTNER_SERVICE, service.name, service.id) if service else None
        if chosen is Recipient.PERSON:
            return DisclosureParty(PartyKind.PERSON, self._person_name)
        if chosen is Recipient.OWN_COPY:
            return DisclosureParty(PartyKind.CONSULTANT, self.tr("The consultant of this case (own copy)"))
        if chosen in (Recipient.OTHER_SERVICE, Recipient.CONSULTANT) and typed(self.name):
            kind = PartyKind.PARTNER_SERVICE if chosen is Recipient.OTHER_SERVICE else PartyKind.CONSULTANT
            return DisclosureParty(kind, typed(self.name))
        return None

    def consent(self) -> ConsentCheck | None:
        party = self.party()
        if party is None:
            return None
        return consent_check(self._vault, self._case_id, DisclosureDirection.SENT, party)

    def _name_changed(self) -> None:
        self._update_consent()

    def _recipient_changed(self) -> None:
        chosen = self.chosen()
        self.set_field_visible("service", chosen is Recipient.DIRECTORY)
        self.set_field_visible("name", chosen in (Recipient.OTHER_SERVICE, Recipient.CONSULTANT))
        self.name.setPlaceholderText(
            self.tr("The consultant's name")
            if chosen is Recipient.CONSULTANT
            else self.tr("The service, or the professional and their service")
        )
        self.rows["recipient"].set_error("")
        self.rows["service"].set_error("")
        self._update_consent()

    def _update_consent(self) -> None:
        consent, party = self.consent(), self.party()
        self.set_field_visible("override_reason", consent is ConsentCheck.OVERRIDDEN)
        self.consent_note.setVisible(consent is not None)
        if consent is ConsentCheck.COVERED and party is not None:
            self.consent_note.setStyleSheet("QLabel { color: #1e6b34; }")
            self.consent_note.setText(self._covered_text(party))
        elif consent is ConsentCheck.NOT_APPLICABLE:
            self.consent_note.setStyleSheet("QLabel { color: #555; }")
            self.consent_note.setText(self.tr("A copy of their own data: no consent is needed."))
        elif consent is ConsentCheck.OVERRIDDEN and party is not None:
            self.consent_note.setStyleSheet("QLabel { color: #7d6608; }")
            if self.chosen() is Recipient.DIRECTORY:
                text = self.tr("The person's recorded consent does not cover sharing with %1.")
            else:
                text = self.tr(
                    "No recorded consent covers %1: consent is recorded for partner services in the directory only."
                )
            self.consent_note.setText(
                text.replace("%1", isolated(party_name(party)))
                + " "
                + self.tr("You may share all the same: say why below.")
            )
        if self.isVisible():
            self._fit_height()

    def _covered_text(self, party: DisclosureParty) -> str:
        consents = covering_consents(self._vault, self._case_id, party.service_id)
        lines = [self.tr("The person's consent covers sharing with %1.").replace("%1", isolated(party_name(party)))]
        for consent in consents:
            if consent.allowed.strip():
                lines.append(self.tr("May be shared: %1").replace("%1", consent.allowed.strip()))
            if consent.not_allowed.strip():
                lines.append(self.tr("May not be shared: %1").replace("%1", consent.not_allowed.strip()))
        return "\n".join(lines)

    # -- the form's contract ----------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        chosen = self.chosen()
        if chosen is None:
            errors["recipient"] = self.tr("Choose who it is for.")
        elif chosen is Recipient.DIRECTORY and self.service.currentData() is None:
            errors["service"] = self.tr("Choose the service.")
        elif chosen in (Recipient.OTHER_SERVICE, Recipient.CONSULTANT) and (
            problem := text_problem(self.name, required=self.tr("Type the name."), limit=NAME_MAX)
        ):
            errors["name"] = problem
        if self.consent() is ConsentCheck.OVERRIDDEN and (
            problem := text_problem(
                self.reason,
                required=self.tr("The recorded consent does not cover this: say why it is shared all the same."),
            )
        ):
            errors["override_reason"] = problem
        errors.update(self.basis_fields.errors())
        return errors

    def show_errors(self) -> dict[str, str]:
        errors = super().show_errors()
        self.basis_fields.show_errors()
        if self.isVisible():
            self._fit_height()
        return errors

    def _accept_if_valid(self) -> None:
        errors = self.show_errors()
        if not errors:
            self.accept()
            return
        first = next((self.inputs[name] for name in self.inputs if name in errors), None)
        first = first or self.basis_fields.first_in_error(errors)
        assert first is not None, "every message is next to a field of the dialog or of its basis"
        first.setFocus()

    def checked_value(self) -> Sharing:
        purpose, basis, explanation = self.basis_fields.value()
        reason = typed(self.reason) if self.consent() is ConsentCheck.OVERRIDDEN else ""
        party = self.party()
        assert party is not None, "errors() asks for a complete recipient"
        return Sharing(party, purpose, basis, explanation, reason)

    @classmethod
    def ask_recipient(
        cls, parent: QWidget | None, ask: Ask, vault: OpenVault, case_id: int, *, document_title: str
    ) -> Sharing | None:
        """Who the file is for and why, or None if the consultant cancelled."""
        return run_dialog(
            ask, "who the file is for", lambda: cls(vault, ask, case_id, document_title=document_title, parent=parent)
        )

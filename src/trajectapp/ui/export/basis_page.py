"""Step 2 of the export: why and on what basis. Where the case's recorded consent does not cover the recipient, the
page says so, shows what the consent does allow, and asks for an explicit override with a reason, which the register
keeps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from trajectapp.domain.dates import short_date
from trajectapp.domain.disclosures import Basis, ConsentCheck, DisclosureDirection, PartyKind
from trajectapp.domain.record_ids import linked, stored_id
from trajectapp.domain.traject import Consent, ConsentPurpose
from trajectapp.services.case_file import consents
from trajectapp.services.disclosures import consent_check
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.partners import list_services
from trajectapp.ui.export.export_state import ExportState
from trajectapp.ui.forms.fields import FieldRow, without_control_characters
from trajectapp.ui.isolated_text import isolated
from trajectapp.ui.labels import catalogue_text, label, party_name
from trajectapp.ui.numbers import whole_number

TEXT_MAX = 2_000
WARNING = "QLabel { background: #fcf3cf; padding: 8px 10px; border-radius: 3px; }"
NOTE = "QLabel { background: #eef2f5; padding: 8px 10px; border-radius: 3px; }"


def _text_field(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class BasisPage(QWizardPage):
    def __init__(self, state: ExportState, vault: OpenVault, parent: QWidget | None = None):
        super().__init__(parent)
        self._state, self._vault = state, vault
        self.check: ConsentCheck | None = None  # what the register will say about consent, once the recipient is known
        self._prefilled = ""  # the purpose this page wrote in itself, replaced when the recipient changes
        self.setTitle(self.tr("Why, and on what basis?"))
        self.setSubTitle(self.tr("The register keeps the purpose and the basis with the entry."))
        self.purpose = _text_field(self)
        self.purpose.setPlaceholderText(
            self.tr("For example: preparing the reintegration plan with the justice house before release")
        )
        self.basis = QComboBox(self)
        self.basis.addItem(self.tr("Choose the basis…"), None)
        for basis in Basis:
            self.basis.addItem(label(basis), basis)
        self.explanation = _text_field(self, 2)
        self.explanation.setPlaceholderText(self.tr("Which basis, in a sentence"))
        self.consent = QLabel(self)
        self.consent.setTextFormat(Qt.TextFormat.PlainText)
        self.consent.setWordWrap(True)
        self.override = QCheckBox(self.tr("Share all the same, for the reason below (the register keeps it)"), self)
        self.reason = _text_field(self, 2)
        self.reason.setPlaceholderText(self.tr("For example: a written request from the public prosecutor"))
        self.missing = QLabel(self)
        self.missing.setStyleSheet("QLabel { color: #7d6608; }")
        self.missing.setWordWrap(True)

        self.basis.setMaximumWidth(420)  # before its row is made: a short field stays at the left
        self.rows = {
            "purpose": FieldRow(self.purpose, parent=self),
            "basis": FieldRow(self.basis, parent=self),
            "basis_explanation": FieldRow(self.explanation, parent=self),
            "override_reason": FieldRow(self.reason, parent=self),
        }
        form = QFormLayout()
        form.addRow(self.tr("Purpose:"), self.rows["purpose"])
        form.addRow(self.tr("Basis:"), self.rows["basis"])
        self.explanation_caption = QLabel(self.tr("Explain:"), self)
        form.addRow(self.explanation_caption, self.rows["basis_explanation"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.consent)
        layout.addWidget(self.override)
        layout.addWidget(self.rows["override_reason"])
        layout.addStretch(1)
        layout.addWidget(self.missing)

        self.basis.currentIndexChanged.connect(lambda _index: self._changed())
        self.override.toggled.connect(lambda _on: self._changed())
        for edit in (self.purpose, self.explanation, self.reason):
            edit.textChanged.connect(self._changed)

    # -- what the page shows for the recipient --------------------------------------------------------------

    def initializePage(self) -> None:
        state = self._state
        self.check = consent_check(self._vault, state.case_id, DisclosureDirection.SENT, state.chosen_party())
        self.consent.setText(self._consent_words())
        self.consent.setStyleSheet(WARNING if self.check is ConsentCheck.OVERRIDDEN else NOTE)
        for widget in (self.override, self.rows["override_reason"]):
            widget.setVisible(self.check is ConsentCheck.OVERRIDDEN)
        own_copy = self.tr("A copy of their own data, as they asked (right of access).")
        if state.for_the_person and not self.purpose.toPlainText().strip():
            self.purpose.setPlainText(own_copy)
            self._prefilled = own_copy
            self.basis.setCurrentIndex(self.basis.findData(Basis.LEGAL_OBLIGATION))
        elif not state.for_the_person and self._prefilled and self.purpose.toPlainText() == self._prefilled:
            self.purpose.clear()
            self._prefilled = ""
        self._changed()

    def _consent_words(self) -> str:
        party = self._state.chosen_party()
        if party.kind is PartyKind.PERSON:
            return self.tr(
                "Consent is not asked for: this is the person's own data, which they have the right to receive."
            )
        service_names = {
            stored_id(s.id): catalogue_text(s.name) for s in list_services(self._vault, include_hidden=True)
        }
        in_force = [
            c
            for c in consents(self._vault, self._state.case_id)
            if c.purpose is ConsentPurpose.SHARE_WITH_SERVICE and c.in_force
        ]
        if self.check is ConsentCheck.COVERED:
            covering = [c for c in in_force if c.partner_service_id == party.service_id]
            return "\n".join(
                [
                    self.tr("The person's recorded consent covers sharing with %1.").replace(
                        "%1", isolated(party_name(party))
                    ),
                    *(self._consent_line(c, service_names) for c in covering),
                ]
            )
        if party.kind is PartyKind.CONSULTANT:
            first = self.tr(
                "The person's recorded consent is about partner services: it does not cover handing "
                "the case to another consultant."
            )
        else:
            first = self.tr("The person's recorded consent does not cover sharing with %1.").replace(
                "%1", isolated(party_name(party))
            )
        if not in_force:
            allowed = [self.tr("No consent to share with anyone is in force for this case.")]
        else:
            allowed = [self.tr("What the recorded consent does allow:")]
            allowed += [self._consent_line(c, service_names) for c in in_force]
        return "\n".join(
            [
                first,
                "",
                *allowed,
                "",
                self.tr(
                    "To share all the same, tick the box and give the reason: a legal obligation, say, or a danger to "
                    "someone's life."
                ),
            ]
        )

    def _consent_line(self, consent: Consent, service_names: dict[int, str]) -> str:
        name = linked(service_names, consent.partner_service_id)
        line = "•  " + self.tr("%1, given on %2").replace("%1", "?" if name is None else name).replace(
            "%2", short_date(consent.decided_on or consent.asked_on)
        )
        if consent.allowed.strip():
            line += "\n    " + self.tr("May be shared: %1").replace("%1", " ".join(consent.allowed.split()))
        if consent.not_allowed.strip():
            line += "\n    " + self.tr("May not be shared: %1").replace("%1", " ".join(consent.not_allowed.split()))
        return line

    # -- the values, checked -----------------------------------------------------------------------------------

    def _text(self, edit: QPlainTextEdit) -> str:
        return without_control_characters(edit.toPlainText(), multiline=True).strip()

    @property
    def needs_override(self) -> bool:
        return self.check is ConsentCheck.OVERRIDDEN

    def missing_things(self) -> list[str]:
        """What is still to be filled in, in the user's words; empty when the page is complete."""
        found = []
        if not self._text(self.purpose):
            found.append(self.tr("Say what it is for."))
        if self.basis.currentData() is None:
            found.append(self.tr("Choose the basis."))
        elif self.basis.currentData() is Basis.OTHER and not self._text(self.explanation):
            found.append(self.tr("Explain the basis."))
        if self.needs_override and not self.override.isChecked():
            found.append(self.tr("Tick the box to share beyond the recorded consent."))
        elif self.needs_override and not self._text(self.reason):
            found.append(self.tr("Give the reason for sharing beyond the recorded consent."))
        return found

    def field_errors(self) -> dict[str, str]:
        """{field: message} for text too long to keep, shown next to the field."""
        too_long = self.tr("Too long: %1 characters, where %2 is the most kept.")
        return {
            name: too_long.replace("%1", whole_number(len(edit.toPlainText()))).replace("%2", whole_number(TEXT_MAX))
            for name, edit in (
                ("purpose", self.purpose),
                ("basis_explanation", self.explanation),
                ("override_reason", self.reason),
            )
            if len(edit.toPlainText()) > TEXT_MAX
        }

    def _changed(self) -> None:
        other = self.basis.currentData() is Basis.OTHER
        self.explanation_caption.setVisible(other)
        self.rows["basis_explanation"].setVisible(other)
        self.reason.setEnabled(self.override.isChecked())
        errors = self.field_errors()
        for name in ("purpose", "basis_explanation", "override_reason"):
            self.rows[name].set_error(errors.get(name, ""))
        self.rows["basis"].set_error(
            self.tr(
                "The recorded consent does not cover this recipient: record the consent in the Traject tab first, or "
                "choose the basis you share on."
            )
            if self.needs_override and self.basis.currentData() is Basis.CONSENT
            else ""
        )
        missing = self.missing_things()
        self.missing.setText(self.tr("Still to do: %1").replace("%1", " ".join(missing)) if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.check is not None and not self.missing_things() and not self.field_errors()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        state = self._state
        state.purpose = self._text(self.purpose)
        state.basis = self.basis.currentData()
        state.basis_explanation = self._text(self.explanation) if state.basis is Basis.OTHER else ""
        state.override_reason = self._text(self.reason) if self.needs_override else ""
        return True

"""The "why" of a register entry, as fields added to a form: the purpose in the consultant's words, the basis from
the register's list, and for "Other" the explanation it needs; each with its message next to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from trajectapp.domain.disclosures import Basis
from trajectapp.domain.text import InvalidText, check_text
from trajectapp.ui.forms.fields import FieldRow, length_problem, set_errors, without_control_characters
from trajectapp.ui.labels import label

TEXT_LIMIT = 5_000  # a purpose or a reason is a few sentences; the register keeps it for good


def typed(widget: QLineEdit | QPlainTextEdit) -> str:
    """What a field holds, without control characters and the spaces around it."""
    if isinstance(widget, QPlainTextEdit):
        return without_control_characters(widget.toPlainText(), multiline=True).strip()
    return without_control_characters(widget.text()).strip()


def text_problem(widget: QLineEdit | QPlainTextEdit, *, required: str = "", limit: int = TEXT_LIMIT) -> str:
    """The message for a text field: `required` when it is empty (and that matters), too long, or holding a
    character the store refuses; empty when it is fine."""
    text = typed(widget)
    if not text:
        return required
    if problem := length_problem(text, limit):
        return problem
    try:
        check_text("text", text, multiline=isinstance(widget, QPlainTextEdit))
    except InvalidText:
        return QCoreApplication.translate(
            "BasisFields", "This holds a character that cannot be kept. Remove it and try again."
        )
    return ""


def short_text_edit(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(60)
    edit.setMaximumHeight(90)
    return edit


class BasisFields(QObject):
    """Adds its rows to `form`; the owner asks errors(), show_errors() and value()."""

    rows_changed = Signal()  # the explanation's row was shown or hidden: the owner may fit its height

    def __init__(self, form: QFormLayout, parent: QWidget, *, purpose_placeholder: str = ""):
        super().__init__(parent)
        self._form = form
        self.purpose = short_text_edit(
            parent,
            purpose_placeholder
            or self.tr("Why it is shared, in a sentence: for example, to prepare the release with the justice house"),
        )
        self.basis = QComboBox(parent)
        self.basis.setPlaceholderText(self.tr("Choose the basis"))
        for basis in Basis:
            self.basis.addItem(label(basis), basis)
        self.basis.setCurrentIndex(-1)
        self.explanation = short_text_edit(parent, self.tr("Which basis, in a sentence"))
        self.rows = {
            "purpose": FieldRow(self.purpose, parent=parent),
            "basis": FieldRow(self.basis, parent=parent),
            "basis_explanation": FieldRow(self.explanation, parent=parent),
        }
        form.addRow(self.tr("Purpose:"), self.rows["purpose"])
        form.addRow(self.tr("Basis:"), self.rows["basis"])
        form.addRow(self.tr("Explanation:"), self.rows["basis_explanation"])
        self.purpose.textChanged.connect(lambda: self.rows["purpose"].set_error(""))
        self.explanation.textChanged.connect(lambda: self.rows["basis_explanation"].set_error(""))
        self.basis.currentIndexChanged.connect(self._basis_chosen)
        self._basis_chosen()

    def chosen_basis(self) -> Basis | None:
        chosen = self.basis.currentData()
        return chosen if isinstance(chosen, Basis) else None  # None: nothing chosen yet

    def errors(self) -> dict[str, str]:
        errors = {
            "purpose": text_problem(self.purpose, required=self.tr("Say why, in a sentence.")),
            "basis": "" if self.chosen_basis() else self.tr("Choose the basis."),
            "basis_explanation": text_problem(self.explanation, required=self.tr("Explain the basis, in a sentence."))
            if self.chosen_basis() is Basis.OTHER
            else "",
        }
        return {name: message for name, message in errors.items() if message}

    def show_errors(self) -> dict[str, str]:
        return set_errors(self.rows, self.errors())

    def first_in_error(self, errors: dict[str, str]) -> QWidget | None:
        return next((self.rows[name].field for name in self.rows if name in errors), None)

    def value(self) -> tuple[str, Basis, str]:
        """(purpose, basis, explanation); call once errors() is empty."""
        basis = self.chosen_basis()
        assert basis is not None, "errors() asks for a basis"
        return typed(self.purpose), basis, typed(self.explanation) if basis is Basis.OTHER else ""

    def _basis_chosen(self) -> None:
        self.rows["basis"].set_error("")
        self._form.setRowVisible(self.rows["basis_explanation"], self.chosen_basis() is Basis.OTHER)
        self.rows_changed.emit()

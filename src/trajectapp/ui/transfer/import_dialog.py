"""Opening a transfer package, in one dialog with three faces: its passphrase (checked off the GUI thread: Argon2id
takes a moment), then what it holds and where it came from, or what is wrong with it.

The dialog reads no vault and writes nothing: it returns the opened package with the register's "received"
fields, and the caller imports it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.disclosures import Basis, DisclosureParty, PartyKind
from trajectapp.services.transfer import OpenedPackage, PackageError, PackageSummary, Problem, describe, open_package
from trajectapp.ui.ask import Ask
from trajectapp.ui.background import run_in_background
from trajectapp.ui.disclosures.basis_fields import BasisFields, text_problem, typed
from trajectapp.ui.disclosures.register_model import local_time
from trajectapp.ui.forms.fields import FieldRow
from trajectapp.ui.isolated_text import isolated
from trajectapp.ui.messages import message_text
from trajectapp.ui.modal import run_modal
from trajectapp.ui.numbers import whole_number
from trajectapp.ui.passphrase.fields import PassphraseEdit

PASSPHRASE_PAGE, CONTENTS_PAGE, PROBLEM_PAGE = range(3)
# Problems the consultant can put right by typing the passphrase again; any other leaves nothing to try.
RETYPE = (Problem.WRONG_PASSPHRASE, Problem.MALFORMED_PASSPHRASE)


@dataclass(frozen=True)
class ImportRequest:
    """An opened package and, for the register's "received" entry, who sent it, why and on what basis."""

    package: OpenedPackage
    sender: DisclosureParty
    purpose: str
    basis: Basis
    basis_explanation: str = ""


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setWeight(QFont.Weight.Bold)
    heading.setFont(font)
    heading.setWordWrap(True)
    return heading


class ImportDialog(QDialog):
    def __init__(self, data: bytes, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import transfer package"))
        self._data = data
        self.package: OpenedPackage | None = None
        self.opening = False  # the passphrase is being checked
        # One face shown at a time; the others are hidden, so that the dialog takes the size of the one shown.
        self.pages = [self._passphrase_page(file_name), self._contents_page(), self._problem_page()]
        self.page = PASSPHRASE_PAGE
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = QPushButton(self.tr("Open the package"), self)
        self.import_button = QPushButton(self.tr("Import as a new case"), self)
        for button in (self.open_button, self.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.clicked.connect(self.open_package)
        self.import_button.clicked.connect(self._import_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for page in self.pages:
            layout.addWidget(page, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._set_opening(False)
        self._show_page(PASSPHRASE_PAGE)

    # -- the three faces ----------------------------------------------------------------------------------

    def _passphrase_page(self, file_name: str) -> QWidget:
        page = QWidget(self)
        file_label = QLabel(self.tr("File: %1").replace("%1", file_name), page)
        file_label.setTextFormat(Qt.TextFormat.PlainText)
        file_label.setStyleSheet("QLabel { color: #555; }")
        intro = QLabel(
            self.tr(
                "Type the passphrase from the slip that came with the package, separately from the file: six groups "
                "of five letters and digits. Small letters, spaces and dashes make no difference."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.passphrase = PassphraseEdit(page)
        self.passphrase.line.setPlaceholderText(self.tr("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"))
        self.passphrase.line.setMaxLength(200)
        self.passphrase_row = FieldRow(self.passphrase, parent=page)
        self.passphrase.returnPressed.connect(self.open_package)
        self.passphrase.textChanged.connect(lambda _text: self.passphrase_row.set_error(""))
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)  # no end known: it moves while the key is derived
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy_label = QLabel(self.tr("Checking the passphrase… this takes a few seconds."), page)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("The package's passphrase"), page))
        layout.addWidget(file_label)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.passphrase_row)
        layout.addLayout(busy_row)
        layout.addStretch(1)
        return page

    def _contents_page(self) -> QWidget:
        page = QWidget(self)
        self.contents_heading = _heading("", page)
        self.made_label = QLabel(page)
        self.made_label.setTextFormat(Qt.TextFormat.PlainText)
        self.made_label.setWordWrap(True)
        self.counts = QGridLayout()
        self.counts.setHorizontalSpacing(24)
        self.counts.setVerticalSpacing(2)
        holds = QLabel(self.tr("It holds:"), page)
        sender_box = QGroupBox(self.tr("Where it came from (kept in the disclosure register)"), page)
        form = QFormLayout(sender_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sender_name = QLineEdit(sender_box)
        self.sender_name.setPlaceholderText(self.tr("The consultant who sent it, and their prison or team"))
        self.sender_name.setMaxLength(NAME_MAX + 50)
        self.sender_row = FieldRow(self.sender_name, parent=sender_box)
        self.sender_name.textChanged.connect(lambda _text: self.sender_row.set_error(""))
        form.addRow(self.tr("From:"), self.sender_row)
        self.basis_fields = BasisFields(
            form,
            sender_box,
            purpose_placeholder=self.tr(
                "Why it came, in a sentence: for example, taking over the case after a transfer to this prison"
            ),
        )
        self.basis_fields.rows_changed.connect(self._fit)
        note = QLabel(
            self.tr(
                "The case is added as a new case file, whole or not at all; the case's history and the register say "
                "where it came from."
            ),
            page,
        )
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #555; }")
        layout = QVBoxLayout(page)
        layout.addWidget(self.contents_heading)
        layout.addWidget(self.made_label)
        layout.addSpacing(4)
        layout.addWidget(holds)
        layout.addLayout(self.counts)
        layout.addSpacing(8)
        layout.addWidget(sender_box)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _problem_page(self) -> QWidget:
        page = QWidget(self)
        icon = QLabel(page)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.problem_message = QLabel(page)
        self.problem_message.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_message.setWordWrap(True)
        self.problem_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(_heading(self.tr("This package cannot be imported"), page))
        text.addWidget(self.problem_message)
        text.addStretch(1)
        row = QHBoxLayout(page)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return page

    def _show_page(self, page: int) -> None:
        self.page = page
        for index, widget in enumerate(self.pages):
            widget.setVisible(index == page)
        self.open_button.setVisible(page == PASSPHRASE_PAGE)
        self.import_button.setVisible(page == CONTENTS_PAGE)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close") if page == PROBLEM_PAGE else self.tr("Cancel"))
        (self.open_button if page == PASSPHRASE_PAGE else self.import_button).setDefault(page != PROBLEM_PAGE)
        if page == PASSPHRASE_PAGE:
            self.passphrase.setFocus()
        elif page == CONTENTS_PAGE:
            self.sender_name.setFocus()
        self._fit()

    def _fit(self) -> None:
        """The height the page shown needs at this width, with its wrapped texts and messages."""
        layout = self.layout()
        assert layout is not None, "the dialog lays out its pages when it is made"
        layout.activate()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        self.resize(self.width(), max(needed, layout.minimumSize().height()))

    # -- opening --------------------------------------------------------------------------------------------

    def open_package(self) -> None:
        """Check the passphrase and the package off the GUI thread."""
        if self.opening or self.page != PASSPHRASE_PAGE:
            return
        typed_passphrase = self.passphrase.text()
        if not typed_passphrase.strip():
            self.passphrase_row.set_error(self.tr("Type the passphrase from the slip."))
            return
        data = self._data
        self._set_opening(True)
        run_in_background(lambda: open_package(data, typed_passphrase), self._opened, self._not_opened, context=self)

    def _set_opening(self, opening: bool) -> None:
        self.opening = opening
        self.busy.setVisible(opening)
        self.busy_label.setVisible(opening)
        self.passphrase.setEnabled(not opening)
        self.open_button.setEnabled(not opening)
        self._fit()

    def _opened(self, package: OpenedPackage) -> None:
        self._set_opening(False)
        self.passphrase.clear()  # needed no longer
        self.package = package
        self._show_contents(describe(package))
        self._show_page(CONTENTS_PAGE)

    def _not_opened(self, error: Exception) -> None:
        self._set_opening(False)
        if isinstance(error, PackageError) and error.problem in RETYPE:
            self.passphrase_row.set_error(message_text(error))
            self._fit()
            self.passphrase.line.selectAll()
            self.passphrase.setFocus()
            return
        if isinstance(error, PackageError):
            message = message_text(error)
        else:  # a failure no check foresaw: say what kind, never what the file holds
            message = self.tr("The package could not be opened (%1). Nothing has been imported.").replace(
                "%1", type(error).__name__
            )
        self.show_problem(message)

    def show_problem(self, message: str) -> None:
        self.problem_message.setText(message)
        self._show_page(PROBLEM_PAGE)

    def _show_contents(self, summary: PackageSummary) -> None:
        name = summary.name if not summary.preferred_name else f"{summary.name} ({summary.preferred_name})"
        self.contents_heading.setText(self.tr("The case of %1").replace("%1", isolated(name)))
        self.made_label.setText(
            self.tr("Made on %1 with Trajectapp %2.")
            .replace("%1", local_time(summary.created))
            .replace("%2", summary.app_version)
        )
        rows = [
            (self.tr("The person's details"), self.tr("%n fields", "", summary.person_fields)),
            *((QCoreApplication.translate("Selection", words), whole_number(count)) for words, count in summary.counts),
        ]
        half = (len(rows) + 1) // 2
        for index, (words, count) in enumerate(rows):
            column = 0 if index < half else 2
            row = index if index < half else index - half
            words_label, count_label = QLabel(words, self), QLabel(count, self)
            words_label.setTextFormat(Qt.TextFormat.PlainText)
            count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.addWidget(words_label, row, column)
            self.counts.addWidget(count_label, row, column + 1)
        self.counts.setColumnStretch(4, 1)

    # -- importing ------------------------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        errors = {}
        if problem := text_problem(
            self.sender_name, required=self.tr("Type who sent it: the consultant's name."), limit=NAME_MAX
        ):
            errors["sender"] = problem
        errors.update(self.basis_fields.errors())
        return errors

    def _import_if_valid(self) -> None:
        errors = self.errors()
        self.sender_row.set_error(errors.get("sender", ""))
        self.basis_fields.show_errors()
        self._fit()
        if not errors:
            self.accept()
            return
        first = self.sender_name if "sender" in errors else self.basis_fields.first_in_error(errors)
        assert first is not None, "every message is next to the sender or a field of the basis"
        first.setFocus()

    def value(self) -> ImportRequest | None:
        if self.package is None or self.errors():
            return None
        purpose, basis, explanation = self.basis_fields.value()
        return ImportRequest(
            self.package, DisclosureParty(PartyKind.CONSULTANT, typed(self.sender_name)), purpose, basis, explanation
        )

    @classmethod
    def ask_import(cls, parent: QWidget | None, ask: Ask, data: bytes, file_name: str) -> ImportRequest | None:
        """The opened package with where it came from, or None if the consultant cancelled or it cannot be
        opened. Never asks with the passphrase in the question's text: nothing of it is kept."""

        return run_modal(
            ask,
            "import transfer package",
            lambda: cls(data, file_name, parent),
            lambda dialog, accepted: dialog.value() if accepted else None,
        )

"""First start: choose the language and where the vault lives, set a passphrase, copy the recovery key, check it.

Nothing is written until the last page: the recovery key is generated first,
shown, printed if wanted, and checked, and only then is the vault created.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.languages import Language
from trajectapp.domain.messages import Refusal
from trajectapp.domain.recovery_keys import groups, normalise
from trajectapp.services.documents import recovery_sheet_pdf
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.opening import (
    FolderState,
    KdfParams,
    create_vault,
    folder_state,
    new_recovery_key,
    save_recovery_sheet,
)
from trajectapp.ui.ask import Ask
from trajectapp.ui.background import run_in_background
from trajectapp.ui.headings import TITLE, as_heading
from trajectapp.ui.language_choice import language_box, language_label
from trajectapp.ui.messages import message_text
from trajectapp.ui.passphrase.fields import NewPassphraseFields
from trajectapp.ui.printing import print_pdf
from trajectapp.ui.translations import document_translate

WELCOME, PASSPHRASE, RECOVERY_KEY, CHECK = range(4)


def _title(text: str) -> QLabel:
    return as_heading(QLabel(text), TITLE)


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SetupWizard(QWidget):
    """Emits `created(vault)` once the vault exists and is open, and `language_chosen(Language)` when another
    language is chosen on the first page (whoever shows the wizard shows it again in that language)."""

    created = Signal(object)
    cancelled = Signal()
    language_chosen = Signal(object)

    def __init__(
        self,
        folder: Path,
        ask: Ask,
        choose_kdf: Callable[[], KdfParams | None],
        can_cancel: bool = False,
        language: Language = Language.ENGLISH,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._language = language
        self._folder = folder
        self._ask = ask
        self._choose_kdf = choose_kdf
        self._recovery_key = new_recovery_key()
        self._group_to_check = random.SystemRandom().randrange(len(groups(self._recovery_key)))

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        self.pages.addWidget(self._check_page())

        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self._next)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        cancel_button = QPushButton(self.tr("Cancel"), self)
        cancel_button.setVisible(can_cancel)
        cancel_button.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        box = QWidget(self)
        box.setMaximumSize(640, 480)
        inner = QVBoxLayout(box)
        inner.addWidget(self.pages, 1)
        inner.addLayout(buttons)
        outer = QGridLayout(self)
        outer.addWidget(box, 1, 1)
        outer.setRowStretch(0, 1)
        outer.setRowStretch(2, 2)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(1, 4)
        outer.setColumnStretch(2, 1)
        self._go(WELCOME)

    # -- pages -------------------------------------------------------------

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_title(self.tr("Welcome to Trajectapp")))
        self.language = language_box(page, self._language)
        self.language.activated.connect(lambda: self.language_chosen.emit(self.language.currentData()))
        language_row = QHBoxLayout()
        language_row.addWidget(language_label(self.language))
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Trajectapp keeps your case files in an encrypted vault on this laptop. "
                    "Nothing leaves it unless you export it yourself.\n\n"
                    "First, choose where the vault will live. The suggested folder is fine for most people."
                )
            )
        )
        self.folder_field = QLineEdit(str(self._folder), page)
        self.folder_field.setReadOnly(True)
        choose = QPushButton(self.tr("Choose another folder…"), page)
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_field, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.folder_error = QLabel(page)
        self.folder_error.setObjectName("fieldError")
        self.folder_error.setWordWrap(True)
        layout.addWidget(self.folder_error)
        layout.addStretch(1)
        return page

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_title(self.tr("Choose a passphrase")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "You will type it each time you open the vault. A short sentence that only you "
                    "would think of is easier to remember and harder to guess than a complicated word."
                )
            )
        )
        self.passphrase_fields = NewPassphraseFields(page)
        self.passphrase_fields.changed.connect(self._update_buttons)
        layout.addWidget(self.passphrase_fields)
        layout.addStretch(1)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_title(self.tr("Your recovery key")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "If you ever forget your passphrase, this key is the only way back into the vault. "
                    "Copy it by hand or print the recovery sheet, and keep it locked away, apart from "
                    "this laptop. It is shown only now."
                )
            )
        )
        grid = QGridLayout()
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.6)
        for index, group in enumerate(groups(self._recovery_key)):
            cell = QVBoxLayout()
            text = QLabel(group)
            text.setFont(mono)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number = QLabel(str(index + 1))
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setEnabled(False)
            cell.addWidget(text)
            cell.addWidget(number)
            grid.addLayout(cell, index // 4, index % 4)
        layout.addLayout(grid)
        print_button = QPushButton(self.tr("Print recovery sheet…"), page)
        save_button = QPushButton(self.tr("Save recovery sheet as PDF…"), page)
        print_button.clicked.connect(self._print_sheet)
        save_button.clicked.connect(self._save_sheet)
        row = QHBoxLayout()
        row.addWidget(print_button)
        row.addWidget(save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.copied_box = QCheckBox(self.tr("I have copied or printed the recovery key"), page)
        self.copied_box.toggled.connect(self._update_buttons)
        layout.addWidget(self.copied_box)
        layout.addStretch(1)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_title(self.tr("Check your copy")))
        layout.addWidget(
            _paragraph(
                self.tr("To be sure the copy is right, type group %1 of your recovery key from your copy.").replace(
                    "%1", str(self._group_to_check + 1)
                )
            )
        )
        self.check_field = QLineEdit(page)
        self.check_field.setMaxLength(8)
        self.check_field.setPlaceholderText(self.tr("Group %1").replace("%1", str(self._group_to_check + 1)))
        self.check_field.returnPressed.connect(self._next)
        layout.addWidget(self.check_field)
        self.check_error = QLabel(page)
        self.check_error.setObjectName("fieldError")
        self.check_error.setWordWrap(True)
        self.check_field.textChanged.connect(lambda: self.check_error.clear())
        layout.addWidget(self.check_error)
        layout.addStretch(1)
        return page

    # -- navigation ----------------------------------------------------------

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.next_button.setText(self.tr("Create vault") if index == CHECK else self.tr("Next"))
        page = self.pages.currentWidget()
        assert page is not None, "the wizard's pages are made with it"
        page.setFocus()
        if index == PASSPHRASE:
            self.passphrase_fields.setFocus()
        elif index == CHECK:
            self.check_field.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        busy = self.progress.isVisible()
        self.back_button.setEnabled(index > WELCOME and not busy)
        ready = {
            WELCOME: True,
            PASSPHRASE: self.passphrase_fields.value() is not None,
            RECOVERY_KEY: self.copied_box.isChecked(),
            CHECK: True,
        }[index]
        self.next_button.setEnabled(ready and not busy)

    def _next(self) -> None:
        index = self.pages.currentIndex()
        if not self.next_button.isEnabled():
            return
        if index == WELCOME and not self._folder_is_usable():
            return
        if index == CHECK:
            self._create()
            return
        self._go(index + 1)

    def _folder_is_usable(self) -> bool:
        state = folder_state(self._folder)
        if state is FolderState.EMPTY:
            self.folder_error.clear()
            return True
        if state is FolderState.VAULT:
            self.folder_error.setText(self.tr("There is already a vault in this folder. Choose an empty folder."))
        else:
            self.folder_error.setText(self.tr("This folder already holds other files. Choose an empty folder."))
        return False

    def _choose_folder(self) -> None:
        chosen = self._ask.existing_folder(self, self.tr("Folder for the vault"), self._folder.parent)
        if chosen is not None:
            self._folder = chosen
            self.folder_field.setText(str(chosen))
            self._folder_is_usable()

    # -- the recovery sheet --------------------------------------------------

    def _sheet(self) -> bytes:
        return recovery_sheet_pdf(
            self._recovery_key,
            vault_folder=str(self._folder),
            created=date.today(),
            translate=document_translate(self._language),
        )

    def _print_sheet(self) -> None:
        printer = self._ask.printer(self)
        if printer is not None:
            print_pdf(self._sheet(), printer)

    def _save_sheet(self) -> None:
        path = self._ask.save_file(
            self, self.tr("Save recovery sheet"), Path.home() / "trajectapp-recovery-sheet.pdf", self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        try:
            save_recovery_sheet(path, self._sheet())
        except OSError as error:
            self._ask.warn(
                self,
                self.tr("Not saved"),
                self.tr("The sheet could not be saved: %1").replace("%1", error.strerror or ""),
            )
            return
        self._ask.inform(
            self,
            self.tr("Saved"),
            self.tr(
                "The recovery sheet was saved. Print it, then move the file off this laptop: "
                "anyone who has it and the vault folder can open your case files."
            ),
        )

    # -- creating the vault --------------------------------------------------

    def _create(self) -> None:
        typed = normalise(self.check_field.text())
        if typed != groups(self._recovery_key)[self._group_to_check]:
            self.check_error.setText(
                self.tr(
                    "That is not group %1 of the recovery key. Check your copy; you can go back to see the key again."
                ).replace("%1", str(self._group_to_check + 1))
            )
            return
        passphrase = self.passphrase_fields.value()
        assert passphrase is not None, "the wizard leaves the passphrase page only with a passphrase that will do"
        folder, recovery_key, kdf = self._folder, self._recovery_key, self._choose_kdf()
        self.progress.show()
        self._update_buttons()
        run_in_background(
            lambda: create_vault(folder, passphrase, kdf, recovery_key)[0],
            self._created,
            self._failed,
            context=self,
        )

    def _created(self, vault: OpenVault) -> None:
        self.progress.hide()
        self.created.emit(vault)

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self._update_buttons()
        message = (
            message_text(error)
            if isinstance(error, Refusal)
            else self.tr("The vault could not be created (%1). Nothing was written.").replace(
                "%1", type(error).__name__
            )
        )
        self._ask.warn(self, self.tr("Vault not created"), message)

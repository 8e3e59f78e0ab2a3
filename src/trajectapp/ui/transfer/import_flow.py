"""File ▸ Import transfer package…: choose the file, open it with its passphrase (ImportDialog), and import it as a
new case, whole or not at all, with a "received" entry in the disclosure register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from trajectapp.domain.case import Case
from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.text import InvalidText
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.transfer import FILE_SUFFIX, PackageError, import_package, read_package_file
from trajectapp.ui.ask import Ask
from trajectapp.ui.messages import message_text
from trajectapp.ui.transfer.import_dialog import ImportDialog


def import_transfer_package(parent: QWidget, vault: OpenVault, ask: Ask) -> Case | None:
    """The case imported, or None when the consultant cancelled or it could not be imported (they have been told
    why, and nothing of it is in the vault)."""
    title = QCoreApplication.translate("ImportPackage", "Import transfer package")
    start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    path = ask.open_file(
        parent,
        title,
        start,
        QCoreApplication.translate("ImportPackage", "Transfer packages (*%1);;All files (*)").replace(
            "%1", FILE_SUFFIX
        ),
    )
    if path is None:
        return None
    not_imported = QCoreApplication.translate("ImportPackage", "Not imported")
    try:
        data = read_package_file(path)
    except PackageError as error:
        ask.warn(parent, not_imported, message_text(error))
        return None
    request = ImportDialog.ask_import(parent, ask, data, path.name)
    if request is None or vault.is_locked:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return import_package(
            vault,
            request.package,
            file_name=path.name,
            party=request.sender,
            purpose=request.purpose,
            basis=request.basis,
            basis_explanation=request.basis_explanation,
            translate=QCoreApplication.translate,
        )
    except PackageError as error:
        message = message_text(error)
    except (InvalidValue, InvalidText) as error:  # the dialog checks first: this is the register's last word
        message = QCoreApplication.translate(
            "ImportPackage", "The disclosure register cannot keep this: %1 Nothing has been imported."
        ).replace("%1", message_text(error))
    finally:
        QGuiApplication.restoreOverrideCursor()
    ask.warn(parent, not_imported, message)
    return None

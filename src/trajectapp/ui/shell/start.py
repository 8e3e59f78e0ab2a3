"""Starting the GUI process: hardened first (no core dumps, SQLCipher wiping what it frees), then the event log, the
Qt application in the chosen language, and the window through AppController."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from trajectapp import APP_NAME, __version__, eventlog
from trajectapp.core_dumps import forbid_core_dumps
from trajectapp.domain.languages import Language
from trajectapp.resource_path import resource_path
from trajectapp.services.opening import PRODUCTION_FLOOR, KdfFloor, wipe_freed_memory
from trajectapp.ui.ask import Ask
from trajectapp.ui.preferences import Preferences
from trajectapp.ui.shell.app import AppController
from trajectapp.ui.translations import install_language

log = logging.getLogger(__name__)

STYLE_SHEET = """
QLabel#fieldError { color: #b03a2e; }
QLabel#presentationBanner { background: #7d3c98; color: white; font-weight: bold; padding: 6px; }
QLabel#lockWarning { background: #b9770e; color: white; font-weight: bold; padding: 6px; }
"""


def create_qt_application(argv: list[str], language: Language = Language.ENGLISH) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication), "the interface runs in a QApplication, not a bare QCoreApplication"
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "trajectapp.svg"))))
    app.setStyleSheet(STYLE_SHEET)
    install_language(app, language)
    return app


def start_application(
    vault_folder: Path | None = None, kdf_floor: KdfFloor = PRODUCTION_FLOOR
) -> tuple[QApplication, AppController]:
    """The application with its window shown, before its event loop runs. `kdf_floor`: see AppController; only a
    caller in Python passes it, as the memory test does for its cheap vault."""
    forbid_core_dumps()
    wipe_freed_memory()
    eventlog.configure()
    preferences = Preferences()
    app = create_qt_application(sys.argv[:1], preferences.language)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    controller = AppController(
        app=app, preferences=preferences, ask=Ask(), vault_folder=vault_folder, kdf_floor=kdf_floor
    )
    controller.start()
    log.info("app.started")
    return app, controller


def run_application(vault_folder: Path | None = None) -> int:
    app, _controller = start_application(vault_folder)
    return app.exec()

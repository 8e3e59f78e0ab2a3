"""The interface's words in the person's language: Qt translation files (.qm) that the build compiles from
resources/i18n/*.ts. Today only English, for its plural forms ("1 day", "3 days")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from trajectapp.resource_path import resources_root

log = logging.getLogger(__name__)


def install_translations(app: QCoreApplication, language: str = "en") -> QTranslator | None:
    """Load trajectapp_<language>.qm into `app` (which keeps the translator); None when the build has not made it,
    and the interface then shows its English source texts, "%n day(s)" included."""
    translator = QTranslator(app)
    if not translator.load(f"trajectapp_{language}", str(resources_root() / "i18n")):
        log.warning("translations.missing %s", language)
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator

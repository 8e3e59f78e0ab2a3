"""The interface's words in the consultant's language, and documents in any of ours.

Qt translation files (.qm) that the build compiles from resources/i18n/*.ts, beside Qt's own (qtbase_nl.qm,
shipped with PySide6) for the standard buttons and dialogs. The interface language is installed into the
application; a document's language is a translator of its own, asked directly and never installed.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trajectapp.domain.languages import Language
from trajectapp.domain.selection import Translate
from trajectapp.resource_path import resources_root

log = logging.getLogger(__name__)

# The conventions each language is written in here: Belgian for Dutch and French, British for English
# (dd/mm/yyyy as in Belgium; weeks start on Monday in all three).
LOCALES = {Language.DUTCH: "nl_BE", Language.FRENCH: "fr_BE", Language.ENGLISH: "en_GB"}


def system_language() -> Language:
    """The language of the system's locale (LANG): nl_* is Dutch, fr_* French, anything else English."""
    return Language.of_locale(QLocale.system().name())


def install_language(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Make `language` the interface's: replace any translators installed before with ours and Qt's, and make
    its locale the default one (dates, numbers). Returns the translators found; without ours (the build has
    not made them) the interface shows its English source texts."""
    # children(), not findChildren(QTranslator): the latter costs some 30 ms the first time it is called.
    for earlier in [child for child in app.children() if isinstance(child, QTranslator)]:
        app.removeTranslator(earlier)
        earlier.setParent(None)
    QLocale.setDefault(QLocale(LOCALES[language]))
    installed = []
    for translator in (_load(f"trajectapp_{language.value}", _OURS, app), _load(f"qtbase_{language.value}", _QTS, app)):
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def document_translate(language: Language) -> Translate:
    """The (context, text) -> text of documents written in `language`, whatever the interface speaks."""
    translator = _document_translator(language)
    if translator is None:
        return lambda _context, text: text
    return lambda context, text: translator.translate(context, text) or text


@cache
def _document_translator(language: Language) -> QTranslator | None:
    return _load(f"trajectapp_{language.value}", _OURS, None)


_OURS = str(resources_root() / "i18n")
_QTS = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _load(name: str, folder: str, parent: QCoreApplication | None) -> QTranslator | None:
    translator = QTranslator(parent)
    if translator.load(name, folder):
        return translator
    log.warning("translations.missing %s", name)
    translator.setParent(None)
    return None


def interface_language() -> Language:
    """The language the interface speaks now (install_language made its locale the default)."""
    return Language.of_locale(QLocale().name())

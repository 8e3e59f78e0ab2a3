"""The languages Trajectapp speaks and writes documents in. Others may be added later: a language is a
translation file (resources/i18n/trajectapp_<code>.ts) and a member here."""

from __future__ import annotations

from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled


class Language(Labelled):
    DUTCH = "nl", QT_TRANSLATE_NOOP("Labels", "Dutch")
    FRENCH = "fr", QT_TRANSLATE_NOOP("Labels", "French")
    ENGLISH = "en", QT_TRANSLATE_NOOP("Labels", "English")

    @property
    def own_name(self) -> str:
        """The language's name in itself, as a language chooser shows it whatever language is chosen."""
        return _OWN_NAMES[self]

    @classmethod
    def of_locale(cls, locale_name: str) -> Language:
        """The language of a locale name such as "nl_BE" or "fr-FR.UTF-8"; English when it is none of ours."""
        code = locale_name[:2].lower()
        return next((language for language in cls if language.value == code), cls.ENGLISH)


_OWN_NAMES = {Language.DUTCH: "Nederlands", Language.FRENCH: "Français", Language.ENGLISH: "English"}

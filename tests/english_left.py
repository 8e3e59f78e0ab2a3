"""What is still English in a text the Dutch or French interface shows: the text is an English source text of the
catalogue as it stands, or it holds a word of those source texts that the translation itself never uses. Words the
same in both languages are allowed by name, in a short list."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from lupdate_catalogue import Message
from pseudo_translation import DataWords, Shown
from shown_text import has_words
from trajectapp.domain.languages import Language
from trajectapp.resource_path import resources_root

# Runs of letters and digits in any script, with the hyphens and apostrophes inside a word ("e-mail", "VERA-2R").
_TOKEN = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
_LETTER = re.compile(r"[^\W\d_]")
_PLACEHOLDER = re.compile(r"%L?[0-9]+|%n")
_MARKUP = re.compile(r"<[^<>]*>")
_SHORTCUT_MARK = re.compile(r"&(?=[^&\s])")
CATALOGUE_CONTEXT = "Catalogue"  # where the shipped catalogues' texts are marked (domain/shipped_catalogues.py)
_KEY_SHAPE = re.compile(r"X+(?:-X+)+")  # where a recovery key or a passphrase goes: "XXXX-XXXX-..."

# Words a text may show as English writes them, because the language writes them so too: the application's name,
# the names of instruments, models and institutions (VERA-2R, ERG 22+, Good Lives, PSD), file formats and hashes,
# units, and the words the reviewed translations keep as they are. Lower case.
SAME_IN_EVERY_LANGUAGE = frozenset(
    "trajectapp vera-2r erg 22 good lives psd pdf sha-256 aes-256 agenda instrument score document plan min".split()  # noqa: SIM905
)
SAME_AS_ENGLISH = {
    Language.DUTCH: SAME_IN_EVERY_LANGUAGE
    | {"traject", "caseload", "status", "focus", "factor", "filter", "planning", "help", "e-mail"},
    Language.FRENCH: SAME_IN_EVERY_LANGUAGE
    | frozenset(
        "date motivation importance service services phase note notes prison organisation description version "  # noqa: SIM905
        "versions format situation passion important participation signature signatures contacts minutes h".split()
    ),
}


def words(text: str) -> list[str]:
    """The words of `text`, lower case: tokens with a letter in them."""
    return [
        token.lower() for token in _TOKEN.findall(text) if _LETTER.search(token) and not _KEY_SHAPE.fullmatch(token)
    ]


def plain(text: str) -> str:
    """`text` as read: without markup, entities or the & that marks a shortcut key."""
    if "<" in text or "&" in text:
        text = html.unescape(_MARKUP.sub(" ", text)) if "<" in text else text
        text = _SHORTCUT_MARK.sub("", text).replace("&&", "&")
    return text.strip()


@dataclass(frozen=True)
class EnglishLeft:
    """The English of the catalogue (`sources`, `english_words`) against a language (`own_words`: the words of its
    translations that differ from their source, which are words of that language whatever English has them too,
    such as Dutch "in", "over", "week" or French "on", "date")."""

    language: Language
    sources: frozenset[str] = field(repr=False)
    english_words: frozenset[str] = field(repr=False)
    own_words: frozenset[str] = field(repr=False)

    @classmethod
    def of_installed(cls, catalogue: Iterable[Message], language: Language) -> EnglishLeft:
        """From lupdate's catalogue and the translators installed now, which must be `language`'s; English's own
        names of days and months count as English words too.

        The shipped catalogues (context "Catalogue") hold the names of Belgian institutions as they are written
        ("Psychosociale Dienst (PSD)"): one the translation keeps as written is a name, not English, and their
        words are no English words."""
        translator = _compiled_translator(language)
        sources, english, own = set(), set(), set()
        for context, source, disambiguation in catalogue:
            if context == CATALOGUE_CONTEXT and translator.translate(context, source, disambiguation or None) == source:
                continue
            sources.add(plain(source))
            if context != CATALOGUE_CONTEXT:
                english.update(words(_PLACEHOLDER.sub(" ", plain(source))))
            for count in (1, 5) if "%n" in source else (-1,):
                translation = QCoreApplication.translate(context, source, disambiguation or None, count)
                if translation != source.replace("%n", str(count)):
                    own.update(words(plain(translation)))
        english_locale = QLocale(QLocale.English, QLocale.UnitedKingdom)
        english.update(english_locale.dayName(day).lower() for day in range(1, 8))
        english.update(english_locale.monthName(month).lower() for month in range(1, 13))
        return cls(language, frozenset(sources), frozenset(english), frozenset(own))

    def allowed(self, word: str) -> bool:
        return word in SAME_AS_ENGLISH[self.language] or word not in self.english_words or word in self.own_words

    def problem(self, text: str, data: DataWords) -> str:
        """Why `text` reads as English ("the English source text", "English words: ..."); empty when it does not."""
        read = plain(text)
        if read in data.values or not has_words(read):
            return ""
        if read in self.sources and not all(word in SAME_AS_ENGLISH[self.language] for word in words(read)):
            return "the English source text"
        left = [word for word in words(without_data(read, data)) if not self.allowed(word)]
        return "English words: " + ", ".join(dict.fromkeys(left)) if left else ""

    def english_texts(self, shown: Iterable[Shown], data: DataWords) -> list[str]:
        """The texts shown that read as English, each once, with why."""
        found = {f"{item} ({problem})" for item in shown if (problem := self.problem(item.text, data))}
        return sorted(found)


def _compiled_translator(language: Language) -> QTranslator:
    """`language`'s translation as compiled, asked directly: the application's translate gives the source text back
    for a missing translation as for one kept as written, this one gives nothing back for a missing one."""
    translator = QTranslator()
    assert translator.load(f"trajectapp_{language.value}", str(resources_root() / "i18n")), "make translations"
    return translator


def without_data(text: str, data: DataWords) -> str:
    """`text` without the data in it, each value taken out where it stands as whole words: a short value such as
    the Dutch day "do" must not cut English words ("document") into pieces that no longer read as English."""
    for value in data.values:
        if value in text:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    return text

"""The demo's material is data, kept in resources/demo/ as JSON and read from there once: what has no words in
resources/demo/ itself, and the words of each language the demo is written in in a folder of its own."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

from trajectapp.resource_path import resource_path

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# The languages the demo's case files are written in: each has its folder of words, all of the same shape.
DUTCH = "nl"
FRENCH = "fr"
LANGUAGES = (DUTCH, FRENCH)

Words = TypeVar("Words", bound="DataclassInstance")

# "{hij|ze}": what the words say of a man, then of a woman.
_FOR_A_MAN_OR_A_WOMAN = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def demo_words(file_name: str, language: str | None = None) -> dict[str, Any]:
    """The named lists of resources/demo/`file_name`, or of the file of that name in `language`'s folder."""
    parts = ("demo", file_name) if language is None else ("demo", language, file_name)
    words = json.loads(resource_path(*parts).read_text(encoding="utf-8"))
    if not isinstance(words, dict):
        raise ValueError(f"{'/'.join(parts)}: the demo's material is a JSON object of named lists")
    return words


def words_in(kind: type[Words], file_name: str, language: str) -> Words:
    """`file_name` in `language` as a `kind`: a dataclass with a field for each of its lists, as tuples."""
    words = {name: value for name, value in demo_words(file_name, language).items() if name != "about"}
    wanted = {field.name for field in fields(kind)}
    if words.keys() != wanted:
        raise ValueError(f"demo/{language}/{file_name}: lists {sorted(words.keys() ^ wanted)} do not match")
    return kind(**as_tuples(words))


def as_tuples(value: Any) -> Any:
    """`value` with every list in it a tuple, as the demo's code takes its material."""
    if isinstance(value, list):
        return tuple(as_tuples(item) for item in value)
    if isinstance(value, dict):
        return {key: as_tuples(item) for key, item in value.items()}
    return value


def for_person(text: str, woman: bool) -> str:
    """`text` with each "{hij|ze}" in it written for a man, or for a woman."""
    return _FOR_A_MAN_OR_A_WOMAN.sub(lambda match: match.group(2 if woman else 1), text)

"""What can leave the vault from one case, section by section and item by item, each item with a stable key
("person:religion" style for the person's fields, "session:42" for records) and its special categories.

Nothing is selected by default. An item under another (a step under its goal, a domain under its assessment)
brings its parent along when selected, so that what leaves can be read in context; a parent never brings its
children. Labels are English words with %1, %2 for the record's own values, so the interface can translate them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.disclosures import DisclosedItem
from trajectapp.domain.messages import Code, Refusal

CONTEXT = "Selection"
# translate(context, text), as QCoreApplication.translate; the core cannot import Qt, so the caller passes it.
Translate = Callable[[str, str], str]
_PLACEHOLDER = re.compile(r"%(\d)")


def as_written(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Word:
    """A value that is itself words to translate, such as the label of a choice, in its own context."""

    context: str
    text: str


Value = str | Word


def fill(words: str, values: tuple[Value, ...], translate: Translate = as_written) -> str:
    """`words` translated, with %1, %2... replaced by `values` in one pass (a value may itself hold "%1")."""
    shown = [value if isinstance(value, str) else translate(value.context, value.text) for value in values]
    return _PLACEHOLDER.sub(
        lambda m: shown[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(shown) else "", translate(CONTEXT, words)
    )


@dataclass(frozen=True)
class SelectionItem:
    key: str
    words: str  # e.g. "Session on %1"
    values: tuple[Value, ...] = ()
    categories: frozenset[DataCategory] = frozenset()  # special-category data it holds: mark it, ask twice
    children: tuple[SelectionItem, ...] = ()

    def label(self, translate: Translate = as_written) -> str:
        return fill(self.words, self.values, translate)

    @property
    def is_special(self) -> bool:
        return bool(self.categories)


@dataclass(frozen=True)
class SelectionSection:
    key: str  # "section:sessions"; not an item: selecting a section means selecting its items
    words: str
    items: tuple[SelectionItem, ...]

    def label(self, translate: Translate = as_written) -> str:
        return fill(self.words, (), translate)


class UnknownItems(Refusal, ValueError):
    """Keys that name no item of the case (a record added or gone since the tree was built)."""

    def __init__(self, keys: Iterable[str]) -> None:
        super().__init__(Code.SELECTION_OUT_OF_DATE)
        self.keys = frozenset(keys)

    def __str__(self) -> str:
        return f"{self.code.value} ({', '.join(sorted(self.keys))})"


@dataclass(frozen=True)
class SelectionTree:
    case_id: int
    sections: tuple[SelectionSection, ...]

    def walk(self) -> Iterator[tuple[SelectionItem, SelectionItem | None]]:
        """Every item with its parent (None at the top of a section), in tree order."""

        def under(
            items: tuple[SelectionItem, ...], parent: SelectionItem | None
        ) -> Iterator[tuple[SelectionItem, SelectionItem | None]]:
            for item in items:
                yield item, parent
                yield from under(item.children, item)

        for section in self.sections:
            yield from under(section.items, None)

    def all_keys(self) -> frozenset[str]:
        return frozenset(item.key for item, _ in self.walk())

    def special_keys(self) -> frozenset[str]:
        return frozenset(item.key for item, _ in self.walk() if item.is_special)

    def effective(self, keys: Iterable[str]) -> frozenset[str]:
        """The keys with the parents of selected items added; UnknownItems for a key the tree does not hold."""
        wanted = set(keys)
        parents = {item.key: parent for item, parent in self.walk()}
        unknown = wanted - parents.keys()
        if unknown:
            raise UnknownItems(unknown)
        found: set[str] = set()
        for selected in wanted:
            key: str | None = selected
            while key is not None and key not in found:
                found.add(key)
                parent = parents[key]
                key = parent.key if parent else None
        return frozenset(found)

    def disclosed_items(self, keys: Iterable[str], translate: Translate = as_written) -> tuple[DisclosedItem, ...]:
        """The items of the effective selection in tree order, as the disclosure register keeps them."""
        chosen = self.effective(keys)
        return tuple(
            DisclosedItem(item.key, item.label(translate), item.categories)
            for item, _ in self.walk()
            if item.key in chosen
        )


def record_key(prefix: str, record_id: int) -> str:
    return f"{prefix}:{record_id}"


def key_id(key: str) -> int | None:
    """The record id in "session:42"; None for a person's field ("person:notes")."""
    _, _, tail = key.partition(":")
    return int(tail) if tail.isdigit() else None

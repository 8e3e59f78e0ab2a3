"""The rules the two editable catalogues (life domains, factor categories) share: a name unique in the catalogue
whatever its case, the shipped entries copied into a vault once and never deleted, an entry something is filed
under hidden rather than deleted, and an audit entry for every change. Each catalogue is one `Catalogue`; the
partner directory's shipped services are copied as theirs are (add_defaults). What is shipped is
domain.shipped_catalogues."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, dataclass, replace
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from trajectapp.domain.checks import InvalidValue, check_length
from trajectapp.domain.messages import Code, RecordNotFound, Refusal
from trajectapp.domain.names import name_key
from trajectapp.domain.text import check_text
from trajectapp.services.open_vault import OpenVault
from trajectapp.store.audit import AuditRepository, field_changes
from trajectapp.store.connection import Connection, transaction


class Entry(Protocol):
    """What the rules need of an entry (a LifeDomain, a FactorCategory): a dataclass, for replace()."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def id(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def hidden(self) -> bool: ...
    @property
    def shipped(self) -> bool: ...


E = TypeVar("E", bound=Entry)
Default = TypeVar("Default")


class Shipped(Protocol[Default]):
    """A repository that knows which shipped entries it holds (store.catalogues, store.partners)."""

    def add(self, entry: Default, default_key: str | None = None) -> Default: ...
    def default_keys(self) -> set[str]: ...


def add_defaults(vault: OpenVault, entries: Shipped[Default], defaults: list[tuple[str, Default]], events: str) -> int:
    """Copy the shipped defaults (key, entry) the vault has never had into `entries`, with one audit entry
    "<events>.defaults_added"; returns how many were added."""
    with transaction(vault.connection):
        known = entries.default_keys()
        added = [entries.add(entry, default_key=key) for key, entry in defaults if key not in known]
        if added:
            AuditRepository(vault.connection).record(f"{events}.defaults_added", summary=str(len(added)))
    return len(added)


class Entries(Protocol[E]):
    """A catalogue's repository (store.catalogues)."""

    def all(self, include_hidden: bool = False) -> list[E]: ...
    def get(self, entry_id: int) -> E | None: ...
    def add(self, entry: E, default_key: str | None = None) -> E: ...
    def update(self, entry: E) -> E: ...
    def set_hidden(self, entry_id: int, hidden: bool) -> None: ...
    def delete(self, entry_id: int) -> None: ...
    def in_use(self, entry_id: int) -> bool: ...
    def default_keys(self) -> set[str]: ...


@dataclass(frozen=True)
class Catalogue(Generic[E]):
    repository: Callable[[Connection], Entries[E]]  # LifeDomainRepository or FactorCategoryRepository
    events: str  # what the audit events start with: "domains" gives "domains.added", "domains.hidden", ...
    record_type: str
    not_found: type[RecordNotFound]
    in_use: type[Refusal]  # raised with the code `shipped_code` or `in_use_code` by delete()
    name_taken_code: Code
    shipped_code: Code
    in_use_code: Code
    editable: tuple[str, ...] = ()  # what a save may change besides the name and whether it is hidden
    check: Callable[[E], None] | None = None  # the checks of those fields, before anything is read
    check_change: Callable[[Entries[E], E, E], None] | None = None  # (repository, before, after): may it change so?

    def entries(self, vault: OpenVault, include_hidden: bool = False) -> list[E]:
        """The catalogue in its order."""
        return self.repository(vault.connection).all(include_hidden)

    def is_in_use(self, vault: OpenVault, entry_id: int) -> bool:
        return bool(self.repository(vault.connection).in_use(entry_id))

    def add_defaults(self, vault: OpenVault, defaults: list[tuple[str, E]]) -> int:
        """Copy the shipped defaults (key, entry) the vault has never had; returns how many were added."""
        return add_defaults(vault, self.repository(vault.connection), defaults, self.events)

    def save(self, vault: OpenVault, entry: E) -> E:
        """Add (id None) or change an entry."""
        check_text("name", entry.name, required=True)
        check_length("name", entry.name.strip())
        if self.check is not None:
            self.check(entry)
        name = entry.name.strip()
        with transaction(vault.connection):
            entries = self.repository(vault.connection)
            before = None
            if entry.id is not None:
                before = entries.get(entry.id)
                if before is None:
                    raise self.not_found(entry.id)
            others = [other for other in entries.all(include_hidden=True) if other.id != entry.id]
            if name_key(name) in {name_key(other.name) for other in others}:
                raise InvalidValue("name", self.name_taken_code)
            audit = AuditRepository(vault.connection)
            if before is None:
                saved = entries.add(replace(entry, name=name))
                audit.record(f"{self.events}.added", record_type=self.record_type, record_id=saved.id)
                return saved
            edited = {field: getattr(entry, field) for field in self.editable}
            wanted = replace(before, name=name, hidden=bool(entry.hidden), **edited)
            if self.check_change is not None:
                self.check_change(entries, before, wanted)
            changed = field_changes(before, wanted)
            if not changed:
                return before
            saved = entries.update(wanted)
            audit.record(
                f"{self.events}.updated",
                record_type=self.record_type,
                record_id=saved.id,
                summary="fields: " + ", ".join(changed),
            )
        return saved

    def set_hidden(self, vault: OpenVault, entry_id: int, hidden: bool) -> E:
        """A hidden entry is not offered for new records; what is filed under it stays and still shows."""
        with transaction(vault.connection):
            entries = self.repository(vault.connection)
            entry = entries.get(entry_id)
            if entry is None:
                raise self.not_found(entry_id)
            if entry.hidden == hidden:
                return entry
            entries.set_hidden(entry_id, hidden)
            AuditRepository(vault.connection).record(
                f"{self.events}.hidden" if hidden else f"{self.events}.shown",
                record_type=self.record_type,
                record_id=entry_id,
            )
        return replace(entry, hidden=hidden)

    def delete(self, vault: OpenVault, entry_id: int) -> None:
        """Only an entry the consultant added and nothing is filed under; raises `in_use` otherwise."""
        with transaction(vault.connection):
            entries = self.repository(vault.connection)
            entry = entries.get(entry_id)
            if entry is None:
                raise self.not_found(entry_id)
            if entry.shipped:
                raise self.in_use(self.shipped_code)
            if entries.in_use(entry_id):
                raise self.in_use(self.in_use_code)
            entries.delete(entry_id)
            AuditRepository(vault.connection).record(
                f"{self.events}.deleted", record_type=self.record_type, record_id=entry_id
            )

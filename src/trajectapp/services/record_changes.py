"""Finding, adding or changing one record of a case as every service does: a record that is not there is its kind's
RecordNotFound, a change is checked to be of the case's own record, nothing is written when nothing changed, and one
audit entry names the fields that changed, never their values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import Field, dataclass
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from trajectapp.domain.messages import RecordNotFound
from trajectapp.store.audit import AuditRepository, field_changes
from trajectapp.store.connection import Connection


class _Stored(Protocol):
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def id(self) -> int | None: ...


Record = TypeVar("Record", bound=_Stored)
Found = TypeVar("Found")


def found(read: Callable[[int], Found | None], record_id: int, not_found: type[RecordNotFound]) -> Found:
    """The record `read` finds by `record_id`; `not_found` when there is none."""
    record = read(record_id)
    if record is None:
        raise not_found(record_id)
    return record


def check_link(read: Callable[[int], object | None], record_id: int | None, not_found: type[RecordNotFound]) -> None:
    """An optional link to another record (a step's partner service, say): `not_found` when it names one that `read`
    does not find."""
    if record_id is not None:
        found(read, record_id, not_found)


def fields_summary(changed: Sequence[str]) -> str:
    return "fields: " + ", ".join(changed)


def store_change(
    audit: AuditRepository,
    before: Record,
    wanted: Record,
    update: Callable[[Record], Record],
    *,
    event: str,
    case_id: int,
    record_type: str,
    summary: Callable[[Sequence[str]], str] = fields_summary,
) -> Record:
    """`wanted` in place of `before`, through `update`, with an audit entry `event`; `before` itself, and nothing
    written, when no field changed."""
    changed = field_changes(before, wanted)
    if not changed:
        return before
    saved = update(wanted)
    audit.record(event, case_id, record_type=record_type, record_id=saved.id, summary=summary(changed))
    return saved


class Repository(Protocol[Record]):
    """What saving needs of a case record's repository (store.record_tables gives every one of them)."""

    def add(self, record: Record) -> Record: ...
    def update(self, record: Record) -> Record: ...
    def get(self, record_id: int) -> Record | None: ...


@dataclass(frozen=True)
class CaseRecords(Generic[Record]):
    """How one kind of case record is saved: through which repository, under which audit events (added, changed)
    and record type, and which refusal says it is not there. A record belongs to its `owner` (its case, or its
    goal for a step), and a change to a record of another owner is refused as not there."""

    repository: Callable[[Connection], Repository[Record]]
    record_type: str
    events: tuple[str, str]
    not_found: type[RecordNotFound]
    owner: str = "case_id"

    def save(
        self,
        connection: Connection,
        record: Record,
        *,
        case_id: int,
        summary: Callable[[Sequence[str]], str] = fields_summary,
    ) -> Record:
        """A new record (id None) added, or a stored one changed; call inside the transaction that checked it."""
        audit, repository = AuditRepository(connection), self.repository(connection)
        added, changed = self.events
        if record.id is None:
            saved = repository.add(record)
            audit.record(added, case_id, record_type=self.record_type, record_id=saved.id)
            return saved
        before = repository.get(record.id)
        if before is None or getattr(before, self.owner) != getattr(record, self.owner):
            raise self.not_found(record.id)
        return store_change(
            audit,
            before,
            record,
            repository.update,
            event=changed,
            case_id=case_id,
            record_type=self.record_type,
            summary=summary,
        )

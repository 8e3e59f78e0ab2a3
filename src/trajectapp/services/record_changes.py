"""Finding, adding or changing one record of a case as every service does: a record that is not there is its kind's
RecordNotFound, a change is checked to be of the case's own record, nothing is written when nothing changed, and one
audit entry names the fields that changed, never their values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import Field
from typing import Any, ClassVar, Protocol, TypeVar

from trajectapp.domain.messages import RecordNotFound
from trajectapp.store.audit import AuditRepository, field_changes


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


def add_or_change(
    audit: AuditRepository,
    repository: Any,
    record: Record,
    *,
    events: tuple[str, str],
    case_id: int,
    record_type: str,
    not_found: type[RecordNotFound],
    owner: str = "case_id",
    summary: Callable[[Sequence[str]], str] = fields_summary,
) -> Record:
    """A new record (id None) added through `repository`, or a stored one changed: `events` are the audit events
    of the two. A record that is not there, or belongs to another `owner` (its case, its goal), is `not_found`."""
    added, changed = events
    record_id = record.id
    if record_id is None:
        saved: Record = repository.add(record)
        audit.record(added, case_id, record_type=record_type, record_id=saved.id)
        return saved
    before: Record | None = repository.get(record_id)
    if before is None or getattr(before, owner) != getattr(record, owner):
        raise not_found(record_id)
    return store_change(
        audit,
        before,
        record,
        repository.update,
        event=changed,
        case_id=case_id,
        record_type=record_type,
        summary=summary,
    )

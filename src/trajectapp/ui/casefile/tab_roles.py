"""What a tab added to a case file may offer besides showing the case: the case file finds a tab's roles by the
methods it has, so a feature's tab needs no import of the case file's and the case file none of the feature's."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from trajectapp.domain.sessions import Session


@runtime_checkable
class FollowsPresentationMode(Protocol):
    def set_presentation_mode(self, on: bool) -> None: ...


@runtime_checkable
class Refreshes(Protocol):
    """Reads again what it shows: after a catalogue it names changed elsewhere."""

    def refresh(self) -> None: ...


@runtime_checkable
class ResumesDrafts(Protocol):
    """Puts back a dialog of one of its DRAFT_KINDS that was open when the vault locked."""

    @property
    def DRAFT_KINDS(self) -> tuple[str, ...]: ...

    def resume(self, kind: str, draft: str) -> None: ...


@runtime_checkable
class ShowsSessions(Protocol):
    """The tab of the case's sessions (Contacts)."""

    def open_session(self, session_id: int) -> None: ...

    def plan_session(self) -> None: ...

    def selected_session(self) -> Session | None: ...

"""What the export wizard's pages have decided so far, in one place the pages share (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from trajectapp.domain.disclosures import Basis, DisclosedItem, Disclosure, DisclosureParty, OutputFormat, PartyKind
from trajectapp.domain.languages import Language


@dataclass
class ExportState:
    case_id: int
    person_name: str  # the case's display name: the party when the copy is for the person themself
    person_language: Language | None = None  # what the person reads their documents in, when recorded
    party: DisclosureParty | None = None
    purpose: str = ""
    basis: Basis | None = None
    basis_explanation: str = ""
    override_reason: str = ""  # kept only when the recorded consent does not cover the recipient
    keys: frozenset[str] = frozenset()  # what is chosen, the parents of chosen items included
    every_item: bool = False  # everything the case holds is chosen
    language: Language | None = None  # the document's, chosen on the preview page; None for a transfer package
    pdf: bytes = b""  # the document as previewed, not yet locked; empty for a transfer package
    items: tuple[DisclosedItem, ...] = field(default=())  # what the previewed document holds, for the register
    path: Path | None = None
    output_format: OutputFormat | None = None
    written: Disclosure | None = None

    def chosen_party(self) -> DisclosureParty:
        """The recipient: the wizard leaves its first page only once one is chosen."""
        assert self.party is not None, "no page after the first is shown before a recipient is chosen"
        return self.party

    def chosen_basis(self) -> Basis:
        """The legal basis: the wizard leaves the basis page only once one is chosen."""
        assert self.basis is not None, "nothing is written before a basis is chosen"
        return self.basis

    def chosen_path(self) -> Path:
        """Where the file goes: nothing is written before one is chosen."""
        assert self.path is not None, "nothing is written before a file is chosen"
        return self.path

    @property
    def kind(self) -> PartyKind | None:
        return self.party.kind if self.party is not None else None

    @property
    def is_package(self) -> bool:
        """A colleague gets a transfer package; a service and the person get a PDF."""
        return self.kind is PartyKind.CONSULTANT

    @property
    def for_the_person(self) -> bool:
        return self.kind is PartyKind.PERSON

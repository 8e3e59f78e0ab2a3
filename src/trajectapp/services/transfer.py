"""Handing a case to a colleague and taking one over: the transfer package (see exchange.envelope and
exchange.package_document) made from the case, opened with its passphrase, described, and imported as a new case.

Making a package writes nothing; save_transfer_package writes the file and its register entry in one step.
Importing is all or nothing, in one transaction, and records where the case came from: "case.imported" in the
case's history and a "received" entry in the disclosure register. The package never names a file or folder:
the only file written is the one the consultant chooses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from trajectapp import __version__
from trajectapp.domain.case import Case
from trajectapp.domain.case_tables import CATALOGUES, PERSON
from trajectapp.domain.checks import InvalidValue
from trajectapp.domain.disclosures import (
    Basis,
    DisclosedItem,
    Disclosure,
    DisclosureDirection,
    DisclosureParty,
    OutputFormat,
)
from trajectapp.domain.messages import Code
from trajectapp.domain.selection import Translate, as_written
from trajectapp.domain.wording import QT_TRANSLATE_NOOP
from trajectapp.exchange.envelope import MAX_PACKAGE_BYTES, open_sealed, read_header, seal, too_large
from trajectapp.exchange.package_document import (
    PERSON_KEY,
    RECORDS,
    PackageDocument,
    build_document,
    held,
    select_rows,
    to_bytes,
)
from trajectapp.exchange.package_errors import PackageError, Problem
from trajectapp.exchange.package_validation import parse_document, problem_in
from trajectapp.exchange.passphrase import new_passphrase
from trajectapp.services.case_file import CaseNotFound, get_case
from trajectapp.services.case_selection import selection_tree
from trajectapp.services.disclosures import is_bare_file_name, leaving_file, record_disclosure
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.transfer_import import write_case
from trajectapp.store.audit import AuditRepository
from trajectapp.store.case_rows import read_case_rows, read_catalogue, read_person
from trajectapp.store.clock import now_iso
from trajectapp.store.connection import DatabaseError, transaction
from trajectapp.vault.kdf import KdfParams

__all__ = [
    "FILE_SUFFIX",
    "ExportedPackage",
    "OpenedPackage",
    "PackageError",
    "PackageSummary",
    "Problem",
    "describe",
    "export_package",
    "import_package",
    "open_package",
    "read_package_file",
    "save_transfer_package",
    "suggested_file_name",
]

FILE_SUFFIX = ".trajectcase"
# What describe() counts, in the order it shows them.
COUNTED = {
    "phase_changes": QT_TRANSLATE_NOOP("Selection", "Phase changes"),
    "transfers": QT_TRANSLATE_NOOP("Selection", "Transfers between prisons"),
    "participation_decisions": QT_TRANSLATE_NOOP("Selection", "Participation decisions"),
    "consents": QT_TRANSLATE_NOOP("Selection", "Consents"),
    "involvements": QT_TRANSLATE_NOOP("Selection", "Partner services involved"),
    "assessments": QT_TRANSLATE_NOOP("Selection", "Needs assessments"),
    "assessment_items": QT_TRANSLATE_NOOP("Selection", "Life domains assessed"),
    "external_assessments": QT_TRANSLATE_NOOP("Selection", "Risk assessments made elsewhere"),
    "factors": QT_TRANSLATE_NOOP("Selection", "Push and pull factors"),
    "strengths": QT_TRANSLATE_NOOP("Selection", "Strengths and old passions"),
    "good_lives": QT_TRANSLATE_NOOP("Selection", "Good Lives entries"),
    "perspectives": QT_TRANSLATE_NOOP("Selection", "Perspective versions"),
    "goals": QT_TRANSLATE_NOOP("Selection", "Goals"),
    "goal_steps": QT_TRANSLATE_NOOP("Selection", "Steps"),
    "goal_notes": QT_TRANSLATE_NOOP("Selection", "Progress notes"),
    "plan_versions": QT_TRANSLATE_NOOP("Selection", "Plan versions"),
    "sessions": QT_TRANSLATE_NOOP("Selection", "Sessions"),
    "actions": QT_TRANSLATE_NOOP("Selection", "Follow-up actions"),
    "disclosures": QT_TRANSLATE_NOOP("Selection", "Earlier disclosures"),
}


@dataclass(frozen=True)
class ExportedPackage:
    case_id: int
    data: bytes  # the package file's bytes, encrypted
    passphrase: str  # show it once, with a slip to hand over separately; it is never stored
    items: tuple[DisclosedItem, ...]  # what it holds, for the register


@dataclass(frozen=True)
class OpenedPackage:
    """A package whose passphrase was right and whose content passed every check."""

    document: PackageDocument
    data: bytes  # the file as read, for its size and fingerprint in the register


@dataclass(frozen=True)
class PackageSummary:
    name: str
    preferred_name: str
    created: datetime
    app_version: str
    person_fields: int  # how many of the person's fields it holds
    counts: tuple[tuple[str, int], ...]  # (words from COUNTED, how many), for the kinds it holds


def suggested_file_name(today: date) -> str:
    """A name that says what the file is without naming the person."""
    return f"case-transfer-{today.isoformat()}{FILE_SUFFIX}"


def export_package(
    vault: OpenVault,
    case_id: int,
    *,
    selected: Iterable[str] | None = None,
    translate: Translate = as_written,
    kdf: KdfParams | None = None,
) -> ExportedPackage:
    """The case as a transfer package under a fresh passphrase: the whole case, or the items `selected` (keys of
    services.case_selection's tree, their parents included). Writes nothing. CaseNotFound for an unknown case,
    UnknownItems for a key the case does not hold, InvalidValue when the person's name is left out, PackageError
    (INVALID_CONTENT) for a case the package format cannot carry (a field over a million characters, say)."""
    connection = vault.connection
    tree = selection_tree(vault, case_id)
    keys = tree.all_keys() if selected is None else tree.effective(selected)
    if f"{PERSON.key}:name" not in keys:
        raise InvalidValue("items", Code.PACKAGE_WITHOUT_NAME)
    stored_person = read_person(connection, case_id)
    if stored_person is None:
        raise CaseNotFound(case_id)
    person, rows = select_rows(stored_person, read_case_rows(connection, case_id), keys)
    catalogues = {name: read_catalogue(connection, name) for name in CATALOGUES}
    document = build_document(person, rows, catalogues, created=now_iso(), app_version=__version__)
    problem = problem_in(document)  # what cannot be imported is not written either
    if problem:
        raise PackageError(Problem.INVALID_CONTENT, Code.CASE_NOT_PACKABLE, detail=problem)
    passphrase = new_passphrase()
    return ExportedPackage(
        case_id, seal(to_bytes(document), passphrase, kdf), passphrase, tree.disclosed_items(keys, translate)
    )


def save_transfer_package(
    vault: OpenVault,
    *,
    path: Path,
    package: ExportedPackage,
    party: DisclosureParty,
    purpose: str,
    basis: Basis,
    basis_explanation: str = "",
    override_reason: str = "",
) -> Disclosure:
    """Write the package to `path`, whole or not at all, and its entry in the disclosure register in the same step:
    the entry stays only if the file was written. InvalidValue/InvalidText for a register field that cannot be
    kept (nothing is written then); OSError when the folder cannot be written to."""
    with leaving_file(vault, path, package.data):
        disclosure = record_disclosure(
            vault,
            case_id=package.case_id,
            party=party,
            purpose=purpose,
            basis=basis,
            items=package.items,
            output_format=OutputFormat.TRANSFER_PACKAGE,
            file_name=Path(path).name,
            content=package.data,
            basis_explanation=basis_explanation,
            override_reason=override_reason,
        )
    return disclosure


def read_package_file(path: Path) -> bytes:
    """A package file's bytes; a file larger than any package is refused before it is read, and one that is not a
    package, or is cut short, before its passphrase is asked."""
    try:
        if Path(path).stat().st_size > MAX_PACKAGE_BYTES:
            raise too_large()
        with open(path, "rb") as file:
            data = file.read(MAX_PACKAGE_BYTES + 1)
    except OSError as error:
        raise PackageError(
            Problem.UNREADABLE, Code.PACKAGE_UNREADABLE, reason=error.strerror or type(error).__name__
        ) from None
    if len(data) > MAX_PACKAGE_BYTES:  # it grew while being read
        raise too_large()
    read_header(data)
    return data


def open_package(data: bytes, passphrase: str) -> OpenedPackage:
    """Check the passphrase, then the package's integrity, version, size and content. PackageError for anything
    wrong, with its code for the consultant. Reads no vault: it can run off the GUI thread."""
    return OpenedPackage(parse_document(open_sealed(data, passphrase)), data)


def describe(package: OpenedPackage) -> PackageSummary:
    """What the package holds, to show before importing it."""
    document, person = package.document, package.document[PERSON_KEY]
    counts = tuple(
        (words, len(document[RECORDS][table])) for table, words in COUNTED.items() if document[RECORDS][table]
    )
    return PackageSummary(
        held(str, person["name"]),
        held(str, person.get("preferred_name") or ""),
        datetime.fromisoformat(document["created"]),
        document["app_version"],
        len(person),
        counts,
    )


def import_package(
    vault: OpenVault,
    package: OpenedPackage,
    *,
    file_name: str,
    party: DisclosureParty,
    purpose: str,
    basis: Basis,
    basis_explanation: str = "",
    translate: Translate = as_written,
) -> Case:
    """Import the package as a new case, all or nothing, and record where it came from (`party`: who sent it).

    PackageError (DOES_NOT_FIT) when the vault refuses a record; InvalidValue/InvalidText for a register field
    that cannot be kept. Either way nothing is written.
    """
    if not is_bare_file_name(file_name):
        raise InvalidValue("file_name", Code.FILE_NAME_WITH_FOLDER)
    connection = vault.connection
    try:
        with transaction(connection):
            case_id = write_case(connection, package.document)
            AuditRepository(connection).record(
                "case.imported", case_id, record_type="case", record_id=case_id, summary="transfer package"
            )
            tree = selection_tree(vault, case_id)
            record_disclosure(
                vault,
                case_id=case_id,
                party=party,
                purpose=purpose,
                basis=basis,
                items=tree.disclosed_items(tree.all_keys(), translate),
                output_format=OutputFormat.TRANSFER_PACKAGE,
                file_name=file_name,
                content=package.data,
                basis_explanation=basis_explanation,
                direction=DisclosureDirection.RECEIVED,
            )
    except DatabaseError as error:
        raise PackageError(Problem.DOES_NOT_FIT, Code.PACKAGE_DOES_NOT_FIT, detail=str(error)) from None
    return get_case(vault, case_id)

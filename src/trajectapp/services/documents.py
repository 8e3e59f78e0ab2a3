"""The documents the interface previews, prints and saves, laid out from what the use cases gathered.

reportlab and pypdf are imported when a document is first asked for, not when the application starts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from trajectapp.documents.case_summary_data import CaseSummaryData
from trajectapp.documents.session_notes_data import SessionNotesData
from trajectapp.domain.plan import PlanVersion
from trajectapp.domain.selection import Translate, as_written

__all__ = [
    "CaseSummaryData",
    "SessionNotesData",
    "case_summary_pdf",
    "new_pdf_password",
    "password_slip_pdf",
    "plan_pdf",
    "protected_pdf",
    "recovery_sheet_pdf",
    "session_notes_pdf",
]


def case_summary_pdf(
    data: CaseSummaryData, *, today: date, include_special: bool, translate: Translate = as_written
) -> bytes:
    from trajectapp.documents.case_summary import case_summary

    return case_summary(data, today=today, include_special=include_special, translate=translate)


def session_notes_pdf(
    data: SessionNotesData, *, today: date, include_special: bool, translate: Translate = as_written
) -> bytes:
    from trajectapp.documents.session_notes import session_notes_document

    return session_notes_document(data, today=today, include_special=include_special, translate=translate)


def plan_pdf(
    person_name: str,
    version: PlanVersion,
    *,
    today: date,
    service_names: Mapping[int, str],
    include_special: bool,
    translate: Translate = as_written,
) -> bytes:
    from trajectapp.documents.plan_document import plan_document

    return plan_document(
        person_name,
        version,
        today=today,
        service_names=service_names,
        include_special=include_special,
        translate=translate,
    )


def password_slip_pdf(
    *, secret: str, recipient: str, file_name: str, made_on: date, package: bool, translate: Translate = as_written
) -> bytes:
    from trajectapp.documents.password_slip import password_slip

    return password_slip(
        secret=secret, recipient=recipient, file_name=file_name, made_on=made_on, package=package, translate=translate
    )


def recovery_sheet_pdf(
    recovery_key: str, *, vault_folder: str, created: date, translate: Translate = as_written
) -> bytes:
    from trajectapp.documents.recovery_sheet import render_recovery_sheet

    return render_recovery_sheet(recovery_key, vault_folder=vault_folder, created=created, translate=translate)


def new_pdf_password() -> str:
    """A fresh random password for one protected PDF, such as "K7QD-RMXH-2CFW-PT4N-9EVA"."""
    from trajectapp.exchange.pdf_protection import new_password

    return new_password()


def protected_pdf(pdf: bytes, password: str) -> bytes:
    """`pdf` encrypted with AES-256 under `password`, which is needed to open it at all."""
    from trajectapp.exchange.pdf_protection import protect_pdf

    return protect_pdf(pdf, password)

"""A person on the consultant's caseload, and the description of the person's fields (domain.columns) that the
store, the person form, the export selection and the documents follow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from trajectapp.domain.checks import NAME_MAX
from trajectapp.domain.columns import Column, approximate, choice, day, line, text
from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.dates import ApproximateDate
from trajectapp.domain.languages import Language
from trajectapp.domain.wording import QT_TRANSLATE_NOOP, Labelled


class LegalStatus(Labelled):
    UNKNOWN = "", QT_TRANSLATE_NOOP("Labels", "Not recorded")
    ACCUSED = "accused", QT_TRANSLATE_NOOP("Labels", "Accused")
    CONVICTED = "convicted", QT_TRANSLATE_NOOP("Labels", "Convicted")
    INTERNED = "interned", QT_TRANSLATE_NOOP("Labels", "Interned")
    RELEASED_UNDER_CONDITIONS = "released_under_conditions", QT_TRANSLATE_NOOP("Labels", "Released under conditions")


@dataclass(frozen=True)
class Case:
    id: int | None
    name: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    prison: str = ""
    prisoner_number: str = ""
    nationality: str = ""
    languages: str = ""
    document_language: Language | None = None  # of the documents meant for them; None: the consultant's
    legal_status: LegalStatus = LegalStatus.UNKNOWN
    offence_category: str = ""
    first_conviction: ApproximateDate | None = None
    detention_start: date | None = None
    limited_detention_from: date | None = None
    electronic_monitoring_from: date | None = None
    conditional_release_from: date | None = None
    expected_release: date | None = None
    notes: str = ""

    @property
    def display_name(self) -> str:
        if self.preferred_name and self.preferred_name != self.name:
            return f"{self.name} ({self.preferred_name})"
        return self.name


# The parts of the person form, in its order.
PERSON_GROUP = QT_TRANSLATE_NOOP("Fields", "Person")
DETENTION_GROUP = QT_TRANSLATE_NOOP("Fields", "Detention")
KEY_DATES_GROUP = QT_TRANSLATE_NOOP("Fields", "Key dates")
NOTES_GROUP = QT_TRANSLATE_NOOP("Fields", "Notes")
NOTES_MAX = 100_000

# Every field of Case but the id, in the order the form, the export selection and the documents show them; the
# `cases` table has a column of each. A field added here and to Case (with its migration) reaches them all.
CASE_FIELDS: tuple[Column, ...] = (
    line("name", QT_TRANSLATE_NOOP("Fields", "Legal name"), limit=NAME_MAX, required=True, group=PERSON_GROUP),
    line("preferred_name", QT_TRANSLATE_NOOP("Fields", "Wants to be called"), limit=NAME_MAX, group=PERSON_GROUP),
    day("date_of_birth", True, QT_TRANSLATE_NOOP("Fields", "Date of birth"), group=PERSON_GROUP),
    line("nationality", QT_TRANSLATE_NOOP("Fields", "Nationality"), limit=NAME_MAX, group=PERSON_GROUP),
    line("languages", QT_TRANSLATE_NOOP("Fields", "Languages"), limit=NAME_MAX, group=PERSON_GROUP),
    choice(
        "document_language",
        Language,
        True,
        QT_TRANSLATE_NOOP("Fields", "Reads their documents in"),
        group=PERSON_GROUP,
    ),
    line("prison", QT_TRANSLATE_NOOP("Fields", "Prison"), limit=NAME_MAX, group=DETENTION_GROUP),
    line("prisoner_number", QT_TRANSLATE_NOOP("Fields", "Prisoner number"), limit=50, group=DETENTION_GROUP),
    choice(
        "legal_status",
        LegalStatus,
        label=QT_TRANSLATE_NOOP("Fields", "Legal status"),
        category=DataCategory.OFFENCES,
        group=DETENTION_GROUP,
    ),
    line(
        "offence_category",
        QT_TRANSLATE_NOOP("Fields", "Offence category"),
        limit=NAME_MAX,
        category=DataCategory.OFFENCES,
        group=DETENTION_GROUP,
    ),
    approximate(
        "first_conviction",
        True,
        QT_TRANSLATE_NOOP("Fields", "First conviction"),
        category=DataCategory.OFFENCES,
        group=DETENTION_GROUP,
    ),
    day("detention_start", True, QT_TRANSLATE_NOOP("Fields", "In detention since"), group=KEY_DATES_GROUP),
    day("limited_detention_from", True, QT_TRANSLATE_NOOP("Fields", "Limited detention from"), group=KEY_DATES_GROUP),
    day(
        "electronic_monitoring_from",
        True,
        QT_TRANSLATE_NOOP("Fields", "Electronic monitoring from"),
        group=KEY_DATES_GROUP,
    ),
    day(
        "conditional_release_from", True, QT_TRANSLATE_NOOP("Fields", "Conditional release from"), group=KEY_DATES_GROUP
    ),
    day("expected_release", True, QT_TRANSLATE_NOOP("Fields", "Expected release"), group=KEY_DATES_GROUP),
    text("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), group=NOTES_GROUP, limit=NOTES_MAX),
)
# Dates that cannot come before the start of detention.
AFTER_DETENTION_START = (
    "limited_detention_from",
    "electronic_monitoring_from",
    "conditional_release_from",
    "expected_release",
)

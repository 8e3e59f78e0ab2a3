"""ConsentRepository: consent per purpose, given, refused or pending, and revocable."""

from __future__ import annotations

from trajectapp.domain.case_tables import TABLES_BY_NAME
from trajectapp.domain.traject import Consent
from trajectapp.store.record_tables import CaseRecordRepository, RecordTable


class ConsentRepository(CaseRecordRepository[Consent]):
    """What a consent is for, for whom and when it was asked stay as they were added; the answer changes."""

    records = RecordTable(
        TABLES_BY_NAME["consents"], Consent, order="asked_on, id", fixed=("purpose", "partner_service_id", "asked_on")
    )

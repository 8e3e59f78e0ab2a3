"""Table models for the case file's lists: the consents of a case and its audit history."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt

from trajectapp.domain.audit import AuditEntry
from trajectapp.domain.dates import short_date, short_moment
from trajectapp.domain.record_ids import linked
from trajectapp.domain.traject import Consent, ConsentPurpose
from trajectapp.ui.casefile.history_words import summary_text
from trajectapp.ui.labels import event_label, label
from trajectapp.ui.record_table_model import Index, RecordTableModel

FOR, ANSWER, ASKED_ON, ANSWERED_ON, REVOKED_ON = range(5)
WHEN, EVENT, SUMMARY = range(3)
STORED = Qt.ItemDataRole.UserRole  # the history's event name and summary as stored, not as shown


class ConsentsModel(RecordTableModel[Consent]):
    def __init__(self, parent: QObject | None = None):
        super().__init__(
            [
                (QCoreApplication.translate("ConsentsModel", "For", "column: what the consent is for"), self.subject),
                (QCoreApplication.translate("ConsentsModel", "Answer"), self._answer),
                (QCoreApplication.translate("ConsentsModel", "Asked on"), lambda c: _date_text(c.asked_on)),
                (QCoreApplication.translate("ConsentsModel", "Answered on"), lambda c: _date_text(c.decided_on)),
                (QCoreApplication.translate("ConsentsModel", "Revoked on"), lambda c: _date_text(c.revoked_on)),
            ],
            parent,
            tooltips=False,
        )
        self._service_names: dict[int, str] = {}

    def replace(self, consents: list[Consent], service_names: dict[int, str]) -> None:
        self._service_names = dict(service_names)
        self.set_records(consents)

    def subject(self, consent: Consent) -> str:
        if consent.purpose is ConsentPurpose.SHARE_WITH_SERVICE:
            name = linked(self._service_names, consent.partner_service_id)
            return self.tr("Sharing with %1").replace("%1", self.tr("a partner service") if name is None else name)
        return label(consent.purpose)

    def _answer(self, consent: Consent) -> str:
        return self.tr("Revoked") if consent.revoked_on else label(consent.decision)


def _date_text(day: date | None) -> str:
    return short_date(day) if day else ""


def local_time(stamp: str) -> str:
    """An audit timestamp (UTC, ISO 8601) as the laptop's local time, to the minute."""
    try:
        return short_moment(datetime.fromisoformat(stamp).astimezone())
    except ValueError:
        return stamp


class HistoryModel(RecordTableModel[AuditEntry]):
    """The audit entries of one case, newest first: when, what kind of change, and a summary naming fields."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            [
                (QCoreApplication.translate("HistoryModel", "When"), lambda entry: local_time(entry.at)),
                (QCoreApplication.translate("HistoryModel", "Event"), lambda entry: event_label(entry.event)),
                (
                    QCoreApplication.translate("HistoryModel", "Summary"),
                    lambda entry: summary_text(entry.event, entry.summary, self._domain_names),
                ),
            ],
            parent,
            tooltips=False,
        )
        self._domain_names: dict[int, str] = {}

    def replace(self, entries: list[AuditEntry], domain_names: Mapping[int, str]) -> None:
        """The entries to show; `domain_names` names the life domains their summaries hold the ids of."""
        self._domain_names = dict(domain_names)
        self.set_records(entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """In words for display; as stored (event name, summary) under STORED."""
        if role == STORED and index.isValid():
            entry = self.record_at(index.row())
            return {WHEN: local_time(entry.at), EVENT: entry.event, SUMMARY: entry.summary}[index.column()]
        return super().data(index, role)

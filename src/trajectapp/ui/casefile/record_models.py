"""Table models for the case file's lists: the consents of a case and its audit history."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from trajectapp.domain.audit import AuditEntry
from trajectapp.domain.record_ids import linked
from trajectapp.domain.traject import Consent, ConsentPurpose
from trajectapp.ui.casefile.history_words import summary_text
from trajectapp.ui.labels import event_label, label

Index = QModelIndex | QPersistentModelIndex

FOR, ANSWER, ASKED_ON, ANSWERED_ON, REVOKED_ON = range(5)
WHEN, EVENT, SUMMARY = range(3)
STORED = Qt.ItemDataRole.UserRole  # the history's event name and summary as stored, not as shown


class ConsentsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._consents: list[Consent] = []
        self._service_names: dict[int, str] = {}

    def replace(self, consents: list[Consent], service_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._consents, self._service_names = list(consents), dict(service_names)
        self.endResetModel()

    def consent_at(self, row: int) -> Consent | None:
        return self._consents[row] if 0 <= row < len(self._consents) else None

    def subject(self, consent: Consent) -> str:
        if consent.purpose is ConsentPurpose.SHARE_WITH_SERVICE:
            name = linked(self._service_names, consent.partner_service_id)
            return self.tr("Sharing with %1").replace("%1", self.tr("a partner service") if name is None else name)
        return label(consent.purpose)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._consents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("For"), self.tr("Answer"), self.tr("Asked on"), self.tr("Answered on"), self.tr("Revoked on")][
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        consent = self._consents[index.row()]
        column = index.column()
        if column == FOR:
            return self.subject(consent)
        if column == ANSWER:
            return self.tr("Revoked") if consent.revoked_on else label(consent.decision)
        when = {ASKED_ON: consent.asked_on, ANSWERED_ON: consent.decided_on, REVOKED_ON: consent.revoked_on}[column]
        return when.isoformat() if when else ""


def local_time(stamp: str) -> str:
    """An audit timestamp (UTC, ISO 8601) as the laptop's local time, to the minute."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class HistoryModel(QAbstractTableModel):
    """The audit entries of one case, newest first: when, what kind of change, and a summary naming fields."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self._domain_names: dict[int, str] = {}

    def replace(self, entries: list[AuditEntry], domain_names: Mapping[int, str]) -> None:
        """The entries to show; `domain_names` names the life domains their summaries hold the ids of."""
        self.beginResetModel()
        self._entries, self._domain_names = list(entries), dict(domain_names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("When"), self.tr("Event"), self.tr("Summary")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        """In words for display; as stored (event name, summary) under STORED."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, STORED):
            return None
        entry = self._entries[index.row()]
        if index.column() == WHEN:
            return local_time(entry.at)
        if role == STORED:
            return entry.event if index.column() == EVENT else entry.summary
        if index.column() == EVENT:
            return event_label(entry.event)
        return summary_text(entry.event, entry.summary, self._domain_names)

"""The disclosure register as a Qt table: one row per entry, newest first, in words; what a row says in full is
in its tooltips and in the details pane (see register_details)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QFontDatabase

from trajectapp.domain.dates import short_moment
from trajectapp.domain.disclosures import ConsentCheck, Disclosure
from trajectapp.domain.wording import QT_TRANSLATE_NOOP
from trajectapp.ui.labels import label, party_name
from trajectapp.ui.numbers import whole_number
from trajectapp.ui.record_table_model import Index, RecordTableModel

CASE, WHEN, DIRECTION, PARTY, PURPOSE, BASIS, CONSENT, FORMAT, FILE, SIZE, FINGERPRINT = range(11)
ENTRY = Qt.ItemDataRole.UserRole  # the Disclosure of the row, on any column
SEARCHED = Qt.ItemDataRole.UserRole + 1  # every word of the entry, for the register's filter
SHORT_HASH = 12  # hex digits shown of the SHA-256; the tooltip and the details pane show all 64

_HEADERS = {
    CASE: QT_TRANSLATE_NOOP("RegisterModel", "Case"),
    WHEN: QT_TRANSLATE_NOOP("RegisterModel", "Date"),
    DIRECTION: QT_TRANSLATE_NOOP("RegisterModel", "Direction"),
    PARTY: QT_TRANSLATE_NOOP("RegisterModel", "To or from"),
    PURPOSE: QT_TRANSLATE_NOOP("RegisterModel", "Purpose"),
    BASIS: QT_TRANSLATE_NOOP("RegisterModel", "Basis"),
    CONSENT: QT_TRANSLATE_NOOP("RegisterModel", "Consent"),
    FORMAT: QT_TRANSLATE_NOOP("RegisterModel", "Format"),
    FILE: QT_TRANSLATE_NOOP("RegisterModel", "File name"),
    SIZE: QT_TRANSLATE_NOOP("RegisterModel", "Size"),
    FINGERPRINT: QT_TRANSLATE_NOOP("RegisterModel", "SHA-256"),
}


def local_time(moment: datetime) -> str:
    """A register time (UTC) as the laptop's local time, to the minute."""
    return short_moment(moment.astimezone())


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def file_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def direction_text(entry: Disclosure) -> str:
    if entry.carried_over:
        return QCoreApplication.translate("RegisterModel", "%1 (earlier vault)").replace("%1", label(entry.direction))
    return label(entry.direction)


def basis_text(entry: Disclosure) -> str:
    if entry.basis_explanation:
        return (
            QCoreApplication.translate("RegisterModel", "%1: %2")
            .replace("%1", label(entry.basis))
            .replace("%2", first_line(entry.basis_explanation))
        )
    return label(entry.basis)


def consent_text(entry: Disclosure) -> str:
    """Short words for the table; the register's own label is in the tooltip and the details."""
    if entry.consent is ConsentCheck.OVERRIDDEN:
        return QCoreApplication.translate("RegisterModel", "Not covered: %1").replace(
            "%1", first_line(entry.override_reason)
        )
    if entry.consent is ConsentCheck.COVERED:
        return QCoreApplication.translate("RegisterModel", "Covered")
    return QCoreApplication.translate("RegisterModel", "Not needed")


class RegisterModel(RecordTableModel[Disclosure]):
    """Entries of one case (`with_case` False) or of the whole vault, newest first; read-only, as the register is."""

    def __init__(self, *, with_case: bool, parent: QObject | None = None):
        columns = [column for column in _HEADERS if with_case or column != CASE]
        super().__init__(
            [
                (QCoreApplication.translate("RegisterModel", _HEADERS[column]), partial(self._text, column=column))
                for column in columns
            ],
            parent,
        )
        self.columns = columns
        self._case_names: dict[int, str] = {}
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def replace(self, entries: list[Disclosure], case_names: dict[int, str] | None = None) -> None:
        self._case_names = dict(case_names or {})
        self.set_records(sorted(entries, key=lambda entry: (entry.disclosed_at, entry.id or 0), reverse=True))

    def case_name(self, entry: Disclosure) -> str:
        return self._case_names.get(entry.case_id, "")

    def column_of(self, column: int) -> int:
        """The model's index of a column constant (CASE, WHEN...); -1 when the model does not show it."""
        return self.columns.index(column) if column in self.columns else -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry, column = self.record_at(index.row()), self.columns[index.column()]
        if role == ENTRY:
            return entry
        if role == SEARCHED:
            return self.searched_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.FontRole and column == FINGERPRINT:
            return self._mono
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def _text(self, entry: Disclosure, column: int) -> str:
        if column == CASE:
            return self.case_name(entry)
        if column == WHEN:
            return local_time(entry.disclosed_at)
        if column == DIRECTION:
            return direction_text(entry)
        if column == PARTY:
            return party_name(entry.party)
        if column == PURPOSE:
            return first_line(entry.purpose)
        if column == BASIS:
            return basis_text(entry)
        if column == CONSENT:
            return consent_text(entry)
        if column == FORMAT:
            return label(entry.output_format)
        if column == FILE:
            return entry.file_name
        if column == SIZE:
            return file_size(entry.file_size)
        return entry.file_sha256[:SHORT_HASH] + "…"

    def _tooltip(self, entry: Disclosure, column: int) -> str:
        if column == PARTY:
            return f"{party_name(entry.party)}\n{label(entry.party.kind)}"
        if column == PURPOSE:
            return entry.purpose
        if column == BASIS:
            return "\n".join(part for part in (label(entry.basis), entry.basis_explanation) if part)
        if column == CONSENT:
            return "\n".join(part for part in (label(entry.consent), entry.override_reason) if part)
        if column == DIRECTION and entry.carried_over:
            return self.tr("Recorded in the vault this case came from, and brought along with the case.")
        if column == SIZE:
            return self.tr("%1 bytes").replace("%1", whole_number(entry.file_size))
        if column == FINGERPRINT:
            return entry.file_sha256
        return self._text(entry, column)

    def searched_text(self, entry: Disclosure) -> str:
        """What the filter looks in: every column's words, the reasons and the items."""
        parts = [self._text(entry, column) for column in _HEADERS]
        parts += [
            entry.purpose,
            entry.basis_explanation,
            entry.override_reason,
            entry.file_sha256,
            label(entry.party.kind),
        ]
        parts += [item.label for item in entry.items]
        return "\n".join(parts)

"""CaseloadModel: the caseload as a Qt table, rows fetched from the vault a page at a time.

The model holds the ordered case ids of the current filter, search and sort
(cheap, even for 10,000 cases) and asks the vault only for the rows the view
paints, a page at a time, keeping a few pages (Anki's browser model works the
same way).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from trajectapp.domain.caseload import CaseloadRow
from trajectapp.domain.dates import short_date, short_moment
from trajectapp.domain.traject import CaseStatus
from trajectapp.domain.wording import QT_TRANSLATE_NOOP
from trajectapp.services.caseload import SortKey, caseload_ids, caseload_rows
from trajectapp.services.open_vault import OpenVault
from trajectapp.ui.labels import label

NAME, PHASE, LAST_CONTACT, NEXT_APPOINTMENT, RELEASE, OVERDUE = range(6)
_HEADERS = {
    NAME: QT_TRANSLATE_NOOP("CaseloadModel", "Name"),
    PHASE: QT_TRANSLATE_NOOP("CaseloadModel", "Phase"),
    LAST_CONTACT: QT_TRANSLATE_NOOP("CaseloadModel", "Last contact"),
    NEXT_APPOINTMENT: QT_TRANSLATE_NOOP("CaseloadModel", "Next appointment"),
    RELEASE: QT_TRANSLATE_NOOP("CaseloadModel", "Expected release"),
    OVERDUE: QT_TRANSLATE_NOOP("CaseloadModel", "Overdue actions"),
}
_SORT_KEYS = {
    NAME: SortKey.NAME,
    PHASE: SortKey.PHASE,
    LAST_CONTACT: SortKey.LAST_CONTACT,
    NEXT_APPOINTMENT: SortKey.NEXT_APPOINTMENT,
    RELEASE: SortKey.RELEASE,
    OVERDUE: SortKey.OVERDUE,
}
PAGE_SIZE = 200
# Enough pages for a screenful and the column sizing in any order, few enough
# that scrolling through 10,000 cases does not keep them all in memory.
CACHED_PAGES = 8
WARNING = QColor("#b03a2e")  # the colour of validation messages, see ui/shell/start.py STYLE_SHEET
MUTED = QColor("#6b6b6b")
NONE = "—"
# data() runs thousands of times while a table paints, and PySide6 resolves the
# short enum names (Qt.DisplayRole) on a slow path, about 6 µs each: use ints.
DISPLAY, TOOLTIP, FOREGROUND, ALIGNMENT, CASE_ID = (
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.UserRole,
    )
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HORIZONTAL = Qt.Orientation.Horizontal
_ROLES = frozenset((DISPLAY, TOOLTIP, FOREGROUND, ALIGNMENT, CASE_ID))
_WARNING_BRUSH, _MUTED_BRUSH = QBrush(WARNING), QBrush(MUTED)

Index = QModelIndex | QPersistentModelIndex


def days_text(days: int) -> str:
    """A length of time in whole days, in the plural form the language gives the number."""
    return QCoreApplication.translate("CaseloadModel", "%n day(s)", "", days)


def since_text(days: int) -> str:
    """How long ago the last contact was."""
    if days == 0:
        return QCoreApplication.translate("CaseloadModel", "today")
    return days_text(days) if days > 0 else QCoreApplication.translate("CaseloadModel", "in %n day(s)", "", -days)


def countdown_text(days: int) -> str:
    """How far the release date is from today, either way."""
    if days == 0:
        return QCoreApplication.translate("CaseloadModel", "today")
    if days == 1:
        return QCoreApplication.translate("CaseloadModel", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("CaseloadModel", "yesterday")
    if days > 0:
        return QCoreApplication.translate("CaseloadModel", "in %n day(s)", "", days)
    return QCoreApplication.translate("CaseloadModel", "%n day(s) ago", "", -days)


class CaseloadModel(QAbstractTableModel):
    def __init__(
        self,
        vault: OpenVault,
        *,
        status: CaseStatus | None = CaseStatus.ACTIVE,
        today: Callable[[], date] = date.today,
        release_window_days: int = 90,
        no_contact_days: int = 21,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._vault = vault
        self._today = today
        self._status = status
        self._search = ""
        self._sort = SortKey.NAME
        self._descending = False
        self._release_window_days = release_window_days
        self._no_contact_days = no_contact_days
        self._pages: OrderedDict[int, list[CaseloadRow | None]] = OrderedDict()
        self._query_day = today()
        self._ids: list[int] = self._query_ids()

    # -- what is shown -------------------------------------------------------------

    def set_filter(self, status: CaseStatus | None) -> None:
        """Show the cases of one status, or all of them (None)."""
        self._status = status
        self.refresh()

    def set_search(self, text: str) -> None:
        """Show only the cases one of whose names contains `text`, blind to case and accents."""
        self._search = text
        self.refresh()

    def set_thresholds(self, *, release_window_days: int, no_contact_days: int) -> None:
        """From how close a release and how long without contact a cell is shown as a warning."""
        self._release_window_days = release_window_days
        self._no_contact_days = no_contact_days
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, OVERDUE), [Qt.ItemDataRole.ForegroundRole]
            )

    def refresh(self) -> None:
        """Read the ids and rows again; the view keeps its selection by case id (see CaseloadView)."""
        self.beginResetModel()
        self._query_day = self._today()
        self._ids = self._query_ids()
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the vault; selected and current rows follow their case."""
        key, descending = _SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # already so: the view asks once when sorting is switched on
        self._sort, self._descending = key, descending
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        followed = [(index.row(), index.column()) for index in before]
        old_ids = self._ids
        self._ids = self._query_ids()
        self._pages.clear()
        rows = {case_id: row for row, case_id in enumerate(self._ids)}
        after = []
        for row, column in followed:
            new_row = rows.get(old_ids[row]) if 0 <= row < len(old_ids) else None
            after.append(self.index(new_row, column) if new_row is not None else QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def case_id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    @property
    def cached_row_count(self) -> int:
        """How many rows are held in memory now (for tests and the benchmark)."""
        return sum(len(page) for page in self._pages.values())

    def _query_ids(self) -> list[int]:
        return caseload_ids(
            self._vault,
            today=self._query_day,
            status=self._status,
            search=self._search,
            sort=self._sort,
            descending=self._descending,
        )

    def _row(self, row: int) -> CaseloadRow | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
            found = {r.case_id: r for r in caseload_rows(self._vault, ids, today=self._query_day)}
            # A case deleted since the ids were read stays a blank row until the next refresh.
            page = self._pages[number] = [found.get(case_id) for case_id in ids]
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE_SIZE]

    # -- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> str | None:
        if role == DISPLAY and orientation == _HORIZONTAL:
            return QCoreApplication.translate("CaseloadModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._ids):
            return None
        if role == CASE_ID:
            return self._ids[number]
        row = self._row(number)
        if row is None:
            return None
        column = index.column()
        if role == DISPLAY:
            return self._text(row, column)
        if role == TOOLTIP:
            return self._tooltip(row, column)
        if role == FOREGROUND:
            return self._colour(row, column)
        return _RIGHT if column in (LAST_CONTACT, OVERDUE) else None

    def _text(self, row: CaseloadRow, column: int) -> str:
        today = self._query_day
        if column == NAME:
            if row.preferred_name and row.preferred_name != row.name:
                return f"{row.name} ({row.preferred_name})"
            return row.name
        if column == PHASE:
            phase = label(row.phase) or NONE
            # Closed shows as a phase already; a refusal would otherwise only show as grey.
            return f"{phase} · {label(row.status)}" if row.status is CaseStatus.DECLINED else phase
        if column == LAST_CONTACT:
            days = row.days_since_contact(today)
            return NONE if days is None else since_text(days)
        if column == NEXT_APPOINTMENT:
            return short_moment(row.next_appointment) if row.next_appointment else ""
        if column == RELEASE:
            days = row.days_to_release(today)
            if days is None or row.release_date is None:
                return ""
            return f"{short_date(row.release_date)} ({countdown_text(days)})"
        return str(row.overdue_actions) if row.overdue_actions else ""

    def _tooltip(self, row: CaseloadRow, column: int) -> str | None:
        if column == PHASE and row.status is not CaseStatus.ACTIVE:
            return QCoreApplication.translate("CaseloadModel", "Status: %1").replace("%1", label(row.status))
        if column == LAST_CONTACT and row.last_contact:
            return QCoreApplication.translate("CaseloadModel", "Last contact on %1").replace(
                "%1", short_date(row.last_contact)
            )
        if column == RELEASE and row.release_date:
            days = row.days_to_release(self._query_day)
            assert days is not None, "a release date is a number of days away"
            when = short_date(row.release_date)
            if days == 0:
                return QCoreApplication.translate("CaseloadModel", "Expected release: today, %1").replace("%1", when)
            if days > 0:
                weeks = (
                    QCoreApplication.translate("CaseloadModel", ", about %n week(s)", "", round(days / 7))
                    if days >= 14
                    else ""
                )
                return (
                    QCoreApplication.translate("CaseloadModel", "Expected release on %1: in %2%3")
                    .replace("%1", when)
                    .replace("%2", days_text(days))
                    .replace("%3", weeks)
                )
            return (
                QCoreApplication.translate("CaseloadModel", "Expected release was on %1: %2 ago")
                .replace("%1", when)
                .replace("%2", days_text(-days))
            )
        if column == OVERDUE and row.overdue_actions:
            return QCoreApplication.translate("CaseloadModel", "Open actions past their due date: %1").replace(
                "%1", str(row.overdue_actions)
            )
        return None

    def _colour(self, row: CaseloadRow, column: int) -> QBrush | None:
        """Warnings as in the attention panel, which lists active cases only; other cases greyed."""
        if row.status is not CaseStatus.ACTIVE:
            return _MUTED_BRUSH
        today = self._query_day
        if column == RELEASE:
            days = row.days_to_release(today)
            warn = days is not None and 0 <= days <= self._release_window_days
        elif column == LAST_CONTACT:
            days = row.days_since_contact(today)
            warn = days is not None and days > self._no_contact_days
        else:
            warn = column == OVERDUE and row.overdue_actions > 0
        return _WARNING_BRUSH if warn else None

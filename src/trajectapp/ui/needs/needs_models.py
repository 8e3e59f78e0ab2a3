"""The Needs tab's tables: one assessment domain by domain, and every assessment's scores side by side."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from trajectapp.domain.dates import short_date
from trajectapp.domain.needs import Assessment, AssessmentItem, LifeDomain, Views
from trajectapp.domain.record_ids import stored_id
from trajectapp.ui.labels import catalogue_text, label
from trajectapp.ui.needs.needs_words import score_text, special_mark, special_note

Index = QModelIndex | QPersistentModelIndex

# Columns of the assessment table. The next step and the service that owns it share one column: they are read
# together, and a table of seven columns does not fit a laptop screen.
DOMAIN, SITUATION, PERSON, MOTIVATION, VIEWS, NEXT_STEP = range(6)

_DISAGREEMENT = QColor("#a04000")
_MUTED = QColor("#6e6e6e")


def _one_line(text: str) -> str:
    return " · ".join(line.strip() for line in text.splitlines() if line.strip())


def domain_name(domain: LifeDomain) -> str:
    name = catalogue_text(domain.name)
    return name if not domain.hidden else name + " " + QCoreApplication.translate("NeedsTables", "(hidden)")


def domain_tooltip(domain: LifeDomain) -> str:
    notes = [catalogue_text(domain.name)]
    if domain.sensitivity is not None:
        notes.append(special_note(domain.sensitivity))
    if domain.hidden:
        notes.append(
            QCoreApplication.translate(
                "NeedsTables", "Hidden in the catalogue of life domains: shown here because it was used."
            )
        )
    return "\n".join(notes)


def _domain_data(domain: LifeDomain, role: int) -> object:
    if role == Qt.ItemDataRole.DisplayRole:
        return domain_name(domain)
    if role == Qt.ItemDataRole.ToolTipRole:
        return domain_tooltip(domain)
    if role == Qt.ItemDataRole.DecorationRole and domain.sensitivity is not None:
        return special_mark()
    return None


class AssessmentModel(QAbstractTableModel):
    """One row per domain of an assessment: the domain and what the assessment says about it (if anything)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[LifeDomain, AssessmentItem | None]] = []
        self._services: dict[int, str] = {}
        self._headers = [
            self.tr("Life domain"),
            self.tr("Where things stand"),
            self.tr("Own score"),
            self.tr("Motivation to change"),
            self.tr("Views"),
            self.tr("Next step (service)"),
        ]
        self._header_tips = {
            PERSON: self.tr("The score the person gives the domain"),
            VIEWS: self.tr("Whether the person and you see the domain the same way"),
        }

    def set_rows(self, rows: list[tuple[LifeDomain, AssessmentItem | None]], services: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows, self._services = list(rows), dict(services)
        self.endResetModel()

    def domain_at(self, row: int) -> LifeDomain:
        return self._rows[row][0]

    def row_of(self, domain_id: int) -> int:
        return next((row for row, (domain, _item) in enumerate(self._rows) if domain.id == domain_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        domain, item = self._rows[index.row()]
        column = index.column()
        if column == DOMAIN:
            return _domain_data(domain, role)
        if item is None or (item.situation is None and column == SITUATION):
            if column == SITUATION and role == Qt.ItemDataRole.DisplayRole:
                return self.tr("not scored")
            return _MUTED if column == SITUATION and role == Qt.ItemDataRole.ForegroundRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(item, column)
            return text or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PERSON:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == VIEWS:
            return {Views.DISAGREE: _DISAGREEMENT, Views.NOT_COMPARED: _MUTED}.get(item.views)
        return None

    def _text(self, item: AssessmentItem, column: int) -> str:
        if column == SITUATION:
            return score_text(item.situation)
        if column == PERSON:
            return str(item.person_situation) if item.person_situation is not None else ""
        if column == MOTIVATION:
            return label(item.motivation)
        if column == VIEWS:
            return label(item.views)
        if column == NEXT_STEP:
            step = _one_line(item.next_step)
            if item.next_step_service_id is None:
                return step
            service = self._services.get(item.next_step_service_id, self.tr("a service no longer listed"))
            return f"{step} ({service})" if step else f"({service})"
        return ""


class HistoryModel(QAbstractTableModel):
    """A row per domain, a column per assessment (oldest first) holding its score, and the change from the
    first score to the last."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._domains: list[LifeDomain] = []
        self._assessments: list[Assessment] = []

    def set_history(self, domains: list[LifeDomain], assessments: list[Assessment]) -> None:
        self.beginResetModel()
        self._domains, self._assessments = list(domains), list(assessments)
        self.endResetModel()

    @property
    def change_column(self) -> int:
        return len(self._assessments) + 1

    def domain_at(self, row: int) -> LifeDomain:
        return self._domains[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._domains)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._assessments else len(self._assessments) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Life domain")
        if section == self.change_column:
            return self.tr("Change")
        return short_date(self._assessments[section - 1].assessed_on)

    def _scores(self, domain_id: int) -> list[int | None]:
        return [item.situation if (item := a.item_for(domain_id)) else None for a in self._assessments]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        domain, column = self._domains[index.row()], index.column()
        if column == 0:
            return _domain_data(domain, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if column == self.change_column:
            scored = [score for score in self._scores(stored_id(domain.id)) if score is not None]
            if role == Qt.ItemDataRole.DisplayRole and len(scored) > 1:
                change = scored[-1] - scored[0]
                return f"+{change}" if change > 0 else "±0" if change == 0 else f"−{-change}"
            return None
        item = self._assessments[column - 1].item_for(stored_id(domain.id))
        situation = item.situation if item else None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(situation) if situation is not None else "–"
        if role == Qt.ItemDataRole.ForegroundRole and situation is None:
            return _MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            if item is None or situation is None:
                return self.tr("Not scored")
            tip = score_text(situation)
            if item.person_situation is not None:
                tip += "\n" + self.tr("The person's own score: %1").replace("%1", score_text(item.person_situation))
            return tip
        return None

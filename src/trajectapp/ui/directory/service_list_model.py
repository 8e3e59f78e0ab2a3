"""ServiceListModel: the partner services of the directory as a Qt list, hidden ones marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from trajectapp.domain.partners import PartnerService
from trajectapp.ui.labels import catalogue_text

Index = QModelIndex | QPersistentModelIndex


class ServiceListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._services: list[PartnerService] = []

    def set_services(self, services: Sequence[PartnerService]) -> None:
        self.beginResetModel()
        self._services = list(services)
        self.endResetModel()

    def service_at(self, row: int) -> PartnerService:
        return self._services[row]

    def row_of(self, service_id: int | None) -> int:
        """The row of the service with this id, or -1."""
        if service_id is None:
            return -1
        return next((row for row, service in enumerate(self._services) if service.id == service_id), -1)

    def names(self) -> list[str]:
        return [service.name for service in self._services]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._services)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        service = self._services[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = catalogue_text(service.name)
            return self.tr("%1 (hidden)").replace("%1", name) if service.hidden else name
        if role == Qt.ItemDataRole.ToolTipRole:
            details = " · ".join(catalogue_text(part) for part in (service.kind, service.organisation) if part)
            return catalogue_text(service.name) + ("\n" + details if details else "")
        if role == Qt.ItemDataRole.FontRole and service.hidden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and service.hidden:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

"""CaseloadModel: the cases of the open vault, as a Qt table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from trajectapp.domain.case import Case

NAME, PRISON, PRISONER_NUMBER = range(3)
_HEADERS = {
    NAME: QCoreApplication.translate("CaseloadModel", "Name"),
    PRISON: QCoreApplication.translate("CaseloadModel", "Prison"),
    PRISONER_NUMBER: QCoreApplication.translate("CaseloadModel", "Prisoner number"),
}

Index = QModelIndex | QPersistentModelIndex


class CaseloadModel(QAbstractTableModel):
    def __init__(self, cases: list[Case], parent=None):
        super().__init__(parent)
        self._cases = list(cases)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("CaseloadModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        case = self._cases[index.row()]
        return {NAME: case.display_name, PRISON: case.prison, PRISONER_NUMBER: case.prisoner_number}[index.column()]

    def case_at(self, row: int) -> Case:
        return self._cases[row]

    def row_of(self, case_id: int) -> int | None:
        for row, case in enumerate(self._cases):
            if case.id == case_id:
                return row
        return None

    def replace(self, cases: list[Case]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

"""The project list beside the project's tabs: code, name, street, class and progress."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush

from supervisor.projects.project import ProjectRow
from supervisor.ui.labels import class_label

PROJECT_ID_ROLE = Qt.ItemDataRole.UserRole + 6


class ProjectListModel(QAbstractTableModel):
    """The project list: code, name, street, class, progress."""

    COL_CODE, COL_NAME, COL_STREET, COL_CLASS, COL_PROGRESS = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ProjectRow] = []

    def set_rows(self, rows: list[ProjectRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, project_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == project_id), -1)

    def project(self, row: int) -> ProjectRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Code"), self.tr("Name"), self.tr("Street"), self.tr("Class"),
                self.tr("Progress"),
            ][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_CODE:
                return row.code
            if column == self.COL_NAME:
                return row.name + (self.tr(" (archived)") if row.archived else "")
            if column == self.COL_STREET:
                return row.street
            if column == self.COL_CLASS:
                return class_label(row.project_class)
            if column == self.COL_PROGRESS:
                return f"{row.steps_done}/{row.steps_total}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}\n{done} of {total} steps done, {compounds} compounds").format(
                name=row.name, done=row.steps_done, total=row.steps_total, compounds=row.compounds
            )
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QBrush(Qt.GlobalColor.gray)
        if role == PROJECT_ID_ROLE:
            return row.id
        return None

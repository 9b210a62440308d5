"""A read-only table model over a list of plain rows, described by its columns.

Views of small registers (households, opinions, supervision days, surveys) declare their
columns once: a header and a function from a row to its text; optionally a background colour
for a row (overdue, refused) and a tooltip per cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

OVERDUE_BACKGROUND = QColor("#fde2e1")
WARNING_BACKGROUND = QColor("#fff4d6")
GOOD_BACKGROUND = QColor("#e3f4e1")


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel):
    """Rows of any kind shown through ``columns``; ``background(row)`` may colour a row."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: list[Column], background: Callable[[Any], QColor | None] | None = None,
                 parent=None):
        super().__init__(parent)
        self.columns = columns
        self.background = background
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row(self, index: int):
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row) or None
            text = column.text(row)
            return text if text and len(text) > 30 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            colour = self.background(row)
            return QBrush(colour) if colour is not None else None
        if role == self.ROW_ROLE:
            return row
        return None


def row_table(model: RowTableModel, name: str, *, multi: bool = False, stretch: int | None = None):
    """A read-only table view over ``model``: whole rows selected, no row numbers."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setWordWrap(False)
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def selected_rows(table) -> list:
    model = table.model()
    indexes = sorted(table.selectionModel().selectedRows(), key=lambda i: i.row())
    return [model.row(i.row()) for i in indexes]


def fit_columns(table, max_width: int = 320) -> None:
    """Size columns to their contents, but no column wider than ``max_width`` (long text
    shows its start and the rest in the tooltip)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for section in range(header.count()):
        if header.sectionSize(section) > max_width:
            header.resizeSection(section, max_width)


def fit_width(table) -> None:
    """Make ``table`` at least as wide as its columns, so a narrow side panel shows them all."""
    header = table.horizontalHeader()
    width = sum(header.sectionSize(s) for s in range(header.count()))
    width += 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    table.setMinimumWidth(width)

"""A read-only table model that loads its rows from SQL a page at a time.

The view asks for more rows as the user scrolls (``canFetchMore``/``fetchMore``); sorting asks
the database again with a different ORDER BY, so a list of 100,000 records shows its first rows
at once and never holds more than the user has scrolled through. ``paged_table`` makes the
view for such a model.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

PAGE_SIZE = 200
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 30


class Column:
    """One column: header, how to show a row, and the SQL sort key (None: not sortable)."""

    def __init__(self, header: str, display: Callable[[Any], str], sort_key: str | None = None,
                 align_right: bool = False):
        self.header = header
        self.display = display
        self.sort_key = sort_key
        self.align_right = align_right


class PagedTableModel(QAbstractTableModel):
    """Rows come from ``fetch(offset, limit, sort_key, descending)``; ``count()`` gives the total.

    Subclasses define ``columns`` and may override ``row_data`` for colours and tool tips.
    """

    columns: list[Column] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._total = 0
        self._fetch: Callable | None = None
        self._count: Callable | None = None
        self.sort_key: str | None = None
        self.descending = False

    def set_source(self, fetch: Callable | None, count: Callable | None) -> None:
        """New data (e.g. other filters): reload from the first page."""
        self._fetch = fetch
        self._count = count
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = self._count() if self._count else 0
        if self._fetch and self._total:
            self._rows = list(self._fetch(0, PAGE_SIZE, self.sort_key, self.descending))
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row(self, index: int):
        return self._rows[index]

    def row_of(self, row_id) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    # --- Qt ---

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()):
        if parent.isValid() or self._fetch is None:
            return
        more = list(self._fetch(len(self._rows), PAGE_SIZE, self.sort_key, self.descending))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ID_ROLE:
            return row.id
        return self.row_data(row, index.column(), role)

    def row_data(self, row, column: int, role):
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        self.sort_key = self.columns[column].sort_key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def paged_table(model: PagedTableModel, name: str, sort_column: int, order: Qt.SortOrder,
                stretch_column: int) -> QTableView:
    """A table for a paged model: rows selected one at a time, sorting by the model (in SQL),
    one stretching column. Clicking the header of a column that cannot be sorted leaves the
    sort indicator where it was."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setSortIndicator(sort_column, order)
    current = {"column": sort_column, "order": order}

    def indicator_changed(column: int, new_order: Qt.SortOrder) -> None:
        if 0 <= column < len(model.columns) and model.columns[column].sort_key is None:
            header.blockSignals(True)
            header.setSortIndicator(current["column"], current["order"])
            header.blockSignals(False)
        else:
            current.update(column=column, order=new_order)

    header.sortIndicatorChanged.connect(indicator_changed)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table

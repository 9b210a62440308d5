"""Tables: one ``Column`` class, the models that show rows through their columns, the views.

A table declares its columns once: a header and a function from a row to its text; optionally
a tool tip, right alignment, the SQL sort key and a cell's background or foreground colour.
The rows are plain objects (the core's ``…Row`` dataclasses).

- ``RowTableModel`` holds the rows it is given (``set_rows``): registers of a few hundred rows
  (households, opinions, surveys), the project and compound lists.
- ``PagedTableModel`` loads its rows from SQL a page at a time: the view asks for more as the
  user scrolls (``canFetchMore``/``fetchMore``) and sorting asks the database again with
  another ORDER BY (the column's ``sort_key``), so a list of 100,000 records shows its first
  rows at once and never holds more than the user has scrolled through.

Both are a ``TableModel``, which answers every role from the columns and gives each row and its
id (``ROW_ROLE``, ``ID_ROLE``, also through a proxy model). ``row_table`` and ``paged_table``
make a read-only view for each; ``selected_rows``, ``fit_columns`` and ``fit_width`` help them.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

OVERDUE_BACKGROUND = QColor("#fde2e1")
WARNING_BACKGROUND = QColor("#fff4d6")
GOOD_BACKGROUND = QColor("#e3f4e1")

PAGE_SIZE = 200
LONG_TEXT = 30  # characters: a longer text is also shown whole in its tool tip (long_text_tooltips)

# How a row (or one of its cells) is coloured: its QColor or Qt.GlobalColor, or None (the view's).
Colouring = Callable[[Any], "QColor | Qt.GlobalColor | None"]


@dataclass(frozen=True)
class Column:
    """One column: its header and how a row shows in it.

    ``tooltip``: the cell's tool tip (None: none, or the long text; see ``TableModel``);
    ``sort_key``: what a paged model's SQL sorts by when the header is clicked (None: the column
    cannot be sorted); ``background``, ``foreground``: the cell's colours, before the row's.
    """

    header: str
    text: Callable[[Any], str]
    _: KW_ONLY
    tooltip: Callable[[Any], str | None] | None = None
    align_right: bool = False
    sort_key: str | None = None
    background: Colouring | None = None
    foreground: Colouring | None = None


def _brush(column_colour: Colouring | None, row_colour: Colouring | None, row) -> QBrush | None:
    colour = column_colour(row) if column_colour is not None else None
    if colour is None and row_colour is not None:
        colour = row_colour(row)
    return QBrush(colour) if colour is not None else None


class TableModel(QAbstractTableModel):
    """Read-only rows shown through ``columns``.

    ``background``, ``foreground`` colour a whole row (a column's own colour comes first);
    ``bold(row)`` sets a row in bold; with ``long_text_tooltips`` a cell whose text is longer
    than ``LONG_TEXT`` characters shows it whole in its tool tip (for columns that
    ``fit_columns`` may cut). Subclasses may set ``columns`` after ``__init__`` (to use ``tr``).
    """

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns=(), *, background: Colouring | None = None,
                 foreground: Colouring | None = None, bold: Callable[[Any], bool] | None = None,
                 long_text_tooltips: bool = False, parent=None):
        super().__init__(parent)
        self.columns: list[Column] = list(columns)
        self.background = background
        self.foreground = foreground
        self.bold = bold
        self.long_text_tooltips = long_text_tooltips
        self._rows: list = []

    def rows(self) -> list:
        return list(self._rows)

    def row(self, index: int):
        return self._rows[index]

    def row_of(self, row_id) -> int:
        """The index of the row whose ``id`` is ``row_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row) or None
            if self.long_text_tooltips:
                text = column.text(row)
                return text if text and len(text) > LONG_TEXT else None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _brush(column.background, self.background, row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _brush(column.foreground, self.foreground, row)
        if role == Qt.ItemDataRole.FontRole and self.bold is not None and self.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == self.ROW_ROLE:
            return row
        if role == self.ID_ROLE:
            return getattr(row, "id", None)
        return None


class RowTableModel(TableModel):
    """The rows given to ``set_rows``, kept in memory; long texts show in their tool tips unless
    ``long_text_tooltips=False``."""

    def __init__(self, columns=(), *, long_text_tooltips: bool = True, **options):
        super().__init__(columns, long_text_tooltips=long_text_tooltips, **options)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class PagedTableModel(TableModel):
    """Rows come from ``fetch(offset, limit, sort_key, descending)`` a page at a time;
    ``count()`` gives the total. Clicking a column's header sorts by its ``sort_key`` in SQL."""

    page_size = PAGE_SIZE

    def __init__(self, columns=(), *, sort_key: str | None = None, descending: bool = False, **options):
        super().__init__(columns, **options)
        self._total = 0
        self._changing = False  # inside a reset or an insertion: no nested fetch
        self._fetch: Callable | None = None
        self._count: Callable | None = None
        self.sort_key = sort_key
        self.descending = descending

    def set_source(self, fetch: Callable | None, count: Callable | None) -> None:
        """New data (e.g. other filters): reload from the first page."""
        self._fetch = fetch
        self._count = count
        self.reload()

    def reload(self) -> None:
        """The count and the first page again; if reading fails, the model is left empty."""
        self._changing = True
        self.beginResetModel()
        self._rows, self._total = [], 0
        try:
            total = self._count() if self._count else 0
            if self._fetch and total:
                self._rows = list(self._fetch(0, self.page_size, self.sort_key, self.descending))
            self._total = total
        finally:
            self.endResetModel()
            self._changing = False

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and not self._changing and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()):
        """The next page. A slot that asks for more while rows are being reset or inserted
        (one called by the model's reset or insertion signals) gets nothing."""
        if parent.isValid() or self._fetch is None or self._changing:
            return
        more = list(self._fetch(len(self._rows), self.page_size, self.sort_key, self.descending))
        if not more:
            self._total = len(self._rows)
            return
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._changing = False

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        self.sort_key = self.columns[column].sort_key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def _table(model: TableModel, name: str, *, multi: bool, row_padding: int):
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    return table


def row_table(model: RowTableModel, name: str, *, multi: bool = False, stretch: int | None = None):
    """A read-only table view over ``model``: whole rows selected, no row numbers, no wrapping."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    table = _table(model, name, multi=multi, row_padding=10)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def paged_table(model: PagedTableModel, name: str, sort_column: int, order: Qt.SortOrder,
                stretch_column: int):
    """A table for a paged model: rows selected one at a time, sorting by the model (in SQL),
    one stretching column. Clicking the header of a column that cannot be sorted leaves the
    sort indicator where it was."""
    from PySide6.QtWidgets import QHeaderView

    table = _table(model, name, multi=False, row_padding=8)
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
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def selected_rows(table) -> list:
    """The rows selected in ``table`` (a view of a ``TableModel``), top to bottom."""
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

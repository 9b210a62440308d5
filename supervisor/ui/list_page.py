"""The shape of every register page: a table of records with New…, Edit… and Remove buttons.

A ``ListPage`` subclass declares its columns and the texts of its buttons, and implements what
differs: ``available()`` (is there a project or compound to list for), ``load()`` (the rows),
``add()``, ``edit(row)``, and ``removal(rows)`` (the question to ask and the removal). The base
makes the button row (the three, then any ``extra_button`` extras, then room for filters), the
table, double-click to edit, buttons enabled from the selection, reloading that keeps the
selected record, and shows a failure of any of them (``shows_errors``).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from supervisor.ui.failures import shows_errors
from supervisor.ui.tables import RowTableModel, fit_columns, row_table, selected_rows
from supervisor.ui.widgets import ask


class ListPage(QWidget):
    """Attributes:
        model, table: the rows and their view.
        buttons: the button row (filters may be added to its right).
        new_button, edit_button, remove_button: the standard buttons (remove may be None).
        body: the page's layout; widgets between the buttons and the table go in with ``insert``.
    """

    def __init__(self, controller, columns, *, table_name: str, new_text: str, new_name: str = "",
                 edit_text: str | None = None, remove_text: str | None = "", multi: bool = False,
                 stretch: int | None = None, background=None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.body = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self._extras: list[tuple[QPushButton, Callable[[list], bool] | None, bool]] = []
        self.new_button = self._button(new_text, self._new, new_name)
        self.edit_button = self._button(edit_text or self.tr("&Edit…"), self._edit)
        self.remove_button = (
            self._button(remove_text or self.tr("&Remove"), self._remove) if remove_text is not None else None
        )
        self._stretch_at = self.buttons.count()
        self.buttons.addStretch(1)
        self.body.addLayout(self.buttons)
        self.model = RowTableModel(columns, background=background, parent=self)
        self.table = row_table(self.model, table_name, multi=multi, stretch=stretch)
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.place_table(self.table)

    @staticmethod
    def _make_button(text: str, slot, name: str = "", tooltip: str = "") -> QPushButton:
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    def _button(self, text: str, slot, name: str = "") -> QPushButton:
        button = self._make_button(text, slot, name)
        self.buttons.addWidget(button)
        return button

    def extra_button(self, text: str, slot, *, name: str = "", tooltip: str = "",
                     enabled: Callable[[list], bool] | None = None, needs_context: bool = True) -> QPushButton:
        """An extra button after the standard ones. It can be pressed when the page is
        ``available`` (unless ``needs_context`` is False) and ``enabled(selected rows)`` agrees."""
        button = self._make_button(text, slot, name, tooltip)
        self.buttons.insertWidget(self._stretch_at, button)
        self._stretch_at += 1
        self._extras.append((button, enabled, needs_context))
        return button

    def insert(self, widget_or_layout) -> None:
        """Put a summary line (or a layout) between the buttons and the table."""
        index = self.body.indexOf(self.table) if self.body.indexOf(self.table) >= 0 else self.body.count()
        if isinstance(widget_or_layout, QWidget):
            self.body.insertWidget(index, widget_or_layout)
        else:
            self.body.insertLayout(index, widget_or_layout)

    def place_table(self, table) -> None:
        """Where the table goes (default: below everything, taking the room left)."""
        self.body.addWidget(table, 1)

    # --- what a page says ---

    def available(self) -> bool:
        """Whether there is something to list for (a project or compound is chosen)."""
        return True

    def load(self) -> list:
        raise NotImplementedError

    def loaded(self, rows: list) -> None:
        """After the rows are shown: summaries, column widths beyond ``fit_columns``."""

    def add(self) -> None:
        raise NotImplementedError

    def edit(self, row) -> None:
        raise NotImplementedError

    def removal(self, rows: list) -> tuple[str, str, Callable[[], None]]:
        """(title, question, remove) for removing ``rows``."""
        raise NotImplementedError

    # --- the machinery ---

    def selected(self) -> list:
        return selected_rows(self.table)

    def current(self):
        rows = self.selected()
        return rows[0] if rows else None

    def reload(self) -> None:
        keep = {getattr(r, "id", None) for r in self.selected()}
        rows = self.load() if self.available() else []
        self.model.set_rows(rows)
        fit_columns(self.table)
        for index, row in enumerate(rows):
            if getattr(row, "id", None) in keep - {None}:
                self.table.selectRow(index)
        self.loaded(rows)
        self.update_buttons()

    def update_buttons(self) -> None:
        rows = self.selected()
        available = self.available()
        self.new_button.setEnabled(available)
        self.edit_button.setEnabled(bool(rows))
        if self.remove_button is not None:
            self.remove_button.setEnabled(bool(rows))
        for button, enabled, needs_context in self._extras:
            button.setEnabled((available or not needs_context) and (enabled is None or enabled(rows)))

    @shows_errors
    def _new(self) -> None:
        if self.available():
            self.add()

    @shows_errors
    def _edit(self) -> None:
        row = self.current()
        if row is not None:
            self.edit(row)

    @shows_errors
    def _remove(self) -> None:
        rows = self.selected()
        if not rows:
            return
        title, question, remove = self.removal(rows)
        if ask(self, title, question):
            remove()

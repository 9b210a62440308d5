"""A record's History view: who changed it, when, what was done and each field old → new,
newest first — the one shape every record's panel opens (``HistoryDialog``, "History…").

The entries are read off the UI thread (``run_in_background``), a batch at a time: the first
``BATCH`` at once, the next ones with "Show more". The view follows the controller's
``changed`` signal and reads again after a change. ``EntryDialog`` shows one entry whole (also
from the audit log).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervisor.history import fields, reading
from supervisor.ui.history import words
from supervisor.ui.runner import run_in_background
from supervisor.ui.signals import emit
from supervisor.ui.tables import Column, RowTableModel, row_table
from supervisor.ui.widgets import fit_to_screen

BATCH = 100

COL_WHEN, COL_WHO, COL_WHAT, COL_RECORD, COL_CHANGES = range(5)


class _Row:
    """An entry as the view shows it (computed once, on the UI thread's first sight)."""

    def __init__(self, entry: reading.Entry, shown: fields.Words):
        self.id = entry.id
        self.entry = entry
        self.changes = "\n".join(fields.change_lines(entry, shown))


class HistoryView(QWidget):
    """The entries of one record (and of the records shown with it).

    ``show_records(which, title)``: ``which(session)`` gives the ``reading.Filter``; it runs in
    the worker's session (``reading.family`` needs one).

    Signals:
        loaded(): a batch is on screen (or the view is known to be empty).
    """

    loaded = Signal()

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self._which: Callable | None = None
        self._filter: reading.Filter | None = None  # as the worker last computed it
        self._generation = 0
        self._tasks: list = []
        self.total = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowTableModel([
            Column(self.tr("When"), lambda r: words.when_text(r.entry)),
            Column(self.tr("Who"), lambda r: r.entry.person or "—"),
            Column(self.tr("What"), lambda r: words.action_text(r.entry)),
            Column(self.tr("Record"), lambda r: words.record_text(r.entry)),
            Column(self.tr("Changes"), lambda r: r.changes, tooltip=lambda r: r.changes),
        ], long_text_tooltips=False, parent=self)
        self.table = row_table(self.model, "historyTable", stretch=COL_CHANGES)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(self._show_entry)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        self.more_button = QPushButton(self.tr("Show &more"))
        self.more_button.setObjectName("historyMore")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        layout.addLayout(bottom)
        controller.changed.connect(self._changed)

    # --- loading ---

    def show_records(self, which: Callable) -> None:
        self._which = which
        self.reload()

    def reload(self) -> None:
        """Read the first batch again (after a change, or another record)."""
        if self._which is None:
            return
        self._generation += 1
        generation, which = self._generation, self._which
        self.status.setText(self.tr("Reading the history…"))
        self.more_button.setEnabled(False)

        def work(_task):
            with self.controller.database.read() as session:
                chosen = which(session)
                return chosen, reading.count(session, chosen), reading.entries(session, chosen, limit=BATCH)

        self._start(work, lambda result: self._first(generation, *result))

    def load_more(self) -> None:
        if self._filter is None or self.model.rowCount() >= self.total:
            return
        generation, chosen = self._generation, self._filter
        before = self.model.row(self.model.rowCount() - 1).id  # keyset: new entries do not shift it
        self.more_button.setEnabled(False)

        def work(_task):
            with self.controller.database.read() as session:
                return reading.entries(session, replace(chosen, before_id=before), limit=BATCH)

        self._start(work, lambda batch: self._more(generation, batch))

    def _start(self, work, done) -> None:
        task = run_in_background(work, done=done, failed=self._failed, parent=self,
                                 what=self.tr("Reading the history"))
        self._tasks.append(task)
        task.finished.connect(lambda: self._tasks.remove(task) if task in self._tasks else None)

    def _first(self, generation: int, chosen: reading.Filter, total: int, batch: list) -> None:
        if generation != self._generation:
            return
        self._filter, self.total = chosen, total
        self.model.set_rows(self._rows(batch))
        self._shown()
        self.table.setColumnHidden(COL_RECORD, len({kind for kind, _keys in chosen.records}) <= 1)

    def _more(self, generation: int, batch: list) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(self.model.rows() + self._rows(batch))
        self._shown()

    def _rows(self, batch: list) -> list[_Row]:
        shown = words.window_words()
        return [_Row(entry, shown) for entry in batch]

    def _shown(self) -> None:
        shown = self.model.rowCount()
        if not self.total:
            self.status.setText(self.tr("No changes recorded."))
        elif shown < self.total:
            self.status.setText(self.tr("The newest {shown} of {total} changes.").format(shown=shown, total=self.total))
        else:
            self.status.setText(self.tr("%n change(s).", "", self.total))
        self.more_button.setVisible(shown < self.total)
        self.more_button.setEnabled(True)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (COL_WHAT, COL_RECORD):
            header.resizeSection(column, min(header.sectionSize(column), 220))
        self.table.resizeRowsToContents()
        emit(self.loaded)

    def _failed(self, error) -> None:
        from supervisor.ui.failures import error_text

        self.status.setText(self.tr("The history could not be read: {error}").format(error=error_text(error)))
        self.more_button.setEnabled(True)
        emit(self.loaded)

    def _changed(self, _changed) -> None:
        if self._which is not None and self.isVisible():
            self.reload()

    def _show_entry(self, index) -> None:
        if index.isValid():
            EntryDialog(self.model.row(index.row()).entry, self).exec()

    def stop(self) -> None:
        """Drop the callbacks of reads under way (the view is going away)."""
        self._generation += 1
        for task in list(self._tasks):
            task.detach()
        self._tasks.clear()
        try:
            self.controller.changed.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass


class HistoryDialog(QDialog):
    """The History view of one record, in a window of its own ("History…" on a panel)."""

    def __init__(self, controller, title: str, which: Callable, parent=None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History — {record}").format(record=title))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Every change of {record}, newest first. Double-click a change to "
                                 "see it whole.").format(record=title))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.view = HistoryView(controller, self)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 560)
        self.view.show_records(which)

    def done(self, result: int) -> None:
        self.view.stop()
        super().done(result)


def show_history(parent, controller, kind: str, key, title: str, *, children: bool = True) -> None:
    """Open the History view of record ``kind``/``key`` (with the records shown with it)."""
    def which(session):
        return reading.family(session, kind, key) if children else reading.Filter(kind=kind, row_key=str(key))

    HistoryDialog(controller, title, which, parent).exec()


class EntryDialog(QDialog):
    """One entry whole: who, when, which record, what, every change."""

    def __init__(self, entry: reading.Entry, parent=None):
        super().__init__(parent)
        self.setObjectName("historyEntry")
        self.setWindowTitle(self.tr("Change — {record}").format(record=words.record_text(entry)))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(words.details_text(entry))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 440)

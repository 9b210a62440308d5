"""Tools → Audit log (操作日志): every change recorded, newest first, filtered by person, days,
kind of record, project and record number; double-click shows a change whole; Export… writes
the 操作日志 ledger with the same filters.

The table is a ``PagedTableModel``: it counts and reads a page at a time in SQL, so a history of
100,000+ entries opens as fast as a short one. A window of its own (not modal), so it can stay
open beside the work; it reads again after every change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from supervisor.history import audited, fields, reading
from supervisor.ui.failures import attempt, shows_errors
from supervisor.ui.history import words
from supervisor.ui.tables import Column, PagedTableModel, paged_table
from supervisor.ui.widgets import DateField, fit_to_screen, size_columns


class _Row:
    def __init__(self, entry: reading.Entry, shown: fields.Words):
        self.id = entry.id
        self.entry = entry
        self.lines = fields.change_lines(entry, shown)


class AuditLogModel(PagedTableModel):
    def __init__(self, parent=None):
        super().__init__(sort_key="id", descending=True, parent=parent)
        self.columns = [
            Column(self.tr("When"), lambda r: words.when_text(r.entry), sort_key="id"),
            Column(self.tr("Who"), lambda r: r.entry.person or "—"),
            Column(self.tr("Record"), lambda r: words.record_text(r.entry)),
            Column(self.tr("What"), lambda r: words.action_text(r.entry)),
            Column(self.tr("Changes"), lambda r: words.list_text(r.lines), tooltip=lambda r: "\n".join(r.lines)),
        ]


class AuditLogDialog(QDialog):
    """The audit log of the open database."""

    def __init__(self, controller, project_id: int | None = None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("auditLog")
        self.setWindowTitle(self.tr("Audit log"))
        layout = QVBoxLayout(self)
        filters = QGridLayout()
        self.person = QComboBox()
        self.person.setObjectName("auditPerson")
        self.kind = QComboBox()
        self.kind.setObjectName("auditKind")
        self.kind.addItem(self.tr("All kinds of record"), "")
        for name, kind in sorted((words.kind_name(k), k) for k in audited.tables()):
            self.kind.addItem(name, kind)
        self.project = QComboBox()
        self.project.setObjectName("auditProject")
        self.record = QLineEdit()
        self.record.setObjectName("auditRecord")
        self.record.setPlaceholderText(self.tr("Record number or name, e.g. XC-2026-00012"))
        self.record.setClearButtonEnabled(True)
        self.date_from = DateField()
        self.date_to = DateField()
        filters.addWidget(QLabel(self.tr("Person:")), 0, 0)
        filters.addWidget(self.person, 0, 1)
        filters.addWidget(QLabel(self.tr("Kind:")), 0, 2)
        filters.addWidget(self.kind, 0, 3)
        filters.addWidget(QLabel(self.tr("Project:")), 0, 4)
        filters.addWidget(self.project, 0, 5)
        filters.addWidget(QLabel(self.tr("Record:")), 1, 0)
        filters.addWidget(self.record, 1, 1, 1, 3)
        days = QHBoxLayout()
        days.addWidget(self.date_from)
        days.addWidget(QLabel(self.tr("to")))
        days.addWidget(self.date_to)
        days.addStretch(1)
        filters.addWidget(QLabel(self.tr("From:")), 1, 4)
        filters.addLayout(days, 1, 5)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 2)
        filters.setColumnStretch(5, 3)
        layout.addLayout(filters)

        self.model = AuditLogModel(self)
        self.table = paged_table(self.model, "auditTable", 0, Qt.SortOrder.DescendingOrder, 4)
        size_columns(self.table, {0: ["2026-12-31 23:59:59"], 1: 8, 2: 26, 3: 10})
        self.table.doubleClicked.connect(self.show_entry)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportAuditLog")
        self.export_button.setToolTip(self.tr("Export the changes listed, with these filters, to the 操作日志 ledger"))
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.reload)
        self.record.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.person, self.kind, self.project):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for field in (self.date_from, self.date_to):
            field.changed.connect(self.reload)
        self._fill_choices(project_id)
        controller.changed.connect(self._changed)
        fit_to_screen(self, 1200, 700)
        self.reload()

    def _fill_choices(self, project_id: int | None) -> None:
        people = self.controller.read(reading.people)
        projects = self.controller.projects.projects(True)
        for combo in (self.person, self.project):
            combo.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), "")
        for name in people:
            self.person.addItem(name, name)
        self.project.clear()
        self.project.addItem(self.tr("All projects"), None)
        for row in projects:
            self.project.addItem(f"{row.code} {row.name}", row.id)
        if project_id is not None:
            self.project.setCurrentIndex(max(0, self.project.findData(project_id)))
        for combo in (self.person, self.project):
            combo.blockSignals(False)

    def current_filter(self) -> reading.Filter:
        """The filter as chosen: days are local days, the entries' times UTC."""
        start, end = self.date_from.value(), self.date_to.value()
        return reading.Filter(
            person=self.person.currentData() or None,
            kind=self.kind.currentData() or None,
            project_id=self.project.currentData(),
            label_contains=self.record.text().strip() or None,
            since=reading.utc_from_local(start) if start else None,
            until=reading.utc_from_local(end + dt.timedelta(days=1)) if end else None,
        )

    def reload(self) -> None:
        which = self.current_filter()
        shown = words.window_words()

        def fetch(offset, limit, _key, descending):
            found = self.controller.read(lambda s: reading.entries(
                s, which, newest_first=descending, offset=offset, limit=limit))
            return [_Row(entry, shown) for entry in found]

        attempt(self, lambda: self.model.set_source(fetch, lambda: self.controller.read(
            lambda s: reading.count(s, which))))
        self.count_label.setText(self.tr("%n change(s)", "", self.model.total))
        self.export_button.setEnabled(self.model.total > 0)

    def _changed(self, _changed) -> None:
        if self.isVisible():
            self.reload()

    @shows_errors
    def show_entry(self, index=None) -> None:
        from supervisor.ui.history.view import EntryDialog

        index = index if index is not None else self.table.currentIndex()
        if index.isValid():
            EntryDialog(self.model.row(index.row()).entry, self).exec()

    def export(self) -> None:
        from supervisor.ui.documents.export_dialog import export_view

        export_view(self, self.controller, "audit-log", self.current_filter())

    def done(self, result: int) -> None:
        try:
            self.controller.changed.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

"""Holidays and make-up working days (Tools → Holidays and make-up days) for years the built-in calendar does not know yet."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from supervisor.ui.failures import attempt, shows_errors
from supervisor.ui.widgets import fit_to_screen, from_qdate


class CalendarDialog(QDialog):
    """Holidays and make-up working days entered by an administrator."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Holidays and make-up working days"))
        fit_to_screen(self, 560, 480)
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Note")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        entry = QHBoxLayout()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Holiday (day off)"), False)
        self.kind.addItem(self.tr("Make-up working day"), True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. 春节"))
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self.remove)
        for widget in (self.day, self.kind, self.note, add, remove):
            entry.addWidget(widget)
        layout.addLayout(entry)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.rows = []
        self.reload()

    def reload(self):
        years = self.controller.procedure.years_needing_entries()
        if years:
            self.notice.setText(
                self.tr(
                    "The built-in calendar does not know the public holidays of {years}: deadlines "
                    "there count weekends only and are marked *. Enter the official holidays and "
                    "make-up working days when the State Council publishes them."
                ).format(years=", ".join(str(y) for y in years))
            )
        else:
            self.notice.setText(self.tr("Entries here take precedence over the built-in calendar."))
        self.rows = self.controller.procedure.calendar_days()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            kind = self.tr("Make-up working day") if row.is_workday else self.tr("Holiday (day off)")
            for c, value in enumerate((row.day.isoformat(), kind, row.note)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)

    @shows_errors
    def add(self):
        self.controller.procedure.set_calendar_day(
            from_qdate(self.day.date()), bool(self.kind.currentData()), self.note.text()
        )
        self.note.clear()
        self.reload()

    def remove(self):
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        attempt(self, lambda: self.controller.procedure.remove_calendar_day(self.rows[selected[0].row()].id))
        self.reload()

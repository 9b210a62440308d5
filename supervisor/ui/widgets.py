"""Small widgets and helpers every page uses: a yes/no question, dates to and from Qt, an
optional date field, column widths that fit their contents, a window size that fits the screen.

``DateField`` is a date edit that may be left empty, which ``QDateEdit`` alone cannot. How
failures are shown is in ``supervisor.ui.failures``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QMessageBox,
    QWidget,
)

from supervisor.ui.signals import emit


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


WINDOW_FRAME = (16, 48)
"""Room a window's frame takes beside and above its content (the title bar), in pixels."""


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or less where the screen it opens on (its
    parent's) has no room for that with the title bar: a 1366×768 laptop less its taskbar. What
    does not fit must scroll inside it (see ``supervisor.ui.dialogs.SavingDialog.scrolling_body``)."""
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else window.screen()) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    window.resize(min(width, available.width() - WINDOW_FRAME[0]), min(height, available.height() - WINDOW_FRAME[1]))


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


def format_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class DateField(QWidget):
    """A date that may be empty: a check box turns the date on and off.

    Signals:
        changed: the date was set, changed or cleared by the user.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self)
        self.enabled.setToolTip(QCoreApplication.translate("DateField", "Set a date"))
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _date: emit(self.changed))

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        emit(self.changed)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.enabled.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        blockers = [self.enabled.blockSignals(True), self.edit.blockSignals(True)]
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value) if value else QDate.currentDate())
        self.enabled.blockSignals(blockers[0])
        self.edit.blockSignals(blockers[1])


def size_columns(table, samples: dict[int, list[str] | int]) -> None:
    """Set column widths so the sample texts (in bold, as highlighted rows are) and each
    header with its sort arrow fit, in the table's own font and language; an int is a width in
    average characters."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    bold = table.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    header = table.horizontalHeader()
    header_metrics = QFontMetrics(header.font())
    model = table.model()
    for column, sample in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if isinstance(sample, int):
            text_width = metrics.averageCharWidth() * sample
        else:
            text_width = max((metrics.horizontalAdvance(text) for text in sample), default=0)
        width = max(text_width + 16, header_metrics.horizontalAdvance(title) + 28)
        table.setColumnWidth(column, width)

"""The working-day calendar dialog: entries for a year the holiday data does not cover."""

from __future__ import annotations

from tests.ui.conftest import type_text


def test_calendar_entries_for_an_unknown_year(qtbot, window):
    import datetime as dt

    from PySide6.QtCore import QDate

    from supervisor.ui.procedure.calendar_dialog import CalendarDialog

    dialog = CalendarDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2027, 2, 8))
    type_text(qtbot, dialog.note, "春节")
    dialog.add()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "2027-02-08"
    rows = window.controller.procedure.calendar_days()
    assert rows[0].day == dt.date(2027, 2, 8) and rows[0].is_workday is False
    dialog.table.selectRow(0)
    dialog.remove()
    assert dialog.table.rowCount() == 0

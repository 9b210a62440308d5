"""Tools → Audit log: filters by person, days, kind and record number; pages through 100,000+
entries; a change shown whole; export with the filters."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from tests.conftest import ledger_rows
from tests.history.conftest import bulk_entries
from tests.ui.conftest import when_modal


@pytest.fixture
def controller(qtbot, database, project):
    from supervisor.ui.controller import Controller

    bulk_entries(database, 3, person="甲", at=dt.datetime(2026, 11, 5, 4, 0), project_id=project)
    bulk_entries(database, 4, person="乙", kind="rectification", at=dt.datetime(2026, 11, 7, 4, 0))
    made = Controller(database)
    yield made
    made.connection.stop()


@pytest.fixture
def audit_log(qtbot, controller):
    from supervisor.ui.history.audit_log import AuditLogDialog

    dialog = AuditLogDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def test_filters_by_person_kind_days_and_number(qtbot, audit_log):
    dialog = audit_log
    everything = dialog.model.total
    assert everything >= 7 and dialog.count_label.text().startswith(f"{everything} change")
    _choose(dialog.person, "甲")
    assert dialog.model.total == 3 and {dialog.model.row(r).entry.person for r in range(3)} == {"甲"}
    _choose(dialog.person, "Everyone")
    _choose(dialog.kind, "rectification item")
    assert dialog.model.total == 4
    _choose(dialog.kind, "All kinds of record")
    dialog.date_from.enabled.setChecked(True)
    dialog.date_from.edit.setDate(QDate(2026, 11, 6))
    dialog.date_to.enabled.setChecked(True)
    dialog.date_to.edit.setDate(QDate(2026, 11, 7))
    assert dialog.model.total == 4
    dialog.date_from.edit.setDate(QDate(2026, 11, 5))
    dialog.date_to.edit.setDate(QDate(2026, 11, 5))
    assert dialog.model.total == 3
    dialog.date_from.enabled.setChecked(False)
    dialog.date_to.enabled.setChecked(False)
    qtbot.keyClicks(dialog.record, "100002")
    qtbot.waitUntil(lambda: dialog.model.total == 2)
    _choose(dialog.person, "甲")
    assert dialog.model.total == 1
    assert dialog.model.index(0, 2).data() == "site check XC-2026-100002"
    assert dialog.model.index(0, 4).data() == "Result: Problem found → Passed"


def test_a_change_shown_whole_on_double_click(qtbot, audit_log):
    dialog = audit_log
    _choose(dialog.person, "甲")
    seen = {}

    def read(entry_dialog):
        seen["text"] = entry_dialog.text.toPlainText()
        entry_dialog.reject()

    when_modal(read)
    dialog.show_entry(dialog.model.index(0, 0))
    assert "Who: 甲" in seen["text"] and "Result: Problem found → Passed" in seen["text"]
    assert "Record: site check XC-2026-100002" in seen["text"]


def test_pages_through_many_entries(qtbot, database, controller, project):
    from supervisor.ui.history.audit_log import AuditLogDialog
    from supervisor.ui.tables import PAGE_SIZE

    bulk_entries(database, 100_000, person="丙", at=dt.datetime(2026, 11, 8, 4, 0))
    dialog = AuditLogDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.total >= 100_007
    assert dialog.model.rowCount() == PAGE_SIZE
    newest = dialog.model.row(0).id
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > PAGE_SIZE)
    ids = [dialog.model.row(r).id for r in range(dialog.model.rowCount())]
    assert ids == list(range(newest, newest - len(ids), -1))
    dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [dialog.model.row(r).id for r in range(3)] == [1, 2, 3]
    _choose(dialog.person, "甲")
    assert dialog.model.total == 3


def test_export_writes_the_ledger_with_the_filters(qtbot, audit_log, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from supervisor.ui.documents import export_dialog

    out = tmp_path / "log.xlsx"
    monkeypatch.setattr(export_dialog, "ask_path", lambda *_a, **_k: out)
    _choose(audit_log.person, "甲")
    when_modal(lambda box: box.accept())  # "3 rows exported to …"
    audit_log.export()
    sheet = load_workbook(out).worksheets[0]
    rows = [row for row in ledger_rows(sheet) if row[0] is not None]
    assert [row[2] for row in rows] == ["甲", "甲", "甲"]
    assert rows[0][6] == "结论：发现问题 → 合格"
    assert sheet["A2"].value == "范围：全部项目；操作人：甲"

"""Exporting ledgers from the window: the export dialog, "export what I see", cancelling."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from supervisor.documents.ledgers import Scope
from tests.conftest import ledger_rows
from tests.ui.conftest import open_window, when_modal


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def rows_of(path) -> list[tuple]:
    return ledger_rows(load_workbook(path).worksheets[0])


def test_the_export_dialog_writes_the_chosen_ledger_with_its_photos(qtbot, demo_path, tmp_path, monkeypatch):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    target = tmp_path / "整改台账.xlsx"

    def fill(dialog):
        dialog.ledger.setCurrentIndex(dialog.ledger.findData("rectifications"))
        assert dialog.this_project.isChecked() and "DH-2026-01" in dialog.this_project.text()
        assert "整改台账 DH-2026-01" in dialog.path.text()
        dialog.all_projects.setChecked(True)
        assert "整改台账" in dialog.path.text() and "DH-2026-01" not in dialog.path.text()
        dialog.this_project.setChecked(True)
        dialog.path.setText(str(target))
        dialog.photos.setChecked(True)
        click(qtbot, dialog.export_button)

    when_modal(fill)
    window.export_action.trigger()
    assert said and "rows exported" in said[-1] and "photos copied" in said[-1]
    rows = rows_of(target)
    assert rows and {r[1] for r in rows} == {"DH-2026-01"}
    photos = list((tmp_path / "整改台账 照片").rglob("*.jpg"))
    assert photos and all(p.name.startswith("ZG-") for p in photos)


def test_export_what_i_see_keeps_the_lists_filter(qtbot, demo_path, tmp_path, monkeypatch):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    checks = window.workspace.checks
    window.workspace.tabs.setCurrentWidget(checks)
    checks.result.setCurrentIndex(checks.result.findData("problem"))
    qtbot.waitUntil(lambda: checks.model.total < 42)
    shown = checks.model.total
    target = tmp_path / "问题.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, checks.export_button)
    rows = rows_of(target)
    assert len(rows) == shown > 0 and {r[8] for r in rows} == {"发现问题"}


def test_a_cancelled_export_writes_nothing(qtbot, demo_path, tmp_path):
    from supervisor.ui.documents.export_dialog import export_ledger
    from supervisor.ui.runner import run_in_background

    window = open_window(qtbot, demo_path, "DH-2026-01")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "x.xlsx"
    database = window.controller.database

    def cancelled_at_once(task):
        task.cancel()  # the user pressed Cancel before the first row
        return export_ledger(task, database, "site-checks", Scope(), target, None)

    outcome = []
    task = run_in_background(cancelled_at_once, done=outcome.append, cancelled=lambda: outcome.append("stopped"))
    qtbot.waitUntil(lambda: bool(outcome), timeout=20000)
    assert outcome == ["stopped"] and not task.is_running()
    assert not target.exists() and list(folder.iterdir()) == []


def test_the_export_dialog_writes_a_copy_for_posting(qtbot, demo_path, tmp_path, monkeypatch):
    import re

    window = open_window(qtbot, demo_path, "DH-2026-01")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    target = tmp_path / "征询台账 公示版.xlsx"

    def fill(dialog):
        dialog.ledger.setCurrentIndex(dialog.ledger.findData("consultation"))
        assert not dialog.public.isChecked()
        click(qtbot, dialog.public)
        assert "公示版" in dialog.path.text()
        dialog.path.setText(str(target))
        click(qtbot, dialog.export_button)

    when_modal(fill)
    window.export_action.trigger()
    sheet = load_workbook(target).worksheets[0]
    phones = [r[7] for r in ledger_rows(sheet) if r[7]]
    assert phones and all(re.fullmatch(r"1\d{2}\*{4}\d{4}", p) for p in phones)
    assert "公示版" in sheet["A2"].value

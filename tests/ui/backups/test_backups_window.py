"""Backups in the window: taken automatically on opening and on closing; File → Backups… lists
them and restores one after confirmation, showing the restored records; a damaged database is
offered its newest good backup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from tests.conftest import copy_database, damage_page, raw_sql
from tests.ui.conftest import open_window, when_modal


def _backups(path):
    from supervisor.backups import store

    return store.list_backups(path)


def _add_project(window, code: str) -> None:
    from supervisor.procedure.templates import create_project
    from supervisor.projects.project import ProjectData

    window.controller.write(lambda session: create_project(
        session, ProjectData(code=code, name="备份测试片区", planned_start=dt.date(2026, 3, 2))))


def _codes(window) -> set[str]:
    projects = window.workspace.projects
    return {projects.project(row).code for row in range(projects.rowCount())}


def _answer_yes(asked: list):
    """Answer the next question box with Yes (a dialog shown meanwhile is waited past)."""
    def answer(widget):
        if not isinstance(widget, QMessageBox):
            when_modal(answer)
            return
        asked.append(widget.text())
        widget.button(QMessageBox.StandardButton.Yes).click()

    when_modal(answer, timeout_ms=20000)


def test_automatic_backups_are_taken_on_opening_and_on_closing(qtbot, window, db_path):
    qtbot.waitUntil(lambda: len(_backups(db_path)) == 1, timeout=20000)
    _add_project(window, "BK-01")
    window.close()
    backups = _backups(db_path)
    assert len(backups) == 2
    assert raw_sql(backups[0].path, "SELECT code FROM project") == [("BK-01",)]
    assert raw_sql(backups[1].path, "SELECT code FROM project") == []


def test_closing_without_changes_takes_no_second_backup(qtbot, window, db_path):
    qtbot.waitUntil(lambda: len(_backups(db_path)) == 1, timeout=20000)
    window.close()
    assert len(_backups(db_path)) == 1


def test_the_demo_gets_no_automatic_backups(qtbot, demo_path):
    window = open_window(qtbot, demo_path)
    seen = []

    def look(dialog):
        seen.append(dialog.about.text())
        dialog.reject()

    when_modal(look)
    window.backups_action.trigger()
    assert "sample data, so it gets no automatic backups" in seen[0]
    window.close()
    assert _backups(demo_path) == []


def test_the_backups_dialog_lists_them_and_restores_one_after_confirmation(qtbot, window, db_path):
    qtbot.waitUntil(lambda: len(_backups(db_path)) == 1, timeout=20000)
    taken = _backups(db_path)[0]
    _add_project(window, "BK-02")
    assert "BK-02" in _codes(window)
    rows, asked = [], []

    def in_dialog(dialog):
        rows.extend(
            [dialog.model.index(r, c).data() for c in range(3)] for r in range(dialog.model.rowCount())
        )
        _answer_yes(asked)
        dialog.restore_button.click()

    when_modal(in_dialog)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.backups_action.trigger()
    assert rows == [[taken.taken.strftime("%Y-%m-%d %H:%M:%S"), rows[0][1], taken.path.name]]
    assert rows[0][1].endswith("KB") or rows[0][1].endswith("MB")
    assert asked and f"Restore the backup of {taken.taken.strftime('%Y-%m-%d %H:%M')}?" in asked[0]
    assert "BK-02" not in _codes(window)  # the window shows the restored file
    assert raw_sql(db_path, "SELECT code FROM project") == []
    before_restore = [b for b in _backups(db_path) if b.path != taken.path]
    assert any(raw_sql(b.path, "SELECT code FROM project") == [("BK-02",)] for b in before_restore)


def test_a_damaged_database_is_offered_its_newest_good_backup(qtbot, tmp_path, migrated_source):
    from supervisor.backups import sqlite
    from supervisor.db import integrity
    from supervisor.db.engine import open_database

    path = copy_database(migrated_source, tmp_path / "district.sqlite")
    sqlite.take(path, now=dt.datetime(2026, 11, 30, 10, 30))
    damage_page(path)
    asked = []
    _answer_yes(asked)
    window = open_window(qtbot, path)
    damaged = window.controller
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert "district.sqlite is damaged" in asked[0]
    assert "Restore the backup of 2026-11-30 10:30?" in asked[0]
    folder = tmp_path / "district-backups"
    qtbot.waitUntil(lambda: any(p.name.endswith("-damaged.sqlite") for p in folder.iterdir()), timeout=20000)
    qtbot.waitUntil(lambda: window.controller not in (None, damaged) and window.workspace is not None,
                    timeout=20000)  # the restored file is opened again
    assert "(damaged)" not in window.windowTitle()
    database = open_database(path)
    try:
        assert integrity.check(database) == []
    finally:
        database.close()


def test_a_damaged_database_whose_backups_are_damaged_too_gets_the_damage_message(qtbot, tmp_path, migrated_source):
    """No backup passes the check: the damage message alone (shown after the backups were
    looked at, off the UI thread)."""
    from supervisor.backups import sqlite

    path = copy_database(migrated_source, tmp_path / "district.sqlite")
    backup = sqlite.take(path, now=dt.datetime(2026, 11, 30, 10, 30))
    damage_page(backup.path)
    damage_page(path)
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.done(0)))
    open_window(qtbot, path)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "district.sqlite is damaged" in shown[0] and "Restore the backup" not in shown[0]


def test_a_file_too_damaged_to_open_is_offered_its_newest_good_backup(qtbot, tmp_path, migrated_source):
    from supervisor.backups import sqlite
    from supervisor.ui.main_window import MainWindow

    path = copy_database(migrated_source, tmp_path / "district.sqlite")
    sqlite.take(path, now=dt.datetime(2026, 11, 30, 10, 30))
    with open(path, "r+b") as handle:  # its header: not a database any more
        handle.write(b"\0" * 100)
    asked = []
    _answer_yes(asked)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.open_database(str(path))  # refused, then the backup is offered, restored and opened
    assert "Restore the backup of 2026-11-30 10:30?" in asked[0]
    assert window.workspace is not None and window.controller.database.damage() == []

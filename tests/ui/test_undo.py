"""Undo and redo in the window: new site checks and compounds and answers marked in bulk go on
the undo stack and come back from the Edit menu and Ctrl+Z / Ctrl+Y exactly (checked after
reopening the file); an undo is refused, with a message, once its records changed since."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPushButton

from tests.conftest import SAMPLE_PHOTOS, build_source, copy_database
from tests.ui.conftest import open_window, type_text, when_modal


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def edit_menu_action(window, index: int):
    """The Edit menu's ``index``-th action (0: Undo, 1: Redo), as a user finds them."""
    (edit,) = [a.menu() for a in window.menuBar().actions() if a.text() == window.tr("&Edit")]
    return edit.actions()[index]


def press(qtbot, window, key):
    """Ctrl+``key`` in the window, as typed."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = window.workspace.tabs.currentWidget()
    target.setFocus()
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def rows(path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as raw:
        return raw.execute(sql).fetchall()


@pytest.fixture
def project_db(db_path, project_source):
    return copy_database(project_source[0], db_path)


# --- a new site check ------------------------------------------------------------------------


def test_a_new_check_is_undone_and_redone_from_the_edit_menu_and_the_keys(qtbot, project_db, tmp_path):
    window = open_window(qtbot, project_db, project="T-01")
    photo = tmp_path / "屋面.jpg"
    shutil.copy(SAMPLE_PHOTOS / "orientation_landscape_6.jpg", photo)

    def fill(dialog):
        dialog.area.setCurrentIndex(dialog.area.findData("roof"))
        click(qtbot, dialog.result_problem)
        type_text(qtbot, dialog.description, "防水卷材起鼓")
        dialog.inspector.setCurrentText("李秀英")
        dialog.add_photo_paths([str(photo)])
        qtbot.waitUntil(lambda: dialog.gallery.photos.rowCount() == 1, timeout=20000)
        click(qtbot, dialog.findChild(QPushButton, "saveCheck"))

    when_modal(fill, timeout_ms=30000)
    window.new_check_action.trigger()
    checks = window.workspace.checks
    qtbot.waitUntil(lambda: checks.model.total == 1)
    (check_id, number_year), = rows(project_db, "SELECT id, strftime('%Y', checked_at) FROM site_check")
    number = f"XC-{number_year}-{check_id:05d}"

    undo = edit_menu_action(window, 0)
    assert undo.isEnabled() and undo.text() == f"&Undo New site check {number}"
    undo.trigger()
    assert checks.model.total == 0
    assert rows(project_db, "SELECT count(*) FROM site_check") == [(0,)]
    # the photo taken for the check stays, back with the project alone as before the save
    assert rows(project_db, "SELECT check_id, project_id FROM photo_link") == [(None, 1)]

    press(qtbot, window, Qt.Key.Key_Y)
    assert checks.model.total == 1 and checks.model.row(0).photo_count == 1
    press(qtbot, window, Qt.Key.Key_Z)
    assert checks.model.total == 0
    edit_menu_action(window, 1).trigger()  # Redo
    assert checks.model.total == 1
    window.close()

    again = open_window(qtbot, project_db, project="T-01")
    row = again.workspace.checks.model.row(0)
    assert (row.id, row.description, row.photo_count) == (check_id, "防水卷材起鼓", 1)
    assert rows(project_db, "SELECT check_id FROM photo_link") == [(check_id,)]


def test_an_edit_cannot_be_undone_once_the_check_was_deleted(qtbot, project_db, monkeypatch):
    from supervisor.site import checks as site_checks

    window = open_window(qtbot, project_db, project="T-01")
    controller = window.controller
    check_id = controller.site.save_check(None, site_checks.CheckData(
        project_id=window.workspace.project_id, result="problem", description="外墙空鼓", inspector="李秀英"))
    data = controller.site.check_data(check_id)
    data.description = "外墙空鼓，约两平方米"
    controller.site.save_check(check_id, data)
    view = window.workspace.checks
    window.workspace.show_tab(1)
    qtbot.waitUntil(lambda: view.model.total == 1)
    view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, view.delete_button)
    assert view.model.total == 0
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    before = controller.undo_stack.count()
    edit_menu_action(window, 0).trigger()
    assert len(shown) == 1
    assert shown[0].startswith("“Edit site check XC-") and "cannot be undone" in shown[0]
    assert "Nothing was changed" in shown[0]
    assert controller.undo_stack.count() == before - 1  # taken off the list, not left half-done
    assert rows(project_db, "SELECT count(*) FROM site_check") == [(0,)]
    edit_menu_action(window, 0).trigger()  # the check's creation: refused the same way
    assert len(shown) == 2 and shown[1].startswith("“New site check XC-")
    assert rows(project_db, "SELECT count(*) FROM site_check") == [(0,)]
    assert not edit_menu_action(window, 0).isEnabled()


# --- a new compound --------------------------------------------------------------------------


def add_compound_by_dialog(qtbot, window, name: str):
    window.compounds_tab_action.trigger()
    view = window.workspace.compounds

    def fill(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "compoundName"), name)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)
    click(qtbot, view.new_button)
    return view


def test_a_new_compound_is_undone_and_redone(qtbot, project_db):
    window = open_window(qtbot, project_db, project="T-01")
    view = add_compound_by_dialog(qtbot, window, "幸福里小区")
    assert [view.model.row(r).name for r in range(view.model.rowCount())] == ["幸福里小区"]
    (compound,) = rows(project_db, "SELECT id, uuid, created_at FROM compound")

    assert edit_menu_action(window, 0).text() == "&Undo New compound 幸福里小区"
    press(qtbot, window, Qt.Key.Key_Z)
    assert view.model.rowCount() == 0
    assert rows(project_db, "SELECT count(*) FROM compound") == [(0,)]
    press(qtbot, window, Qt.Key.Key_Y)
    assert view.model.rowCount() == 1
    window.close()

    again = open_window(qtbot, project_db, project="T-01")
    assert rows(project_db, "SELECT id, uuid, created_at FROM compound") == [compound]
    again.compounds_tab_action.trigger()
    assert again.workspace.compounds.model.row(0).name == "幸福里小区"


def test_undo_is_refused_when_another_program_changed_the_record(qtbot, project_db, monkeypatch):
    window = open_window(qtbot, project_db, project="T-01")
    view = add_compound_by_dialog(qtbot, window, "幸福里小区")
    with sqlite3.connect(project_db) as raw:  # e.g. a colleague's copy of the program
        raw.execute("UPDATE compound SET address = '东湖路12号', updated_at = '2030-01-01 00:00:00'")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    press(qtbot, window, Qt.Key.Key_Z)
    assert len(shown) == 1 and "“New compound 幸福里小区” cannot be undone" in shown[0]
    assert rows(project_db, "SELECT name, address FROM compound") == [("幸福里小区", "东湖路12号")]
    assert view.model.rowCount() == 1
    assert not edit_menu_action(window, 0).isEnabled() and not edit_menu_action(window, 1).isEnabled()


# --- answers marked in bulk ------------------------------------------------------------------


@pytest.fixture(scope="module")
def roster_source(tmp_path_factory, migrated_source):
    """A project with a compound of 5 households, one of which already disagrees in round 1."""
    import datetime as dt

    from supervisor.procedure import templates
    from supervisor.projects import places
    from supervisor.projects.project import ProjectData
    from supervisor.residents import consultation, roster
    from supervisor.residents.consultation import AnswerData
    from supervisor.residents.roster import HouseholdData

    def build(database):
        with database.write() as session:
            project = templates.create_project(session, ProjectData(code="R-01", name="居民片区"))
            compound = places.add_compound(session, project, places.CompoundData("幸福里小区"))
            households = [roster.add_household(session, compound, HouseholdData("1号楼", "1", str(101 + i), f"户主{i}"))
                          for i in range(5)]
            consultation.set_answer(session, households[1], 1, AnswerData(
                "disagree", comments="怕噪音", visitor="社区小李", visited_on=dt.date(2026, 3, 2)))

    path, _ = build_source(tmp_path_factory.mktemp("roster") / "roster.sqlite", migrated_source, build)
    return path


def test_marking_households_agree_is_one_undo_step(qtbot, db_path, roster_source, monkeypatch):
    path = copy_database(roster_source, db_path)
    answers_sql = "SELECT household_id, answer, comments, visitor, visited_on FROM consultation ORDER BY household_id"
    before = rows(path, answers_sql)
    window = open_window(qtbot, path)
    window.residents_tab_action.trigger()
    view = window.workspace.residents
    view.compound.setCurrentIndex(view.compound.findText("幸福里小区"))
    view.pages.setCurrentWidget(view.consultation)
    page = view.consultation
    selection = page.table.selectionModel()
    for row in (0, 1, 2):
        selection.select(page.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, page.findChild(QPushButton, "mark_agree"))
    marked = rows(path, answers_sql)
    assert [r[1] for r in marked] == ["agree"] * 3
    assert marked[1][2:] == ("怕噪音", "社区小李", "2026-03-02")  # what was recorded stays
    tally = page.tally_label.text()

    undo = edit_menu_action(window, 0)
    assert undo.text() == "&Undo Mark 3 household(s) “Agree” in round 1"
    undo.trigger()
    assert rows(path, answers_sql) == before  # the earlier "disagree" is back, nothing else
    assert [page.model.row(r).answer for r in range(3)] == [None, "disagree", None]
    press(qtbot, window, Qt.Key.Key_Y)
    assert page.tally_label.text() == tally
    window.close()
    assert rows(path, answers_sql) == marked


# --- a new project ---------------------------------------------------------------------------


def test_a_new_project_is_undone_and_redone(qtbot, window, db_path):
    from tests.ui.conftest import create_project_by_dialog

    create_project_by_dialog(qtbot, window, code="NEW-01")
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    view = add_compound_by_dialog(qtbot, window, "幸福里小区")  # recorded in it, undone first
    press(qtbot, window, Qt.Key.Key_Z)
    assert view.model.rowCount() == 0
    assert edit_menu_action(window, 0).text() == "&Undo New project NEW-01"
    press(qtbot, window, Qt.Key.Key_Z)
    assert window.workspace.projects.rowCount() == 0 and window.workspace.project_id is None
    assert rows(db_path, "SELECT count(*) FROM project") == [(0,)]
    assert rows(db_path, "SELECT count(*) FROM project_step") == [(0,)]
    press(qtbot, window, Qt.Key.Key_Y)
    assert window.workspace.project_id is not None
    assert window.workspace.procedure.progress_label.text().startswith("0/45")
    window.close()
    assert rows(db_path, "SELECT code FROM project") == [("NEW-01",)]
    assert rows(db_path, "SELECT count(*) FROM project_step") == [(45,)]

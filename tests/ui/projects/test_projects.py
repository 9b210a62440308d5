"""Projects in the window: the project dialog, archiving, people, compounds and buildings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from tests.ui.conftest import (
    create_project_by_dialog,
    select_step,
    step_status_in_tree,
    type_text,
    when_modal,
)


def test_invalid_project_input_keeps_dialog_open(qtbot, window):
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "projectName"), "没有编号的项目")
        type_text(qtbot, dialog.findChild(QLineEdit, "projectBudget"), "500万")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["visible"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        dialog.reject()

    when_modal(fill)
    window.new_project_action.trigger()
    assert seen["visible"] is True
    assert "budget" in seen["message"]
    assert window.workspace.projects.rowCount() == 0


def test_archive_hides_a_project_and_undo_restores_it(qtbot, window):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.projects.rowCount() == 1)
    window.archive_action.trigger()
    assert window.workspace.projects.rowCount() == 0
    window.undo_action.trigger()
    assert window.workspace.projects.rowCount() == 1


def test_people_can_be_added_and_made_responsible(qtbot, window):
    from PySide6.QtWidgets import QComboBox, QPushButton

    from supervisor.ui.projects.people_dialog import PeopleDialog

    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    people = PeopleDialog(window.controller, window)
    qtbot.addWidget(people)

    def fill(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "personName"), "李秀英")
        type_text(qtbot, dialog.findChild(QLineEdit, "personPhone"), "13800138000")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)
    qtbot.mouseClick(people.findChild(QPushButton, "addPerson"), Qt.MouseButton.LeftButton)
    assert [p.name for p in people.page.model.rows()] == ["李秀英"]
    people.close()

    panel = select_step(qtbot, window, "6")
    combo = panel.findChild(QComboBox, "responsiblePerson")
    combo.setCurrentIndex(combo.findText("李秀英"))
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert panel.step.responsible_person == "李秀英"
    assert step_status_in_tree(window, "6") == "Not started"


def test_compound_with_a_building_shows_its_units_and_households(qtbot, window):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    window.compounds_tab_action.trigger()
    view = window.workspace.compounds

    def fill_compound(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "compoundName"), "幸福里小区")
        type_text(qtbot, dialog.year, "1992")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill_compound)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    view.table.selectRow(0)

    def fill_building(dialog):
        type_text(qtbot, dialog.name, "1号楼")
        dialog.units.setValue(2)
        dialog.floors.setValue(3)
        dialog.flats.setValue(2)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill_building)
    qtbot.mouseClick(view.building_button, Qt.MouseButton.LeftButton)
    view.table.selectRow(0)
    assert view.model.data(view.model.index(0, view.COL_HOUSEHOLDS)) == "12"
    building = view.structure.topLevelItem(0)
    assert building.text(1) == "12" and building.childCount() == 2
    assert building.child(0).text(1) == "101 102 201 202 301 302"


def test_removing_a_compound_says_what_goes_with_it_and_what_stays(qtbot, demo_path, monkeypatch):
    """幸福里小区 of the demo has buildings, households with answers and surveys, and checks,
    rectifications and opinions that name it: the question counts each, as the file has them."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import open_window

    def count(sql: str) -> int:
        with sqlite3.connect(demo_path) as raw:
            return raw.execute(sql, {"c": compound_id}).fetchone()[0]

    with sqlite3.connect(demo_path) as raw:
        (compound_id,) = raw.execute("SELECT id FROM compound WHERE name = '幸福里小区'").fetchone()
    households = "SELECT h.id FROM household h JOIN unit u ON h.unit_id = u.id JOIN building b ON u.building_id = b.id" \
                 " WHERE b.compound_id = :c"
    expected = {
        "building": count("SELECT count(*) FROM building WHERE compound_id = :c"),
        "unit": count("SELECT count(*) FROM unit WHERE building_id IN (SELECT id FROM building WHERE compound_id = :c)"),
        "household": count(f"SELECT count(*) FROM ({households})"),
        "answer": count(f"SELECT count(*) FROM consultation WHERE household_id IN ({households})"),
        "check": count("SELECT count(*) FROM site_check WHERE compound_id = :c"),
        "rectification": count("SELECT count(*) FROM rectification WHERE compound_id = :c"),
        "opinion": count("SELECT count(*) FROM opinion WHERE compound_id = :c"),
        "day": count("SELECT count(*) FROM supervision_day WHERE compound_id = :c"),
    }
    assert all(expected.values())  # the demo names the compound everywhere
    window = open_window(qtbot, demo_path, "DH-2026-01")
    window.compounds_tab_action.trigger()
    view = window.workspace.compounds
    view.table.selectRow(next(r for r in range(view.model.rowCount()) if view.model.row(r).name == "幸福里小区"))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    (question,) = asked
    assert question.split("\n\n") == [
        "Remove compound 幸福里小区?",
        "Removed with it: {building} building(s); {unit} unit(s); {household} household(s); "
        "{answer} consultation answer(s).".format(**expected),
        "Staying, without their link to the compound: {check} site check(s); {rectification} rectification item(s); "
        "{opinion} opinion(s); {day} supervision day(s).".format(**expected),
        "This cannot be undone.",
    ]
    assert [view.model.row(r).name for r in range(view.model.rowCount())] == ["光明新村", "纺织厂宿舍"]
    assert count(f"SELECT count(*) FROM ({households})") == 0
    assert count("SELECT count(*) FROM site_check WHERE compound_id IS NULL") >= expected["check"]

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

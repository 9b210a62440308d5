"""The template editor: copy the built-in template, edit a step, use the copy for a project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit

from tests.ui.conftest import create_project_by_dialog, type_text, when_modal


def test_template_copy_edit_and_use(qtbot, window):
    from supervisor.ui.procedure.template_editor import TemplateEditor

    create_project_by_dialog(qtbot, window, code="OLD-01")
    qtbot.waitUntil(lambda: window.workspace.projects.rowCount() == 1)
    editor = TemplateEditor(window.controller, window)
    qtbot.addWidget(editor)

    original = QInputDialog.getText
    try:
        QInputDialog.getText = staticmethod(lambda *a, **k: ("本市程序", True))
        qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
        assert editor.summary.name == "本市程序" and editor.summary.editable
        first = editor.tree.topLevelItem(0).child(0)
        editor.tree.setCurrentItem(first)
        editor.name.clear()
        type_text(qtbot, editor.name, "居民意愿征询")
        qtbot.mouseClick(editor.save_step_button, Qt.MouseButton.LeftButton)
        QInputDialog.getText = staticmethod(lambda *a, **k: ("入户走访照片", True))
        qtbot.mouseClick(editor.add_material_button, Qt.MouseButton.LeftButton)
    finally:
        QInputDialog.getText = original
    assert editor.tree.topLevelItem(0).child(0).text(0) == "1. 居民意愿征询"
    assert editor.materials.item(editor.materials.count() - 1).text() == "入户走访照片"
    editor.close()

    def fill(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "projectCode"), "NEW-02")
        type_text(qtbot, dialog.findChild(QLineEdit, "projectName"), "用本市程序的项目")
        combo = dialog.template
        combo.setCurrentIndex(next(i for i in range(combo.count()) if "本市程序" in combo.itemText(i)))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)
    window.new_project_action.trigger()
    qtbot.waitUntil(lambda: window.workspace.projects.rowCount() == 2)
    snapshot = window.workspace.procedure.model.snapshot
    assert snapshot.project_code == "NEW-02"
    assert snapshot.by_code("1").name == "居民意愿征询"
    old_id = window.workspace.projects.project(window.workspace.projects.row_of(1)).id
    assert window.controller.procedure.snapshot(old_id).by_code("1").name == "改造意愿征询（第一轮）"

"""The main window driven by real clicks and keys."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from supervisor.codes import StepStatus
from supervisor.ui.procedure.model import STEP_ID_ROLE, ProcedureModel
from tests.ui.conftest import open_window, type_text, when_modal


def create_project_by_dialog(qtbot, window, code="NEW-01", name="新建片区项目"):
    def fill(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "projectCode"), code)
        type_text(qtbot, dialog.findChild(QLineEdit, "projectName"), name)
        type_text(qtbot, dialog.findChild(QLineEdit, "projectBudget"), "3,500,000")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(fill)
    window.new_project_action.trigger()


def select_step(qtbot, window, code: str):
    view = window.workspace.procedure
    step = view.model.snapshot.by_code(code)
    index = view.proxy.mapFromSource(view.model.step_index(step.id))
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.panel.step is not None and view.panel.step.code == code
    return view.panel


def step_status_in_tree(window, code: str) -> str:
    model = window.workspace.procedure.model
    step = model.snapshot.by_code(code)
    index = model.step_index(step.id)
    return model.index(index.row(), ProcedureModel.COL_STATUS, index.parent()).data()


def test_create_attach_complete_reopen(qtbot, window, db_path, tmp_path, monkeypatch):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    assert window.workspace.procedure.progress_label.text().startswith("0/45")

    panel = select_step(qtbot, window, "1")
    files = []
    for name in ("居民意见登记表.pdf", "同意率统计表.xlsx"):
        path = tmp_path / name
        path.write_bytes(name.encode() * 100)
        files.append(path)
    # Attach each file to its material with the material selected and the button clicked.
    for row, path in enumerate(files):
        item = panel.materials.topLevelItem(row)
        panel.materials.setCurrentItem(item)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, p=path, **k: ([str(p)], ""))
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert [m.provided for m in panel.step.materials] == [True, True]
    assert panel.materials.topLevelItem(0).child(0).text(0) == "居民意见登记表.pdf"

    # Step 1 waits for the residents' consent; this project has no compounds yet, so the
    # manager is asked for a reason to complete it anyway.
    asked = []
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        lambda parent, title, label, *a, **k: asked.append(label) or ("征询材料已线下核实", True),
    )
    qtbot.mouseClick(panel.complete_button, Qt.MouseButton.LeftButton)
    assert asked and "no compounds" in asked[0]
    assert panel.step.status == StepStatus.DONE
    assert panel.step.override_reason == "征询材料已线下核实"
    assert window.workspace.procedure.progress_label.text().startswith("1/45")

    window.close()
    reopened = open_window(qtbot, db_path)
    assert reopened.workspace.projects.project(0).code == "NEW-01"
    assert step_status_in_tree(reopened, "1") == "Done"
    with sqlite3.connect(db_path) as raw:
        names = [r[0] for r in raw.execute("SELECT filename FROM attachment ORDER BY id")]
    assert names == ["居民意见登记表.pdf", "同意率统计表.xlsx"]


def test_missing_materials_block_completion(qtbot, window, monkeypatch):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    panel = select_step(qtbot, window, "1")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    qtbot.mouseClick(panel.complete_button, Qt.MouseButton.LeftButton)
    assert shown and "居民意见登记表" in shown[0]
    assert panel.step.status == StepStatus.NOT_STARTED
    assert step_status_in_tree(window, "1") == "Not started"


def test_override_of_prerequisites_is_asked_and_recorded(qtbot, window, monkeypatch):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    panel = select_step(qtbot, window, "2")
    for row in range(panel.materials.topLevelItemCount()):
        panel.materials.topLevelItem(row).setCheckState(0, Qt.CheckState.Checked)
        qtbot.waitUntil(lambda r=row: panel.step.materials[r].provided)
    asked = []

    def answer(parent, title, label, *args, **kwargs):
        asked.append(label)
        return "第一轮征询已在线下完成", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer)
    qtbot.mouseClick(panel.complete_button, Qt.MouseButton.LeftButton)
    assert asked and "1 " in asked[0]
    assert panel.step.status == StepStatus.DONE
    assert panel.step.override_reason == "第一轮征询已在线下完成"
    assert panel.override_label.isVisible()


def test_undo_and_redo_of_a_material_tick(qtbot, window):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    panel = select_step(qtbot, window, "3")
    panel.materials.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: panel.step.materials[0].provided)
    assert window.undo_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.workspace.procedure.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not panel.step.materials[0].provided
    window.redo_action.trigger()
    assert panel.step.materials[0].provided


def test_dates_and_notes_are_saved_when_moving_to_another_step(qtbot, window):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    panel = select_step(qtbot, window, "4")
    panel.notes.setFocus()
    type_text(qtbot, panel.notes, "招标文件已报审")
    assert panel.dirty
    select_step(qtbot, window, "5")
    panel = select_step(qtbot, window, "4")
    assert panel.notes.toPlainText() == "招标文件已报审"


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


def test_filters_show_only_matching_steps(qtbot, demo_path):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    view = window.workspace.procedure

    def visible_steps():
        codes = []
        for p in range(view.proxy.rowCount()):
            parent = view.proxy.index(p, 0)
            for r in range(view.proxy.rowCount(parent)):
                step_id = view.proxy.index(r, 0, parent).data(STEP_ID_ROLE)
                codes.append(view.model.snapshot.step(step_id).code)
        return codes

    assert len(visible_steps()) == 45
    qtbot.mouseClick(view.overdue, Qt.MouseButton.LeftButton)
    overdue = visible_steps()
    assert overdue and all(view.model.snapshot.by_code(c).overdue for c in overdue)
    qtbot.mouseClick(view.overdue, Qt.MouseButton.LeftButton)
    type_text(qtbot, view.search, "招标")
    qtbot.waitUntil(lambda: len(visible_steps()) < 45)
    assert set(visible_steps()) >= {"4", "5"}
    view.search.clear()
    view.status.setCurrentIndex(view.status.findData(str(StepStatus.DONE)))
    qtbot.waitUntil(lambda: all(view.model.snapshot.by_code(c).status == StepStatus.DONE for c in visible_steps()))


def test_archive_hides_a_project_and_undo_restores_it(qtbot, window):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.projects.rowCount() == 1)
    window.archive_action.trigger()
    assert window.workspace.projects.rowCount() == 0
    window.undo_action.trigger()
    assert window.workspace.projects.rowCount() == 1


def test_damaged_database_gives_a_message_not_a_traceback(qtbot, tmp_path, monkeypatch):
    from supervisor.ui.main_window import MainWindow

    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"garbage" * 1000)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.open_failed, timeout=20000):
        window.open_database(str(broken))
    assert warnings and "broken.sqlite" in warnings[0]
    assert window.workspace is None
    assert broken.read_bytes() == b"garbage" * 1000


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


def test_invalid_dates_keep_the_step_and_what_was_typed(qtbot, window, monkeypatch):
    import datetime as dt

    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    panel = select_step(qtbot, window, "7")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    type_text(qtbot, panel.notes, "开标推迟")
    panel.planned_start.set_value(dt.date(2026, 5, 10))
    panel.planned_end.set_value(dt.date(2026, 5, 1))
    panel.planned_end.changed.emit()
    select_step_attempt = window.workspace.procedure
    index = select_step_attempt.proxy.mapFromSource(
        select_step_attempt.model.step_index(select_step_attempt.model.snapshot.by_code("8").id)
    )
    qtbot.mouseClick(
        select_step_attempt.tree.viewport(), Qt.MouseButton.LeftButton,
        pos=select_step_attempt.tree.visualRect(index).center(),
    )
    qtbot.waitUntil(lambda: bool(shown))
    assert "planned end" in shown[0]
    qtbot.waitUntil(lambda: select_step_attempt.tree.currentIndex().data(STEP_ID_ROLE) == panel.step.id)
    assert panel.step.code == "7"
    assert panel.notes.toPlainText() == "开标推迟"
    assert panel.dirty


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


def test_files_dropped_on_a_material_are_attached(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    panel = select_step(qtbot, window, "3")
    target = panel.materials.topLevelItem(1)
    path = tmp_path / "概算.pdf"
    path.write_bytes(b"%PDF-1.4 budget estimate")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = panel.materials.viewport()
    pos = QPointF(panel.materials.visualItemRect(target).center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, action, mime, buttons, modifiers))
    move = QDragMoveEvent(pos, action, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(pos, action, mime, buttons, modifiers))
    material = panel.step.materials[1]
    assert material.provided and [a.filename for a in material.attachments] == ["概算.pdf"]
    assert [a.filename for a in panel.step.materials[0].attachments] == []


def test_window_layout_is_remembered(qtbot, db_path):
    first = open_window(qtbot, db_path)
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    first.workspace.setSizes([250, 500])
    sizes = first.workspace.sizes()
    first.close()
    second = open_window(qtbot, db_path)
    assert second.size().width() == 760 and second.size().height() == 560
    assert second.workspace.sizes() == sizes


def test_chinese_is_the_default_on_a_chinese_system(tmp_path):
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "app.setOrganizationName('T'); from supervisor.ui.app import choose_language;"
        "print(choose_language(None))"
    )
    for lang, expected in (("zh_CN.UTF-8", "zh_CN"), ("en_US.UTF-8", "en")):
        env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="", XDG_CONFIG_HOME=str(tmp_path))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == expected


def test_no_two_actions_share_a_shortcut(qtbot, window):
    from collections import Counter

    from PySide6.QtGui import QAction

    keys = Counter(
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    )
    assert [key for key, count in keys.items() if count > 1] == []

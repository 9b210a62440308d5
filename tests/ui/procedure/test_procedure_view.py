"""The procedure tab driven by clicks: completing steps, prerequisites, dates and notes,
filters, files dropped on a material."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from supervisor.codes import StepStatus
from supervisor.ui.procedure.model import STEP_ID_ROLE
from tests.ui.conftest import (
    answer_reason,
    create_project_by_dialog,
    open_window,
    select_step,
    step_status_in_tree,
    type_text,
    when_modal,
)


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
    answer_reason("第一轮征询已在线下完成", asked)
    qtbot.mouseClick(panel.complete_button, Qt.MouseButton.LeftButton)
    assert asked and "1 " in asked[0]
    assert panel.step.status == StepStatus.DONE
    assert panel.step.override_reason == "第一轮征询已在线下完成"
    assert panel.override_label.isVisible()


def test_an_empty_reason_keeps_the_question_open(qtbot, window):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    panel = select_step(qtbot, window, "2")
    for row in range(panel.materials.topLevelItemCount()):
        panel.materials.topLevelItem(row).setCheckState(0, Qt.CheckState.Checked)
        qtbot.waitUntil(lambda r=row: panel.step.materials[r].provided)
    seen = {}

    def fill(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["open"], seen["message"] = dialog.isVisible(), dialog.message.text()
        type_text(qtbot, dialog.reason, "开标资料已线下核实")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(panel.complete_button, Qt.MouseButton.LeftButton)
    assert seen == {"open": True, "message": "A reason is needed to complete a step before its prerequisites."}
    assert panel.step.status == StepStatus.DONE
    assert panel.step.override_reason == "开标资料已线下核实"


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


def test_another_step_is_shown_from_its_top(qtbot, demo_path):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    panel = select_step(qtbot, window, "25")
    bar = panel.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.workspace.procedure.reload()  # the same step again: it stays where it was
    assert bar.value() == bar.maximum() > 0
    select_step(qtbot, window, "26")
    assert bar.value() == 0


def test_notes_typed_while_someone_else_saved_the_step_are_kept_and_the_conflict_shown(
    qtbot, window, monkeypatch
):
    """Another laptop (here a second connection, as 王建国) saves step 4 while the notes are
    typed here: Apply says who changed it and shows both values; nothing typed is lost."""
    import datetime as dt

    from supervisor.db.audit import current_user, set_current_user
    from supervisor.db.engine import open_database
    from supervisor.procedure import steps
    from tests.conftest import step_by_code

    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    project_id = window.workspace.project_id
    panel = select_step(qtbot, window, "4")
    type_text(qtbot, panel.notes, "招标文件已报审")

    other = open_database(window.controller.database.path)
    me = current_user()
    set_current_user("王建国")
    try:
        with other.write() as session:
            step = step_by_code(session, project_id, "4")
            theirs = steps.current_edit(step)
            theirs.planned_end = dt.date(2026, 12, 20)
            theirs.notes = "等待代理机构回复"
            steps.update_step(session, step, theirs)
    finally:
        set_current_user(me)
        other.close()

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "was changed by 王建国 at " in shown[0]
    assert shown[0].splitlines()[-1] == "Notes: 等待代理机构回复 → 招标文件已报审"
    assert panel.notes.toPlainText() == "招标文件已报审" and panel.dirty
    with window.controller.database.read() as session:
        assert step_by_code(session, project_id, "4").notes == "等待代理机构回复"

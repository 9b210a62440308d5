"""Fixtures and helpers for window tests: isolated settings, the window's language, a main window
on a fresh database, modal dialogs answered (a reason given), text typed, a project created and a
step selected by clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from tests.conftest import copy_database


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("SupervisorTests")
    QCoreApplication.setApplicationName("SupervisorTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    """The window's language: Chinese (the users' own, with Qt's translations) and English."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from supervisor.paths import TRANSLATIONS

    translators, previous = [], QLocale()
    if request.param == "zh_CN":
        ours, qtbase = QTranslator(), QTranslator()
        assert ours.load(str(TRANSLATIONS / "supervisor_zh_CN.qm"))
        qtbase.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        translators = [ours, qtbase]
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    for translator in translators:
        qapp.installTranslator(translator)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def open_window(qtbot, db_path, project: str | None = None):
    """The main window on ``db_path``, showing the project with code ``project`` if given."""
    from supervisor.db.audit import set_current_user
    from supervisor.ui.main_window import MainWindow

    set_current_user("tester")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.open_database(str(db_path))
    if project is not None:
        workspace = window.workspace
        rows = [workspace.projects.project(r) for r in range(workspace.projects.rowCount())]
        workspace.reload_projects(select=next(r.id for r in rows if r.code == project))
        assert workspace.project_id is not None
    return window


@pytest.fixture
def window(qtbot, db_path, migrated_source):
    """The main window on a new, empty database (a copy of the migrated one)."""
    return open_window(qtbot, copy_database(migrated_source, db_path))


def when_modal(callback, timeout_ms: int = 5000):
    """Run ``callback(widget)`` on the next modal dialog to appear (for dialogs run by exec())."""
    waited = {"ms": 0}

    def poll():
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            try:
                callback(widget)
            except BaseException:
                # End the dialog so exec() returns (done() asks nothing, unlike reject(), which
                # may ask about what was typed); pytest-qt reports the exception.
                if isinstance(widget, QDialog):
                    widget.done(0)
                else:
                    widget.close()
                raise
        elif waited["ms"] < timeout_ms:
            waited["ms"] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def answer_reason(reason: str | None, asked: list | None = None) -> None:
    """Answer the next question for a reason (``ReasonDialog``): type ``reason`` and click OK, or
    cancel when None. The question's text is appended to ``asked``."""
    def fill(dialog):
        if asked is not None:
            asked.append(dialog.prompt.text())
        if reason is None:
            dialog.reject()
            return
        dialog.reason.setPlainText(reason)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` as key events (QTest's keyClicks handles ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def create_project_by_dialog(qtbot, window, code="NEW-01", name="新建片区项目"):
    """Project → New project…, filled in and confirmed (the project appears asynchronously)."""
    def fill(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "projectCode"), code)
        type_text(qtbot, dialog.findChild(QLineEdit, "projectName"), name)
        type_text(qtbot, dialog.findChild(QLineEdit, "projectBudget"), "3,500,000")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(fill)
    window.new_project_action.trigger()


def select_step(qtbot, window, code: str):
    """Click step ``code`` in the procedure tree; returns the step panel showing it."""
    view = window.workspace.procedure
    step = view.model.snapshot.by_code(code)
    index = view.proxy.mapFromSource(view.model.step_index(step.id))
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.panel.step is not None and view.panel.step.code == code
    return view.panel


def step_status_in_tree(window, code: str) -> str:
    """The status column's text of step ``code`` in the procedure tree."""
    from supervisor.ui.procedure.model import ProcedureModel

    model = window.workspace.procedure.model
    step = model.snapshot.by_code(code)
    index = model.step_index(step.id)
    return model.index(index.row(), ProcedureModel.COL_STATUS, index.parent()).data()

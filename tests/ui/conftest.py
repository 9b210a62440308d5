"""Fixtures for window tests: isolated settings, a main window on a fresh database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("SupervisorTests")
    QCoreApplication.setApplicationName("SupervisorTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


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
def window(qtbot, db_path):
    return open_window(qtbot, db_path)


def when_modal(callback, timeout_ms: int = 5000):
    """Run ``callback(widget)`` on the next modal dialog to appear (for dialogs run by exec())."""
    waited = {"ms": 0}

    def poll():
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            try:
                callback(widget)
            except BaseException:
                # Close the dialog so exec() returns; pytest-qt reports the exception.
                widget.close()
                raise
        elif waited["ms"] < timeout_ms:
            waited["ms"] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


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

"""The window on a database with users: signing in, who is shown, roles, the lock, Users."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QLabel, QLineEdit
from sqlalchemy import func, select

from supervisor.accounts import people
from supervisor.db.engine import open_database
from supervisor.db.models import Project
from tests.conftest import copy_database
from tests.ui.conftest import type_text, when_modal

PASSWORD = "correct horse 1"


@pytest.fixture
def shared(db_path, project_source):
    """A database with a project (T-01), an administrator and an auditor; nobody signed in."""
    copy_database(project_source[0], db_path)
    database = open_database(db_path)
    with database.write() as session:
        people.add_user(session, "admin", PASSWORD, ["administrator"], "管理员甲")
    people.sign_in(database, "admin", PASSWORD)
    with database.write() as session:
        people.add_user(session, "audit", PASSWORD, ["auditor"], "赵审计")
        people.add_user(session, "pm", PASSWORD, ["project manager", "clerk"], "李经理")
    people.sign_out()
    database.close()
    return db_path


def sign_in_with(qtbot, name: str, passwords: list[str], messages: list | None = None):
    """Answer the sign-in dialog: the name, then each password in turn (the last one right)."""
    def fill(dialog):
        field = dialog.findChild(QLineEdit, "userName")
        if name is not None:
            field.clear()
            type_text(qtbot, field, name)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        for password in passwords:
            type_text(qtbot, dialog.findChild(QLineEdit, "password"), password)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            if messages is not None and dialog.isVisible():
                messages.append(dialog.findChild(QLabel, "dialogMessage").text())
        if dialog.isVisible():  # still refused: give up rather than wait for ever
            dialog.reject()

    when_modal(fill)


def open_signed_in(qtbot, path, name, passwords, messages=None):
    from supervisor.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    sign_in_with(qtbot, name, passwords, messages)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.open_database(str(path))
    return window


def test_the_window_asks_who_signs_in_and_shows_them(qtbot, shared):
    messages = []
    window = open_signed_in(qtbot, shared, "audit", ["wrong password", PASSWORD], messages)
    assert messages == ["Wrong name or password for audit."]
    assert "赵审计" in window.windowTitle()
    assert window.findChild(QLabel, "signedIn").text() == "Signed in: 赵审计 (auditor)"
    settings = QSettings()
    assert settings.value("signin/name") == "audit"
    assert not any(PASSWORD in str(settings.value(key)) for key in settings.allKeys())


def test_the_sign_in_remembers_the_last_name(qtbot, shared):
    QSettings().setValue("signin/name", "pm")
    window = open_signed_in(qtbot, shared, None, [PASSWORD])  # the name is filled in already
    assert window.findChild(QLabel, "signedIn").text() == "Signed in: 李经理 (project manager, clerk)"


def test_an_auditor_clicking_through_is_refused_and_nothing_is_written(qtbot, shared):
    window = open_signed_in(qtbot, shared, "audit", [PASSWORD])
    assert not window.new_project_action.isEnabled()
    assert not window.users_action.isEnabled() and not window.templates_action.isEnabled()
    shown = []

    def fill(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "projectCode"), "AUD-01")
        type_text(qtbot, dialog.findChild(QLineEdit, "projectName"), "审计的项目")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        shown.append(dialog.findChild(QLabel, "dialogMessage").text())
        dialog.reject()

    when_modal(fill)
    window.workspace.new_project()  # as if the disabled action had been clicked anyway
    assert shown == ["赵审计 (auditor) may not change projects, compounds or procedure steps."]
    with window.controller.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Project)) == 1


def test_the_idle_lock_asks_the_password_and_keeps_the_window(qtbot, shared):
    window = open_signed_in(qtbot, shared, "pm", [PASSWORD])
    project = window.workspace.project_id
    asked = []

    def unlock(dialog):
        asked.append((dialog.objectName(), dialog.findChild(QLineEdit, "userName").text()))
        type_text(qtbot, dialog.findChild(QLineEdit, "password"), "not it at all")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape does not unlock
        assert dialog.isVisible()
        type_text(qtbot, dialog.findChild(QLineEdit, "password"), PASSWORD)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(unlock)
    window._idle_lock.lock()  # what the timer does after the idle minutes
    assert asked == [("lockDialog", "pm")]
    assert window.workspace.project_id == project and window.controller is not None


def test_the_administrator_adds_a_user_in_tools_users(qtbot, shared):
    window = open_signed_in(qtbot, shared, "admin", [PASSWORD])
    assert window.users_action.isEnabled()

    def add(users_dialog):
        def fill(dialog):
            type_text(qtbot, dialog.findChild(QLineEdit, "userName"), "sup")
            type_text(qtbot, dialog.findChild(QLineEdit, "displayName"), "张监理")
            dialog.findChild(QCheckBox, "role_supervisor").setChecked(True)
            type_text(qtbot, dialog.findChild(QLineEdit, "password"), "site secret 7")
            type_text(qtbot, dialog.findChild(QLineEdit, "passwordAgain"), "site secret 7")
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

        when_modal(fill)
        users_dialog.page.new_button.click()
        rows = [users_dialog.page.model.row(r) for r in range(users_dialog.page.model.rowCount())]
        assert [(r.name, r.display_name) for r in rows][-1] == ("sup", "张监理")
        users_dialog.reject()

    when_modal(add)
    window.users_action.trigger()
    assert people.check_password(window.controller.database, "sup", "site secret 7").display_name == "张监理"

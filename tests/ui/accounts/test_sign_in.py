"""The window on a database with users: signing in, who is shown, roles, the lock, Users."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit
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


def replied_item(path) -> int:
    """An item of T-01, replied to, issued by a supervisor 'sup' added to ``path``; its id."""
    import datetime as dt

    from supervisor.projects.places import CompoundData, add_compound
    from supervisor.projects.project import get_project
    from supervisor.site import rectifications
    from supervisor.site.rectifications import RectificationData

    database = open_database(path)
    people.sign_in(database, "admin", PASSWORD)
    with database.write() as session:
        people.add_user(session, "sup", PASSWORD, ["supervisor", "project manager"], "张监理")
    people.sign_in(database, "sup", PASSWORD)
    with database.write() as session:
        project = session.scalars(select(Project)).one()
        compound = add_compound(session, get_project(session, project.id), CompoundData("幸福里小区"))
        session.flush()
        rect = rectifications.create(session, RectificationData(
            project_id=project.id, compound_id=compound.id, location_text="1号楼 屋面",
            category="workmanship", responsible_party="城建三公司", problem="防水搭接不足",
            requirement="重新搭接", basis="GB 50207", issued_at=dt.datetime(2026, 3, 10, 9, 0)))
        rectifications.reply(session, rect.id, "已重新搭接")
        rect_id = rect.id
    people.sign_out()
    database.close()
    return rect_id


def test_closing_an_item_asks_the_password_again(qtbot, shared):
    from PySide6.QtWidgets import QMessageBox

    from supervisor.db.models import Rectification

    rect_id = replied_item(shared)
    window = open_signed_in(qtbot, shared, "sup", [PASSWORD])
    window.rect_tab_action.trigger()
    panel = window.workspace.rectifications.panel
    panel.show_item(rect_id, window.workspace.project_id)
    type_text(qtbot, panel.opinion, "复查合格")
    asked = []

    def answer(passwords):
        def handle(dialog):
            if isinstance(dialog, QMessageBox):  # the evidence warnings: close anyway
                dialog.button(QMessageBox.StandardButton.Yes).click()
                when_modal(handle)
                return
            asked.append(dialog.findChild(QLabel).text())
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            for password in passwords:
                type_text(qtbot, dialog.findChild(QLineEdit, "password"), password)
                qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            if dialog.isVisible():
                asked.append(dialog.findChild(QLabel, "dialogMessage").text())
                dialog.reject()
        return handle

    def status():
        with window.controller.database.read() as session:
            return session.get(Rectification, rect_id).status

    when_modal(answer(["not my password"]))
    qtbot.mouseClick(panel.pass_button, Qt.MouseButton.LeftButton)
    number = panel.detail.number
    assert asked == [f"Close {number}: enter your password to confirm.", "Wrong name or password for sup."]
    assert status() == "replied"
    when_modal(answer([PASSWORD]))
    qtbot.mouseClick(panel.pass_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status() == "closed")


def test_completing_the_acceptance_asks_the_password_again(qtbot, shared):
    import datetime as dt

    from supervisor.db.models import Acceptance
    from supervisor.ui.accounts.sign_in import SignInDialog
    from supervisor.ui.site.acceptance_dialog import AcceptanceDialog

    window = open_signed_in(qtbot, shared, "pm", [PASSWORD])
    dialog = AcceptanceDialog(window.controller, window.workspace.project_id, window)
    qtbot.addWidget(dialog)
    dialog.accepted_on.set_value(dt.date(2026, 11, 20))
    asked = []

    def answer(password):
        def handle(confirmation):
            assert isinstance(confirmation, SignInDialog)
            asked.append(confirmation.prompt.text())
            if password is None:
                confirmation.reject()
                return
            type_text(qtbot, confirmation.findChild(QLineEdit, "password"), password)
            confirmation.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return handle

    def stored():
        with window.controller.database.read() as session:
            return session.scalars(select(Acceptance.accepted_on)).first()

    when_modal(answer(None))
    assert not dialog.save_or_show()
    assert dialog.message.text() == "The password was not confirmed; nothing was saved."
    assert stored() is None
    when_modal(answer(PASSWORD))
    assert dialog.save_or_show(), dialog.message.text()
    assert asked == ["Complete the acceptance: enter your password to confirm."] * 2
    assert stored() == dt.date(2026, 11, 20)


@pytest.mark.parametrize("minutes", [5, 0])
def test_the_idle_time_before_locking_is_a_setting(qtbot, shared, minutes):
    QSettings().setValue("signin/lockMinutes", minutes)
    window = open_signed_in(qtbot, shared, "pm", [PASSWORD])
    timer = window._idle_lock.timer
    assert timer.isActive() == bool(minutes)
    if minutes:
        assert timer.interval() == minutes * 60_000
        timer.stop()
        qtbot.mouseMove(window.workspace)  # any input starts the idle time again
        qtbot.keyClick(window.workspace, Qt.Key.Key_Shift)
        assert timer.isActive()


def test_the_administrator_changes_roles_disables_and_resets_a_password(qtbot, shared):
    from supervisor import errors

    window = open_signed_in(qtbot, shared, "admin", [PASSWORD])

    def edit(users_dialog):
        page = users_dialog.page
        page.table.selectRow(next(r for r in range(page.model.rowCount()) if page.model.row(r).name == "audit"))

        def fill(dialog):
            dialog.findChild(QCheckBox, "role_clerk").setChecked(True)
            dialog.findChild(QCheckBox, "disabled").setChecked(True)
            type_text(qtbot, dialog.findChild(QLineEdit, "password"), "reset secret 4")
            type_text(qtbot, dialog.findChild(QLineEdit, "passwordAgain"), "reset secret 4")
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

        when_modal(fill)
        page.edit_button.click()
        users_dialog.reject()

    when_modal(edit)
    window.users_action.trigger()
    database = window.controller.database
    with database.read() as session:
        row = next(r for r in people.list_users(session) if r.name == "audit")
    assert ([str(r) for r in row.roles], row.disabled) == (["clerk", "auditor"], True)
    with pytest.raises(errors.SignInFailed, match="disabled"):
        people.check_password(database, "audit", "reset secret 4")

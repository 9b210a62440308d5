"""Tools → Users: the people who sign in, for administrators (add, change roles and display
name, disable or enable, reset a password). While a database has no users, anyone may add the
first one, who must be an administrator; the core refuses everyone else afterwards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from supervisor.accounts.roles import ROLE_NAMES, Role, role_names
from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.list_page import ListPage
from supervisor.ui.tables import Column
from supervisor.ui.widgets import fit_to_screen


def role_text(roles) -> str:
    return QCoreApplication.translate("errors", ", ").join(QCoreApplication.translate("errors", name) for name in role_names(roles))


class UserDialog(SavingDialog):
    """Add a person (name, display name, roles, password twice) or change one (display name,
    roles, disabled; the password only when typed). ``save(values)`` may raise."""

    def __init__(self, save, row=None, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Add a user") if row is None else self.tr("User {name}").format(name=row.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("userName")
        self.name.setReadOnly(row is not None)
        self.display_name = QLineEdit(row.display_name if row else "")
        self.display_name.setObjectName("displayName")
        self.display_name.setPlaceholderText(self.tr("the name printed on records, e.g. 张伟"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Display name:"), self.display_name)
        self.role_boxes = {}
        roles_box = QVBoxLayout()
        for role in Role:
            box = QCheckBox(QCoreApplication.translate("errors", ROLE_NAMES[role]))
            box.setObjectName(f"role_{role.name.lower()}")
            box.setChecked(bool(row) and role in row.roles)
            self.role_boxes[role] = box
            roles_box.addWidget(box)
        form.addRow(self.tr("Roles:"), roles_box)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passwordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if row is not None:
            self.password.setPlaceholderText(self.tr("leave empty to keep the password"))
        form.addRow(self.tr("&Password:") if row is None else self.tr("New &password:"), self.password)
        form.addRow(self.tr("Password &again:"), self.again)
        self.disabled = QCheckBox(self.tr("Disabled: cannot sign in"))
        self.disabled.setObjectName("disabled")
        self.disabled.setChecked(bool(row) and row.disabled)
        if row is not None:
            form.addRow("", self.disabled)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"name": self.name, "roles": next(iter(self.role_boxes.values())),
                       "password": self.password}
        self.setMinimumWidth(420)

    def save(self) -> None:
        from supervisor import errors
        from supervisor.i18n import QT_TRANSLATE_NOOP

        if self.password.text() != self.again.text():
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "The two passwords differ; nothing was changed."), field="password"
            )
        self._save({
            "name": self.name.text(),
            "display_name": self.display_name.text(),
            "roles": [role for role, box in self.role_boxes.items() if box.isChecked()],
            "password": self.password.text(),
            "disabled": self.disabled.isChecked(),
        })


class UsersPage(ListPage):
    """Everyone who may sign in, with their roles and whether they are disabled."""

    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Name"), lambda u: u.name),
                Column(self.tr("Display name"), lambda u: u.display_name),
                Column(self.tr("Roles"), lambda u: role_text(u.roles)),
                Column(self.tr("State"), lambda u: self.tr("disabled") if u.disabled else self.tr("active")),
            ],
            table_name="usersTable", new_text=self.tr("&Add…"), new_name="addUser", remove_text=None,
            stretch=2, parent=parent,
        )
        self.body.setContentsMargins(0, 0, 0, 0)

    def load(self) -> list:
        from supervisor.accounts import people

        return self.controller.read(people.list_users)

    def add(self) -> None:
        from supervisor.accounts import people

        first = people.signed_in() is None and not self.controller.read(people.has_users)

        def save(values):
            self.controller.write(lambda s: people.add_user(
                s, values["name"], values["password"], values["roles"], values["display_name"]).id)
            if first:  # who adds the first user goes on as them: the database needs sign-in now
                people.sign_in(self.controller.database, values["name"], values["password"])

        if UserDialog(save, parent=self).exec():
            self.reload()

    def edit(self, row) -> None:
        from supervisor.accounts import people

        def save(values):
            def work(session):
                people.set_display_name(session, row.name, values["display_name"])
                people.set_roles(session, row.name, values["roles"])
                people.set_disabled(session, row.name, values["disabled"])
                if values["password"]:
                    people.set_password(session, row.name, values["password"])

            self.controller.write(work)

        if UserDialog(save, row, parent=self).exec():
            self.reload()


class UsersDialog(QDialog):
    """Tools → Users."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users"))
        fit_to_screen(self, 720, 450)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Once a database has users, everyone signs in with name and password; "
                              "the first user must be an administrator."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.page = UsersPage(controller, self)
        layout.addWidget(self.page)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.page.reload()

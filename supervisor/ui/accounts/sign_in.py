"""Signing in to a database that has users, locking after idle time, asking the password again.

``sign_in(parent, database)`` shows the sign-in dialog (the last name is remembered in QSettings,
never the password) and returns whether someone signed in. ``IdleLock`` watches the user's input
and, after ``lock_minutes()`` without any, covers the window with the lock dialog, which asks the
signed-in person's password again; the window underneath keeps its state. ``confirm(parent,
database, what)`` asks the password again before a weighty act (closing a rectification item,
completing the acceptance).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from supervisor.ui.dialogs import SavingDialog

LAST_NAME_KEY = "signin/name"
LOCK_MINUTES_KEY = "signin/lockMinutes"
DEFAULT_LOCK_MINUTES = 15


def lock_minutes() -> int:
    """Minutes without input before the window locks (the setting ``signin/lockMinutes``; 0: never)."""
    try:
        return max(int(QSettings().value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)), 0)
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setObjectName("password")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SignInDialog(SavingDialog):
    """Name and password. ``check(name, password)`` signs in or raises (shown in place).

    With ``fixed_name`` the name cannot be changed (the lock and the confirmation)."""

    def __init__(self, check, *, title: str, prompt: str, fixed_name: str = "", parent=None):
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(title)
        self.setObjectName("signInDialog")
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        form = QFormLayout()
        self.name = QLineEdit(fixed_name or QSettings().value(LAST_NAME_KEY, "", str))
        self.name.setObjectName("userName")
        self.name.setReadOnly(bool(fixed_name))
        self.password = _password_field()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"name": self.name, "password": self.password}
        (self.password if self.name.text() else self.name).setFocus()
        self.setMinimumWidth(380)

    def save(self) -> None:
        try:
            self._check(self.name.text().strip(), self.password.text())
        finally:
            self.password.clear()


def sign_in(parent, database) -> bool:
    """Ask for name and password until they are right or the user cancels; whether signed in."""
    from supervisor.accounts import people

    def check(name: str, password: str) -> None:
        people.sign_in(database, name, password)
        QSettings().setValue(LAST_NAME_KEY, name)

    dialog = SignInDialog(
        check,
        title=QCoreApplication.translate("SignInDialog", "Sign in"),
        prompt=QCoreApplication.translate("SignInDialog", "{name} is shared by several people. Sign in with your name and password.")
        .format(name=database.name),
        parent=parent,
    )
    return bool(dialog.exec())


def confirm(parent, database, what: str) -> bool:
    """Ask the signed-in person's password again before ``what``; whether it was given. Nobody
    signed in (a database without users): nothing to ask."""
    from supervisor.accounts import people

    person = people.signed_in()
    if person is None:
        return True
    dialog = SignInDialog(
        lambda _name, password: people.confirm_password(database, password),
        title=QCoreApplication.translate("SignInDialog", "Confirm with your password"),
        prompt=QCoreApplication.translate("SignInDialog", "{what}: enter your password to confirm.").format(what=what),
        fixed_name=person.name,
        parent=parent,
    )
    return bool(dialog.exec())


class LockDialog(SignInDialog):
    """The window is locked: only the signed-in person's password opens it (Escape does not)."""

    def __init__(self, database, person, parent=None):
        from supervisor.accounts import people

        super().__init__(
            lambda _name, password: people.check_password(database, person.name, password),
            title=self.tr("Supervisor is locked"),
            prompt=self.tr("Locked after {minutes} minutes without use. Enter the password of {name} "
                           "to go on; nothing was lost.").format(minutes=lock_minutes(), name=person.display_name),
            fixed_name=person.name,
            parent=parent,
        )
        self.setObjectName("lockDialog")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

    def reject(self) -> None:  # Escape and the close button keep it locked
        pass


_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Locks ``window`` with a ``LockDialog`` after ``lock_minutes()`` without input, while a
    person is signed in to ``database()``."""

    def __init__(self, window, database):
        super().__init__(window)
        self.window = window
        self.database = database
        self.locked = False
        self.minutes = lock_minutes()  # read once: input events are many
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.restart()

    def restart(self) -> None:
        if self.minutes and not self.locked:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT and not self.locked:
            self.restart()
        return False

    def lock(self) -> None:
        from supervisor.accounts import people

        person = people.signed_in()
        if person is None or self.locked:
            return
        self.locked = True
        try:
            LockDialog(self.database, person, self.window).exec()
        finally:
            self.locked = False
            self.restart()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

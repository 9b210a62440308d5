"""How failures reach the user.

Expected failures are ``SupervisorError``s: a message fit to show, in the window's language.
``show_error`` shows one; a slot decorated with ``@shows_errors`` shows any that escapes it and
stops there, and ``attempt(parent, action)`` runs one action and says whether it worked, so a
view never writes ``try/except SupervisorError`` around a call of its own.
Dialogs that show a failure in place use ``SavingDialog`` (``supervisor.ui.dialogs``).

Unexpected failures are bugs. ``install`` makes one boundary for them: ``sys.excepthook`` (Qt
calls it for exceptions escaping slots and event handlers), ``threading.excepthook`` and Qt's
own warnings all go to the log (``supervisor.log``) with their traceback, and the user sees a
calm dialog that says the saved work is safe and where the log is (Help → Open log folder).
"""

from __future__ import annotations

import functools
import inspect
import logging
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from supervisor import log
from supervisor.errors import SupervisorError

logger = logging.getLogger("supervisor.ui")
qt_logger = logging.getLogger("supervisor.ui.qt")


def error_text(error: SupervisorError) -> str:
    """The error's message in the window's language."""
    return error.message(lambda template: QCoreApplication.translate("errors", template))


def show_error(parent: QWidget | None, error: SupervisorError, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("common", "Supervisor"))
    box.setText(error_text(error))
    box.exec()


def attempt(parent: QWidget | None, action, title: str | None = None) -> bool:
    """Run ``action()``; a ``SupervisorError`` is shown over ``parent``. Whether it succeeded."""
    try:
        action()
    except SupervisorError as error:
        show_error(parent, error, title)
        return False
    return True


def _accepted_arguments(function) -> int | None:
    """How many positional arguments ``function`` takes after ``self`` (None: any number)."""
    parameters = list(inspect.signature(function).parameters.values())[1:]
    if any(p.kind == p.VAR_POSITIONAL for p in parameters):
        return None
    return sum(1 for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))


def shows_errors(slot):
    """Decorate a widget's method: a ``SupervisorError`` it raises is shown over the widget and
    the method returns None. Signal arguments the method does not take (``clicked``'s
    ``checked``) are dropped, as Qt does for an undecorated method."""
    accepted = _accepted_arguments(slot)

    @functools.wraps(slot)
    def wrapper(self, *args, **kwargs):
        if accepted is not None:
            args = args[:accepted]
        try:
            return slot(self, *args, **kwargs)
        except SupervisorError as error:
            show_error(self if isinstance(self, QWidget) else None, error)
            return None

    return wrapper


# --- the boundary for unexpected failures -------------------------------------------------------

_showing = threading.Lock()  # one dialog at a time: a failing repaint must not stack hundreds


def report_unexpected(error: BaseException, what: str = "") -> None:
    """Log an unexpected exception with its traceback and tell the user calmly (UI thread)."""
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    logger.error("unexpected error%s\n%s", f" in {what}" if what else "", details.rstrip())
    print(details, file=sys.stderr, end="")
    app = QApplication.instance()
    if app is None or QCoreApplication.closingDown() or not _showing.acquire(blocking=False):
        return
    try:
        _calm_dialog(what)
    finally:
        _showing.release()


def _calm_dialog(what: str) -> None:
    path = log.log_path()
    text = QCoreApplication.translate(
        "failures",
        "Something went wrong inside Supervisor. What was saved before is safe; the last action "
        "may not have been completed.",
    )
    if what:
        text = QCoreApplication.translate("failures", "{what} stopped because of an error inside "
                                          "Supervisor.").format(what=what) + " " + text
    if path is not None:
        text += "\n\n" + QCoreApplication.translate(
            "failures", "The details are in the log, {path}. Please send it to whoever looks after "
            "Supervisor."
        ).format(path=str(path))
    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("unexpectedError")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("failures", "Supervisor"))
    box.setText(text)
    box.addButton(QMessageBox.StandardButton.Ok)
    if path is not None:
        folder = box.addButton(
            QCoreApplication.translate("failures", "Open log folder"), QMessageBox.ButtonRole.ActionRole
        )
        folder.clicked.connect(open_log_folder)
    box.exec()


def open_log_folder() -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    path = log.log_path()
    folder = path.parent if path is not None else log.log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _excepthook(kind, error, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if isinstance(error, SupervisorError):  # an expected failure nobody caught: still show it
        logger.warning("uncaught: %s", error)
        show_error(QApplication.activeWindow(), error)
        return
    report_unexpected(error.with_traceback(tb))


def _thread_excepthook(arguments) -> None:
    details = "".join(
        traceback.format_exception(arguments.exc_type, arguments.exc_value, arguments.exc_traceback)
    )
    logger.error("unexpected error in thread %s\n%s", getattr(arguments.thread, "name", "?"), details.rstrip())


def _qt_message(kind, context, message: str) -> None:
    from PySide6.QtCore import QtMsgType  # here: making the enumeration costs start-up time

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_logger.log(levels.get(kind, logging.WARNING), "%s", message)
    if kind != QtMsgType.QtDebugMsg:
        print(message, file=sys.stderr)


def install() -> None:
    """Make the boundary: the log file, and every unexpected failure through it."""
    log.configure()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_message)

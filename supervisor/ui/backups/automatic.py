"""Automatic backups of the open SQLite database.

One is taken when the database is opened (once SQLite's quick check found it sound), then every
30 minutes if anything was changed since the last one (the controller's ``changed``), and when
the database is closed (closing the window, or opening another) if anything was changed since.
They run off the UI thread; the one at closing runs at once, as the window goes (a backup of a
300 MB file takes about a second). A failure is logged and shown in the status bar; it never
stops the work or the closing. A database opened read-only, the demo's sample data and a server
database get none (``reason_none`` says why).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 30 * 60 * 1000

_log = logging.getLogger(__name__)


def reason_none(database, sample: bool) -> str:
    """Why ``database`` gets no automatic backups (in the window's language); "" when it does."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("AutomaticBackups", text)

    if database.path is None:
        return tr("A server database gets no automatic backups here: back it up with "
                  "'supervisor backup', which runs pg_dump.")
    if database.read_only:
        return tr("This database is open read-only, so it gets no automatic backups.")
    if sample:
        return tr("This is the demo's sample data, so it gets no automatic backups.")
    return ""


class AutomaticBackups(QObject):
    """The automatic backups of the window's database (``window.controller.database``)."""

    def __init__(self, window, controller, sample: bool):
        super().__init__(window)
        self.window = window
        self.database = controller.database
        self.enabled = not reason_none(self.database, sample)
        self.dirty = False  # changed since the last backup
        self._task = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.when_due)
        controller.changed.connect(self._changed)

    def _changed(self, _changes) -> None:
        self.dirty = True

    def start(self) -> None:
        """The backup at opening, then the timer."""
        if not self.enabled:
            return
        self.back_up(at_opening=True)
        self.timer.start()

    def when_due(self) -> None:
        if self.dirty:
            self.back_up()

    def busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    def back_up(self, at_opening: bool = False, done=None) -> None:
        """A backup in the background; ``done(taken)`` after it (None: skipped, damaged file)."""
        from supervisor.backups import sqlite
        from supervisor.ui.runner import run_in_background

        if not self.enabled or self.busy():
            return
        self.dirty = False
        database = self.database

        def work(_task):
            if database.damage():  # a damaged file's backup would fail its check
                return None
            return sqlite.take(database.path)

        def finished(taken):
            if taken is not None:
                self._say(QCoreApplication.translate("AutomaticBackups", "Backed up to {path}").format(
                    path=taken.path), 5000)
            if done is not None:
                done(taken)

        self._task = run_in_background(work, done=finished, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        from supervisor.errors import SupervisorError
        from supervisor.ui.failures import error_text

        self.dirty = True  # try again at the next turn
        _log.warning("automatic backup of %s failed", self.database.name, exc_info=error)
        text = error_text(error) if isinstance(error, SupervisorError) else str(error)
        self._say(QCoreApplication.translate("AutomaticBackups", "The automatic backup failed: {error}").format(
            error=text), 30000)

    def _say(self, text: str, ms: int) -> None:
        try:
            self.window.statusBar().showMessage(text, ms)
        except RuntimeError:  # the window is going
            pass

    def at_closing(self) -> None:
        """The backup as the database closes, when anything changed; never raises."""
        self.timer.stop()
        if self._task is not None:
            self._task.detach()
            self._task.wait(60)
        if not (self.enabled and self.dirty):
            return
        self.dirty = False
        try:
            from supervisor.backups import sqlite

            if not self.database.damage():
                sqlite.take(self.database.path)
        except Exception as error:  # noqa: BLE001 - closing goes on whatever happened
            self._failed(error)

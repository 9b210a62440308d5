"""Losing the database server, and getting it back.

On a district's shared server, the network or the server can go away in the middle of the work.
A read or write that fails for that reason (``errors.DatabaseUnavailable``) is shown where it
happened, as any failure is, and a dialog keeps what was typed; a transaction that did not
commit left nothing behind. ``ConnectionWatch`` notices the loss, says so once (``lost``), and
from then on tries the server in the background every ``RETRY_SECONDS``; when it answers again,
``restored`` is emitted and every view reloads, so that what is shown is the server's record.
"""

from __future__ import annotations

import functools
import operator

from PySide6.QtCore import QObject, QTimer, Signal

from supervisor import errors
from supervisor.db.changes import Changed
from supervisor.ui.signals import emit

RETRY_SECONDS = 10
EVERYTHING = functools.reduce(operator.or_, Changed)


class ConnectionWatch(QObject):
    """Signals: ``lost()`` when the server stops answering, ``restored()`` when it is back."""

    lost = Signal()
    restored = Signal()

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.is_lost = False
        self._trying = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._try_again)

    def noticed(self, error: BaseException) -> None:
        """A failure came back from the database: if it means the server is gone, watch."""
        if isinstance(error, errors.DatabaseUnavailable) and not self.is_lost:
            self.is_lost = True
            self._timer.start(int(RETRY_SECONDS * 1000))
            emit(self.lost)

    def _try_again(self) -> None:
        from supervisor.ui.runner import run_in_background

        if self._trying is not None:
            return
        database = self.controller.database

        def answered(_result) -> None:
            self._trying = None
            if not self.is_lost:
                return
            self.is_lost = False
            self._timer.stop()
            emit(self.restored)
            self.controller.announce(EVERYTHING)  # show the server's record again

        def still_gone(_error) -> None:
            self._trying = None  # the timer tries again

        self._trying = run_in_background(lambda task: _ping(database), done=answered, failed=still_gone)

    def stop(self) -> None:
        self._timer.stop()


def _ping(database):
    """A question any server answers at once (raises ``DatabaseUnavailable`` while it is gone)."""
    from sqlalchemy import text

    with database.read() as session:
        return session.execute(text("SELECT 1")).scalar()

"""The open database, the one way the window changes it, and undo.

A user event reads through ``read`` or changes through ``write``: one session, one call into the
core, one commit, then ``changed`` is emitted with the kinds of records the transaction touched
(``supervisor.db.changes`` records them as it flushes), so views refresh from that and never
from each other. Changes that make sense to undo go through ``undoable``, which pushes a command
that re-runs the core on redo and puts the records back on undo.

The operations of each feature live in its UI package and are reached from here:
``controller.projects``, ``controller.procedure``, ``controller.site``, ``controller.residents``.
"""

from __future__ import annotations

import functools
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from supervisor import errors
from supervisor.db.changes import Changed, changed_in


class DatabaseCommand(QUndoCommand):
    """An undoable change: ``do`` and ``undo`` each run in their own write transaction.

    The first ``redo`` (which Qt calls on push) is skipped: the controller ran ``do`` before
    pushing, so a failed action never lands on the stack. A failure of a later undo or redo is
    reported through the controller's ``failed`` signal.
    """

    def __init__(self, controller: Controller, text: str, do: Callable, undo: Callable):
        super().__init__(text)
        self.controller = controller
        self.do = do
        self.undo_action = undo
        self._first = True

    def redo(self):
        if self._first:
            self._first = False
            return
        self.controller.replay(self.do)

    def undo(self):
        self.controller.replay(self.undo_action)


class Controller(QObject):
    """The database the window works on.

    Attributes:
        projects, procedure, site, residents: each feature's operations.
        undo_stack: the undoable changes made since the database was opened.

    Signals:
        changed(Changed): the kinds of records a write changed.
        failed(object): a ``SupervisorError`` from an undo or redo, for the window to show.
    """

    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

    # Each feature's operations, made when first used: the first screen needs only two of them.

    @functools.cached_property
    def projects(self):
        from supervisor.ui.projects.operations import ProjectOperations

        return ProjectOperations(self)

    @functools.cached_property
    def procedure(self):
        from supervisor.ui.procedure.operations import ProcedureOperations

        return ProcedureOperations(self)

    @functools.cached_property
    def site(self):
        from supervisor.ui.site.operations import SiteOperations

        return SiteOperations(self)

    @functools.cached_property
    def residents(self):
        from supervisor.ui.residents.operations import ResidentOperations

        return ResidentOperations(self)

    def read(self, work: Callable):
        """``work(session)`` in a read-only session; its result."""
        with self.database.read() as session:
            return work(session)

    def write(self, work: Callable):
        """``work(session)`` in one transaction, then ``changed``; raises ``SupervisorError``."""
        with self.database.write() as session:
            result = work(session)
        self.announce(changed_in(session))
        return result

    def announce(self, changed: Changed) -> None:
        """Tell the views what changed (also for writes made by background work)."""
        if changed:
            self.changed.emit(changed)

    def undoable(self, text: str, do: Callable, undo: Callable):
        """Run ``do`` now; on success push a command that can undo and redo it."""
        result = self.write(do)
        self.undo_stack.push(DatabaseCommand(self, text, do, undo))
        return result

    def replay(self, work: Callable) -> None:
        """An undo or redo: a failure goes to ``failed`` (Qt's undo stack cannot raise)."""
        try:
            self.write(work)
        except errors.SupervisorError as error:
            self.failed.emit(error)

    def close(self) -> None:
        self.undo_stack.clear()
        self.database.close()


class Operations:
    """The base of a feature's operations: its controller's ``read``, ``write`` and ``undoable``."""

    def __init__(self, controller: Controller):
        self.controller = controller
        self.read = controller.read
        self.write = controller.write
        self.undoable = controller.undoable

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translated in the context of the operations class (as ``QObject.tr`` does)."""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(type(self).__name__, text, disambiguation, n)

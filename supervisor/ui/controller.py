"""The open database, the one way the window changes it, and undo.

A user event reads through ``read`` or changes through ``write``: one session, one call into the
core, one commit, then ``changed`` is emitted with the kinds of records the transaction touched
(``supervisor.db.changes`` records them as it flushes), so views refresh from that and never
from each other. Changes that make sense to undo go through ``undoable_write``, which keeps
snapshots of the records a change touched (``supervisor.db.records``) and puts them back on undo
and redo, refusing either once anything else changed those records; or through ``undoable``,
which runs a change and its inverse through the core. A deletion that cannot be put back
exactly (photos with their last link, a compound with its households) is not undoable: its
question says what it takes, counted by the core.

The operations of each feature live in its UI package and are reached from here:
``controller.projects``, ``controller.procedure``, ``controller.site``, ``controller.residents``,
``controller.funds``, ``controller.documents``.
"""

from __future__ import annotations

import functools
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from supervisor import errors
from supervisor.db.changes import Changed, changed_in
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.ui.signals import emit

CANNOT_UNDO = QT_TRANSLATE_NOOP(
    "errors",
    "“{action}” cannot be undone: the records it changed were changed again since (by a change "
    "that cannot be undone, or by another program). Nothing was changed; it is taken off the "
    "undo list.",
)
CANNOT_REDO = QT_TRANSLATE_NOOP(
    "errors",
    "“{action}” cannot be redone: the records it changed were changed again since (by a change "
    "that cannot be undone, or by another program). Nothing was changed; it is taken off the "
    "undo list.",
)


class DatabaseCommand(QUndoCommand):
    """An undoable change: ``do`` and ``undo`` each run in their own write transaction.

    The first ``redo`` (which Qt calls on push) is skipped: the controller ran ``do`` before
    pushing, so a failed action never lands on the stack. A later undo or redo that fails changed
    nothing: it is reported through the controller's ``failed`` signal and the command leaves
    the stack (marked obsolete), so the stack never claims a state the database is not in.
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
        if not self.controller.replay(self.do):
            self.setObsolete(True)

    def undo(self):
        if not self.controller.replay(self.undo_action):
            self.setObsolete(True)


class RestoringCommand(DatabaseCommand):
    """An undoable change kept as snapshots (``supervisor.db.records``) of the records it
    touched: undo puts ``before`` back, redo ``after``, each refused with ``errors.Stale`` unless
    the records are still exactly as the other left them (no later write changed, removed or
    linked to them)."""

    def __init__(self, controller: Controller, text: str, change):
        super().__init__(
            controller, text,
            lambda session: self._move(session, change.before, change.after, CANNOT_REDO, "redo"),
            lambda session: self._move(session, change.after, change.before, CANNOT_UNDO, "undo"),
        )
        self.parts = list(change.parts)

    def _move(self, session, expected, target, refusal: str, action: str) -> None:
        from supervisor.db import records

        if records.snapshot(session, self.parts) != expected or not records.restore(session, self.parts, target):
            raise errors.Stale(refusal, action=self.text())
        records.log_restore(session, self.parts, [expected, target], action, self.text())


class Controller(QObject):
    """The database the window works on.

    Attributes:
        projects, procedure, site, residents, funds, documents: each feature's operations.
        undo_stack: the undoable changes made since the database was opened.

    Signals:
        changed(Changed): the kinds of records a write changed.
        failed(object): a ``SupervisorError`` from an undo or redo, for the window to show.
    """

    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, database, parent=None):
        from supervisor.ui.connection import ConnectionWatch

        super().__init__(parent)
        self.database = database
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.connection = ConnectionWatch(self, self)

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

    @functools.cached_property
    def funds(self):
        from supervisor.ui.funds.operations import FundOperations

        return FundOperations(self)

    @functools.cached_property
    def documents(self):
        from supervisor.ui.documents.operations import DocumentOperations

        return DocumentOperations(self)

    def read(self, work: Callable):
        """``work(session)`` in a read-only session; its result."""
        try:
            with self.database.read() as session:
                return work(session)
        except errors.DatabaseUnavailable as error:
            self.connection.noticed(error)
            raise

    def write(self, work: Callable):
        """``work(session)`` in one transaction, then ``changed``; raises ``SupervisorError``."""
        try:
            with self.database.write() as session:
                result = work(session)
        except errors.DatabaseUnavailable as error:
            self.connection.noticed(error)
            raise
        self.announce(changed_in(session))
        return result

    def announce(self, changed: Changed) -> None:
        """Tell the views what changed (also for writes made by background work)."""
        if changed:
            emit(self.changed, changed)

    def undoable(self, text: str, do: Callable, undo: Callable):
        """Run ``do`` now; on success push a command that can undo and redo it."""
        result = self.write(do)
        self.undo_stack.push(DatabaseCommand(self, text, do, undo))
        return result

    def undoable_write(self, text: str | Callable, work: Callable, touches: Callable):
        """Run ``work(session)`` now, undoable by putting back the records it touched, which
        ``touches(result)`` lists (see ``supervisor.db.records.record_change``). ``text`` names the
        change on the undo stack, or is ``text(session, result)`` to name what ``work`` made.
        Returns the result.
        """
        from supervisor.db import records

        saved: dict = {}

        def do(session):
            change, result = records.record_change(session, touches, work)
            saved.update(change=change, text=text(session, result) if callable(text) else text)
            return result

        result = self.write(do)
        self.undo_stack.push(RestoringCommand(self, saved["text"], saved["change"]))
        return result

    def replay(self, work: Callable) -> bool:
        """An undo or redo: a failure goes to ``failed`` (Qt's undo stack cannot raise).
        Whether it worked."""
        try:
            self.write(work)
        except errors.SupervisorError as error:
            emit(self.failed, error)
            return False
        return True

    def close(self) -> None:
        self.connection.stop()
        self.undo_stack.clear()
        self.database.close()


class Operations:
    """The base of a feature's operations: its controller's ``read``, ``write``, ``undoable``
    and ``undoable_write``."""

    def __init__(self, controller: Controller):
        self.controller = controller
        self.read = controller.read
        self.write = controller.write
        self.undoable = controller.undoable
        self.undoable_write = controller.undoable_write

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translated in the context of the operations class (as ``QObject.tr`` does)."""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(type(self).__name__, text, disambiguation, n)

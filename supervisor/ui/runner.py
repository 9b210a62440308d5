"""One way to run work off the UI thread.

``run_in_background(work, done=...)`` runs ``work(task)`` in a thread pool and calls back on the
UI thread: ``done(result)``, ``progress(done, total, text)`` as the work reports it through
``task.report``, ``cancelled()`` when the work stopped on request. The work checks
``task.cancelled`` between steps (or raises ``supervisor.errors.Cancelled``). The work opens its
own database sessions: a session never crosses threads.

Failures are reported in one place: ``failed(error)`` when the caller wants to handle them,
else a ``SupervisorError`` is shown over ``parent`` and anything else goes through the error
boundary (logged with its traceback, a calm dialog; ``supervisor.ui.failures``).
Closing the window cancels what is running and waits for it (``stop_all``).
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from supervisor.errors import Cancelled, SupervisorError
from supervisor.ui.signals import emit

_RUNNING: set[Task] = set()  # strong references while the work runs
_POOL: QThreadPool | None = None


def _pool() -> QThreadPool:
    """The runner's own pool: long imports must not hold up a print preview."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool(QCoreApplication.instance())  # goes with the application
        _POOL.setMaxThreadCount(max(4, QThreadPool.globalInstance().maxThreadCount()))
    return _POOL


class Task(QObject):
    """One piece of work under way.

    Signals (delivered on the UI thread):
        progressed(int, int, str): done, total (0: not known), what is being done.
        succeeded(object): the work's result.
        failed(object): the exception that stopped it.
        stopped(): the work stopped on request.
        finished(): after any of the three above.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()
    finished = Signal()

    def __init__(self, what: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.what = what
        self._cancel = threading.Event()
        self._over = threading.Event()  # the work has returned (set in its thread)
        self._delivered = False  # ... and its outcome has reached the UI thread
        self._callbacks: list = []
        self.result: Any = None  # what the work returned, once it has
        self.finished.connect(self._mark_delivered)

    def _mark_delivered(self) -> None:
        self._delivered = True

    # --- for the work, in its thread ---

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        emit(self.progressed, int(done), int(total or 0), str(text))

    # --- for the UI ---

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        """True until the outcome has been delivered on the UI thread."""
        return not self._delivered

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has returned (True) or ``timeout`` seconds pass (False). Its
        outcome is delivered later, by the event loop; ``detach`` first to drop it."""
        return self._over.wait(timeout)

    def on(self, signal, callback) -> None:
        """Connect ``callback`` to one of the signals, so that ``detach`` can take it off."""
        signal.connect(callback)
        self._callbacks.append((signal, callback))

    def detach(self) -> None:
        """Drop the callbacks: whoever started the work is going away (a dialog closing)."""
        for signal, callback in self._callbacks:
            signal.disconnect(callback)
        self._callbacks.clear()


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[Task], Any]):
        super().__init__()
        self.setAutoDelete(True)
        self.task = task
        self.work = work

    def run(self) -> None:
        task = self.task
        try:
            result = self.work(task)
        except Cancelled:
            emit(task.stopped)
        except BaseException as error:  # handed to the UI thread, reported there
            emit(task.failed, error)
        else:
            task.result = result
            if task.cancelled and result is None:
                emit(task.stopped)
            else:
                emit(task.succeeded, result)
        finally:
            emit(task.finished)
            task._over.set()


def run_in_background(
    work: Callable[[Task], Any],
    *,
    done: Callable[[Any], None] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
    parent=None,
    what: str = "",
) -> Task:
    """Start ``work(task)``; the callbacks run on the UI thread. ``what`` names the work for
    the user if it fails unexpectedly ("Exporting the ledger")."""
    task = Task(what)
    for signal, callback in (
        (task.succeeded, done), (task.progressed, progress), (task.stopped, cancelled),
        (task.failed, failed or (lambda error: report_failure(parent, error, what))),
    ):
        if callback is not None:
            task.on(signal, callback)
    _RUNNING.add(task)
    task.finished.connect(lambda: _RUNNING.discard(task))
    _pool().start(_Runnable(task, work))
    return task


def report_failure(parent, error: BaseException, what: str = "") -> None:
    """The one place a failure of background work reaches the user."""
    from supervisor.ui.failures import report_unexpected, show_error

    if isinstance(error, SupervisorError):
        show_error(parent, error)
    else:
        report_unexpected(error, what)


def running() -> list[Task]:
    return list(_RUNNING)


def stop_all(timeout: float = 30.0) -> None:
    """Ask every task to stop and wait for them (closing the window, or between tests)."""
    tasks = list(_RUNNING)
    for task in tasks:
        task.cancel()
    for task in tasks:
        task.wait(timeout)

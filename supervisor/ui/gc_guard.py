"""Python's cyclic garbage collector, run on the UI thread only.

Qt objects must be destroyed by the thread that owns them. Python's collector runs in whichever
thread happens to allocate when a threshold is crossed; when that is a worker thread (opening
the database, reading a roster, decoding photos) and the garbage holds widgets (a closed dialog
whose callbacks refer back to it), Qt crashes. So automatic collection is switched off and a
timer on the UI thread collects instead, generation by generation, as the thresholds would.

Start-up loads its modules (SQLAlchemy, the models, the views) inside ``loading_modules()``:
meanwhile the timer skips its collections, and at the end every object alive (modules, classes,
functions: several hundred thousand) moves into the permanent generation, which no collection
scans. They live until exit anyway; without this, collections during start-up and the one
Python makes at exit went through all of them (about half a second at exit).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

INTERVAL_MS = 500
_installed = None
_loading = 0
_frozen = False


def collect_if_due() -> None:
    """Collect the generations whose counts passed their thresholds (what automatic GC does)."""
    if _loading:
        return
    thresholds = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 > thresholds[0]:
        gc.collect(0)
        if count1 > thresholds[1]:
            gc.collect(1)
            if count2 > thresholds[2]:
                gc.collect(2)


def install() -> None:
    """Move garbage collection to the UI thread; call from the UI thread, once is enough."""
    global _installed
    if _installed is not None:
        return
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication.instance()
    if app is None:
        return
    timer = QTimer(app)
    timer.setObjectName("gcGuard")
    timer.timeout.connect(collect_if_due)
    timer.start(INTERVAL_MS)
    gc.disable()
    _installed = timer


@contextlib.contextmanager
def loading_modules() -> Iterator[None]:
    """No collection while the block loads modules; then what is alive is frozen, once per
    process. Collects nothing itself, so a worker thread may use it."""
    global _loading, _frozen
    _loading += 1
    try:
        yield
    finally:
        _loading -= 1
        if not _frozen:
            _frozen = True
            gc.freeze()

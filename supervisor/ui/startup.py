"""What the window needs before its first screen, prepared off the UI thread.

``open_for_window(target, demo)`` is the whole of opening a database for the window: it loads
the database layer and the workspace's modules, opens (creating or migrating) the database,
looks whether it holds the demo's sample data, and runs the first screen's queries once so that
SQLAlchemy has configured its mappers and compiled those statements before the UI thread needs
them. It touches no widget; the caller runs it in a worker thread and builds the workspace on
the UI thread with the result.

``quicker_pyside_import_check()`` shortens a cost PySide adds to every later import (see there).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


def quicker_pyside_import_check() -> None:
    """Answer PySide's question about each newly imported module by reading the file's bytes.

    PySide's import hook asks of every module imported after it whether its source mentions
    "PySide6" (``shibokensupport.feature._mod_uses_pyside``, PYSIDE-2029), using
    ``inspect.getsource``, which decodes the whole file into the line cache and searches
    ``sys.modules`` for the module each time: for SQLAlchemy and the models, about a twentieth of
    start-up. The same question, asked of the file's bytes, gives the same answer; anything else
    (no ``.py`` file, an unreadable one) still goes to PySide's own check. Does nothing when
    that check is not there (another PySide version).
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_bytes = True
    feature._mod_uses_pyside = uses_pyside


@dataclass(frozen=True)
class Opened:
    """An open ``Database`` and whether it holds the demo's sample data (``sample``)."""

    database: object
    sample: bool
    has_users: bool = False  # people must sign in

    def close(self) -> None:
        self.database.close()


def open_for_window(target: str, demo: bool = False) -> Opened:
    """The open database for ``target`` (the demo database is written first if missing); it is
    sample data when opened as the demo or when the demo wrote it.

    Raises what ``open_database`` raises (``SupervisorError`` subclasses with a message for the
    user), or any other exception for a bug.
    """
    from supervisor.ui import gc_guard

    quicker_pyside_import_check()
    with gc_guard.loading_modules():  # they live until exit: keep them out of collections
        from supervisor.db.engine import open_database
        from supervisor.procedure.snapshots import procedure_snapshot
        from supervisor.projects.project import get_project, list_projects
        import supervisor.ui.controller  # noqa: F401  (module code only; widgets come later)
        import supervisor.ui.procedure.operations  # noqa: F401
        import supervisor.ui.projects.operations  # noqa: F401
        import supervisor.ui.workspace  # noqa: F401
    if demo and not Path(target).exists():
        from supervisor.demo.database import write_demo

        write_demo(Path(target))
    database = open_database(target)
    try:
        with database.read() as session:
            from supervisor.demo.marker import is_sample

            sample = demo or is_sample(session)
            from supervisor.accounts.people import has_users

            users = has_users(session)
            rows = list_projects(session)
            if rows:
                procedure_snapshot(session, get_project(session, rows[0].id))
    except BaseException:
        database.close()
        raise
    return Opened(database, sample, users)


# Loaded in the background once the first screen is up, so that the first click on another tab
# does not wait for them on the UI thread.
LATER = (
    "supervisor.ui.site.operations",
    "supervisor.ui.residents.operations",
    "supervisor.ui.site.checks_view",
    "supervisor.ui.site.rectifications_view",
    "supervisor.ui.projects.compounds_view",
    "supervisor.ui.residents.residents_view",
)


def load_the_rest() -> None:
    """Import the modules of the tabs and features the first screen does not show (module code
    only: no widget is made)."""
    import importlib

    for name in LATER:
        importlib.import_module(name)

"""What the window needs before its first screen, prepared off the UI thread.

``open_for_window(target, demo)`` is the whole of opening a database for the window: it loads
the database layer and the workspace's modules, opens (creating or migrating) the database, and
runs the first screen's queries once so that SQLAlchemy has configured its mappers and compiled
those statements before the UI thread needs them. It touches no widget; the caller runs it in a
worker thread and builds the workspace on the UI thread with the result.
"""

from __future__ import annotations

from pathlib import Path


def open_for_window(target: str, demo: bool = False):
    """The open ``Database`` for ``target`` (the demo database is written first if missing).

    Raises what ``open_database`` raises (``SupervisorError`` subclasses with a message for the
    user), or any other exception for a bug.
    """
    from supervisor.ui import gc_guard

    with gc_guard.loading_modules():  # they live until exit: keep them out of collections
        from supervisor.db.engine import open_database
        from supervisor.procedure.snapshots import procedure_snapshot
        from supervisor.projects.project import get_project, list_projects
        import supervisor.ui.workspace  # noqa: F401  (module code only; widgets come later)
    if demo and not Path(target).exists():
        from supervisor.demo.database import write_demo

        write_demo(Path(target))
    database = open_database(target)
    try:
        with database.read() as session:
            rows = list_projects(session)
            if rows:
                procedure_snapshot(session, get_project(session, rows[0].id))
    except BaseException:
        database.close()
        raise
    return database

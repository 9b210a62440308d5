"""Backing up a database on a PostgreSQL server: ``pg_dump`` in its custom format.

The dump goes to the file given, or to ``<data folder>/backups/<database>-<local time>.dump``;
it is written as ``NAME.partial`` and named only once ``pg_dump`` succeeded (and, when
``pg_restore`` is there too, once ``pg_restore --list`` reads it back). The password travels in
``PGPASSWORD``, never on the command line. Restoring is ``pg_restore`` into a new, empty
database (see the README); it is not done here, as replacing a shared server's database is the
server administrator's decision.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from supervisor import errors, paths
from supervisor.backups.sqlite import BackupFailed, Taken
from supervisor.i18n import QT_TRANSLATE_NOOP


def dump_folder() -> Path:
    return paths.data_dir() / "backups"


def default_file(url: URL, now: dt.datetime) -> Path:
    return dump_folder() / f"{url.database or 'postgres'}-{now.strftime('%Y-%m-%d-%H%M%S')}.dump"


def list_dumps(url: URL) -> list[Path]:
    """The dumps of ``url``'s database in the data folder, newest first."""
    folder = dump_folder()
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{url.database or 'postgres'}-*.dump"), key=lambda p: p.name, reverse=True)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def dump(url: URL, out: Path | None = None, now: dt.datetime | None = None) -> Taken:
    """``pg_dump -Fc`` of the database at ``url`` into ``out`` or the default file."""
    now = now or dt.datetime.now()
    program = shutil.which("pg_dump")
    if program is None:
        raise errors.DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "pg_dump was not found: install PostgreSQL's client programs (Debian: "
                "postgresql-client) and put them on PATH to back up a server database. "
                "Nothing was written.",
            )
        )
    target = Path(out).absolute() if out is not None else default_file(url, now)
    if target.exists():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} already exists; choose another file. Nothing was written."),
            file=str(target),
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    address = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    done = subprocess.run(
        [program, "--format=custom", f"--file={partial}", f"--dbname={address}"],
        capture_output=True, text=True, env=environment,
    )
    if done.returncode == 0 and shutil.which("pg_restore"):
        listed = subprocess.run([shutil.which("pg_restore"), "--list", str(partial)], capture_output=True, text=True)
        if listed.returncode != 0:
            done = listed
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            QT_TRANSLATE_NOOP("errors", "pg_dump could not back up {where}: {detail} Nothing was written."),
            where=url.render_as_string(hide_password=True), detail=_last_line(done.stderr),
        )
    os.replace(partial, target)
    return Taken(target, target.stat().st_size, now)

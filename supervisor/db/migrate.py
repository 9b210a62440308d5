"""Schema migrations: check the revision cheaply at start-up, run Alembic only when due.

Importing Alembic costs about 0.4 s, so the stored revision is read with a plain query and
Alembic is imported only for a new database or an upgrade. A SQLite database is copied with the
SQLite backup API before it is upgraded, and only once SQLite's quick health check finds it
sound (a damaged file is not written to). A database whose revision this version does not know
was written by a newer version and is refused; an older one that is open read-only cannot be
upgraded and is refused too. For a SQLite file ``open_database`` reads the revision itself,
before anything touches the file, and passes it in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from supervisor import errors
from supervisor.db import sqlite_file
from supervisor.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from supervisor.db.engine import Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Every revision this version knows, oldest first; the last one is the head.
REVISIONS = ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008"]
HEAD = REVISIONS[-1]

UNREAD = object()
"""The revision argument of ``bring_up_to_date`` when it is to be read from the database."""


def not_ours(where: str) -> errors.NotASupervisorDatabase:
    return errors.NotASupervisorDatabase(
        QT_TRANSLATE_NOOP(
            "errors",
            "{where} is a database, but not a Supervisor database. It was not changed.",
        ),
        where=where,
    )


def refuse_newer(revision: str | None, where: str) -> None:
    """Raise ``DatabaseTooNew`` when ``revision`` is one this version does not know."""
    if revision is not None and revision not in REVISIONS:
        raise errors.DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "errors",
                "{where} was written by a newer version of Supervisor (schema {revision}). "
                "Install the newer version to open it; it was not changed.",
            ),
            where=where,
            revision=revision,
        )


def stored_revision(database: Database) -> str | None:
    """The schema revision stored in the database; None for an empty database.

    Raises ``NotASupervisorDatabase`` for a database holding other tables.
    """
    with database.reader.connect() as connection:
        if database.is_sqlite:
            tables = {
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                )
            }
        else:
            from sqlalchemy import inspect

            tables = set(inspect(connection).get_table_names())
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise not_ours(database.name)
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def alembic_config(database: Database, connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Alembic's config is a ConfigParser: a "%" (a percent-encoded password) must be doubled.
    url = database.url.render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def upgrade(database: Database, revision: str = "head") -> None:
    from alembic import command

    with database.engine.begin() as connection:
        command.upgrade(alembic_config(database, connection), revision)


def backup_sqlite(source: Path, revision: str) -> Path:
    """A consistent copy of ``source`` beside it, made with the SQLite backup API."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.backup-r{revision}-{stamp}{source.suffix}")
    sqlite_file.copy(source, target)
    return target


def bring_up_to_date(database: Database, revision=UNREAD) -> Path | None:
    """Create or upgrade the schema. Returns the backup copy made before an upgrade, if any.

    ``revision`` is the stored one when the caller has read it already."""
    if revision is UNREAD:
        revision = stored_revision(database)
    if revision == HEAD:
        return None
    refuse_newer(revision, database.name)
    if database.read_only:
        raise errors.DatabaseReadOnly(
            QT_TRANSLATE_NOOP(
                "errors",
                "{where} was written by an older version of Supervisor and must be upgraded, "
                "but its file or folder cannot be written. Copy it to a writable folder and "
                "open it there.",
            ),
            where=database.name,
        )
    database.check_sound()
    backup = None
    if revision is not None and database.is_sqlite and database.path:
        backup = backup_sqlite(database.path, revision)
    upgrade(database)
    return backup

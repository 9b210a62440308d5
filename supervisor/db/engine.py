"""Opening a database: the engine, its connection settings, sessions and error translation.

``open_database(target)`` takes a file path or a SQLAlchemy URL. For SQLite every connection
gets foreign keys on, WAL, ``synchronous=FULL`` and a busy timeout, and every transaction starts
with ``BEGIN IMMEDIATE`` so that a writer waits for another writer instead of failing. The
schema is brought up to date on open (see ``supervisor.db.migrate``).

``Database.write()`` and ``Database.read()`` give one session for one user event; low-level
errors leave them as ``SupervisorError`` subclasses with a message for the user, and a failed
write leaves nothing half-saved because the transaction is rolled back whole.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from supervisor import errors
from supervisor.db import audit  # noqa: F401 - registers the flush hook
from supervisor.i18n import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_MS = 5000


def to_url(target: str | Path) -> URL:
    """A SQLAlchemy URL from a path (``~`` expanded) or a URL string."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    path = Path(text).expanduser().absolute()
    return URL.create("sqlite+pysqlite", database=str(path))


def describe(url: URL) -> str:
    """A short name of the database for messages and window titles (no password)."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def translate_error(error: BaseException, where: str) -> errors.SupervisorError | None:
    """The user-facing error for a low-level database failure, or None if it is not one."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    if isinstance(error, exc.IntegrityError) or isinstance(original, sqlite3.IntegrityError):
        return errors.ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The change conflicts with a record already stored: {detail}"
            ),
            detail=str(original),
        )
    if not isinstance(original, (sqlite3.Error, exc.DBAPIError, exc.OperationalError)) and not (
        isinstance(error, exc.DBAPIError)
    ):
        return None
    if "locked" in text or "busy" in text:
        return errors.DatabaseLocked(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {where} is in use by another program and stayed locked. "
                "Nothing was changed; close the other program or try again in a moment.",
            ),
            where=where,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return errors.DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {where} is damaged or is not a database. It was not changed. "
                "Open a backup copy, or run 'supervisor check' on it.",
            ),
            where=where,
        )
    if "full" in text or "disk i/o" in text:
        return errors.StorageFull(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk holding {where} is full or failing. Nothing was saved; "
                "free some space and try again.",
            ),
            where=where,
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return errors.DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {where} cannot be written (read-only file or folder, or no "
                "permission). Nothing was saved.",
            ),
            where=where,
        )
    return errors.DatabaseError(
        QT_TRANSLATE_NOOP("errors", "The database {where} reported an error: {detail}"),
        where=where,
        detail=str(original),
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, connection_record):
        # Let SQLAlchemy's "begin" event below issue BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        # The pool hands a connection to one thread at a time; the window opens the database
        # in a worker thread and then uses it on the UI thread.
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An open database: its engine and a session factory.

    Attributes:
        url: the SQLAlchemy URL.
        name: a short description for messages.
        backup_path: the copy taken before a migration in this session, if any.
    """

    def __init__(self, url: URL, engine: Engine):
        self.url = url
        self.engine = engine
        self.name = describe(url)
        self.backup_path: Path | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back whole on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except errors.SupervisorError:
            session.rollback()
            raise
        except (exc.SQLAlchemyError, sqlite3.Error) as error:
            session.rollback()
            translated = translate_error(error, self.name)
            if translated is None:
                raise
            raise translated from error
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it changed is discarded."""
        session = self._sessions()
        try:
            yield session
        except (exc.SQLAlchemyError, sqlite3.Error) as error:
            translated = translate_error(error, self.name)
            if translated is None:
                raise
            raise translated from error
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (and create, if ``create``) the database, bringing its schema up to date.

    Raises a ``DatabaseError`` subclass with a clear message when the file is locked, damaged,
    not ours, written by a newer version, or cannot be created.
    """
    from supervisor.db import migrate as migrations

    url = to_url(target)
    name = describe(url)
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if not path.exists():
            if not create:
                raise errors.DatabaseError(
                    QT_TRANSLATE_NOOP("errors", "There is no database at {where}."), where=name
                )
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise errors.DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The folder for {where} cannot be created: {detail}"
                    ),
                    where=name,
                    detail=error.strerror or str(error),
                ) from error
        elif not create and path.is_file() and path.stat().st_size == 0:
            raise errors.NotASupervisorDatabase(
                QT_TRANSLATE_NOOP(
                    "errors", "{where} is an empty file, not a Supervisor database."
                ),
                where=name,
            )
        elif path.is_dir():
            raise errors.DatabaseError(
                QT_TRANSLATE_NOOP("errors", "{where} is a folder, not a database file."),
                where=name,
            )
    engine = make_engine(url)
    database = Database(url, engine)
    try:
        if migrate:
            database.backup_path = migrations.bring_up_to_date(database)
    except errors.SupervisorError:
        engine.dispose()
        raise
    except (exc.SQLAlchemyError, sqlite3.Error) as error:
        engine.dispose()
        translated = translate_error(error, name)
        if translated is None:
            raise
        raise translated from error
    return database

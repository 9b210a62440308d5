"""Opening a database: the engine, its connection settings, sessions and error translation.

``open_database(target)`` takes a file path or a SQLAlchemy URL. A SQLite file is looked at
first through a read-only connection (``supervisor.db.sqlite_file``): a file that is not ours,
or was written by a newer version, is refused before anything changes it. Ours (or a new one)
is then switched to WAL once; every connection gets foreign keys on, ``synchronous=FULL`` and a
busy timeout. A file whose file or folder cannot be written is opened read-only
(``Database.read_only``): it can be viewed, and every write is refused with a clear message.
The schema is brought up to date on open (see ``supervisor.db.migrate``).

``Database.write()`` and ``Database.read()`` give one session for one user event. A write
starts with ``BEGIN IMMEDIATE`` so that a writer waits for another writer instead of failing; a
read starts with a plain ``BEGIN`` and so reads a snapshot beside a running write (WAL's
concurrent readers) instead of waiting for it. On a PostgreSQL server (a URL
``postgresql+psycopg://…``) there is no file to look at, no PRAGMA and no WAL switch: writes
run in the server's default READ COMMITTED transactions, reads in REPEATABLE READ ones (one
snapshot, like SQLite's), and a server that cannot be reached is ``DatabaseUnavailable``. Before its first write a ``Database`` runs
SQLite's quick health check once (``Database.damage``) and refuses to write into a damaged file.
Low-level errors leave them as ``SupervisorError`` subclasses with a message for the user, and a
failed write leaves nothing half-saved because the transaction is rolled back whole.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm import exc as orm_exc

from supervisor import errors
from supervisor.db import audit  # noqa: F401 - registers the flush hook
from supervisor.db import nul  # noqa: F401 - registers the flush hook dropping NULs
from supervisor.db import sqlite_file
from supervisor.db.sqlite_file import Access
from supervisor.history import recorder  # noqa: F401 - registers the hooks that write the history
from supervisor.history.canonical import sha256_hex
from supervisor.i18n import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_MS = 5000

READING = "supervisor_reading"
"""The execution option of connections that only read: their transactions take no write lock."""


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


_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "connection failed",
    "server closed the connection",
    "terminating connection",
    "connection is closed",
    "the connection is lost",
    "could not translate host name",
    "connection timed out",
    "no route to host",
)
"""Signs in a server driver's message that the server cannot be reached or went away."""


def translate_error(error: BaseException, where: str) -> errors.SupervisorError | None:
    """The user-facing error for a low-level database failure, or None if it is not one."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    if isinstance(error, orm_exc.StaleDataError):  # a versioned row changed under this write
        return errors.EditConflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Someone else saved the same record at the same moment, so your change was not "
                "saved. Reload it and apply your change again.",
            ),
            [],
        )
    if isinstance(error, exc.IntegrityError) or isinstance(original, sqlite3.IntegrityError):
        return errors.ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The change conflicts with a record already stored: {detail}"
            ),
            detail=str(original),
        )
    if not isinstance(
        original, (sqlite3.Error, exc.DBAPIError, exc.OperationalError, UnicodeDecodeError)
    ) and not (isinstance(error, exc.DBAPIError)):
        return None
    if any(sign in text for sign in _UNREACHABLE):
        return errors.DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database server {where} cannot be reached or closed the connection. "
                "Nothing was saved; check the network and that the server runs, then try again.",
            ),
            where=where,
        )
    if "locked" in text or "busy" in text:
        return errors.DatabaseLocked(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {where} is in use by another program and stayed locked. "
                "Nothing was changed; close the other program or try again in a moment.",
            ),
            where=where,
        )
    if isinstance(original, UnicodeDecodeError) or "not a database" in text or "malformed" in text or "corrupt" in text:
        kind = errors.NotADatabase if "not a database" in text else errors.DatabaseDamaged
        return kind(
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


def _configure_sqlite(engine: Engine, how: Access) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, connection_record):
        # Let SQLAlchemy's "begin" event below issue BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()
        dbapi_connection.create_function("sha256_hex", 1, sha256_hex, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if how.read_only or connection.get_execution_options().get(READING):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: URL, how: Access = Access.WRITE) -> Engine:
    """The engine for ``url``; a SQLite file is opened as ``how`` says."""
    if url.get_backend_name() == "sqlite":
        connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        if url.database and url.database != ":memory:":
            target = sqlite_file.uri(Path(url.database), how)
            connect_args["uri"] = True

            def creator():
                return sqlite3.connect(target, **connect_args)

            # The pool hands a connection to one thread at a time; the window opens the
            # database in a worker thread and then uses it on the UI thread.
            engine = create_engine(url, creator=creator)
        else:
            engine = create_engine(url, connect_args=connect_args)
        _configure_sqlite(engine, how)
        return engine
    return create_engine(url, pool_pre_ping=True)


def use_wal(engine: Engine) -> None:
    """Switch the database to WAL (it stays so in the file): done once, when it is ours."""
    connection = engine.raw_connection()
    try:
        connection.cursor().execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


class Database:
    """An open database: its engine and a session factory.

    Attributes:
        url: the SQLAlchemy URL.
        name: a short description for messages.
        backup_path: the copy taken before a migration in this session, if any.
        access: how a SQLite file was opened (``sqlite_file.Access``).
        read_only: opened for reading only (its file or folder cannot be written).
        reader: the engine for work that only reads (no write lock).
    """

    def __init__(self, url: URL, engine: Engine, *, access: Access = Access.WRITE):
        self.url = url
        self.engine = engine
        self.name = describe(url)
        self.backup_path: Path | None = None
        self.access = access
        self.read_only = access.read_only
        # A read sees one snapshot throughout (a count and its page agree): SQLite's deferred
        # BEGIN in WAL mode gives that; on a server, REPEATABLE READ (which never fails a
        # transaction that only reads).
        snapshot = {} if url.get_backend_name() == "sqlite" else {"isolation_level": "REPEATABLE READ"}
        self.reader = engine.execution_options(**{READING: True}, **snapshot)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)
        self._damage: list[str] | None = None
        self._damage_lock = threading.Lock()

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def damage(self) -> list[str]:
        """What SQLite's quick health check finds wrong with the file (empty: sound). Run once
        per ``Database`` (it reads every page: about 0.1 s for 300 MB), then remembered."""
        with self._damage_lock:
            if self._damage is None:
                if not self.is_sqlite or self.path is None:
                    self._damage = []
                else:
                    try:
                        with self.reader.connect() as connection:
                            self._damage = sqlite_file.quick_check(connection.connection.dbapi_connection)
                    except (exc.SQLAlchemyError, sqlite3.Error) as error:
                        translated = translate_error(error, self.name)
                        if translated is None:
                            raise
                        if not isinstance(translated, errors.DatabaseDamaged):
                            raise translated from error
                        self._damage = [str(getattr(error, "orig", error))]
            return self._damage

    def check_sound(self) -> None:
        """Raise ``DatabaseDamaged`` when the quick health check finds the file damaged."""
        damage = self.damage()
        if damage:
            raise errors.DatabaseDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {where} is damaged ({detail}). Nothing was written or "
                    "exported; open a backup copy, or run 'supervisor check' on it.",
                ),
                where=self.name,
                detail=damage[0][:200],
            )

    def check_writable(self) -> None:
        """Raise before a write: ``DatabaseReadOnly`` or ``DatabaseDamaged``."""
        if self.read_only:
            raise errors.DatabaseReadOnly(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {where} is open read-only: its file or folder cannot be "
                    "written. Nothing was changed; copy it to a writable folder to change it.",
                ),
                where=self.name,
            )
        self.check_sound()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back whole on any error.

        Raises ``DatabaseReadOnly`` or ``DatabaseDamaged`` before anything when the database
        cannot take writes."""
        self.check_writable()
        session = self._sessions()
        try:
            yield session
            recorder.settle(session)
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
        """A session for reading, beside any running write; anything it changed is discarded."""
        session = self._read_sessions()
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


def open_database(
    target: str | Path, *, create: bool = True, migrate: bool = True, read_only: bool | None = None
) -> Database:
    """Open (and create, if ``create``) the database, bringing its schema up to date.

    ``read_only`` None opens a SQLite file read-only when its file or folder cannot be written;
    True or False says so explicitly. Raises a ``DatabaseError`` subclass with a clear message
    when the file is locked, damaged, not ours, written by a newer version, or cannot be
    created; none of these is changed by the attempt.
    """
    from supervisor.db import migrate as migrations

    url = to_url(target)
    name = describe(url)
    how = Access.WRITE
    revision = migrations.UNREAD
    wal = False  # already in WAL mode
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
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
            revision = None
        elif path.is_dir():
            raise errors.DatabaseError(
                QT_TRANSLATE_NOOP("errors", "{where} is a folder, not a database file."),
                where=name,
            )
        else:
            if not create and path.stat().st_size == 0:
                raise errors.NotASupervisorDatabase(
                    QT_TRANSLATE_NOOP(
                        "errors", "{where} is an empty file, not a Supervisor database."
                    ),
                    where=name,
                )
            how = sqlite_file.access(path)
            if read_only is not None:
                how = (how if how.read_only else Access.READ) if read_only else Access.WRITE
            contents, how = _look(path, how, name)
            revision, wal = contents.revision, contents.journal == "wal"
    engine = make_engine(url, how)
    database = Database(url, engine, access=how)
    try:
        if database.is_sqlite and not database.read_only and not wal:
            if revision is not None:
                database.check_sound()  # switching to WAL writes to the file
            use_wal(engine)
        if migrate:
            database.backup_path = migrations.bring_up_to_date(database, revision)
    except errors.SupervisorError:
        engine.dispose()
        raise
    except (exc.SQLAlchemyError, sqlite3.Error, UnicodeDecodeError) as error:
        engine.dispose()
        translated = translate_error(error, name)
        if translated is None:
            raise
        raise translated from error
    return database


def _look(path: Path, how: Access, name: str) -> tuple[sqlite_file.Contents, Access]:
    """What the existing file ``path`` holds, read without changing it, and how it can be
    opened; raises for a file that is not ours or was written by a newer version.

    Where the folder's permissions cannot be told in advance (on Windows ``os.access`` does not
    see a read-only share) and SQLite cannot make its side files there, the file turns out to
    be readable only as immutable, and is opened so."""
    from supervisor.db import migrate as migrations

    try:
        try:
            contents = sqlite_file.look(path, how, BUSY_TIMEOUT_MS / 1000)
        except sqlite3.OperationalError as error:
            if how is Access.FROZEN or Path(f"{path}-wal").exists() or "unable to open" not in str(error):
                raise
            contents = sqlite_file.look(path, Access.FROZEN, BUSY_TIMEOUT_MS / 1000)
            how = Access.FROZEN
    except (sqlite3.Error, UnicodeDecodeError) as error:
        translated = translate_error(error, name)
        if translated is None:
            raise
        raise translated from error
    if not contents.empty and not contents.ours:
        raise migrations.not_ours(name)
    migrations.refuse_newer(contents.revision, name)
    return contents, how

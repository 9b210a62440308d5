"""Taking, checking and restoring backups of a SQLite database.

``take`` copies the database with SQLite's backup API (one consistent snapshot, beside the
window's own reads and writes) into ``NAME.partial``, checks the copy (``verify``: it opens
read-only, passes SQLite's quick check and holds a Supervisor schema this version knows), and
only then gives it its name; a copy that fails is deleted and the failure raised. After each
good backup the old ones are pruned (``store.prune``).

``restore`` refuses a file that is not a sound Supervisor database, or was written by a newer
schema, before anything changes; when the database has users, only one of its administrators,
signed in, may restore (``Person.check_restore``). It backs up the current state first (a
damaged file, which the backup API cannot read, is kept as a plain copy named ``…-damaged``),
then copies the backup into the database with the backup API.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from supervisor import errors
from supervisor.backups import store
from supervisor.db import audit, sqlite_file
from supervisor.i18n import QT_TRANSLATE_NOOP


class BackupFailed(errors.DatabaseError):
    """A backup that could not be written, or failed its check (and was deleted)."""


@dataclass(frozen=True)
class Taken:
    """A backup written and checked: where, its size, when; ``fallback`` when it went to the
    data folder because the database's folder cannot be written; the old backups pruned."""

    path: Path
    size: int
    taken: dt.datetime
    fallback: bool = False
    pruned: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class Restored:
    """A restore done: the backup put back, and the copy of the state it replaced (None when
    there was no database); ``damaged`` when that copy is a plain copy of a damaged file."""

    backup: Path
    before: Path | None
    damaged: bool = False


def _where(path: Path) -> str:
    return str(path)


def verify(path: Path) -> str:
    """The schema revision of the backup ``path`` once it passes the check; raises
    ``DatabaseError`` (no such file), ``DatabaseDamaged`` (damaged or not a database),
    ``NotASupervisorDatabase`` or ``DatabaseTooNew``."""
    from supervisor.db.migrate import REVISIONS

    path = Path(path)
    if not path.is_file():
        raise errors.DatabaseError(
            QT_TRANSLATE_NOOP("errors", "There is no backup file {file}. Nothing was changed."),
            file=_where(path),
        )
    try:
        connection = sqlite_file.connect(path, sqlite_file.reading(sqlite_file.access(path)))
        try:
            findings = sqlite_file.quick_check(connection)
            tables = set()
            revision = None
            if not findings:
                tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                if "alembic_version" in tables:
                    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                    revision = row[0] if row else None
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError) as error:
        findings = [str(error)]
    if findings:
        raise errors.DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} is damaged or is not a database ({detail}); it cannot be restored. "
                "Nothing was changed.",
            ),
            file=_where(path), detail=findings[0][:200],
        )
    if revision is None:
        raise errors.NotASupervisorDatabase(
            QT_TRANSLATE_NOOP(
                "errors", "{file} is not a Supervisor database; it cannot be restored. Nothing was changed."
            ),
            file=_where(path),
        )
    if revision not in REVISIONS:
        raise errors.DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} was written by a newer version of Supervisor (schema {revision}); install "
                "that version to restore it. Nothing was changed.",
            ),
            file=_where(path), revision=revision,
        )
    return revision


def _raise_translated(error: BaseException, database: Path):
    from supervisor.db.engine import translate_error

    translated = translate_error(error, str(database))
    if translated is None:
        raise error
    raise translated from error


def take(database: Path, *, now: dt.datetime | None = None, out: Path | None = None) -> Taken:
    """Back up ``database`` into its backup folder (or to ``out``, a new file: nothing is pruned
    then), check the backup, and prune the old ones. Raises ``BackupFailed`` when the backup
    fails its check (it is deleted), or the database's own error."""
    database = Path(database).absolute()
    now = now or dt.datetime.now()
    if not database.is_file():
        raise errors.DatabaseError(
            QT_TRANSLATE_NOOP("errors", "There is no database at {where}."), where=str(database)
        )
    fallback = False
    if out is not None:
        target = Path(out).absolute()
        if target.exists():
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "{file} already exists; choose another file. Nothing was written."),
                file=str(target),
            )
    else:
        folder, fallback = store.writable_folder(database)
        target = store.new_name(folder, database, now)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        sqlite_file.copy(database, partial)
    except (sqlite3.Error, UnicodeDecodeError) as error:
        partial.unlink(missing_ok=True)
        _raise_translated(error, database)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            QT_TRANSLATE_NOOP("errors", "The backup of {where} could not be written to {file}: {detail}"),
            where=str(database), file=str(target), detail=error.strerror or str(error),
        ) from error
    try:
        verify(partial)
    except errors.SupervisorError as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup of {where} failed its check and was deleted: {detail} Run "
                "'supervisor check' on the database.",
            ),
            where=str(database), detail=str(error.params.get("detail") or error),
        ) from error
    os.replace(partial, target)
    pruned = store.prune(database, now) if out is None else []
    return Taken(target, target.stat().st_size, now, fallback, pruned)


def newest_good(database: Path) -> store.Backup | None:
    """The newest backup of ``database`` that passes the check, or None."""
    for backup in store.list_backups(database):
        try:
            verify(backup.path)
        except errors.SupervisorError:
            continue
        return backup
    return None


# --- restoring ---------------------------------------------------------------------------


def _users(path: Path) -> list[tuple[str, list, bool]] | None:
    """The people of the database ``path`` (name, roles, disabled); None when it cannot be read."""
    if not path.is_file():
        return []
    try:
        connection = sqlite_file.connect(path, sqlite_file.reading(sqlite_file.access(path)))
        try:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "users" not in tables:
                return []
            rows = connection.execute("SELECT name, roles, disabled FROM users").fetchall()
        finally:
            connection.close()
        return [(name, json.loads(roles or "[]"), bool(disabled)) for name, roles, disabled in rows]
    except (sqlite3.Error, UnicodeDecodeError, ValueError):
        return None


def require_administrator(database: Path, backup: Path) -> None:
    """Raise unless restoring into ``database`` is allowed: anyone for a database without users,
    else only one of its active administrators, signed in (the people of the backup decide when
    the database cannot be read at all)."""
    people = _users(database)
    if people is None:
        people = _users(backup) or []
    if not people:
        return
    person = audit.signed_in()
    if person is not None:
        person.check_restore()
    administrators = {name for name, roles, disabled in people if "administrator" in roles and not disabled}
    if person is None or person.name not in administrators:
        raise errors.NotSignedIn(
            QT_TRANSLATE_NOOP(
                "errors",
                "{where} has users: sign in as one of its administrators to restore a backup. "
                "Nothing was changed.",
            ),
            where=str(database),
        )


def _keep_damaged(database: Path, now: dt.datetime) -> Path:
    """A plain copy of the damaged ``database`` (and its ``-wal``) in its backup folder."""
    folder, _fallback = store.writable_folder(database)
    target = folder / f"{database.stem}-{now.strftime('%Y-%m-%d-%H%M%S')}-damaged{store.SUFFIX}"
    shutil.copyfile(database, target)
    wal = Path(f"{database}-wal")
    if wal.exists():
        shutil.copyfile(wal, f"{target}-wal")
    return target


def _copy_into(backup: Path, database: Path) -> None:
    """Put the pages of ``backup`` into ``database`` with the backup API; a database file too
    damaged for that is replaced by a checked copy of the backup instead."""
    try:
        source = sqlite_file.connect(backup, sqlite_file.reading(sqlite_file.access(backup)))
        try:
            destination = sqlite3.connect(database, timeout=5, isolation_level=None)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        return
    except sqlite3.DatabaseError as error:
        if not sqlite_file.is_damage(error):
            _raise_translated(error, database)
    fresh = database.with_name(database.name + ".restoring")
    fresh.unlink(missing_ok=True)
    sqlite_file.copy(backup, fresh)
    for side in ("-wal", "-shm"):
        Path(f"{database}{side}").unlink(missing_ok=True)
    os.replace(fresh, database)


def restore(database: Path, backup: Path, *, now: dt.datetime | None = None) -> Restored:
    """Put the backup ``backup`` back as ``database`` (see the module's docstring)."""
    database, backup = Path(database).absolute(), Path(backup).absolute()
    now = now or dt.datetime.now()
    if database == backup:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} is the database itself, not a backup of it. Nothing was changed."),
            file=str(backup),
        )
    verify(backup)
    require_administrator(database, backup)
    exists = database.exists()
    if (exists and not os.access(database, os.W_OK)) or not os.access(database.parent, os.W_OK):
        raise errors.DatabaseReadOnly(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {where} cannot be written (read-only file or folder); the backup "
                "cannot be restored into it. Nothing was changed.",
            ),
            where=str(database),
        )
    before, damaged = None, False
    if exists:
        try:
            before = take(database, now=now).path
        except (BackupFailed, errors.DatabaseDamaged):
            before, damaged = _keep_damaged(database, now), True
    _copy_into(backup, database)
    return Restored(backup, before, damaged)

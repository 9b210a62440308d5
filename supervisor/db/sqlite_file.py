"""A SQLite database file, looked at before it is used: how it can be opened, what it holds,
whether it is sound. Nothing here writes to the file, except ``copy`` into its target.

``access(path)`` says how the file can be opened: for writing, or only for reading because the
file or its folder cannot be written (a read-only share, a CD, a locked-down folder). A
database in WAL mode needs its ``-shm`` and ``-wal`` files beside it even to be read; where
they cannot be made (a read-only folder) and there is no ``-wal`` to read, the file is opened
*immutable*: nothing can change it there, so SQLite reads it without locks or side files.

``look(path, access)`` reads the table names and the schema revision through a read-only
connection, so that a file which is not ours, or is too new, is refused before anything
changes it (no switch to WAL, no checkpoint). ``quick_check`` runs SQLite's quick health check.
``copy(path, target)`` makes a consistent copy with SQLite's backup API (never a file copy: a
file copy of a database being written can be torn), as one self-contained file.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path


class Access(enum.Enum):
    WRITE = "write"
    READ = "read"  # read-only; SQLite may still make its -shm/-wal files beside the file
    FROZEN = "frozen"  # read-only and immutable: nothing can be made beside the file

    @property
    def read_only(self) -> bool:
        return self is not Access.WRITE


def access(path: Path) -> Access:
    """How the existing file ``path`` can be opened by this process."""
    folder_writable = os.access(path.parent, os.W_OK)
    if folder_writable and os.access(path, os.W_OK):
        return Access.WRITE
    if folder_writable or Path(f"{path}-wal").exists():
        return Access.READ
    return Access.FROZEN


_MODES = {
    Access.WRITE: "?mode=rwc",
    Access.READ: "?mode=ro",
    Access.FROZEN: "?mode=ro&immutable=1",
}


def uri(path: Path, how: Access) -> str:
    """The ``file:`` URI that opens ``path`` as ``how`` says (for ``sqlite3.connect(uri=True)``)."""
    return Path(path).absolute().as_uri() + _MODES[how]


def connect(path: Path, how: Access, timeout: float = 5.0) -> sqlite3.Connection:
    """A plain connection in autocommit mode; for reading (``how`` READ for a writable file),
    text that is not valid UTF-8 comes back with replacement characters instead of failing."""
    connection = sqlite3.connect(
        uri(path, how), uri=True, timeout=timeout, check_same_thread=False, isolation_level=None
    )
    if how.read_only:
        connection.text_factory = lambda data: data.decode("utf-8", "replace")
    return connection


def reading(how: Access) -> Access:
    """The access for looking at a file opened as ``how``: never for writing."""
    return Access.READ if how is Access.WRITE else how


@dataclass(frozen=True)
class Contents:
    """What a database file holds: its tables, its schema revision when it has one, and its
    journal mode ("wal", "delete", ...)."""

    tables: frozenset[str]
    revision: str | None
    journal: str = "delete"

    @property
    def empty(self) -> bool:
        return not self.tables

    @property
    def ours(self) -> bool:
        return "alembic_version" in self.tables


def look(path: Path, how: Access, timeout: float = 5.0) -> Contents:
    """The tables and revision of ``path``, read without changing anything.

    Raises ``sqlite3.Error`` (or ``UnicodeDecodeError`` for a damaged schema whose error message
    is not text) when the file cannot be read.
    """
    connection = connect(path, reading(how), timeout)
    try:
        tables = frozenset(
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        )
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        journal = str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        return Contents(tables, revision, journal)
    finally:
        connection.close()


def quick_check(connection: sqlite3.Connection) -> list[str]:
    """SQLite's quick health check of the open database: an empty list when it is sound, else
    its findings one per line. A file too damaged to be checked gives the error as a finding;
    other failures (a lock) are raised."""
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        return [str(error)]
    except UnicodeDecodeError:
        return ["the database's table of contents cannot be read"]
    return findings([row[0] for row in rows])


def findings(rows: list[str]) -> list[str]:
    """The lines of an integrity or quick check's answer, without its "ok" and headings."""
    lines = []
    for row in rows:
        for line in str(row).splitlines():
            line = line.strip()
            if line and line != "ok" and not line.startswith("*** in database"):
                lines.append(line)
    return lines


def is_damage(error: BaseException) -> bool:
    """Whether a SQLite error says the file is damaged or not a database."""
    text = str(getattr(error, "orig", error)).lower()
    return "malformed" in text or "corrupt" in text or "not a database" in text


def copy(path: Path, target: Path, how: Access | None = None) -> None:
    """Copy the database ``path`` into ``target`` with SQLite's backup API, in one step (one
    consistent snapshot, beside running writers in WAL mode). A new ``target`` is left in
    rollback-journal mode: one file, with no ``-wal`` beside it to lose. ``how`` is the access
    for reading ``path`` (default: as its file and folder allow)."""
    source = connect(path, reading(how or access(path)))
    try:
        fresh = not Path(target).exists()
        destination = sqlite3.connect(target, isolation_level=None)
        try:
            source.backup(destination)
            if fresh:
                destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        source.close()

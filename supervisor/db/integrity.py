"""Integrity checks of storage for ``supervisor check``: the database file, references, stored
values and stored files. On a database server (PostgreSQL), which enforces types and
references itself and has no ``PRAGMA integrity_check``, the check reads every value of every
table instead (a damaged page or TOAST value fails that read), and looks for missing tables,
references or constraints not validated and indexes marked invalid (a failed concurrent build). The features add their own findings about the work itself
(``supervisor.procedure.gates.consent_problems``), which the command prints as warnings.

A check never stops at the first thing it cannot read: each part runs on its own, and a part
that fails (a damaged page, a value of the wrong kind) becomes a problem naming what could not
be read, so that the command reports everything it can and exits with "problems found".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric, String, select, text
from sqlalchemy.types import JSON

from supervisor.db import sqlite_file
from supervisor.db.engine import Database
from supervisor.errors import SupervisorError
from supervisor.db.models import (
    Attachment,
    AttachmentBlob,
    Base,
    Project,
    ProjectStep,
    TemplateStep,
)


@dataclass(frozen=True)
class Problem:
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


def reason(error: BaseException) -> str:
    """The first line of what went wrong, without SQLAlchemy's wrapping."""
    if isinstance(error, SupervisorError) and error.__cause__ is not None:
        return reason(error.__cause__)
    original = getattr(error, "orig", None) or error
    if isinstance(original, UnicodeDecodeError):  # SQLite's own message was garbled text
        return "the database's table of contents is damaged"
    text = str(original).strip() or type(original).__name__
    return text.splitlines()[0][:300]


def guarded(what: str, part: Callable[[], list[Problem]]) -> list[Problem]:
    """``part()``'s problems, or one problem saying that ``what`` could not be read."""
    try:
        return part()
    except Exception as error:  # noqa: BLE001 - a damaged file fails in any way; report it
        return [Problem("unreadable", f"{what} could not be read: {reason(error)}")]


def check(database: Database, progress: Callable[[int, int], None] | None = None) -> list[Problem]:
    """Every problem found; an empty list means the database is sound. Never raises for what
    it finds in the file. ``progress(done, total)`` follows the history's verification, the
    longest part."""
    problems: list[Problem] = []
    if database.is_sqlite and database.path is not None:
        how = sqlite_file.reading(database.access)
        problems += guarded("the file", lambda: check_file(database.path, how))
        problems += guarded("the stored values", lambda: _stored_values(database.path, how))
    elif not database.is_sqlite:
        problems += guarded("the database's catalogue", lambda: _server_catalogue(database))
        for table in Base.metadata.sorted_tables:
            problems += guarded(f"the table {table.name}", lambda: _server_table(database, table.name))
    problems += guarded("the procedure steps", lambda: _steps(database))
    problems += guarded("the attached files", lambda: _attachments(database))
    if not any(p.kind == "table missing" for p in problems):
        from supervisor.history.verify import verify

        problems += guarded("the history", lambda: verify(database, progress))
    return problems


def check_file(path: Path, how: sqlite_file.Access = sqlite_file.Access.READ) -> list[Problem]:
    """SQLite's own integrity and foreign key checks of the file at ``path``, read-only."""
    connection = sqlite_file.connect(path, how)
    try:
        problems = [
            Problem("integrity", line)
            for line in sqlite_file.findings(
                [row[0] for row in connection.execute("PRAGMA integrity_check")]
            )
        ]
        for row in connection.execute("PRAGMA foreign_key_check"):
            problems.append(
                Problem("foreign key", f"{row[0]} row {row[1]} refers to a missing {row[2]}")
            )
        return problems
    finally:
        connection.close()


def check_unopened(path: Path, error: BaseException) -> list[Problem]:
    """The problems of a file too damaged to be opened as a database: what SQLite's integrity
    check can still say, else the error itself."""
    found = guarded("the file", lambda: check_file(path, sqlite_file.reading(sqlite_file.access(path))))
    return found or [Problem("unreadable", f"the file could not be read: {reason(error)}")]


# What a stored value must look like for the application to read it, by column type (SQL on
# the column's name); NULL is always allowed (the schema says where it is not).
_VALUE_RULES: list[tuple[type, str, str]] = [
    (Boolean, "typeof({c}) = 'integer'", "a whole number"),
    (Integer, "typeof({c}) = 'integer'", "a whole number"),
    # ('+0 days' makes SQLite carry an impossible day such as 02-30 over, so it differs)
    (DateTime, "typeof({c}) = 'text' AND date({c}, '+0 days') = substr({c}, 1, 10)", "a date and time"),
    (Date, "typeof({c}) = 'text' AND date({c}, '+0 days') = {c}", "a date (YYYY-MM-DD)"),
    (Numeric, "typeof({c}) IN ('integer', 'real')", "a number"),
    (Float, "typeof({c}) IN ('integer', 'real')", "a number"),
    (JSON, "typeof({c}) = 'text' AND json_valid({c})", "JSON text"),
    (LargeBinary, "typeof({c}) = 'blob'", "file contents (bytes)"),
    (String, "typeof({c}) = 'text'", "text"),
]


def _rule(column) -> tuple[str, str] | None:
    for kind, condition, expected in _VALUE_RULES:
        if isinstance(column.type, kind):
            return condition.format(c=f'"{column.name}"'), expected
    return None


def _stored_values(path: Path, how: sqlite_file.Access) -> list[Problem]:
    """Values of the wrong kind (text in a date, number or file column, an impossible date):
    records the application could not read. One scan per table."""
    connection = sqlite_file.connect(path, how)
    problems = []
    try:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                continue
            rules = [(column, *rule) for column in table.columns if (rule := _rule(column))]
            if not rules:
                continue
            counts = connection.execute(
                "SELECT "
                + ", ".join(f'coalesce(sum("{c.name}" IS NOT NULL AND NOT ({cond})), 0)' for c, cond, _ in rules)
                + f' FROM "{table.name}"'
            ).fetchone()
            for (column, condition, expected), count in zip(rules, counts):
                if not count:
                    continue
                ids = [
                    str(row[0])
                    for row in connection.execute(
                        f'SELECT rowid FROM "{table.name}" WHERE "{column.name}" IS NOT NULL '
                        f"AND NOT ({condition}) ORDER BY rowid LIMIT 5"
                    )
                ]
                more = ", …" if count > len(ids) else ""
                problems.append(
                    Problem(
                        "broken record",
                        f"{table.name}.{column.name} holds {count} value(s) that are not {expected} "
                        f"(row {', '.join(ids)}{more})",
                    )
                )
        return problems
    finally:
        connection.close()


def _server_catalogue(database: Database) -> list[Problem]:
    """Tables missing, constraints not validated, indexes marked invalid (PostgreSQL)."""
    from sqlalchemy import inspect

    with database.read() as session:
        present = set(inspect(session.connection()).get_table_names())
        problems = [
            Problem("table missing", table.name)
            for table in Base.metadata.sorted_tables
            if table.name not in present
        ]
        for name, table in session.execute(text(
            "SELECT conname, conrelid::regclass::text FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND NOT c.convalidated ORDER BY 2, 1"
        )):
            problems.append(Problem("constraint not validated", f"{table}: {name}"))
        for (index,) in session.execute(text(
            "SELECT i.indexrelid::regclass::text FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready) ORDER BY 1"
        )):
            problems.append(Problem("index invalid", index))
    return problems


def _server_table(database: Database, name: str) -> list[Problem]:
    """Every value of the table ``name`` read once (on PostgreSQL); a value or page that cannot
    be read raises, and ``guarded`` reports it."""
    with database.read() as session:
        exists = session.scalar(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name})
        if exists:
            session.execute(text(f'SELECT sum(length(t::text)) FROM "{name}" AS t')).scalar()
    return []


def _steps(database: Database) -> list[Problem]:
    problems = []
    with database.read() as session:
        orphans = session.execute(
            select(Project.code, ProjectStep.code, ProjectStep.name)
            .join(Project, Project.id == ProjectStep.project_id)
            .outerjoin(TemplateStep, TemplateStep.id == ProjectStep.template_step_id)
            .where(TemplateStep.id.is_(None))
            .order_by(Project.code, ProjectStep.position)
        )
        for project_code, step_code, name in orphans:
            problems.append(
                Problem("step without template", f"project {project_code} step {step_code} {name}")
            )
    return problems


def _attachments(database: Database) -> list[Problem]:
    problems = []
    with database.read() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.filename, Attachment.sha256, Attachment.size)
        ).all()
    for attachment_id, filename, sha256, size in rows:
        problems += guarded(
            f"the file {filename} (attachment {attachment_id})",
            lambda: _attachment(database, attachment_id, filename, sha256, size),
        )
    return problems


def _attachment(database: Database, attachment_id: int, filename: str, sha256: str, size: int) -> list[Problem]:
    with database.read() as session:
        data = session.scalar(
            select(AttachmentBlob.data).where(AttachmentBlob.attachment_id == attachment_id)
        )
    if data is None:
        return [Problem("file missing", f"{filename} (attachment {attachment_id})")]
    if not isinstance(data, bytes):
        return []  # reported with the stored values
    if hashlib.sha256(data).hexdigest() != sha256 or len(data) != size:
        return [Problem("file changed", f"{filename} (attachment {attachment_id}): SHA-256 differs")]
    return []


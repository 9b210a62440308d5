"""Stamping who changed what and when on every flushed record, and noting what kinds of records
a session changed.

The current user is set once per process (from settings or the login name) with
``set_current_user``, or by signing in (``sign_in``: the person's display name); a
``before_flush`` hook writes it with the time into the ``Tracked`` columns of new and changed
records.

The same hooks are the one check point of every write: a database that has users takes writes
only from a person signed in to it, and that person's ``check_flush(session)`` /
``check_table(session, table)`` (``supervisor.accounts``: what their roles allow) sees every
flush and every bulk statement before it reaches the database. A write nobody remembered to
check is therefore still checked. A database without users is open to everyone. Row-level hooks (every insert, update and delete the flush
makes, cascades included, and bulk statements) note the kinds of records changed in the
session (``supervisor.db.changes``).
"""

from __future__ import annotations

import getpass

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, object_session

from sqlalchemy import literal, select, table

from supervisor import errors
from supervisor.db import changes
from supervisor.db.models import Base, ChangeLog, Tracked, new_uuid, utcnow
from supervisor.i18n import QT_TRANSLATE_NOOP

_current_user: str | None = None
_signed_in = None  # the person signed in (``supervisor.accounts.Person``), or None
_HAS_USERS = "supervisor.has_users"


def current_user() -> str:
    """The name recorded on changes: the one set, else the operating system's login name."""
    global _current_user
    if _current_user is None:
        try:
            _current_user = getpass.getuser()
        except Exception:  # no login name in some service environments
            _current_user = "unknown"
    return _current_user


def set_current_user(name: str) -> None:
    global _current_user
    _current_user = name.strip() or None


def sign_in(person) -> None:
    """Make ``person`` (with ``display_name``, ``url``, ``check_flush`` and ``check_table``) the
    one whose name goes on records and whose roles every write is checked against."""
    global _signed_in, _current_user
    _signed_in = person
    _current_user = person.display_name


def sign_out() -> None:
    global _signed_in, _current_user
    _signed_in = None
    _current_user = None


def signed_in():
    """The person signed in, or None."""
    return _signed_in


def _person_for(session: Session):
    """The person signed in to the database ``session`` writes to; None when it has no users.

    Raises ``NotSignedIn`` when the database has users and nobody is signed in to it."""
    bind = session.get_bind()
    person = _signed_in
    if person is not None and person.url == str(bind.url):
        return person
    if _HAS_USERS not in session.info:
        connection = session.connection()
        present = connection.dialect.has_table(connection, "users")
        session.info[_HAS_USERS] = present and connection.execute(
            select(literal(1)).select_from(table("users")).limit(1)
        ).first() is not None
    if session.info[_HAS_USERS]:
        raise errors.NotSignedIn(
            QT_TRANSLATE_NOOP(
                "errors", "This database has users: sign in to change it. Nothing was changed."
            )
        )
    return None


def _reading(session: Session) -> bool:
    """A read session (its changes are rolled back, never written)."""
    from supervisor.db.engine import READING

    return bool(session.get_bind().get_execution_options().get(READING))


def log_change(session: Session, record: Tracked, action: str, **detail) -> None:
    """Add an audit-trail row for ``record`` (flushed with the rest of the transaction)."""
    if record.uuid is None:
        record.uuid = new_uuid()
    session.add(
        ChangeLog(
            user=current_user(),
            entity=type(record).__tablename__,
            entity_uuid=record.uuid,
            action=action,
            detail=detail,
        )
    )


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, flush_context, instances) -> None:
    if not _reading(session):
        person = _person_for(session)
        if person is not None:
            person.check_flush(session)
    now = utcnow()
    user = current_user()
    for obj in session.new:
        if isinstance(obj, Tracked):
            obj.uuid = obj.uuid or new_uuid()
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_by = obj.created_by or user
            obj.updated_by = user
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = user


def _note_row(_mapper, _connection, target) -> None:
    session = object_session(target)
    if session is not None:
        changes.record(session.info, target.__tablename__)


for _row_event in ("after_insert", "after_update", "after_delete"):
    event.listen(Base, _row_event, _note_row, propagate=True)


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        if not _reading(state.session):
            person = _person_for(state.session)
            if person is not None:
                person.check_table(state.session, state.statement.table.name)
        changes.record(state.session.info, state.statement.table.name)

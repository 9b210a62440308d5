"""Stamping who changed what and when on every flushed record, and noting what kinds of records
a session changed.

The current user is set once per process (from settings or the login name) with
``set_current_user``; a ``before_flush`` hook writes it with the time into the ``Tracked``
columns of new and changed records. Row-level hooks (every insert, update and delete the flush
makes, cascades included, and bulk statements) note the kinds of records changed in the
session (``supervisor.db.changes``).
"""

from __future__ import annotations

import getpass

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, object_session

from supervisor.db import changes
from supervisor.db.models import Base, ChangeLog, Tracked, new_uuid, utcnow

_current_user: str | None = None


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
        changes.record(state.session.info, state.statement.table.name)

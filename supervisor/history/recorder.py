"""Turning a transaction's marks into chained history entries, just before it commits.

The engine's sessions call ``record`` from their ``before_commit`` hook: the marks the triggers
left in this transaction (on SQLite: those after the highest mark present when the write began,
since a write holds the database to itself; on PostgreSQL: those of this server transaction)
name the records written. Each is read back and compared with its last recorded state; what
differs becomes an entry (who: the signed-in person; when; which record; old → new), chained to
the one before. The head row is taken FOR UPDATE on a server, so writers append one after the
other and the chain has one order. All of it is part of the transaction: a rollback takes the
entries with it, and a commit cannot happen without them.

``session.info[SKIP]`` set on a session drops its marks without entries: a copy of another
database brings that database's history with it.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator

from sqlalchemy import delete, event, insert, select, text, tuple_, update
from sqlalchemy.orm import Session

from supervisor.db.models import ChangeLog, utcnow
from supervisor.history import audited, canonical
from supervisor.history.schema import HistoryEntry, HistoryHead, HistoryPending, HistoryState

SKIP = "supervisor.history.skip"
_BEGUN = "supervisor.history.begun"  # the highest mark before this write (SQLite), or None
_OPERATIONS = "supervisor.history.operations"
CHUNK = 500

BASELINE = "baseline"


def _reading(connection) -> bool:
    return bool(connection.get_execution_options().get("supervisor_reading"))


_present: weakref.WeakSet = weakref.WeakSet()  # engines whose database has the history tables


def _has_history(connection) -> bool:
    engine = connection.engine
    if engine not in _present:
        if not connection.dialect.has_table(connection, "history_pending"):
            return False
        _present.add(engine)
    return True


@event.listens_for(Session, "after_begin")
def _begin(session: Session, transaction, connection) -> None:
    if transaction.parent is not None:  # a savepoint within the write
        return
    session.info.pop(_BEGUN, None)
    session.info.pop(_OPERATIONS, None)
    if _reading(connection) or not _has_history(connection):
        return
    floor = None
    if connection.dialect.name == "sqlite":
        floor = connection.execute(text("SELECT coalesce(max(id), 0) FROM history_pending")).scalar()
    session.info[_BEGUN] = floor


@event.listens_for(Session, "after_flush")
def _note_operations(session: Session, flush_context) -> None:
    """What the user did, as the change log names it ("rectification.reopen"), by record."""
    for obj in session.new:
        if isinstance(obj, ChangeLog):
            session.info.setdefault(_OPERATIONS, {}).setdefault((obj.entity, obj.entity_uuid), obj.action)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    if session.get_nested_transaction() is None:  # not a savepoint's release
        settle(session)


def settle(session: Session) -> None:
    """Write the entries of everything the session's transaction wrote so far (called just
    before its commit; ``Database.write`` calls it itself, the hook covers other sessions)."""
    if _BEGUN not in session.info:
        return
    session.flush()
    from supervisor.db.audit import current_user

    record(session.connection(), session.info[_BEGUN], current_user(),
           session.info.get(_OPERATIONS, {}), skip=bool(session.info.get(SKIP)))
    session.info.pop(_BEGUN, None)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction) -> None:
    if transaction.parent is not None:  # a savepoint: the write goes on
        return
    session.info.pop(_BEGUN, None)
    session.info.pop(_OPERATIONS, None)


def _take_marks(connection, floor) -> list[tuple[str, str]]:
    """The records this transaction wrote, in the order first written; the marks removed."""
    table = HistoryPending.__table__
    if connection.dialect.name == "postgresql":
        mine = table.c.txn == text("txid_current()")
    else:
        mine = table.c.id > floor
    rows = connection.execute(select(table.c.kind, table.c.row_key).where(mine).order_by(table.c.id)).all()
    if rows:
        connection.execute(delete(table).where(mine))
    return list(dict.fromkeys((kind, key) for kind, key in rows))


def record(connection, floor, person: str, operations: dict | None = None, *, skip: bool = False) -> int:
    """Write the entries of this transaction's marks; returns how many."""
    marked = _take_marks(connection, floor)
    if not marked or skip:
        return 0

    def changes() -> Iterator[tuple[str, str, dict | None, str | None]]:
        # A chunk at a time, so that a bulk import of many thousand rows stays small in memory.
        for start in range(0, len(marked), CHUNK):
            chunk = marked[start:start + CHUNK]
            now_states, old_states = {}, {}
            for kind, keys in _grouped(chunk):
                now_states.update(read_states(connection, kind, keys))
                old_states.update(_read_shadows(connection, kind, keys))
            for kind, key in chunk:
                yield kind, key, now_states.get((kind, key)), old_states.get((kind, key))

    return append(connection, changes(), person, operations or {})


def read_states(connection, kind: str, keys: list[str]) -> dict[tuple[str, str], dict]:
    """The current canonical states of the records ``keys`` of ``kind`` (absent: deleted)."""
    table = audited.tables()[kind]
    columns = audited.key_columns(table)
    found = {}
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start:start + CHUNK]
        if len(columns) == 1:
            values = [int(k) for k in chunk] if columns[0].type.python_type is int else chunk
            where = columns[0].in_(values)
        else:
            where = tuple_(*columns).in_([tuple(int(p) for p in k.split("/")) for k in chunk])
        statement = canonical.state_select(table, connection.dialect.name).where(where)
        for row in connection.execute(statement).mappings():
            found[(kind, audited.key_of(table, row))] = canonical.state_of(kind, row)
    return found


def _read_shadows(connection, kind: str, keys: list[str]) -> dict[tuple[str, str], str]:
    table = HistoryState.__table__
    found = {}
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start:start + CHUNK]
        rows = connection.execute(
            select(table.c.row_key, table.c.state).where(table.c.kind == kind, table.c.row_key.in_(chunk))
        )
        found.update({(kind, key): state for key, state in rows})
    return found


class _Projects:
    """The project of a record: its own ``project_id``, or its parent's (looked up once)."""

    def __init__(self, connection):
        self.connection = connection
        self.known: dict[tuple[str, int], int | None] = {}

    def of(self, kind: str, state: dict) -> int | None:
        if kind == "project":
            return state.get("id")
        if "project_id" in state:
            return state["project_id"]
        step = audited.parent(kind)
        if step is None or state.get(step[0]) is None:
            return None
        return self._of_row(step[1], state[step[0]])

    def _of_row(self, kind: str, row_id) -> int | None:
        if (kind, row_id) not in self.known:
            table = audited.tables()[kind]
            step = audited.parent(kind)
            if kind == "project":
                result = row_id
            elif "project_id" in table.c:
                result = self.connection.execute(select(table.c.project_id).where(table.c.id == row_id)).scalar()
            else:
                parent_id = self.connection.execute(select(table.c[step[0]]).where(table.c.id == row_id)).scalar()
                result = None if parent_id is None else self._of_row(step[1], parent_id)
            self.known[(kind, row_id)] = result
        return self.known[(kind, row_id)]


def _differences(old: dict, new: dict) -> dict:
    if not old:
        return {name: [None, value] for name, value in new.items()}
    return {
        name: [old.get(name), new.get(name)]
        for name in sorted(set(old) | set(new))
        if old.get(name) != new.get(name)
    }


def append(connection, items: Iterable[tuple[str, str, dict | None, str | None]], person: str,
           operations: dict, action: str | None = None) -> int:
    """Chain an entry for each (kind, key, new state or None, last recorded state text or None)
    that differs; the states recorded are kept in ``history_state``. ``action`` overrides the
    action (``BASELINE``)."""
    head = HistoryHead.__table__
    query = select(head.c.last_id, head.c.last_hash).where(head.c.id == 1)
    if connection.dialect.name == "postgresql":
        query = query.with_for_update()
    row = connection.execute(query).first()
    last_id, last_hash = (row[0], row[1]) if row else (0, canonical.GENESIS)
    projects = _Projects(connection)
    at = utcnow()
    entries, shadows, gone = [], [], []
    written = 0

    def flush() -> None:
        if entries:
            connection.execute(insert(HistoryEntry.__table__), entries)
        for kind, keys in _grouped(gone):
            for start in range(0, len(keys), CHUNK):
                connection.execute(delete(HistoryState.__table__).where(
                    HistoryState.__table__.c.kind == kind, HistoryState.__table__.c.row_key.in_(keys[start:start + CHUNK])))
        if shadows:
            connection.execute(insert(HistoryState.__table__), shadows)
        entries.clear(), shadows.clear(), gone.clear()

    for kind, key, new, old_text in items:
        new_text = canonical.encode(new) if new is not None else None
        if new_text == old_text:
            continue
        old = canonical.json_loads(old_text) if old_text is not None else {}
        state = new if new is not None else old
        kind_action = action or ("insert" if old_text is None else "delete" if new is None else "update")
        last_id += 1
        entry = {
            "id": last_id, "at": at, "person": person, "kind": kind, "row_key": key,
            "uuid": state.get("uuid", ""), "label": audited.label(kind, state),
            "project_id": projects.of(kind, state), "action": kind_action,
            "operation": operations.get((kind, state.get("uuid"))) or "",
            "changes": canonical.encode(_differences(old, new or {})),
            "state_hash": canonical.digest(new_text) if new_text is not None else "",
            "prev_hash": last_hash,
        }
        entry["hash"] = last_hash = canonical.entry_hash(entry)
        entries.append(entry)
        if old_text is not None:
            gone.append((kind, key))
        if new_text is not None:
            shadows.append({"kind": kind, "row_key": key, "state": new_text,
                            "state_hash": entry["state_hash"], "entry_id": last_id})
        written += 1
        if len(entries) >= 2000:
            flush()
    flush()
    if written:
        if row:
            connection.execute(update(head).where(head.c.id == 1).values(last_id=last_id, last_hash=last_hash))
        else:
            connection.execute(insert(head).values(id=1, last_id=last_id, last_hash=last_hash))
    return written


def _grouped(pairs: list[tuple[str, str]]) -> Iterator[tuple[str, list[str]]]:
    groups: dict[str, list[str]] = {}
    for kind, key in pairs:
        groups.setdefault(kind, []).append(key)
    yield from groups.items()


def baseline(connection, person: str = "") -> int:
    """Record every record not yet in the history as it stands (an older database's records
    when the history begins); returns how many. Reads each table a page at a time."""

    def items():
        for kind, table in audited.present(connection).items():
            (column,) = audited.key_columns(table)
            last = None
            while True:
                query = canonical.state_select(table, connection.dialect.name).order_by(column).limit(CHUNK)
                if last is not None:
                    query = query.where(column > last)
                rows = connection.execute(query).mappings().all()
                if not rows:
                    break
                last = rows[-1][column.name]
                keys = [audited.key_of(table, row) for row in rows]
                recorded = _read_shadows(connection, kind, keys)
                for key, row in zip(keys, rows):
                    if (kind, key) not in recorded:
                        yield kind, key, canonical.state_of(kind, row), None

    return append(connection, items(), person, {}, action=BASELINE)

"""Records as plain values, to undo and redo a change exactly and to see that nothing else
changed them in between.

A change names what it touches as ``Part``s: a table and the condition that selects its rows
("the site check 12", "the round-1 answers of these 40 households"). ``snapshot`` reads those
rows whole (every column, ``updated_at`` included, so any later write shows) together with the
keys of every row elsewhere that refers to them (a rectification raised from the check, a photo
added to it). ``restore`` makes the parts' rows what a snapshot says, inserting, updating and
deleting, and points the references the snapshot lists back at them: the undo of a change is
``restore(before)``, its redo ``restore(after)``, each allowed only while ``snapshot`` still
equals the state the other left.

Rows keep their ids when they come back (a row whose id was taken meanwhile makes the snapshots
differ, so it is refused first). The statements are plain SQL, so the database's own triggers
(the full-text indexes) and change notes (``supervisor.db.changes``) follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Table, and_, delete, exc, insert, select, text, tuple_, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from supervisor.db.audit import current_user
from supervisor.db.models import Base, ChangeLog


CREATED = "created"
NO_ID = 0  # ids start at 1


@dataclass(frozen=True)
class Part:
    """The rows of ``table`` that ``where`` selects.

    ``links`` says which rows elsewhere that refer to them count too: True, what refers to any
    of them (needed when the change creates or deletes them); False, none (the change only
    edits them: a project's edit need not read every record of the project); ``CREATED``, what
    refers to the rows the change creates (``record_change`` settles it into their keys).
    """

    table: Table
    where: ColumnElement
    links: bool | str | frozenset = True


def part(model, *conditions, links: bool | str = True) -> Part:
    """``Part`` of a model's table: ``part(SiteCheck, SiteCheck.id == 12)``."""
    table = model.__table__ if hasattr(model, "__table__") else model
    return Part(table, and_(*conditions), links)


Row = tuple[Any, ...]


@dataclass(frozen=True)
class Snapshot:
    """Per part, its rows (every column, in the table's order), sorted by primary key; and the
    rows elsewhere that refer to them, as ``(table, column, row key, value)``."""

    rows: tuple[tuple[Row, ...], ...]
    references: tuple[tuple[str, str, Row, Any], ...]

    def count(self) -> int:
        """How many rows the parts hold."""
        return sum(len(rows) for rows in self.rows)


def _key_columns(table: Table) -> list:
    return list(table.primary_key.columns)


def _key_of(table: Table, row: Row) -> Row:
    positions = [list(table.columns).index(c) for c in _key_columns(table)]
    return tuple(row[i] for i in positions)


def _rows(session: Session, p: Part) -> tuple[Row, ...]:
    query = select(*p.table.columns).where(p.where).order_by(*_key_columns(p.table))
    return tuple(tuple(r) for r in session.execute(query))


def _referrers(table: Table):
    """``(referring table, its column, the column of ``table`` it names, ON DELETE)``."""
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                yield other, fk.parent, fk.column, (fk.ondelete or "").upper()


def _references(session: Session, parts: list[Part], rows) -> list[tuple[str, str, Row, Any]]:
    found = []
    for p, part_rows in zip(parts, rows):
        if p.links is True:
            followed = part_rows
        elif isinstance(p.links, frozenset):
            followed = [r for r in part_rows if _key_of(p.table, r) in p.links]
        else:
            continue
        for other, column, target, _ondelete in _referrers(p.table):
            position = list(p.table.columns).index(target)
            values = sorted({r[position] for r in followed if r[position] is not None})
            if not values:
                continue
            keys = _key_columns(other)
            query = select(*keys, column).where(column.in_(values))
            for r in session.execute(query):
                found.append((other.name, column.name, tuple(r[:-1]), r[-1]))
    return sorted(found, key=repr)


def snapshot(session: Session, parts: list[Part]) -> Snapshot:
    """The rows of ``parts`` now, and what refers to them (pending changes flushed first)."""
    session.flush()
    rows = [_rows(session, p) for p in parts]
    return Snapshot(tuple(rows), tuple(_references(session, parts, rows)))


@dataclass(frozen=True)
class Change:
    """A change made by ``record_change``: the parts it touched, as they were and became."""

    parts: tuple[Part, ...]
    before: Snapshot
    after: Snapshot


def record_change(session: Session, touches: Callable, work: Callable) -> tuple[Change, Any]:
    """Run ``work(session)`` and take the snapshots to undo and redo it; the change and what
    ``work`` returned.

    ``touches(result)`` lists the parts ``work`` may change (always the same tables in the same
    order); before ``work`` runs it is called with ``NO_ID``, so the rows of a record ``work``
    creates are selected by an id no record has (and so are absent, as they were).
    """
    before = snapshot(session, touches(NO_ID))
    result = work(session)
    parts = list(touches(result))
    session.flush()
    rows = [_rows(session, p) for p in parts]
    for index, (p, old, new) in enumerate(zip(parts, before.rows, rows)):
        if p.links == CREATED:
            existed = {_key_of(p.table, r) for r in old}
            parts[index] = replace(p, links=frozenset(_key_of(p.table, r) for r in new) - existed)
    after = Snapshot(tuple(rows), tuple(_references(session, parts, rows)))
    return Change(tuple(parts), before, after), result


def restore(session: Session, parts: list[Part], target: Snapshot) -> bool:
    """Make the rows of ``parts`` those of ``target`` (taken with the same parts, in order).

    Rows missing are inserted with their ids, rows that differ are written back, rows not in
    ``target`` are deleted (the last part first); then every reference ``target`` lists whose
    row is there and empty points back. Foreign keys are checked at the commit, so a row may
    come back before the row it belongs to.

    Returns False, having changed nothing the caller keeps (it must roll back), when the rows
    cannot come back as they were: a record they belong to is gone, or their id or another
    unique value is taken.
    """
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    current = [_rows(session, p) for p in parts]
    written: list[tuple[Table, Row]] = []
    doomed = []
    try:
        for p, now, wanted in zip(parts, current, target.rows):
            columns = list(p.table.columns)
            keys = _key_columns(p.table)
            have = {_key_of(p.table, r): r for r in now}
            want = {_key_of(p.table, r): r for r in wanted}
            for key, row in want.items():
                values = {c.name: v for c, v in zip(columns, row)}
                if key not in have:
                    session.execute(insert(p.table).values(values))
                elif have[key] != row:
                    condition = and_(*(c == v for c, v in zip(keys, key)))
                    session.execute(update(p.table).where(condition).values(values))
                else:
                    continue
                written.append((p.table, row))
            doomed.append((p.table, keys, [key for key in have if key not in want]))
        for table, keys, gone in reversed(doomed):
            if len(keys) == 1 and gone:
                session.execute(delete(table).where(keys[0].in_([key[0] for key in gone])))
            elif gone:
                session.execute(delete(table).where(tuple_(*keys).in_(gone)))
    except exc.IntegrityError:
        return False
    for table_name, column_name, key, value in target.references:
        table = Base.metadata.tables[table_name]
        keys = _key_columns(table)
        column = table.columns[column_name]
        condition = and_(*(c == v for c, v in zip(keys, key)), column.is_(None))
        session.execute(update(table).where(condition).values({column_name: value}))
    return _parents_present(session, written)


def _parents_present(session: Session, written: list[tuple[Table, Row]]) -> bool:
    """Whether every record the ``written`` rows name (by a foreign key) exists."""
    wanted: dict = {}
    for table, row in written:
        columns = list(table.columns)
        for fk in table.foreign_keys:
            value = row[columns.index(fk.parent)]
            if value is not None:
                wanted.setdefault(fk.column, set()).add(value)
    for column, values in wanted.items():
        found = set(session.scalars(select(column).where(column.in_(values))))
        if values - found:
            return False
    return True


def log_restore(session: Session, parts: list[Part], snapshots: list[Snapshot], action: str, text: str) -> None:
    """An audit-trail row for an undo or redo (``action``) of the change named ``text``, on the
    first record it touched that has an identity (a uuid)."""
    entity, uuid = (parts[0].table.name if parts else ""), ""
    for p, index in ((p, i) for i, p in enumerate(parts) if "uuid" in p.table.columns):
        position = list(p.table.columns).index(p.table.columns["uuid"])
        row = next((snap.rows[index][0] for snap in snapshots if snap.rows[index]), None)
        if row is not None:
            entity, uuid = p.table.name, row[position]
            break
    session.add(ChangeLog(user=current_user(), entity=entity, entity_uuid=uuid, action=action,
                          detail={"change": text}))

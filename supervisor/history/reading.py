"""Reading the history: entries by record, person, time and kind, as plain values for the
window's History views, the ``log`` command and the 操作日志 ledger.

An entry's changes are ``{field: [old, new]}``; ``shown_changes`` leaves out the bookkeeping
every write touches (update times, versions, ids), which the entry's own who and when say.
Field names are English column names; ``supervisor.history.fields`` gives the words people use
for them and their values. ``family`` finds a record's entries with those of the records shown
with it (a rectification item's events and photos).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from supervisor.history.schema import HistoryEntry

BOOKKEEPING = frozenset({"id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version"})
"""Fields every write stamps: not listed as changes (the entry's who and when say them) — but
compared and hashed like any other, so a forged one shows in ``check``."""


@dataclass(frozen=True)
class Entry:
    id: int
    at: dt.datetime
    person: str
    kind: str
    row_key: str
    uuid: str
    label: str
    project_id: int | None
    action: str  # insert, update, delete, baseline
    operation: str
    changes: dict  # field -> [old, new]

    def shown_changes(self) -> list[tuple[str, object, object]]:
        """(field, old, new) people care about, in field order."""
        return [
            (name, pair[0], pair[1])
            for name, pair in sorted(self.changes.items())
            if name not in BOOKKEEPING and not name.endswith("_id")
        ]


@dataclass(frozen=True)
class Filter:
    """Which entries: all of them when every field is empty."""

    kind: str | None = None
    row_key: str | None = None
    label: str | None = None  # a record's number or name, exactly
    label_contains: str | None = None  # ... or a part of it
    records: tuple[tuple[str, tuple[str, ...]], ...] = ()  # any of these (kind, keys): a family
    person: str | None = None
    kinds: tuple[str, ...] = ()
    project_id: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None  # exclusive
    after_id: int | None = None
    before_id: int | None = None


def _where(query, which: Filter):
    t = HistoryEntry
    if which.kind:
        query = query.where(t.kind == which.kind)
    if which.row_key is not None:
        query = query.where(t.row_key == which.row_key)
    if which.label:
        query = query.where(t.label == which.label)
    if which.label_contains:
        text = which.label_contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(t.label.ilike(f"%{text}%", escape="\\"))
    if which.records:
        query = query.where(or_(*(and_(t.kind == kind, t.row_key.in_(keys)) for kind, keys in which.records)))
    if which.person:
        query = query.where(t.person == which.person)
    if which.kinds:
        query = query.where(t.kind.in_(which.kinds))
    if which.project_id is not None:
        query = query.where(t.project_id == which.project_id)
    if which.since is not None:
        query = query.where(t.at >= which.since)
    if which.until is not None:
        query = query.where(t.at < which.until)
    if which.after_id is not None:
        query = query.where(t.id > which.after_id)
    if which.before_id is not None:
        query = query.where(t.id < which.before_id)
    return query


def _entry(row: HistoryEntry) -> Entry:
    try:
        changes = json.loads(row.changes)
    except ValueError:
        changes = {}
    return Entry(row.id, row.at, row.person, row.kind, row.row_key, row.uuid, row.label,
                 row.project_id, row.action, row.operation, changes if isinstance(changes, dict) else {})


def entries(session: Session, which: Filter = Filter(), *, newest_first: bool = True,
            offset: int = 0, limit: int | None = None) -> list[Entry]:
    order = HistoryEntry.id.desc() if newest_first else HistoryEntry.id
    query = _where(select(HistoryEntry), which).order_by(order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_entry(row) for row in session.scalars(query)]


def count(session: Session, which: Filter = Filter()) -> int:
    return session.scalar(_where(select(func.count()).select_from(HistoryEntry), which))


def of_record(session: Session, kind: str, key: str | int) -> list[Entry]:
    """A record's entries, oldest first."""
    return entries(session, Filter(kind=kind, row_key=str(key)), newest_first=False)


CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "site_check": (("photo_link", "check_id"),),
    "rectification": (("rectification_event", "rectification_id"), ("photo_link", "rectification_id")),
    "project_step": (("step_material", "step_id"),),
    "step_material": (("attachment", "material_id"),),
    "project": (("project_party", "project_id"),),
    "household": (("consultation", "household_id"),),
}
"""The records shown with a record in its History view: (kind, the column pointing at it)."""


def family(session: Session, kind: str, key: str | int) -> Filter:
    """The entries of a record and of the records shown with it (``CHILDREN``, and theirs):
    those that point at it now, and those that pointed at it when they were created (a photo
    unlinked since, an attachment removed)."""
    from supervisor.history import audited

    found: dict[str, set[str]] = {kind: {str(key)}}
    parents = [(kind, str(key))]
    while parents:
        parent_kind, parent_key = parents.pop()
        for child, column in CHILDREN.get(parent_kind, ()):
            table = audited.tables()[child]
            keys = {audited.key_of(table, row) for row in session.execute(
                select(*audited.key_columns(table)).where(table.c[column] == int(parent_key))).mappings()}
            created = f'%"{column}":[null,{int(parent_key)}]%'
            keys |= set(session.scalars(select(HistoryEntry.row_key).where(
                HistoryEntry.kind == child, HistoryEntry.action.in_(("insert", "baseline")),
                HistoryEntry.changes.like(created))))
            new = keys - found.setdefault(child, set())
            found[child] |= new
            parents.extend((child, k) for k in new)
    return Filter(records=tuple((k, tuple(sorted(keys))) for k, keys in found.items() if keys))


def people(session: Session) -> list[str]:
    """Everyone named on an entry, for a filter."""
    return [name for name in session.scalars(select(HistoryEntry.person).distinct().order_by(HistoryEntry.person)) if name]


def head(session: Session) -> int:
    """The id of the last entry (0: none yet)."""
    return session.scalar(select(func.coalesce(func.max(HistoryEntry.id), 0)))


def local_time(at: dt.datetime) -> dt.datetime:
    """An entry's time (stored in UTC) in this computer's time zone, without the zone."""
    return at.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def utc_from_local(day: dt.date) -> dt.datetime:
    """The UTC time at which ``day`` begins here (for a filter from a date)."""
    start = dt.datetime.combine(day, dt.time()).astimezone()
    return start.astimezone(dt.timezone.utc).replace(tzinfo=None)


def shown_value(value) -> str:
    """A value as text for a list or a ledger."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def as_json(entry: Entry) -> dict:
    """An entry as the ``log --json`` command prints it."""
    return {
        "id": entry.id, "at": entry.at.isoformat(timespec="seconds") + "Z", "person": entry.person,
        "kind": entry.kind, "record": entry.label, "key": entry.row_key, "uuid": entry.uuid,
        "project_id": entry.project_id, "action": entry.action, "operation": entry.operation,
        "changes": {name: {"old": old, "new": new} for name, (old, new) in sorted(entry.changes.items())},
    }

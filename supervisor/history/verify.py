"""``supervisor check``'s verification of the history and of what it vouches for.

- The chain: every entry's hash recomputed, every entry linked to the one before, no id
  missing, the head naming the last entry. An entry edited, removed or moved is named.
- Every record against the last entry about it: a record whose state differs (a result
  changed, a who-field forged, answers changed in bulk) is named with what differs; a record
  with no entry was added, one missing was removed, outside the application.
- The marks of writes no transaction of the application recorded (another program's), the
  triggers that must be present, the history's own copy of each record's last state.
- Every photo original against its SHA-256 (a flipped byte, a swapped original); previews and
  thumbnails are part of the records' states, so a swapped one shows above.

Nothing here raises for what it finds: each part runs on its own (``integrity.guarded``).
Work is streamed, table by table, and ``progress(done, total)`` follows it in steps.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import LargeBinary, func, select

from supervisor.db.integrity import Problem, guarded
from supervisor.db.models import Photo, PhotoBlob
from supervisor.history import audited, canonical, triggers
from supervisor.history.schema import HistoryEntry, HistoryHead, HistoryPending, HistoryState

LISTED = 10
"""Problems of one kind listed one by one; more are counted."""

Progress = Callable[[int, int], None]


class _Last:
    """The last entry about each record, as the chain is walked."""

    __slots__ = ("entry_id", "action", "state_hash", "label")

    def __init__(self, entry_id, action, state_hash, label):
        self.entry_id, self.action, self.state_hash, self.label = entry_id, action, state_hash, label


def verify(database, progress: Progress | None = None) -> list[Problem]:
    """Every problem with the history and the records it vouches for."""
    with database.read() as session:
        connection = session.connection()
        entries = connection.execute(select(func.count()).select_from(HistoryEntry.__table__)).scalar()
        rows = sum(
            connection.execute(select(func.count()).select_from(t)).scalar() for t in audited.tables().values()
        )
    total = entries + rows + 1
    done = [0]

    def advance(count: int) -> None:
        done[0] += count
        if progress is not None:
            progress(min(done[0], total), total)

    last: dict[tuple[str, str], _Last] = {}
    problems = guarded("the history", lambda: _chain(database, last, advance))
    problems += guarded("the history's triggers", lambda: _triggers(database))
    problems += guarded("the writes not recorded", lambda: _unrecorded(database))
    for kind in audited.tables():
        problems += guarded(f"the {kind} records", lambda: _records(database, kind, last, advance))
    problems += guarded("the history's copy of the records", lambda: _copies(database, last))
    problems += guarded("the photo originals", lambda: _photos(database))
    advance(1)
    return problems


def _describe_entry(row) -> str:
    what = audited.KIND_NAMES.get(row.kind, row.kind)
    return f"entry {row.id} ({what} {row.label}, {canonical.normalise(row.at)[:16]}, {row.person or '—'})"


def _chain(database, last: dict, advance: Progress) -> list[Problem]:
    problems: list[Problem] = []
    table = HistoryEntry.__table__
    previous_id, previous_hash = 0, canonical.GENESIS
    with database.read() as session:
        result = session.connection().execute(select(table).order_by(table.c.id).execution_options(yield_per=2000))
        count = 0
        for row in result:
            entry = row._mapping
            if row.id != previous_id + 1:
                gap = f"entry {previous_id + 1} is" if row.id == previous_id + 2 else f"entries {previous_id + 1}–{row.id - 1} are"
                problems.append(Problem("history broken", f"{gap} missing: removed from the history"))
            if canonical.entry_hash(entry) != row.hash:
                problems.append(Problem("history broken", f"{_describe_entry(row)} was changed after it was written"))
            elif row.prev_hash != previous_hash:
                problems.append(Problem(
                    "history broken",
                    f"{_describe_entry(row)} does not follow entry {previous_id}: entries were removed or reordered",
                ))
            last[(row.kind, row.row_key)] = _Last(row.id, row.action, row.state_hash, row.label)
            previous_id, previous_hash = row.id, row.hash
            count += 1
            if count % 5000 == 0:
                advance(5000)
        advance(count % 5000)
        head = session.execute(select(HistoryHead.last_id, HistoryHead.last_hash).where(HistoryHead.id == 1)).first()
    if head is None:
        problems.append(Problem("history broken", "the history's head is missing"))
    elif (head.last_id, head.last_hash) != (previous_id, previous_hash):
        problems.append(Problem(
            "history broken",
            f"the history ends at entry {previous_id} but its head names entry {head.last_id}: "
            "entries were removed from its end",
        ))
    return problems


def _triggers(database) -> list[Problem]:
    with database.read() as session:
        gone = triggers.missing(session.connection())
    return [
        Problem("history not recording", f"the trigger that records changes of {name} records was removed")
        for name in gone
    ]


def _unrecorded(database) -> list[Problem]:
    """The marks no transaction of the application took: one problem per kind of record."""
    table = HistoryPending.__table__
    with database.read() as session:
        rows = session.execute(
            select(table.c.kind, table.c.row_key).distinct().order_by(table.c.kind, table.c.row_key)
        ).all()
    keys: dict[str, list[str]] = {}
    for kind, key in rows:
        keys.setdefault(kind, []).append(key)
    problems = []
    for kind, written in keys.items():
        shown = ", ".join(f"#{key}" for key in written[:LISTED]) + (", …" if len(written) > LISTED else "")
        problems.append(Problem(
            "changed outside the application",
            f"{len(written)} {audited.KIND_NAMES.get(kind, kind)} record(s) written by another program, "
            f"not through the application ({shown})",
        ))
    return problems


def _records(database, kind: str, last: dict, advance: Progress) -> list[Problem]:
    table = audited.tables()[kind]
    what = audited.KIND_NAMES.get(kind, kind)
    differing: list[tuple[str, dict]] = []
    added: list[str] = []
    seen = set()
    with database.read() as session:
        connection = session.connection()
        statement = canonical.state_select(table, connection.dialect.name)
        result = connection.execute(statement.execution_options(yield_per=2000))
        count = 0
        for row in result.mappings():
            key = audited.key_of(table, row)
            seen.add(key)
            state = canonical.state_of(kind, row)
            entry = last.get((kind, key))
            if entry is None or entry.action == "delete":
                added.append(audited.label(kind, state))
            elif canonical.digest(canonical.encode(state)) != entry.state_hash:
                differing.append((key, state))
            count += 1
        advance(count)
        problems = [
            Problem("changed outside the application",
                    f"{what} {_name(kind, key, state, last)}: {_difference(connection, kind, key, state)}")
            for key, state in differing
        ]
    problems += [Problem("added outside the application", f"{what} {name}: not in the history") for name in added]
    problems += [
        Problem("removed outside the application", f"{what} {entry.label}: in the history, missing from the records")
        for (entry_kind, key), entry in last.items()
        if entry_kind == kind and entry.action != "delete" and key not in seen
    ]
    return _listed(problems, "changed outside the application", f"more {what} records differ from their history")


def _name(kind: str, key: str, state: dict, last: dict) -> str:
    entry = last.get((kind, key))
    recorded = entry.label if entry else ""
    now = audited.label(kind, state)
    return now if recorded in ("", now) else f"{recorded} (now {now})"


def _difference(connection, kind: str, key: str, state: dict) -> str:
    """What differs between the record and the state its history ends with."""
    recorded = replay(connection, kind, key)
    changed = sorted(name for name in set(recorded) | set(state) if recorded.get(name) != state.get(name))
    if not changed:
        return "differs from its history"
    files = {c.name for c in audited.tables()[kind].columns if isinstance(c.type, LargeBinary)}
    parts = [
        f"{name}: the file's contents differ from those recorded" if name in files
        else f"{name}: history says {_shown(recorded.get(name))}, now {_shown(state.get(name))}"
        for name in changed[:4]
    ]
    if len(changed) > 4:
        parts.append(f"and {len(changed) - 4} more field(s)")
    return "; ".join(parts)


def _shown(value) -> str:
    if value is None:
        return "(empty)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return repr(text if len(text) <= 60 else text[:57] + "…")


def replay(connection, kind: str, key: str, upto: int | None = None) -> dict:
    """A record's state as its entries tell it (up to and with entry ``upto``)."""
    table = HistoryEntry.__table__
    query = select(table.c.changes).where(table.c.kind == kind, table.c.row_key == key).order_by(table.c.id)
    if upto is not None:
        query = query.where(table.c.id <= upto)
    state: dict = {}
    for (changes,) in connection.execute(query):
        try:
            fields = json.loads(changes)
        except ValueError:
            continue  # reported by the chain
        for name, pair in fields.items():
            if isinstance(pair, list) and len(pair) == 2:
                if pair[1] is None:
                    state.pop(name, None)
                else:
                    state[name] = pair[1]
    return state


def _copies(database, last: dict) -> list[Problem]:
    table = HistoryState.__table__
    problems = []
    with database.read() as session:
        result = session.connection().execute(select(table).execution_options(yield_per=2000))
        for row in result:
            entry = last.get((row.kind, row.row_key))
            intact = canonical.digest(row.state) == row.state_hash
            if entry is None or entry.entry_id != row.entry_id or entry.state_hash != row.state_hash or not intact:
                problems.append(Problem(
                    "history broken",
                    f"the history's copy of {audited.KIND_NAMES.get(row.kind, row.kind)} #{row.row_key} "
                    "does not match its last entry",
                ))
    return _listed(problems, "history broken", "more copies differ")


def _photos(database) -> list[Problem]:
    problems = []
    with database.read() as session:
        connection = session.connection()
        original = canonical.state_select(PhotoBlob.__table__, connection.dialect.name).subquery()
        rows = connection.execute(
            select(Photo.id, Photo.filename, Photo.sha256, original.c.original)
            .outerjoin(original, original.c.photo_id == Photo.id)
            .order_by(Photo.id)
            .execution_options(yield_per=500)
        )
        for photo_id, filename, sha256, actual in rows:
            if actual is None:
                problems.append(Problem("photo missing", f"{filename} (photo {photo_id}): its original is missing"))
            elif actual != sha256:
                problems.append(Problem(
                    "photo changed",
                    f"{filename} (photo {photo_id}): its original does not match its SHA-256 "
                    "(the file was changed or swapped for another)",
                ))
    return _listed(problems, "photo changed", "more photos differ from their SHA-256")


def _listed(problems: list[Problem], kind: str, more: str) -> list[Problem]:
    if len(problems) <= LISTED:
        return problems
    return problems[:LISTED] + [Problem(kind, f"… and {len(problems) - LISTED} {more}")]

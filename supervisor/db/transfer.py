"""Copying every record and photo from one database to another, empty one: a laptop's SQLite
file moved onto the district's PostgreSQL server, or a server database taken back offline.

Both databases are opened (and brought up to the same schema) as usual. The tables are copied
in the order their foreign keys need, each streamed in batches, with every column as stored:
ids, uuids, who and when, versions and the number counters, so that the copy is the same record,
not a retelling of it; its history comes with it, so that the copy verifies as the source did. The target's search indexes are filled by its own triggers (SQLite) or
indexes (PostgreSQL). Everything goes into the target in one transaction: a copy that fails
half-way (a full disk, a lost connection, a cancel) leaves the target as empty as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select, text, update

from supervisor import errors
from supervisor.db.models import Base, Photo
from supervisor.history.recorder import SKIP
from supervisor.history.schema import HistoryHead, HistoryPending
from supervisor.i18n import QT_TRANSLATE_NOOP

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "errors",
    "{where} already holds records ({count} in {table}). A copy goes only into an empty "
    "database, so that nothing in it is mixed up or overwritten; nothing was copied.",
)
SAME = QT_TRANSLATE_NOOP("errors", "The source and the target are the same database ({where}).")

BATCH_ROWS = 1000
BATCH_BYTES = 32 * 2**20  # rows with photos are copied in batches of about this size


@dataclass(frozen=True)
class CopyReport:
    tables: int
    records: int
    photos: int


def tables():
    """The tables to copy, parents before children (the history's head, which every database
    has from the start, is set after them; the marks of writes from other programs stay with
    the source, whose check reports them)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in (HistoryHead.__tablename__, HistoryPending.__tablename__)]


def ensure_empty(database) -> None:
    """Raise ``DatabaseError`` unless every table of ``database`` is empty."""
    with database.read() as session:
        for table in tables():
            count = session.scalar(select(func.count()).select_from(table))
            if count:
                raise errors.DatabaseError(NOT_EMPTY, where=database.name, count=count, table=table.name)


def _batches(connection, table):
    """The rows of ``table`` in primary-key order, a batch at a time."""
    result = connection.execution_options(yield_per=100).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    batch, size = [], 0
    try:
        for row in result.mappings():
            values = dict(row)
            batch.append(values)
            size += sum(len(v) for v in values.values() if isinstance(v, (bytes, memoryview)))
            if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch
    finally:
        result.close()  # a server-side cursor (PostgreSQL) too, when the copy stops half-way


def copy_database(
    source, target, progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CopyReport:
    """Copy every record of ``source`` into the empty ``target`` (``Database`` objects).
    ``progress(done, total, table)`` follows the rows; ``cancelled()`` stops before the next
    batch with ``errors.Cancelled``, leaving the target empty."""
    if source.url == target.url:
        raise errors.DatabaseError(SAME, where=source.name)
    target.check_writable()
    ensure_empty(target)
    ordered = tables()
    with source.read() as session:
        counts = {t.name: session.scalar(select(func.count()).select_from(t)) for t in ordered}
    total, done = sum(counts.values()), 0
    with source.engine.connect() as reading, target.write() as writing:
        writing.info[SKIP] = True  # the copy brings the source's history; it adds none of its own
        for table in ordered:
            if not counts[table.name]:
                continue
            with contextlib.closing(_batches(reading, table)) as batches:
                for batch in batches:
                    if cancelled is not None and cancelled():
                        raise errors.Cancelled()
                    writing.execute(insert(table), batch)
                    done += len(batch)
                    if progress is not None:
                        progress(done, total, table.name)
        head = reading.execute(select(HistoryHead.__table__)).mappings().first()
        if head is not None:
            writing.execute(update(HistoryHead.__table__).where(HistoryHead.id == 1).values(
                last_id=head["last_id"], last_hash=head["last_hash"]))
        if target.engine.dialect.name == "postgresql":
            _move_sequences_on(writing, ordered)
    return CopyReport(tables=sum(1 for n in counts.values() if n), records=total, photos=counts[Photo.__tablename__])


def _move_sequences_on(session, ordered) -> None:
    """PostgreSQL hands out ids from sequences, which rows inserted with their ids do not move:
    set each past the highest id copied."""
    for table in ordered:
        key = list(table.primary_key.columns)
        if len(key) != 1 or str(key[0].type) != "INTEGER":
            continue
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
            f"COALESCE((SELECT max({key[0].name}) FROM {table.name}), 0) + 1, false)"
        ))

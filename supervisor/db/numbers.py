"""Numbers given out one at a time (``ZG-2026-001``), safe when several people save at once.

Each numbering scope has a counter row, read with a row lock (``SELECT … FOR UPDATE``) for the
rest of the transaction: a second writer waits for the first to commit and then takes the next
number. On SQLite, where one writer at a time holds the whole file, the lock clause is left out
and the effect is the same. The counter only goes up, so a number is never given twice, not even
the highest after its record was deleted.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from supervisor.db.models import NumberCounter


def _locked(session: Session, scope: str) -> NumberCounter | None:
    return session.scalars(
        select(NumberCounter)
        .where(NumberCounter.scope == scope)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()


def take_next(session: Session, scope: str, highest_in_use: Callable[[], int]) -> int:
    """The next number of ``scope``, taken for this transaction. The first time, the counter
    starts from ``highest_in_use()`` (the records numbered before counters existed)."""
    counter = _locked(session, scope)
    if counter is None:
        start = highest_in_use()
        try:
            with session.begin_nested():
                session.add(NumberCounter(scope=scope, last=start))
        except exc.IntegrityError:
            pass  # another writer created it first (a server database): take it from theirs
        counter = _locked(session, scope)
    counter.last += 1
    session.flush()
    return counter.last

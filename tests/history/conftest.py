"""Helpers for the history's tests: many entries written at once."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import insert

from supervisor.db import models  # noqa: F401 - before the history's tables, which it imports
from supervisor.history import reading
from supervisor.history.schema import HistoryEntry


def bulk_entries(database, count: int, *, person: str = "批量", kind: str = "site_check",
                 at: dt.datetime | None = None, project_id: int | None = None) -> None:
    """``count`` entries appended in one statement (a test of paging, not of the chain: they
    carry no real hashes)."""
    at = at or dt.datetime(2026, 11, 6, 2, 0)
    with database.write() as session:
        first = reading.head(session) + 1
        session.execute(insert(HistoryEntry.__table__), [
            {"id": first + n, "at": at, "person": person, "kind": kind, "row_key": str(100000 + n),
             "uuid": "", "label": f"XC-2026-{100000 + n}", "project_id": project_id, "action": "update",
             "operation": "", "changes": json.dumps({"result": ["problem", "pass"]}), "state_hash": "",
             "prev_hash": "", "hash": ""}
            for n in range(count)
        ])

"""The history: what recording costs a write, and ``supervisor check`` on a large district.

- ``history_write_overhead``: the median time of one user event that edits a site check (a
  write session reading the check and saving it), on a database that records its history,
  against the same edit on a copy of that database whose history is switched off (its
  triggers dropped and the recorder idle), run side by side in one process, alternating.
- ``history_check_district``: ``supervisor check`` (file, stored values, the whole chain,
  every record against its last entry, every photo original) on the benchmark district of
  bench_lists (100,000 checks, 20,000 photos, 5,000 rectification items), recorded as it was
  written; target well under a minute. The build's time and the entries written are printed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

EDITS = 150
HERE = Path(__file__).resolve().parent


def _project_with_checks(path: Path) -> list[int]:
    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database
    from supervisor.procedure.templates import create_project
    from supervisor.projects.project import ProjectData
    from supervisor.site import checks

    set_current_user("bench")
    database = open_database(path)
    ids = []
    with database.write() as session:
        project = create_project(session, ProjectData(code="B-01", name="基准项目", planned_start=dt.date(2026, 3, 1)))
        for i in range(20):
            ids.append(checks.create_check(session, checks.CheckData(
                project_id=project.id, category="workmanship", result="problem", description=f"外墙空鼓 {i}",
                inspector="王师傅", checked_at=dt.datetime(2026, 11, 1, 9, 0) + dt.timedelta(hours=i),
                ))
                .id)
    database.close()
    return ids


def _edit(database, check_id: int, n: int) -> float:
    from supervisor.site import checks

    begin = time.perf_counter()
    with database.write() as session:
        data = checks.check_data(session, check_id)
        checks.update_check(session, check_id, dataclasses.replace(data, description=f"外墙空鼓，第{n}次复核"))
    return time.perf_counter() - begin


def write_overhead(folder: Path) -> dict:
    from supervisor.db.engine import open_database
    from supervisor.history import recorder

    recorded_path, plain_path = folder / "recorded.sqlite", folder / "plain.sqlite"
    ids = _project_with_checks(recorded_path)
    shutil.copy(recorded_path, plain_path)
    with sqlite3.connect(plain_path) as raw:
        for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history_mark%'").fetchall():
            raw.execute(f'DROP TRIGGER "{name}"')
    recorded, plain = open_database(recorded_path), open_database(plain_path)
    has_history = recorder._has_history
    recorder._has_history = lambda connection: connection.engine is not plain.engine and has_history(connection)
    try:
        with_history, without = [], []
        for n in range(EDITS):
            check_id = ids[n % len(ids)]
            with_history.append(_edit(recorded, check_id, n))
            without.append(_edit(plain, check_id, n))
    finally:
        recorder._has_history = has_history
        recorded.close(), plain.close()
    value, baseline = statistics.median(with_history[5:]), statistics.median(without[5:])
    return {"name": "history_write_overhead", "value": round(value, 4), "unit": "s",
            "baseline": round(baseline, 4), "ratio": round(value / baseline, 2), "target": None}


def check_district(folder: Path) -> dict:
    from sqlalchemy import func, select

    from supervisor.db import integrity
    from supervisor.db.engine import open_database
    from supervisor.history.schema import HistoryEntry

    spec = importlib.util.spec_from_file_location("bench_lists", HERE / "bench_lists.py")
    lists = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lists)
    path = folder / "district.sqlite"
    begin = time.perf_counter()
    lists.build(path)
    built = time.perf_counter() - begin
    database = open_database(path)
    with database.read() as session:
        entries = session.scalar(select(func.count()).select_from(HistoryEntry))
    print(f"bench_history: district built and recorded in {built:.1f} s, {entries} history entries, "
          f"{path.stat().st_size / 1e6:.0f} MB", file=sys.stderr)
    begin = time.perf_counter()
    problems = integrity.check(database)
    seconds = time.perf_counter() - begin
    database.close()
    assert problems == [], problems[:5]
    return {"name": "history_check_district", "value": round(seconds, 2), "unit": "s",
            "baseline": None, "ratio": None, "target": 60}


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        return [write_overhead(Path(folder)), check_district(Path(folder))]


if __name__ == "__main__":
    for result in run():
        print(result)

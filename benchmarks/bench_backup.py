"""The backup of the benchmark district: ``supervisor backup`` on ``bench_lists``' district.

Builds the district of ``bench_lists`` (100,000 site checks, 20,000 photos, 5,000 rectification
items) in a temporary SQLite file, then times one backup as the command and the window take it
(``supervisor.backups.sqlite.take``: SQLite's backup API, the check of the copy, pruning), and
reports its seconds and the file's size. No target: the figure is reported.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import bench_lists  # noqa: E402 - the district, shared


def run() -> list[dict]:
    from supervisor.backups import sqlite

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "district.sqlite"
        bench_lists.build(path)
        begin = time.perf_counter()
        taken = sqlite.take(path)
        seconds = time.perf_counter() - begin
        size = taken.size / 1e6
    print(f"bench_backup: {size:.0f} MB backed up and checked in {seconds:.2f} s", file=sys.stderr)
    return [
        {"name": "backup of the district", "value": round(seconds, 3), "unit": "s",
         "baseline": None, "ratio": None, "target": None},
        {"name": "backup size of the district", "value": round(size, 1), "unit": "MB",
         "baseline": None, "ratio": None, "target": None},
    ]


if __name__ == "__main__":
    for result in run():
        print(result)

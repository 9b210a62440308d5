"""Roster import: a 10,000-household ``.xlsx`` read, checked and stored (target < 5 s), and the
peak memory of ``supervisor roster import`` of a 200,000-household file (target < 300 MB).

Writes a roster workbook of 10,000 households the way a street office fills one in (a title
row above the headers, building, unit, flat, owner, phone, resident and elderly flags, floor
area), then times what the import dialog and ``supervisor roster import`` do: read the sheet,
preview every row against the compound's stored households, and insert them in one
transaction into a fresh SQLite file made by the real migrations. Median of a few runs, each
on a new database; reports the three parts too. Then the largest roster a file may hold
(``ROW_LIMIT``, 200,000 rows) goes through the command line in a process of its own, whose
peak resident memory (``ru_maxrss``) is reported with its time. Nothing is kept on disk.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = 10_000
RUNS = 3
TARGET_SECONDS = 5.0
BIG_ROWS = 200_000
TARGET_MEGABYTES = 300.0
HEADER = ["楼栋", "单元", "户号", "姓名", "联系电话", "是否常住", "是否老年人", "建筑面积(㎡)", "备注"]


def write_roster(path: Path, rows: int = ROWS) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("住户花名册")
    sheet.append(["幸福里小区住户花名册"])
    sheet.append(HEADER)
    surnames = "王李张刘陈杨赵黄周吴"
    for i in range(rows):
        building, rest = divmod(i, 200)
        unit, flat = divmod(rest, 50)
        number = 100 * (flat // 4 + 1) + flat % 4 + 1
        sheet.append([
            f"{building + 1}号楼", unit + 1, number, f"{surnames[i % 10]}住户{i}", f"139{i:08d}",
            "是" if i % 9 else "否", "是" if i % 3 == 0 else "否", 55 + (i % 45) + 0.5, "",
        ])
    workbook.save(path)


def import_once(path: Path, folder: Path, label: str) -> dict[str, float]:
    from supervisor.db.engine import open_database
    from supervisor.procedure import templates
    from supervisor.projects import places
    from supervisor.projects.project import ProjectData
    from supervisor.residents import roster_xlsx

    database = open_database(folder / f"{label}.sqlite")
    try:
        with database.write() as session:
            project = templates.create_project(session, ProjectData(code="B-1", name="基准"))
            compound_id = places.add_compound(session, project, places.CompoundData("幸福里小区")).id
        started = time.perf_counter()
        sheet = roster_xlsx.read_sheet(path)
        read = time.perf_counter()
        with database.write() as session:
            preview = roster_xlsx.preview(
                sheet, existing=roster_xlsx.existing_households(session, compound_id)
            )
            checked = time.perf_counter()
            result = roster_xlsx.import_rows(
                session, places.get_compound(session, compound_id), preview.valid_rows
            )
        stored = time.perf_counter()
        assert result.added == ROWS and not preview.bad_rows, (result, len(preview.bad_rows))
    finally:
        database.close()
    return {"read": read - started, "preview": checked - read, "store": stored - checked,
            "total": stored - started}


# Runs the command in this child process and prints its peak resident memory in kB. On Linux
# the peak of this program's own memory (VmHWM): ru_maxrss also keeps the peak of the process
# before it became this program, a copy of the benchmark runner (fork), which after the other
# benchmarks is far larger than the import.
_MEASURE = """
import resource, sys
from supervisor.cli import main
code = main(sys.argv[1:])
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = peak // 1024 if sys.platform == "darwin" else peak
print(peak)
sys.exit(code)
"""


def big_import(folder: Path) -> tuple[float, float] | None:
    """Peak memory (MB) and seconds of ``supervisor roster import`` of ``BIG_ROWS`` households
    into a new compound, in a fresh process; None where ``resource`` is missing (Windows)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return None
    from supervisor.db.engine import open_database
    from supervisor.procedure import templates
    from supervisor.projects.project import ProjectData

    path = folder / "big.xlsx"
    write_roster(path, BIG_ROWS)
    database = open_database(folder / "big.sqlite")
    try:
        with database.write() as session:
            templates.create_project(session, ProjectData(code="B-1", name="基准"))
    finally:
        database.close()
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, "roster", "import", "--db", str(folder / "big.sqlite"),
         "--project", "B-1", "--compound", "幸福里小区", str(path)],
        capture_output=True, text=True, check=True,
    )
    seconds = time.perf_counter() - started
    assert f"{BIG_ROWS} rows accepted" in done.stdout, done.stdout
    return int(done.stdout.split()[-1]) / 1024, seconds


def run() -> list[dict]:
    from supervisor.db.audit import set_current_user

    set_current_user("bench")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "roster.xlsx"
        write_roster(path)
        import_once(path, folder, "warm")  # imports openpyxl and SQLAlchemy's compiled caches
        runs = [import_once(path, folder, f"run{i}") for i in range(RUNS)]
        big = big_import(folder)
    median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    print(
        f"roster import of {ROWS} rows: read {median['read']:.2f} s, preview "
        f"{median['preview']:.2f} s, store {median['store']:.2f} s",
        file=sys.stderr,
    )

    def entry(name: str, value: float, target: float | None, unit: str = "s") -> dict:
        return {"name": name, "value": round(value, 3), "unit": unit, "baseline": None,
                "ratio": None, "target": target}

    results = [
        entry("roster_import_10000_rows", median["total"], TARGET_SECONDS),
        entry("roster_import_read_xlsx", median["read"], None),
        entry("roster_import_preview", median["preview"], None),
        entry("roster_import_store", median["store"], None),
    ]
    if big is not None:
        print(f"roster import of {BIG_ROWS} rows: peak {big[0]:.0f} MB in {big[1]:.1f} s", file=sys.stderr)
        results += [
            entry("roster_import_200000_peak_memory", big[0], TARGET_MEGABYTES, "MB"),
            entry("roster_import_200000_rows", big[1], None),
        ]
    return results


if __name__ == "__main__":
    for result in run():
        print(result)

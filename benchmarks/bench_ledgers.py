"""Ledger export: a 100,000-row site-check ledger against a bare openpyxl write-only loop over
the same rows fetched with plain SQL (target ratio <= 1.2), and the peak memory of exporting
10,000 and 100,000 rows (target: within 50 MB of each other).

Since ledgers print as handed over (issue 16: a border on every cell, long text wrapped, dates
formatted), the baseline loop writes each cell with the same look — one bordered, wrapped cell
style, and a date format for the time column — which costs openpyxl about twice as much as
plain cells. The loop writing plain cells is reported too, without a target.

Two temporary SQLite files (real migrations, full-text triggers) are filled by bulk insert with
10,000 and 100,000 site checks with varied Chinese descriptions. Timed: ``ledgers.export`` of
the site-check ledger (title rows, Chinese names, formula-safe text, dates, filter, colours,
summary sheet) against ``sqlite3`` + ``Workbook(write_only=True)`` appending the same rows and
columns (number, project, time, compound, place, category, work type, description, result,
inspector, weather, step, photo and rectification counts) as they come, both saved to an .xlsx. Peak memory is the maximum resident size of a
fresh process that does only the export, once per size. Nothing is kept on disk.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

SIZES = (10_000, 100_000)
BATCH = 5_000
HERE = Path(__file__).resolve().parent


def build(path: Path, count: int) -> int:
    from sqlalchemy import insert

    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database
    from supervisor.db.models import SiteCheck
    from supervisor.procedure.templates import create_project
    from supervisor.projects.places import CompoundData, add_compound
    from supervisor.projects.project import ProjectData

    set_current_user("bench")
    rng = random.Random(count)
    parts = ["外墙", "屋面", "楼道", "雨水管", "污水管", "井盖", "电缆", "路面", "路灯", "绿地", "充电桩", "窗台"]
    problems = ["空鼓", "渗漏", "开裂", "破损", "积水", "松动", "锈蚀", "错接", "标识缺失", "不平整"]
    details = ["已拍照留存", "要求施工单位尽快处理", "现场已口头告知", "需复查", "雨后明显", "靠近单元门口"]
    database = open_database(path)
    try:
        with database.write() as session:
            project = create_project(session, ProjectData(code="L-1", name="台账基准片区"))
            compounds = [add_compound(session, project, CompoundData(f"第{i + 1}小区")).id for i in range(10)]
            project_id = project.id
            now = dt.datetime(2026, 11, 20, 8, 0)
            start = dt.datetime(2024, 3, 1, 8, 0)
            minutes = int((now - start).total_seconds() // 60)
            rows = []
            for i in range(count):
                part = rng.choice(parts)
                rows.append({
                    "uuid": str(uuid.UUID(int=rng.getrandbits(128))), "created_at": now, "updated_at": now,
                    "created_by": "bench", "updated_by": "bench", "project_id": project_id,
                    "compound_id": rng.choice(compounds), "common_area": "",
                    "location_text": f"{rng.randint(1, 12)}号楼 {rng.randint(1, 4)}单元",
                    "category": rng.choice(["materials", "workmanship", "progress", "safety"]),
                    "work_type": rng.choice(["外墙", "屋面", "雨污分流", ""]), "checklist": [],
                    "result": "problem" if rng.random() < 0.3 else "pass",
                    "description": f"{part}{rng.choice(problems)}，{rng.choice(details)}" * rng.randint(1, 3),
                    "inspector": rng.choice(["李秀英", "张伟", "周桂兰", "王建国"]),
                    "checked_at": start + dt.timedelta(minutes=rng.randrange(minutes)),
                    "weather": rng.choice(["晴", "多云", "阴", "小雨"]),
                })
                if len(rows) == BATCH:
                    session.execute(insert(SiteCheck), rows)
                    rows = []
            if rows:
                session.execute(insert(SiteCheck), rows)
    finally:
        database.close()
    return project_id


def ours(path: Path, project_id: int, out: Path) -> int:
    from supervisor.db.engine import open_database
    from supervisor.documents import ledgers

    database = open_database(path, create=False)
    try:
        return ledgers.export(database, "site-checks", ledgers.Scope(project_id=project_id), out).rows
    finally:
        database.close()


def bare(path: Path, project_id: int, out: Path, styled: bool = True) -> int:
    """The same rows and columns as the ledger, fetched with plain SQL, appended as they come;
    ``styled``: each cell bordered and wrapped (the time column dated), as a printed ledger is."""
    import sqlite3

    from openpyxl import Workbook
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Side

    sqlite3.register_converter("DATETIME", lambda raw: dt.datetime.fromisoformat(raw.decode()))
    connection = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
    try:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("site checks")
        thin = Side(style="thin")
        looks = []  # the two cell styles, made once (a style set per cell costs twice as much)
        for dated in (False, True):
            template = WriteOnlyCell(sheet)
            template.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            template.alignment = Alignment(wrap_text=True)
            if dated:
                template.number_format = "yyyy-mm-dd hh:mm"
            looks.append(template._style)

        def cell(value, dated: bool = False):
            return Cell(sheet, 1, 1, value=value, style_array=looks[dated])

        count = 0
        query = """
            SELECT 'XC-' || strftime('%Y', sc.checked_at) || '-' || printf('%05d', sc.id), p.code,
                   sc.checked_at, c.name, sc.location_text, sc.category, sc.work_type, sc.description,
                   sc.result, sc.inspector, sc.weather, ps.code,
                   (SELECT count(*) FROM photo_link pl WHERE pl.check_id = sc.id),
                   (SELECT count(*) FROM rectification r WHERE r.check_id = sc.id)
            FROM site_check sc JOIN project p ON p.id = sc.project_id
            LEFT JOIN compound c ON c.id = sc.compound_id
            LEFT JOIN project_step ps ON ps.id = sc.step_id
            WHERE sc.project_id = ? ORDER BY sc.checked_at, sc.id"""
        for row in connection.execute(query, (project_id,)):
            sheet.append([cell(v, i == 2) for i, v in enumerate(row)] if styled else row)
            count += 1
        workbook.save(out)
        return count
    finally:
        connection.close()


def _timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def peak_memory(path: Path, project_id: int, out: Path) -> float:
    """MB: the maximum resident size of a fresh process exporting the ledger."""
    code = (
        "import resource, sys; sys.path.insert(0, %r); import bench_ledgers as b; "
        "from pathlib import Path; b.ours(Path(%r), %d, Path(%r)); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    ) % (str(HERE), str(path), project_id, str(out))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout.strip().splitlines()[-1]) / 1024


def run() -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        built = {}
        for size in SIZES:
            path = folder / f"checks-{size}.sqlite"
            started = time.perf_counter()
            built[size] = (path, build(path, size))
            print(f"built {size} checks in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        path, project_id = built[SIZES[-1]]
        ours(built[SIZES[0]][0], built[SIZES[0]][1], folder / "warm.xlsx")  # imports, caches
        mine = min(_timed(ours, path, project_id, folder / "ours.xlsx") for _ in range(2))
        baseline = min(_timed(bare, path, project_id, folder / "bare.xlsx") for _ in range(2))
        plain = min(_timed(bare, path, project_id, folder / "plain.xlsx", False) for _ in range(2))
        memory = {size: peak_memory(p, pid, folder / f"memory-{size}.xlsx") for size, (p, pid) in built.items()}
    print(
        f"{SIZES[-1]} rows: ledger {mine:.2f} s, bare write-only loop {baseline:.2f} s (plain cells "
        f"{plain:.2f} s); peak memory "
        + ", ".join(f"{size}: {mb:.0f} MB" for size, mb in memory.items()),
        file=sys.stderr,
    )
    results.append({"name": "ledger_site_checks_100000", "value": round(mine, 3), "unit": "s",
                    "baseline": round(baseline, 3), "ratio": round(mine / baseline, 3), "target": 1.2})
    results.append({"name": "ledger_site_checks_100000_vs_plain_cells", "value": round(mine, 3), "unit": "s",
                    "baseline": round(plain, 3), "ratio": round(mine / plain, 3), "target": None})
    results.append({"name": "ledger_peak_memory_10000", "value": round(memory[SIZES[0]], 1), "unit": "MB",
                    "baseline": None, "ratio": None, "target": None})
    results.append({"name": "ledger_peak_memory_100000", "value": round(memory[SIZES[-1]], 1), "unit": "MB",
                    "baseline": None, "ratio": None, "target": None})
    results.append({"name": "ledger_peak_memory_growth", "value": round(memory[SIZES[-1]] - memory[SIZES[0]], 1),
                    "unit": "MB", "baseline": None, "ratio": None, "target": 50})
    return results


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))

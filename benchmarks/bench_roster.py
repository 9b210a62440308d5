"""Roster import: a 10,000-household ``.xlsx`` read, checked and stored (target < 5 s).

Writes a roster workbook of 10,000 households the way a street office fills one in (a title
row above the headers, building, unit, flat, owner, phone, resident and elderly flags, floor
area), then times what the import dialog and ``supervisor roster import`` do: read the sheet,
preview every row against the compound's stored households, and insert them in one
transaction into a fresh SQLite file made by the real migrations. Median of a few runs, each
on a new database; reports the three parts too. Nothing is kept on disk.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROWS = 10_000
RUNS = 3
TARGET_SECONDS = 5.0
HEADER = ["楼栋", "单元", "户号", "姓名", "联系电话", "是否常住", "是否老年人", "建筑面积(㎡)", "备注"]


def write_roster(path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("住户花名册")
    sheet.append(["幸福里小区住户花名册"])
    sheet.append(HEADER)
    surnames = "王李张刘陈杨赵黄周吴"
    for i in range(ROWS):
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


def run() -> list[dict]:
    from supervisor.db.audit import set_current_user

    set_current_user("bench")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "roster.xlsx"
        write_roster(path)
        import_once(path, folder, "warm")  # imports openpyxl and SQLAlchemy's compiled caches
        runs = [import_once(path, folder, f"run{i}") for i in range(RUNS)]
    median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    print(
        f"roster import of {ROWS} rows: read {median['read']:.2f} s, preview "
        f"{median['preview']:.2f} s, store {median['store']:.2f} s",
        file=sys.stderr,
    )

    def entry(name: str, value: float, target: float | None) -> dict:
        return {"name": name, "value": round(value, 3), "unit": "s", "baseline": None,
                "ratio": None, "target": target}

    return [
        entry("roster_import_10000_rows", median["total"], TARGET_SECONDS),
        entry("roster_import_read_xlsx", median["read"], None),
        entry("roster_import_preview", median["preview"], None),
        entry("roster_import_store", median["store"], None),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)

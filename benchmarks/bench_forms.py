"""Printed forms: the 45-step procedure sheet (target < 0.5 s) and a 1,000-row site-check
register against a bare reportlab ``Table`` of the same rows (target ratio <= 1.3).

A temporary SQLite file (real migrations) holds one project on the default 45-step template
and 1,000 site checks with varied Chinese descriptions. Timed, warm, median of several runs:

- ``forms_procedure_sheet``: reading the project's steps and drawing the 实施程序表;
- ``forms_site_check_register``: drawing the 巡查登记表 of the 1,000 checks (data read once),
  against the baseline: the same printed cells (the same text broken into the same lines,
  prepared before timing) in one platypus ``Table`` with a repeated header row and the same
  column widths, alignment, font and grid, on the same landscape A4 page. The ratio is thus
  what the form engine adds: template, title and header fields, line breaking, page headers
  and footers with "page x of y". An unwrapped baseline (long text running past its cell) is
  reported too, without a target.
Nothing is kept on disk.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
CHECKS = 1_000


def _median(function, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _database(folder: Path):
    from supervisor.codes import CheckResult
    from supervisor.db.engine import open_database
    from supervisor.procedure import templates
    from supervisor.projects import places
    from supervisor.projects.project import ProjectData
    from supervisor.site import checks

    database = open_database(folder / "forms.sqlite")
    rng = random.Random(7)
    parts = ["外墙", "屋面", "楼道", "雨水管", "井盖", "电缆", "路面", "绿地", "充电桩", "窗台"]
    problems = ["空鼓", "渗漏", "开裂", "破损", "积水", "松动", "错接", "标识缺失", "不平整", "堵塞"]
    with database.write() as session:
        project = templates.create_project(
            session, ProjectData(code="B-1", name="基准片区", planned_start=dt.date(2026, 3, 2))
        )
        compound = places.add_compound(session, project, places.CompoundData("幸福里小区"))
        start = dt.datetime(2026, 3, 2, 8, 0)
        for i in range(CHECKS):
            part, problem = rng.choice(parts), rng.choice(problems)
            checks.create_check(session, checks.CheckData(
                project_id=project.id, compound_id=compound.id,
                category=rng.choice(["materials", "workmanship", "progress", "safety"]),
                result=CheckResult.PROBLEM if i % 5 == 0 else CheckResult.PASS,
                description=f"{rng.randint(1, 9)}号楼{part}{problem}，" + "现场已要求施工单位处理并拍照留存。" * rng.randint(0, 3),
                inspector=rng.choice(["李秀英", "张伟", "周桂兰"]),
                checked_at=start + dt.timedelta(hours=3 * i),
            ))
        return database, project.id


def _bare_rows(template, data, font, wrapped: bool) -> list[list[str]]:
    """The register's cells as the form prints them (``wrapped``) or as one line each."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm

    from supervisor.documents.forms.render import _Builder, _widths

    section = next(s for s in template.sections if s.kind == "table")
    widths = _widths(section.columns, landscape(A4)[0] - 30 * mm)
    builder = _Builder(template, data, font, sum(widths))
    rows = [[c.label for c in section.columns]]
    for row in data.tables[section.key]:
        cells = [str(row.get(c.key, "") or "") for c in section.columns]
        if wrapped:
            cells = ["\n".join(builder.wrap(t, w - 6, template.font_size)) for t, w in zip(cells, widths)]
        rows.append(cells)
    return rows


def _bare_table(template, rows, font) -> None:
    """The baseline: ``rows`` in one plain platypus Table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    section = next(s for s in template.sections if s.kind == "table")
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=16 * mm)
    weight = sum(c.width for c in section.columns)
    widths = [doc.width * c.width / weight for c in section.columns]
    table = Table(rows, colWidths=widths, repeatRows=1)
    align = [("ALIGN", (i, 1), (i, -1), c.align.upper()) for i, c in enumerate(section.columns) if c.align != "left"]
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font.name, template.font_size, template.font_size * 1.35),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#333333")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *align,
    ]))
    doc.build([table])


def run() -> list[dict]:
    from supervisor.db.audit import set_current_user
    from supervisor.documents import forms
    from supervisor.documents.forms.fonts import choose_font
    from supervisor.documents.forms.layout import load_template

    set_current_user("bench")
    font = choose_font()
    with tempfile.TemporaryDirectory() as name:
        database, project_id = _database(Path(name))
        try:
            def procedure_sheet():
                with database.read() as session:
                    data = forms.form_data(session, "procedure", project_id)
                forms.render_form("procedure", data, io.BytesIO())

            with database.read() as session:
                register = forms.form_data(session, "site-checks", project_id)
            procedure_sheet()  # warm: imports, font registration
            procedure = _median(procedure_sheet)
            template = load_template("site_checks")
            same_cells = _bare_rows(template, register, font, wrapped=True)
            one_line = _bare_rows(template, register, font, wrapped=False)
            forms.render_form("site-checks", register, io.BytesIO())
            _bare_table(template, same_cells, font)
            ours = _median(lambda: forms.render_form("site-checks", register, io.BytesIO()), 3)
            bare = _median(lambda: _bare_table(template, same_cells, font), 3)
            unwrapped = _median(lambda: _bare_table(template, one_line, font), 3)
            out = io.BytesIO()
            pages = forms.render_form("site-checks", register, out).pages
        finally:
            database.close()
    print(
        f"procedure sheet {procedure:.3f} s; register of {CHECKS} checks: {pages} pages, {ours:.3f} s "
        f"(bare Table of the same cells {bare:.3f} s, unwrapped {unwrapped:.3f} s); font {font.name} ({'embedded' if font.embedded else 'not embedded'})",
        file=sys.stderr,
    )
    return [
        {"name": "forms_procedure_sheet", "value": round(procedure, 3), "unit": "s", "baseline": None,
         "ratio": None, "target": 0.5},
        {"name": "forms_site_check_register_1000", "value": round(ours, 3), "unit": "s",
         "baseline": round(bare, 3), "ratio": round(ours / bare, 3), "target": 1.3},
        {"name": "forms_site_check_register_vs_unwrapped", "value": round(ours, 3), "unit": "s",
         "baseline": round(unwrapped, 3), "ratio": round(ours / unwrapped, 3), "target": None},
    ]


if __name__ == "__main__":
    for result in run():
        print(result)

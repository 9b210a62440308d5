"""The command line on files in trouble: damaged, half written, read-only, busy with a long write.
Each ends in a clear line and a file left as it was, never a traceback."""

from __future__ import annotations

import random
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import (
    REPO,
    SAMPLE_PHOTOS,
    assert_one_line_error,
    damage_page,
    read_only_folder,
    run_cli,
)


def _roster(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["楼栋", "单元", "户号", "姓名", "电话", "是否常住", "是否老年人", "建筑面积(㎡)", "备注"])
    sheet.append(["9号楼", 1, 101, "新住户", "13900000000", "是", "否", 60, ""])
    book.save(path)
    return path


def _count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# --- a damaged file takes no write (item 6) -------------------------------------------------


@pytest.mark.sqlite_only
def test_commands_that_write_or_make_documents_refuse_a_damaged_file(demo_path, tmp_path, capsys):
    damage_page(demo_path)
    before = demo_path.read_bytes()
    roster = _roster(tmp_path / "roster.xlsx")
    commands = [
        ("photos", "import", "--db", str(demo_path), "--project", "DH-2026-01", str(SAMPLE_PHOTOS / "Canon_40D.jpg")),
        ("roster", "import", "--db", str(demo_path), "--project", "DH-2026-01", "--compound", "幸福里小区", str(roster)),
        ("export", "projects", "--db", str(demo_path), "--out", str(tmp_path / "ledger.xlsx")),
        ("print", "procedure", "--db", str(demo_path), "--project", "DH-2026-01", "--out", str(tmp_path / "form.pdf")),
    ]
    for argv in commands:
        code, out, err = run_cli(capsys, *argv)
        assert code == 2, argv
        line = assert_one_line_error(err)
        assert "demo.sqlite is damaged" in line and "supervisor check" in line, line
    assert demo_path.read_bytes() == before
    assert not (tmp_path / "ledger.xlsx").exists() and not (tmp_path / "form.pdf").exists()
    code, out, err = run_cli(capsys, "status", "--db", str(demo_path))  # viewing still works
    assert code == 0 and any("DH-2026-01" in line for line in out)


# --- check never crashes (item 7) -----------------------------------------------------------


def _scatter_damage(path: Path, seed: int, regions: int, size: int) -> None:
    """Overwrite ``regions`` small runs of ``size`` bytes with noise, past the file header."""
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for _ in range(regions):
        at = rng.randrange(100, len(data) - size)
        data[at:at + size] = rng.randbytes(size)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("seed, regions, size", [(1, 50, 8), (2, 50, 8), (2, 400, 16), (4, 50, 8), (7, 400, 16)])
@pytest.mark.sqlite_only
def test_check_reports_scattered_damage_and_never_crashes(demo_path, capsys, seed, regions, size):
    _scatter_damage(demo_path, seed, regions, size)
    code, out, err = run_cli(capsys, "check", "--db", str(demo_path))
    assert err == ""
    assert code == 1
    assert out[0] == "Problems with the database file and its records:"
    assert re.match(r"[1-9]\d* problem\(s\) found\.", out[-1])
    assert not any("unexpected error" in line or "Traceback" in line for line in out)


@pytest.mark.sqlite_only
def test_check_reports_a_damaged_index_page(demo_path, capsys):
    damage_page(demo_path)
    code, out, err = run_cli(capsys, "check", "--db", str(demo_path))
    assert (code, err) == (1, "")
    assert any(line.strip().startswith(("integrity:", "unreadable: the file")) for line in out)


@pytest.mark.sqlite_only
def test_check_reports_text_where_a_file_or_a_date_belongs(demo_path, capsys):
    with closing(sqlite3.connect(demo_path)) as raw, raw:
        attachment = raw.execute("SELECT attachment_id FROM attachment_blob ORDER BY attachment_id LIMIT 1").fetchone()[0]
        raw.execute("UPDATE attachment_blob SET data = 'not bytes' WHERE attachment_id = ?", (attachment,))
        step = raw.execute("SELECT id FROM project_step WHERE actual_end IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
        raw.execute("UPDATE project_step SET actual_end = '2026-02-30' WHERE id = ?", (step,))
    code, out, err = run_cli(capsys, "check", "--db", str(demo_path))
    assert (code, err) == (1, "")
    text = "\n".join(out)
    assert f"broken record: attachment_blob.data holds 1 value(s) that are not file contents (bytes) (row {attachment})" in text
    assert f"broken record: project_step.actual_end holds 1 value(s) that are not a date (YYYY-MM-DD) (row {step})" in text


# --- check: exit codes and warnings (item 9) ------------------------------------------------


def test_check_prints_consent_findings_as_warnings_and_exits_0(db_path, database, project, capsys):
    from sqlalchemy import select

    from supervisor.db.models import ProjectStep

    with database.write() as session:  # step 1 completed on consent, no override recorded ...
        step = session.scalars(select(ProjectStep).where(ProjectStep.project_id == project, ProjectStep.code == "1")).one()
        step.status = "done"
    from supervisor.projects import places
    from supervisor.projects.project import get_project

    with database.write() as session:  # ... and then a compound with nobody agreeing
        compound = places.add_compound(session, get_project(session, project), places.CompoundData("幸福里小区"))
        session.flush()
        places.add_building(session, compound, "1号楼", 1, 2, 2)
    code, out, err = run_cli(capsys, "check", "--db", str(db_path))
    assert (code, err) == (0, "")
    heading = out.index("Warnings about the work (they do not change the exit code):")
    assert "consent no longer met" in out[heading + 1] and "幸福里小区" in out[heading + 1]
    assert out[-1] == "No problems found. 1 warning(s)."


def test_check_warns_of_overdue_steps_and_items_without_failing(demo_path, capsys):
    """The demo's overdue steps (as ``status`` counts them) and items open past their deadline
    are warnings: the file is sound, so check exits 0."""
    import json

    code, out, err = run_cli(capsys, "check", "--db", str(demo_path))
    assert (code, err) == (0, "")
    heading = out.index("Warnings about the work (they do not change the exit code):")
    warnings = out[heading + 1:-1]
    code, status, _ = run_cli(capsys, "status", "--db", str(demo_path), "--json")
    overdue_steps = [
        f"  overdue: {project['code']} step {step['code']} {step['name']}: due {step['due_date']}, "
        f"{step['overdue_days']} day(s) ago"
        for project in json.loads("\n".join(status))["projects"] if not project["archived"]
        for phase in project["phases"] for step in phase["steps"] if step["overdue"]
    ]
    assert overdue_steps and [w for w in warnings if " step " in w] == overdue_steps
    items = [w for w in warnings if " rectification " in w]
    assert items and all(w.startswith("  overdue: DH-2026-01 rectification ZG-2026-") for w in items)
    assert out[-1] == f"No problems found. {len(warnings)} warning(s)."


# --- readers beside a long write (item 8) ---------------------------------------------------


@pytest.mark.sqlite_only
def test_status_reads_while_another_program_holds_a_long_write(demo_path, capsys, monkeypatch):
    import supervisor.db.engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)  # waiting would fail at once
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(demo_path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "c.execute(\"UPDATE project SET name = '导入中' WHERE code = 'DH-2026-01'\")\n"
            "print('holding', flush=True)\n"
            "sys.stdin.readline()\n"
            "c.execute('COMMIT')\n"
        )],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        code, out, err = run_cli(capsys, "status", "--db", str(demo_path), "--project", "DH-2026-01")
        assert (code, err) == (0, "")
        assert "东湖街道2026年老旧小区改造一片区" in out[0]
    finally:
        holder.communicate("\n", timeout=30)
    code, out, err = run_cli(capsys, "status", "--db", str(demo_path), "--project", "DH-2026-01")
    assert "导入中" in out[0]


# --- a read-only folder (item 13) -----------------------------------------------------------


@pytest.mark.sqlite_only
def test_a_database_on_read_only_media_can_be_viewed_exported_and_printed(demo_path, tmp_path, capsys):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    media = tmp_path / "media"
    media.mkdir()
    path = demo_path.rename(media / "demo.sqlite")
    before = path.read_bytes()
    with read_only_folder(media):
        code, out, err = run_cli(capsys, "status", "--db", str(path))
        assert (code, err) == (0, "") and any("DH-2026-01" in line for line in out)
        code, out, err = run_cli(capsys, "export", "projects", "--db", str(path), "--out", str(out_dir / "l.xlsx"))
        assert (code, err) == (0, "") and (out_dir / "l.xlsx").is_file()
        code, out, err = run_cli(
            capsys, "print", "procedure", "--db", str(path), "--project", "DH-2026-01", "--out", str(out_dir / "p.pdf")
        )
        assert (code, err) == (0, "") and (out_dir / "p.pdf").is_file()
        code, out, err = run_cli(capsys, "check", "--db", str(path))
        assert code == 0 and out[-1].startswith("No problems found.")
        code, out, err = run_cli(
            capsys, "photos", "import", "--db", str(path), "--project", "DH-2026-01", str(SAMPLE_PHOTOS / "Canon_40D.jpg")
        )
        assert code == 2 and "is open read-only" in assert_one_line_error(err)
    assert path.read_bytes() == before
    assert [p.name for p in media.iterdir()] == ["demo.sqlite"]


# --- the demo is written whole or not at all (item 11) --------------------------------------


def test_a_demo_that_fails_half_way_leaves_nothing_and_can_be_run_again(tmp_path, capsys, monkeypatch):
    from supervisor import errors
    from supervisor.demo import site

    def disk_full(*args, **kwargs):
        raise errors.StorageFull("The disk holding {where} is full.", where="demo")

    path = tmp_path / "demo.sqlite"
    monkeypatch.setattr(site, "populate_site", disk_full)
    code, out, err = run_cli(capsys, "demo", "--db", str(path))
    assert code == 2 and "full" in assert_one_line_error(err)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    code, out, err = run_cli(capsys, "demo", "--db", str(path))
    assert code == 0
    assert run_cli(capsys, "check", "--db", str(path))[0] == 0


def test_a_killed_demo_leaves_no_database_and_can_be_run_again(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    killed = subprocess.run(
        [sys.executable, "-c", (
            "import os, signal\n"
            "from supervisor.demo import site\n"
            "site.populate_site = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)\n"
            "from supervisor.cli import main\n"
            f"main(['demo', '--db', {str(path)!r}])\n"
        )],
        cwd=REPO, capture_output=True, timeout=120,
    )
    assert killed.returncode == -9
    assert not path.exists()
    code, out, err = run_cli(capsys, "demo", "--db", str(path))
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]
    assert run_cli(capsys, "check", "--db", str(path))[0] == 0

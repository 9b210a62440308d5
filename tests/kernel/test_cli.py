"""The headless command line: demo, status, check; clear one-line errors, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from supervisor.cli import main
from tests.conftest import REPO, assert_one_line_error, raw_sql

VALID_STATUSES = {"not_started", "in_progress", "done", "not_applicable"}


@pytest.fixture
def demo(demo_path, demo_day):
    """A private copy of the demo database (tests may damage it) and the day it was written for."""
    return demo_path, demo_day


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def steps_of(project: dict) -> list[dict]:
    return [step for phase in project["phases"] for step in phase["steps"]]


# --- demo ----------------------------------------------------------------------------------


def test_demo_writes_a_database_and_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "sub" / "demo.sqlite"
    code, out, err = run(capsys, "demo", "--db", str(path))
    assert code == 0 and err == ""
    assert "demo.sqlite" in out and path.stat().st_size > 0
    assert not Path(f"{path}-wal").exists()  # closed cleanly: one self-contained file
    before = path.read_bytes()
    code, out, err = run(capsys, "demo", "--db", str(path))
    assert code == 2
    assert "already exists" in assert_one_line_error(err)
    assert path.read_bytes() == before
    code, out, err = run(capsys, "demo", "--db", str(path), "--replace")
    assert code == 0


# --- status --------------------------------------------------------------------------------


def test_status_json_lists_every_project_with_phases_and_steps(demo, capsys):
    path, day = demo
    code, out, err = run(capsys, "status", "--db", str(path), "--json", "--today", day.isoformat())
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["date"] == day.isoformat()
    assert [p["code"] for p in data["projects"]] == ["DH-2025-03", "DH-2026-01", "DH-2026-02"]
    for project in data["projects"]:
        assert [ph["code"] for ph in project["phases"]] == ["P1", "P2", "P3", "P4", "P5"]
        steps = steps_of(project)
        assert [s["code"] for s in steps] == [str(n) for n in range(1, 46)]
        assert project["total"] == 45
        assert project["done"] == sum(s["status"] in ("done", "not_applicable") for s in steps)
        assert project["overdue"] == sum(s["overdue"] for s in steps)
        for phase in project["phases"]:
            assert phase["total"] == len(phase["steps"])
        for step in steps:
            assert {"code", "name", "status", "due_date", "overdue"} <= set(step)
            assert step["name"] and step["status"] in VALID_STATUSES
            if step["overdue"]:
                assert step["status"] in ("not_started", "in_progress")
                due = dt.date.fromisoformat(step["due_date"])
                assert due < day and step["overdue_days"] == (day - due).days


def test_status_json_shows_the_demo_overdue_steps(demo, capsys):
    path, day = demo
    code, out, _ = run(capsys, "status", "--db", str(path), "--json", "--today", day.isoformat())
    data = json.loads(out)
    finished, first, second = data["projects"]
    late = {s["code"]: s for s in steps_of(first) if s["overdue"]}
    assert set(late) == {"26", "28"}
    assert late["26"]["overdue_days"] == 12 and late["26"]["status"] == "in_progress"
    assert late["28"]["overdue_days"] == 5
    assert (finished["done"], first["done"], second["done"]) == (43, 25, 4)
    assert finished["overdue"] == 0
    assert "6" in {s["code"] for s in steps_of(second) if s["overdue"]}
    # a month later the same open steps are a month later still
    later = (day + dt.timedelta(days=30)).isoformat()
    code, out, _ = run(capsys, "status", "--db", str(path), "--json", "--today", later)
    first = json.loads(out)["projects"][1]
    late = {s["code"]: s for s in steps_of(first) if s["overdue"]}
    assert late["26"]["overdue_days"] == 42


def test_status_text_and_single_project(demo, capsys):
    path, day = demo
    code, out, err = run(capsys, "status", "--db", str(path), "--today", day.isoformat())
    assert code == 0
    assert "DH-2026-01" in out and "25/45" in out and "overdue: 2" in out
    assert "问题整改闭环" in out and "12 days late" in out
    code, out, err = run(
        capsys, "status", "--db", str(path), "--project", "DH-2026-02", "--json"
    )
    assert code == 0
    assert [p["code"] for p in json.loads(out)["projects"]] == ["DH-2026-02"]


def test_the_demo_has_residents_in_every_state(demo, capsys):
    path, day = demo
    code, out, err = run(capsys, "consent", "--db", str(path), "--project", "DH-2026-02", "--json")
    assert code == 0, err
    rows = {(r["compound"], r["round"]): r for r in json.loads(out)["compounds"]}
    assert rows[("新华里", 1)]["passed"] and not rows[("电业局宿舍", 1)]["passed"]
    assert rows[("电业局宿舍", 1)]["rate"] < 80 and rows[("新华里", 2)]["visited"] > 0
    code, out, err = run(capsys, "consent", "--db", str(path), "--project", "DH-2026-01", "--json")
    first = json.loads(out)["compounds"]
    assert len(first) == 6 and all(r["passed"] for r in first)

    from supervisor.db.engine import open_database
    from supervisor.db.models import ProjectStep
    from supervisor.projects.project import find_project
    from supervisor.residents import opinions, supervision_days, surveys

    database = open_database(path, create=False)
    try:
        with database.read() as session:
            under_way = find_project(session, "DH-2026-01")
            rows = opinions.list_opinions(session, opinions.OpinionFilter(project_id=under_way.id), day)
            assert {r.status for r in rows} == {"open", "replied", "closed"}
            assert any(r.overdue_days > 0 and r.status == "open" for r in rows)
            days = supervision_days.list_days(session, under_way.id)
            issues = [i for d in days for i in d.issues]
            assert len(days) == 2
            assert any(i.opinion_id for i in issues) and any(i.rectification_number for i in issues)
            # Step 1 of the second project went ahead below the threshold, with a reason.
            second = find_project(session, "DH-2026-02")
            step = session.query(ProjectStep).filter_by(project_id=second.id, code="1").one()
            assert step.status == "done" and "电业局宿舍" in step.override_reason
            finished = find_project(session, "DH-2025-03")
            total, per_compound = surveys.project_satisfaction(session, finished.id)
            assert total.overall.forms > 30 and 0.8 < total.overall.rate < 1.0
    finally:
        database.close()


def test_status_of_an_unknown_project_is_a_one_line_error(demo, capsys):
    path, _ = demo
    code, out, err = run(capsys, "status", "--db", str(path), "--project", "NO-SUCH")
    assert code == 2
    assert out == ""
    assert "NO-SUCH" in assert_one_line_error(err)


@pytest.mark.parametrize("argv", [["--today", "2026-13-01"], ["--today", "yesterday"]])
def test_status_with_a_bad_date_is_a_one_line_error(demo, capsys, argv):
    path, _ = demo
    code, out, err = run(capsys, "status", "--db", str(path), *argv)
    assert code == 2 and out == ""
    assert "YYYY-MM-DD" in assert_one_line_error(err)


def test_status_of_a_missing_database_creates_nothing(tmp_path, capsys):
    path = tmp_path / "nothing.sqlite"
    code, out, err = run(capsys, "status", "--db", str(path))
    assert code == 2
    assert "nothing.sqlite" in assert_one_line_error(err)
    assert not path.exists()


# --- check ---------------------------------------------------------------------------------


def test_check_passes_on_the_demo(demo, capsys):
    path, _ = demo
    code, out, err = run(capsys, "check", "--db", str(path))
    assert code == 0 and err == ""
    assert "Problems with the database file and its records:" not in out
    assert re.fullmatch(r"No problems found\. \d+ warning\(s\)\.", out.splitlines()[-1])


def _sql(path: Path, statement: str, *params) -> list[tuple]:
    """Run one statement with the plain driver, as someone tampering with the file would."""
    return raw_sql(path, statement, *params)


def _first_attachment(path: Path) -> tuple[int, str]:
    return _sql(path, "SELECT id, filename FROM attachment ORDER BY id LIMIT 1")[0]


def test_check_names_a_file_whose_bytes_changed(demo, capsys):
    path, _ = demo
    attachment_id, filename = _first_attachment(path)
    _sql(path, "UPDATE attachment_blob SET data = ? WHERE attachment_id = ?", b"tampered", attachment_id)
    code, out, err = run(capsys, "check", "--db", str(path))
    assert code == 1
    problems = [line for line in out.splitlines() if filename in line]
    assert len(problems) == 1 and "changed" in problems[0]
    # and the history names the write from another program and what it changed
    assert f"1 attached file's contents record(s) written by another program, not through the application (#{attachment_id})" in out
    assert f"attached file's contents #{attachment_id}: data: the file's contents differ from those recorded" in out
    assert "3 problem(s) found." in out


def test_check_reports_a_missing_file(demo, capsys):
    path, _ = demo
    attachment_id, filename = _first_attachment(path)
    _sql(path, "DELETE FROM attachment_blob WHERE attachment_id = ?", attachment_id)
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 1
    assert any("missing" in line and filename in line for line in out.splitlines())


def test_check_on_a_file_that_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "notes.sqlite"
    content = "施工日志：今天晴。\n".encode() * 500
    path.write_bytes(content)
    code, out, err = run(capsys, "check", "--db", str(path))
    assert code == 2
    line = assert_one_line_error(err)
    assert "notes.sqlite" in line and "not a database" in line
    assert path.read_bytes() == content


# --- the real entry point ------------------------------------------------------------------


def _python_m_supervisor(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "supervisor", *argv],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )


def test_python_m_supervisor_status_json(demo):
    path, day = demo
    result = _python_m_supervisor("status", "--db", str(path), "--json", "--today", day.isoformat())
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    data = json.loads(result.stdout.decode("utf-8"))
    assert [p["code"] for p in data["projects"]] == ["DH-2025-03", "DH-2026-01", "DH-2026-02"]
    assert data["projects"][1]["name"] == "东湖街道2026年老旧小区改造一片区"


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(demo):
    """``supervisor status --json | head -1``: the reader is gone before the output is written."""
    path, _ = demo
    process = subprocess.Popen(
        [sys.executable, "-m", "supervisor", "status", "--db", str(path), "--json"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    with process:
        process.stdout.close()
        err = process.stderr.read().decode("utf-8", errors="replace")
    assert err == "" and process.returncode != 3


def test_python_m_supervisor_error_has_no_traceback(demo):
    path, _ = demo
    result = _python_m_supervisor("status", "--db", str(path), "--project", "NO-SUCH")
    assert result.returncode == 2
    assert result.stdout == b""
    assert "NO-SUCH" in assert_one_line_error(result.stderr.decode("utf-8"))

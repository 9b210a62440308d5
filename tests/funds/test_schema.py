"""The money tables come with migration 0008: a database left at 0007 is upgraded, its new
tables recorded by the history like every other, and an amount changed behind the
application's back is found by ``supervisor check``."""

from __future__ import annotations

import json

import pytest

from supervisor.db.engine import open_database
from supervisor.funds import budget
from supervisor.history import triggers
from supervisor.procedure.templates import create_project
from supervisor.projects.project import ProjectData
from tests.conftest import raw_sql, run_cli, write_old_database


@pytest.mark.sqlite_only
def test_a_database_at_0007_is_upgraded_and_its_money_recorded(tmp_path, capsys):
    path = write_old_database(tmp_path / "old.sqlite", "0007")
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            assert triggers.missing(connection) == []
        with database.write() as s:
            project = create_project(s, ProjectData(code="P-1", name="片区")).id
            budget.save_source(s, project, "central", "中央补助资金", "1,000,000.01")
    finally:
        database.close()
    code, out, _ = run_cli(capsys, "log", "--db", str(path), "--record", "中央补助资金", "--json")
    entries = json.loads("\n".join(out))
    assert [(e["kind"], e["action"], e["changes"]["amount"]["new"]) for e in entries] == [
        ("fund_source", "insert", "1000000.01")]
    code, out, _ = run_cli(capsys, "check", "--db", str(path))
    assert code == 0, out
    raw_sql(path, "UPDATE fund_source SET amount = 200000001")  # fen: ¥2,000,000.01
    code, out, _ = run_cli(capsys, "check", "--db", str(path))
    assert code == 1 and any("amount" in line and "1000000.01" in line for line in out), out

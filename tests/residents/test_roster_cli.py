"""``supervisor roster import``, ``roster template`` and ``consent``: what a script reads back."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from sqlalchemy import func, select

from supervisor.db.models import Compound, Household
from supervisor.projects import places
from supervisor.projects.project import get_project
from supervisor.residents import consultation, roster, roster_xlsx
from supervisor.residents.consultation import AnswerData
from supervisor.residents.rules import ConsentRule, ConsentSettings, set_consent_settings
from tests.conftest import REPO, assert_one_line_error, run_cli
from tests.residents.conftest import HEADER, write_xlsx


def households(database, compound: str) -> dict[str, str]:
    with database.read() as session:
        found = session.scalars(select(Compound).where(Compound.name == compound)).first()
        if found is None:
            return {}
        return {r.label: r.owner_name for r in roster.list_households(session, found.id)}


def roster_file(tmp_path):
    return write_xlsx(
        tmp_path / "花名册.xlsx",
        [
            HEADER,
            ["1号楼", 1, 101, "张三", "13812345678"],
            ["1号楼", 1, 102, "李四", "1381234"],  # row 3: bad phone
            ["1号楼", 1, 103, "王五", ""],
            [None, 1, 104, "赵六", ""],  # row 5: no building
        ],
        before=[["幸福里小区住户花名册"]],
    )


def import_args(db_path, path, *extra):
    return (
        "roster", "import", "--db", str(db_path), "--project", "T-01",
        "--compound", "幸福里小区", *extra, str(path),
    )


def test_import_creates_the_compound_takes_valid_rows_and_lists_rejected_ones(
    db_path, database, project, tmp_path, capsys
):
    path = roster_file(tmp_path)
    code, out, err = run_cli(capsys, *import_args(db_path, path))
    assert code == 1 and err == ""
    assert out == [
        "row 4: bad phone 1381234",
        "row 6: missing building",
        "2 rows accepted into 幸福里小区 (new compound): 2 new, 0 updated; 2 rejected.",
    ]
    assert households(database, "幸福里小区") == {"1号楼-1-101": "张三", "1号楼-1-103": "王五"}

    # A corrected file run again updates the stored households and adds the rest.
    fixed = write_xlsx(
        tmp_path / "fixed.xlsx",
        [HEADER, ["1号楼", 1, 101, "张三丰", ""], ["1号楼", 1, 102, "李四", "13812345678"]],
    )
    code, out, err = run_cli(capsys, *import_args(db_path, fixed))
    assert code == 0
    assert out == ["2 rows accepted into 幸福里小区: 1 new, 1 updated; 0 rejected."]
    stored = households(database, "幸福里小区")
    assert stored["1号楼-1-101"] == "张三丰" and len(stored) == 3
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Compound)) == 1


def test_all_or_nothing_imports_nothing_when_a_row_is_bad(db_path, database, project, tmp_path, capsys):
    code, out, err = run_cli(capsys, *import_args(db_path, roster_file(tmp_path), "--all-or-nothing"))
    assert code == 1
    assert out[-1] == "0 rows accepted: 2 rejected and --all-or-nothing given; nothing was imported."
    assert households(database, "幸福里小区") == {}
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 0
        # Not even the compound was created.
        assert session.scalar(select(func.count()).select_from(Compound)) == 0


def test_a_bad_file_or_project_prints_one_line_and_changes_nothing(
    db_path, database, project, tmp_path, capsys
):
    not_excel = tmp_path / "roster.xlsx"
    not_excel.write_text("楼栋,单元,户号\n")
    no_headers = write_xlsx(tmp_path / "numbers.xlsx", [["a", "b"], [1, 2]])
    cases = [
        (import_args(db_path, not_excel), "roster.xlsx"),
        (import_args(db_path, no_headers), "楼栋"),
        (import_args(db_path, tmp_path / "missing.xlsx"), "missing.xlsx"),
        (
            ("roster", "import", "--db", str(db_path), "--project", "NOPE", "--compound", "x",
             str(roster_file(tmp_path))),
            "no project with the code NOPE",
        ),
    ]
    for argv, words in cases:
        code, out, err = run_cli(capsys, *argv)
        assert code == 2 and out == [], (argv, out)
        assert words in assert_one_line_error(err)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Compound)) == 0


def test_the_template_command_writes_a_workbook_the_import_reads(tmp_path, capsys):
    out_path = tmp_path / "模板.xlsx"
    code, out, err = run_cli(capsys, "roster", "template", "--out", str(out_path))
    assert code == 0 and out == [f"Roster template written to {out_path}"]
    sheet = roster_xlsx.read_sheet(out_path)
    assert sheet.headers[:5] == ["楼栋", "单元", "户号", "姓名", "电话"]
    assert all(sheet.mapping[f] is not None for f in roster_xlsx.REQUIRED_FIELDS)


def seed_consultation(database, project_id):
    """幸福里小区: 5 households, 4 agree in round 1; 电业局宿舍: 4 households, 1 agrees."""
    with database.write() as session:
        project = get_project(session, project_id)
        for name, agreeing, size in (("幸福里小区", 4, 5), ("电业局宿舍", 1, 4)):
            compound = places.add_compound(session, project, places.CompoundData(name))
            for i in range(size):
                household = roster.add_household(
                    session, compound, roster.HouseholdData("1号楼", "1", str(101 + i), f"户主{i}")
                )
                answer = "agree" if i < agreeing else "disagree" if i == agreeing else "not_visited"
                visited = None if answer == "not_visited" else dt.date(2026, 3, 1)
                consultation.set_answer(
                    session, household, 1, AnswerData(answer=answer, visited_on=visited)
                )


def test_consent_reports_each_compound_and_round_in_json(db_path, database, project, capsys):
    seed_consultation(database, project)
    code, out, err = run_cli(capsys, "consent", "--db", str(db_path), "--project", "T-01", "--json")
    assert code == 0, err
    report = json.loads("\n".join(out))
    rows = {(r["compound"], r["round"]): r for r in report["compounds"]}
    assert set(rows) == {("幸福里小区", 1), ("电业局宿舍", 1), ("幸福里小区", 2), ("电业局宿舍", 2)}
    happy = rows[("幸福里小区", 1)]
    assert (happy["households"], happy["visited"], happy["agreeing"]) == (5, 5, 4)
    assert happy["rate"] == 80.0 and happy["passed"] is True
    assert happy["threshold"] == "同意户数≥总户数80%"
    power = rows[("电业局宿舍", 1)]
    assert (power["households"], power["visited"], power["agreeing"]) == (4, 2, 1)
    assert power["rate"] == 25.0 and power["passed"] is False and power["needed"] == 3
    assert rows[("幸福里小区", 2)]["agreeing"] == 0 and rows[("幸福里小区", 2)]["passed"] is False
    # Compounds are ranked by agreement rate within a round.
    assert [r["compound"] for r in report["compounds"] if r["round"] == 1] == ["幸福里小区", "电业局宿舍"]


def test_consent_follows_the_rule_set_for_the_city(db_path, database, project, capsys):
    seed_consultation(database, project)
    with database.write() as session:
        set_consent_settings(session, ConsentSettings(ConsentRule.HOUSEHOLDS, percent=25))
    code, out, err = run_cli(capsys, "consent", "--db", str(db_path), "--project", "T-01")
    assert code == 0, err
    assert out[1] == "Threshold: 同意户数≥总户数25%"
    round_one = out[out.index("Round 1 (willingness)") + 2 : out.index("Round 1 (willingness)") + 4]
    assert round_one[0].split()[:5] == ["5", "5", "4", "80.0%", "yes"]
    assert round_one[1].split()[:5] == ["4", "2", "1", "25.0%", "yes"]
    assert round_one[1].endswith("电业局宿舍")


def test_consent_for_an_unknown_project_is_one_line(db_path, database, capsys):
    code, out, err = run_cli(capsys, "consent", "--db", str(db_path), "--project", "NOPE")
    assert code == 2 and out == []
    assert "no project with the code NOPE" in assert_one_line_error(err)


def test_the_installed_command_runs_roster_template(tmp_path):
    out_path = tmp_path / "t.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "supervisor", "roster", "template", "--out", str(out_path)],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert out_path.is_file()


def test_an_import_that_undoes_a_completed_steps_consent_says_so(db_path, database, project, tmp_path, capsys):
    from supervisor.db.models import ProjectStep
    from supervisor.procedure import materials, steps

    seed_consultation(database, project)
    with database.write() as session:
        # 电业局宿舍 is below 80 %: take it out, then step 1 completes on consent alone.
        compound = session.scalars(select(Compound).where(Compound.name == "电业局宿舍")).one()
        session.delete(compound)
        session.flush()
        step = session.scalars(select(ProjectStep).where(ProjectStep.project_id == project, ProjectStep.code == "1")).one()
        for material in step.materials:
            materials.set_provided(session, material, True)
        steps.set_status(session, step, "done")
    code, out, err = run_cli(capsys, "check", "--db", str(db_path))
    assert code == 0
    more = write_xlsx(tmp_path / "more.xlsx", [HEADER, ["1号楼", 1, 201, "新住户"], ["1号楼", 1, 202, "新住户二"]])
    code, out, err = run_cli(capsys, *import_args(db_path, more))
    assert code == 0
    assert out[-1].startswith("warning: project T-01 step 1 ")
    assert "幸福里小区 57.1% (4/7)" in out[-1]
    code, out, err = run_cli(capsys, "check", "--db", str(db_path))  # a warning, not damage
    assert code == 0 and any("consent no longer met" in line and "幸福里小区" in line for line in out)
    assert out[-1] == "No problems found. 1 warning(s)."

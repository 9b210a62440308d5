"""``supervisor log`` and the 操作日志 ledger (``supervisor export audit-log``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from openpyxl import load_workbook

from tests.conftest import ledger_rows, run_cli


def _changed_check(database, project, description="防水卷材无合格证") -> str:
    from supervisor.site.checks import CheckData, check_data, check_number, save_check

    with database.write() as session:
        check_id = save_check(session, None, CheckData(
            project_id=project, common_area="roof", category="materials", result="problem",
            description=description, inspector="李秀英"))
    with database.write() as session:
        save_check(session, check_id, dataclasses.replace(check_data(session, check_id), result="pass"))
    with database.read() as session:
        from supervisor.db.models import SiteCheck

        check = session.get(SiteCheck, check_id)
        return check_number(check.id, check.checked_at)


def test_log_of_one_record_as_json(database, project, db_path, capsys):
    number = _changed_check(database, project)
    database.close()
    code, out, _err = run_cli(capsys, "log", "--db", str(db_path), "--record", number, "--json")
    assert code == 0
    entries = json.loads("\n".join(out))
    assert [e["action"] for e in entries] == ["insert", "update"]
    assert {e["record"] for e in entries} == {number} and {e["kind"] for e in entries} == {"site_check"}
    assert entries[1]["changes"]["result"] == {"old": "problem", "new": "pass"}
    assert entries[1]["person"] == "tester"


def test_log_as_text_and_of_no_record(database, project, db_path, capsys):
    number = _changed_check(database, project)
    database.close()
    code, out, _err = run_cli(capsys, "log", "--db", str(db_path), "--record", number)
    assert code == 0 and any("result: problem → pass" in line for line in out)
    code, out, _err = run_cli(capsys, "log", "--db", str(db_path), "--record", "XC-1999-00001")
    assert code == 0 and out == ["No changes recorded for XC-1999-00001."]


def _sheet_rows(path):
    sheet = load_workbook(path).worksheets[0]
    rows = ledger_rows(sheet)
    return sheet, [row for row in rows if any(v is not None for v in row)]


def test_the_audit_log_ledger_from_the_command_line(database, project, db_path, tmp_path, capsys):
    number = _changed_check(database, project, description="=HYPERLINK(\"http://x.invalid\",\"x\")")
    database.close()
    out = tmp_path / "操作日志.xlsx"
    today = dt.date.today().isoformat()
    code, lines, _err = run_cli(capsys, "export", "audit-log", "--db", str(db_path), "--out", str(out),
                                "--project", "T-01", "--from", today, "--to", today)
    assert code == 0, lines
    sheet, rows = _sheet_rows(out)
    assert [c.value for c in sheet[4]] == ["序号", "时间", "操作人", "记录类别", "记录编号", "操作", "变更内容"]
    checks = [row for row in rows if row[4] == number]
    assert [row[5] for row in checks] == ["新建", "修改"]
    assert checks[1][2] == "tester" and checks[1][3] == "巡查记录"
    assert checks[1][6] == "结论：发现问题 → 合格"
    assert '检查情况：=HYPERLINK("http://x.invalid","x")' in checks[0][6].splitlines()
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    assert isinstance(rows[0][1], dt.datetime)
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$4:$4"
    created_row = next(r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 5).value == number)
    shown = sheet.cell(created_row, 7)
    assert shown.alignment.wrap_text and sheet.row_dimensions[created_row].height >= 12 * len(checks[0][6].splitlines())  # 10 pt lines

    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    code, lines, _err = run_cli(capsys, "export", "audit-log", "--db", str(db_path), "--out", str(out),
                                "--to", yesterday)
    assert code == 0
    assert _sheet_rows(out)[1] == []


def test_the_audit_log_ledger_keeps_a_formula_looking_number_as_text(database, project, tmp_path):
    """A record named like a formula (a compound) stays the text in the 记录编号 column."""
    from supervisor.documents import ledgers
    from supervisor.documents.ledgers import Scope
    from supervisor.history import reading
    from supervisor.db.models import Project
    from supervisor.projects.places import CompoundData, add_compound

    with database.write() as session:
        add_compound(session, session.get(Project, project), CompoundData(name="=1+1小区", address="@SUM(1)"))
    out = tmp_path / "log.xlsx"
    ledgers.export(database, "audit-log", Scope(view=reading.Filter(kind="compound", label_contains="=1+1")), out)
    sheet = load_workbook(out).worksheets[0]
    cells = [row for row in ledger_rows(sheet, values_only=False) if row[0].value is not None]
    assert len(cells) == 1
    number = cells[0][4]
    assert number.value == "=1+1小区" and number.data_type == "s" and number.quotePrefix
    assert "地址：@SUM(1)" in cells[0][6].value.splitlines()
    assert sheet["A2"].value == "范围：全部项目；记录类别：小区；记录编号含：=1+1"

"""Ledgers read back with openpyxl: values, types, frozen header, filter, print set-up, summary,
scopes, formula injection, cancelling, photos beside the workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from supervisor.db.engine import open_database
from supervisor.documents import ledgers
from supervisor.documents.ledgers import LEDGERS, Cancelled, Scope
from supervisor.documents.ledgers.xlsx import write_ledger
from supervisor.projects.project import find_project
from supervisor.site import checks
from supervisor.site.checks import CheckFilter
from tests.conftest import assert_one_line_error, copy_database, ledger_rows, run_cli

TODAY = dt.date(2026, 11, 30)
MONEY = {"funds", "funds-detail", "retention", "contributions", "urgent-repairs"}


@pytest.fixture
def demo(demo_path):
    database = open_database(demo_path, create=False)
    yield database
    database.close()


def data_rows(sheet) -> list[tuple]:
    return ledger_rows(sheet)


def test_every_ledger_reads_back_with_its_header_types_and_print_setup(demo, tmp_path):
    for name, spec in LEDGERS.items():
        out = tmp_path / f"{name}.xlsx"
        result = ledgers.export(demo, name, Scope(), out, exported_by="陈静")
        workbook = load_workbook(out)
        sheet = workbook.worksheets[0]
        assert sheet.title == spec.title and sheet["A1"].value == spec.title
        assert sheet["A2"].value == "范围：全部项目" and "导出人：陈静" in sheet["A3"].value
        header = [c.value for c in sheet[4]]
        assert header[:len(spec.columns)] == [c.header for c in spec.columns], name
        assert len(header) == len(spec.columns) or name == "funds", name  # it adds a column per fund source
        assert sheet.freeze_panes == "A5"
        assert sheet.print_title_rows == "$4:$4"
        assert sheet.page_setup.orientation == "landscape" and sheet.sheet_properties.pageSetUpPr.fitToPage
        rows = data_rows(sheet)
        assert len(rows) == result.rows, name
        # The demo's money comes with issue 17's demo; test_money_ledgers checks those ledgers meanwhile.
        assert result.rows > 0 or name in MONEY, name
        last = sheet.max_column
        assert sheet.auto_filter.ref == f"A4:{sheet.cell(4, last).column_letter}{4 + result.rows}"
        for index, column in enumerate(spec.columns):
            values = [r[index] for r in rows if r[index] not in (None, "")]
            if column.kind in ("date", "datetime"):
                assert all(isinstance(v, dt.datetime) for v in values), (name, column.header)
            elif column.kind in ("int", "decimal", "percent"):
                assert all(isinstance(v, (int, float)) for v in values), (name, column.header, values[:3])
            else:
                assert all(isinstance(v, str) for v in values), (name, column.header)
        summary = workbook["汇总"]
        cells = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row and row[0]}
        assert cells["记录数"] == result.rows and cells["台账"] == spec.title


def test_the_ledgers_carry_the_records_values(demo, tmp_path):
    with demo.read() as session:
        first_id = find_project(session, "DH-2026-01").id
    out = tmp_path / "r.xlsx"
    ledgers.export(demo, "rectifications", Scope(project_id=first_id), out, today=TODAY)
    sheet = load_workbook(out).worksheets[0]
    rows = {r[0]: r for r in data_rows(sheet)}
    closed = rows["ZG-2026-005"]
    assert closed[1] == "DH-2026-01" and closed[2] == "已销项" and closed[15] == 0
    overdue = [r for r in rows.values() if r[2] == "待整改" and r[15] > 0]
    assert overdue and all(isinstance(r[14], dt.datetime) for r in overdue)
    rules = [rule.operator for cf in sheet.conditional_formatting for rule in cf.rules]
    assert "greaterThan" in rules and "equal" in rules  # overdue days in red, status colours

    out = tmp_path / "p.xlsx"
    ledgers.export(demo, "projects", Scope(), out, today=TODAY)
    sheet = load_workbook(out).worksheets[0]
    by_code = {r[0]: r for r in data_rows(sheet)}
    assert by_code["DH-2026-01"][10] == 25 and by_code["DH-2026-01"][9] == 45
    assert by_code["DH-2025-03"][12] == 1.0  # bidding phase all done, as a number (shown 100%)
    assert sheet.cell(5, 13).number_format == "0%"


def test_a_date_range_and_the_list_on_screen_decide_the_rows(demo, tmp_path):
    with demo.read() as session:
        project_id = find_project(session, "DH-2026-01").id
        everything = checks.list_checks(session, CheckFilter(project_id=project_id), limit=None)
    days = sorted(r.checked_at.date() for r in everything)
    start, end = days[5], days[15]
    out = tmp_path / "range.xlsx"
    result = ledgers.export(demo, "site-checks", Scope(project_id, start, end), out)
    expected = [r for r in everything if start <= r.checked_at.date() <= end]
    assert result.rows == len(expected) > 0
    assert all(start <= row[2].date() <= end for row in data_rows(load_workbook(out).worksheets[0]))

    view = CheckFilter(project_id=project_id, result="problem")
    out = tmp_path / "view.xlsx"
    result = ledgers.export(demo, "site-checks", Scope(view=view), out)
    with demo.read() as session:
        shown = checks.list_checks(session, view, limit=None)
    sheet = load_workbook(out).worksheets[0]
    assert sorted(r[0] for r in data_rows(sheet)) == sorted(f"XC-{r.checked_at:%Y}-{r.id:05d}" for r in shown)
    assert {r[8] for r in data_rows(sheet)} == {"发现问题"}
    assert "与列表当前筛选一致（结果：发现问题）" in sheet["A2"].value


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＠"])
def test_text_starting_with_a_formula_character_stays_harmless_text(start, tmp_path):
    spec = LEDGERS["site-checks"]
    typed = f"{start}1+cmd|' /C calc'!A0"
    row = ("XC-1", "P-1", dt.datetime(2026, 3, 5, 9, 0), typed, typed, "施工质量", typed, typed, "合格",
           typed, "", "", 1, 0)
    out = tmp_path / "x.xlsx"
    write_ledger(out, spec, "测试", [row])
    cells = list(load_workbook(out).worksheets[0].iter_rows(min_row=5, max_row=5))[0]
    for index in (3, 4, 6, 7, 9):
        cell = cells[index]
        assert cell.data_type == "s", (start, index)
        assert cell.value == typed and cell.quotePrefix, (start, index)  # as typed, kept text on edit
    assert cells[12].value == 1 and cells[12].data_type == "n"


def test_a_formula_typed_into_a_record_is_exported_as_text(demo, tmp_path):
    with demo.write() as session:
        project_id = find_project(session, "DH-2026-01").id
        checks.create_check(session, checks.CheckData(
            project_id=project_id, category="workmanship", result="pass",
            description='=HYPERLINK("http://evil.example","点我")', inspector="@SUM(1)",
            checked_at=dt.datetime(2026, 11, 1, 9, 0),
        ))
    out = tmp_path / "x.xlsx"
    ledgers.export(demo, "site-checks", Scope(project_id=project_id), out)
    sheet = load_workbook(out).worksheets[0]
    formulas = [c for row in sheet.iter_rows(min_row=5) for c in row if c.data_type == "f"]
    assert formulas == []
    values = {c.value: c for row in sheet.iter_rows(min_row=5) for c in row}
    for typed in ('=HYPERLINK("http://evil.example","点我")', "@SUM(1)"):
        assert values[typed].data_type == "s" and values[typed].quotePrefix


def test_a_cancelled_export_leaves_no_file_and_keeps_an_older_one(tmp_path):
    import openpyxl.worksheet._writer as writer

    out = tmp_path / "ledger.xlsx"
    out.write_bytes(b"last week's ledger")
    temporary_before = set(writer.ALL_TEMP_FILES)
    rows = (("XC-%d" % i, "P", None, "", "", "", "", "内容", "", "", "", "", 0, 0) for i in range(5000))
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] >= 3

    with pytest.raises(Cancelled):
        write_ledger(out, LEDGERS["site-checks"], "测试", rows, cancelled=cancelled)
    assert out.read_bytes() == b"last week's ledger"
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.xlsx"]
    assert set(writer.ALL_TEMP_FILES) == temporary_before
    assert all(Path(p).exists() for p in writer.ALL_TEMP_FILES)


def test_photos_are_copied_per_record_with_meaningful_names(demo, tmp_path):
    folder = tmp_path / "照片"
    result = ledgers.export(demo, "rectifications", Scope(), tmp_path / "r.xlsx", photos_dir=folder)
    names = sorted(p.name for p in folder.rglob("*.jpg"))
    assert result.photos == len(names) > 0
    assert "ZG-2026-005_整改前_1.jpg" in names and "ZG-2026-005_整改后_1.jpg" in names
    assert (folder / "ZG-2026-005" / "ZG-2026-005_整改后_1.jpg").stat().st_size > 1000


def test_the_export_command(demo_source, tmp_path, capsys):
    db = copy_database(demo_source, tmp_path / "demo.sqlite")
    out = tmp_path / "巡查台账.xlsx"
    code, lines, err = run_cli(capsys, "export", "site-checks", "--db", str(db), "--project", "DH-2026-01",
                           "--out", str(out))
    assert code == 0, err
    assert lines == [f"Wrote 42 row(s) of the site-checks ledger to {out}."]
    assert load_workbook(out).worksheets[0]["A1"].value == "巡查台账"
    for argv, words in (
        (["--from", "2026-13-01"], "2026-13-01"),
        (["--from", "2026-12-01", "--to", "2026-11-01"], "after the last day"),
        (["--project", "NOPE"], "NOPE"),
    ):
        code, lines, err = run_cli(capsys, "export", "opinions", "--db", str(db), *argv, "--out", str(tmp_path / "o.xlsx"))
        assert code == 2 and lines == [] and words in assert_one_line_error(err)
    assert not (tmp_path / "o.xlsx").exists()


def test_a_cancelled_export_with_photos_takes_the_copied_photos_back(demo, tmp_path):
    folder = tmp_path / "照片"
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 4  # after a few photos

    with pytest.raises(Cancelled):
        ledgers.export(demo, "rectifications", Scope(), tmp_path / "r.xlsx", photos_dir=folder, cancelled=cancelled)
    assert not (tmp_path / "r.xlsx").exists()
    assert not folder.exists() or list(folder.rglob("*.jpg")) == []

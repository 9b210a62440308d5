"""Roster files as they come from the field: password-protected, formulas without values, dates
where a flat number belongs, sizes beyond the stated limit, sheets with a wrong size record."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest
from openpyxl import Workbook

from supervisor import errors
from supervisor.residents import roster_reading, roster_xlsx
from tests.conftest import REPO, assert_one_line_error, run_cli
from tests.residents.conftest import HEADER, write_xlsx

PROTECTED = REPO / "tests" / "data" / "rosters" / "password-1234.xlsx"
UNSAVED = "is a formula with no saved value (open and save the file in Excel or WPS)"


def reasons(preview) -> dict[int, list[str]]:
    return {r.row: [p.message() for p in r.problems] for r in preview.bad_rows}


def rewrite_cell(source, target, ref: str, cell_xml: str) -> None:
    """Copy ``source`` with the sheet's cell ``ref`` replaced by ``cell_xml``, as another program
    would have saved it."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text, count = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', cell_xml, data.decode())
                assert count == 1
                data = text.encode()
            zout.writestr(item, data)


def test_a_password_protected_workbook_is_named_as_such(tmp_path):
    with pytest.raises(errors.ValidationError) as raised:
        roster_xlsx.read_sheet(PROTECTED)
    message = str(raised.value)
    assert message.startswith("password-1234.xlsx is protected with a password, so it cannot be read.")
    assert "remove the password" in message and "damaged" not in message
    # Saved under another name, or as .xls, it is still recognised.
    renamed = tmp_path / "花名册.xls"
    renamed.write_bytes(PROTECTED.read_bytes())
    with pytest.raises(errors.ValidationError, match="protected with a password"):
        roster_xlsx.read_sheet(renamed)


def test_the_command_line_says_the_roster_is_password_protected(db_path, database, project, capsys):
    code, out, err = run_cli(
        capsys, "roster", "import", "--db", str(db_path), "--project", "T-01", "--compound", "幸福里小区",
        str(PROTECTED),
    )
    assert code == 2 and out == []
    assert "is protected with a password" in assert_one_line_error(err)


def test_an_old_xls_saved_with_an_xlsx_name_is_not_called_damaged(tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    with pytest.raises(errors.ValidationError) as raised:
        roster_xlsx.read_sheet(path)
    assert "only .xlsx files are read; save it as .xlsx first." in str(raised.value)


def test_a_formula_in_the_phone_column_refuses_its_row_like_any_formula_cell(tmp_path):
    path = write_xlsx(
        tmp_path / "phones.xlsx",
        [HEADER[:5], ["1号楼", 1, 101, "张三", '="138"&"12345678"'], ["1号楼", 1, 102, "李四", "13912345678"]],
    )
    preview = roster_xlsx.preview(roster_xlsx.read_sheet(path))
    assert reasons(preview) == {2: [f"电话 {UNSAVED}"]}
    assert [r.data.phone for r in preview.valid_rows] == ["13912345678"]


def test_a_formula_with_its_saved_value_is_used_and_an_empty_text_result_is_an_empty_cell(tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [HEADER[:5], ["1号楼", 1, 101, "张三", "=A1"], ["1号楼", 1, 102, "李四", "=A1"]])
    saved = tmp_path / "saved.xlsx"
    rewrite_cell(path, tmp_path / "step.xlsx", "E2", '<c r="E2" t="str"><f>A1</f><v>13812345678</v></c>')
    rewrite_cell(tmp_path / "step.xlsx", saved, "E3", '<c r="E3" t="str"><f>IF(A1="","x","")</f><v></v></c>')
    preview = roster_xlsx.preview(roster_xlsx.read_sheet(saved))
    assert not preview.bad_rows
    assert [r.data.phone for r in preview.valid_rows] == ["13812345678", ""]


@pytest.mark.parametrize("column, header", [(2, "户号"), (0, "楼栋"), (1, "单元")])
def test_a_date_where_an_address_belongs_refuses_the_row(tmp_path, column, header):
    # Excel makes a date of "3-2" or "12/31" typed into a general cell; what was typed is lost.
    row = ["1号楼", 1, 101, "张三"]
    row[column] = dt.datetime(2099, 12, 31)
    path = write_xlsx(tmp_path / "dates.xlsx", [HEADER[:4], row, ["1号楼", 1, 102, "李四"]])
    preview = roster_xlsx.preview(roster_xlsx.read_sheet(path))
    assert reasons(preview) == {2: [
        f"{header} is a date (2099-12-31): Excel or WPS turned what was typed into a date "
        "(format the column as text and type it again)"
    ]}
    assert [r.data.number for r in preview.valid_rows] == ["102"]


def test_a_roster_beyond_the_row_limit_is_refused_with_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(roster_reading, "ROW_LIMIT", 3)
    rows = [HEADER[:4]] + [["1号楼", 1, 101 + i, f"住户{i}"] for i in range(3)] + [[None] * 4, ["合计", None, None, "3户"]]
    at_limit = write_xlsx(tmp_path / "three.xlsx", rows)
    assert len(roster_xlsx.read_sheet(at_limit).rows) == 3  # blank and footer rows do not count
    over = write_xlsx(tmp_path / "four.xlsx", rows[:4] + [["1号楼", 1, 201, "多一户"]])
    with pytest.raises(errors.ValidationError) as raised:
        roster_xlsx.read_sheet(over)
    assert str(raised.value) == (
        "four.xlsx has more than 3 rows of households; one roster file can hold at most 3. "
        "Split it into several files (for example by building) and import them one after another."
    )


def test_a_sheet_whose_recorded_size_is_wrong_is_read_whole(tmp_path):
    # Some programs record the used range as A1 whatever the sheet holds.
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER[:5], ["1号楼", 1, 101, "张三", "13812345678"]])
    wrong = tmp_path / "wrong.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(wrong, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
                assert b'<dimension ref="A1"/>' in data
            zout.writestr(item, data)
    preview = roster_xlsx.preview(roster_xlsx.read_sheet(wrong))
    assert [(r.data.number, r.data.phone) for r in preview.valid_rows] == [("101", "13812345678")]


def test_the_roster_sheet_is_found_behind_an_instructions_sheet(tmp_path):
    path = tmp_path / "two.xlsx"
    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["请按下表填写"])
    ws = wb.create_sheet("花名册")
    ws.append(HEADER[:4])
    ws.append(["2号楼", 1, 301, "王五"])
    wb.save(path)
    sheet = roster_xlsx.read_sheet(path)
    assert sheet.sheet_name == "花名册" and [values[3] for _n, values in sheet.rows] == ["王五"]

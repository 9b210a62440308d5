"""Household roster: entry by hand, Excel import (headers, merged cells, bad rows), template."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.db.models import Household
from supervisor.projects import places
from supervisor.projects.project import get_project
from supervisor.residents import roster, roster_xlsx
from supervisor.residents.roster import HouseholdData
from tests.residents.conftest import HEADER, write_xlsx


@pytest.fixture
def compound(database, project):
    with database.write() as session:
        p = get_project(session, project)
        return places.add_compound(session, p, places.CompoundData("幸福里小区")).id


def stored(database, compound_id):
    with database.read() as session:
        return {r.label: r for r in roster.list_households(session, compound_id)}


def run_import(database, compound_id, path):
    with database.write() as session:
        sheet = roster_xlsx.read_sheet(path)
        preview = roster_xlsx.preview(sheet, existing=roster_xlsx.existing_households(session, compound_id))
        compound = places.get_compound(session, compound_id)
        result = roster_xlsx.import_rows(session, compound, preview.valid_rows)
    return preview, result


# --- phones and hand entry ------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("0531-88776655", "0531-88776655"),
        ("88776655", "88776655"),
        ("13812345678/0531-88776655", "13812345678/0531-88776655"),
        ("400-123-4567", "400-123-4567"),
    ],
)
def test_phone_numbers_people_type_are_kept_in_a_standard_spelling(typed, kept):
    assert roster.normalise_phone(typed) == kept


@pytest.mark.parametrize("typed", ["1381234567", "12812345678", "电话", "138123456789", "12-34"])
def test_a_phone_that_is_not_a_number_is_refused(typed):
    assert roster.normalise_phone(typed) is None


@given(st.text(max_size=30))
def test_phone_checking_never_crashes_on_any_text(text):
    result = roster.normalise_phone(text)
    assert result is None or isinstance(result, str)


def test_a_household_entered_by_hand_survives_reopening(database, db_path, compound):
    with database.write() as session:
        c = places.get_compound(session, compound)
        roster.add_household(
            session,
            c,
            HouseholdData("1号楼", "2", "301", "张桂兰", "138 1234 5678", True, True, Decimal("68.5")),
        )
    database.close()
    again = open_database(db_path)
    with again.read() as session:
        (row,) = roster.list_households(session, compound)
    again.close()
    assert (row.label, row.owner_name, row.phone, row.elderly, row.area) == (
        "1号楼-2-301", "张桂兰", "13812345678", True, Decimal("68.50"),
    )


def test_the_same_flat_twice_and_a_bad_phone_are_refused_by_hand(database, compound):
    with database.write() as session:
        c = places.get_compound(session, compound)
        roster.add_household(session, c, HouseholdData("1号楼", "1", "101", "王建国"))
    with pytest.raises(errors.ValidationError) as raised, database.write() as session:
        roster.add_household(session, places.get_compound(session, compound), HouseholdData("1号楼", "1", "101", "李四"))
    assert raised.value.field == "number"
    with pytest.raises(errors.ValidationError) as raised, database.write() as session:
        roster.add_household(
            session, places.get_compound(session, compound), HouseholdData("1号楼", "1", "102", "李四", "12345")
        )
    assert raised.value.field == "phone"
    assert list(stored(database, compound)) == ["1号楼-1-101"]


def test_households_are_listed_in_natural_order(database, compound):
    with database.write() as session:
        c = places.get_compound(session, compound)
        for b, n in [("10号楼", "101"), ("2号楼", "1001"), ("2号楼", "301"), ("2号楼", "1101")]:
            roster.add_household(session, c, HouseholdData(b, "1", n, "某"))
    assert list(stored(database, compound)) == ["10号楼-1-101", "2号楼-1-301", "2号楼-1-1001", "2号楼-1-1101"]


# --- import -----------------------------------------------------------------------------------


def test_a_clean_roster_imports_every_row(database, compound, tmp_path):
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        [HEADER, ["1号楼", 1, 101, "张三", 13812345678, "是", "否", 75.5, ""],
         ["1号楼", 1, 102, "李四", "0531-88776655", "否", "是", None, "出租"]],
    )
    preview, result = run_import(database, compound, path)
    assert (result.added, result.updated, len(preview.bad_rows)) == (2, 0, 0)
    rows = stored(database, compound)
    assert rows["1号楼-1-101"].phone == "13812345678"
    assert rows["1号楼-1-101"].area == Decimal("75.50")
    assert rows["1号楼-1-102"].resident is False and rows["1号楼-1-102"].elderly is True
    assert rows["1号楼-1-102"].notes == "出租"


def test_every_bad_row_is_marked_with_its_reason(tmp_path):
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            HEADER,
            ["1号楼", 1, 101, "张三", "13812345678"],  # row 2: fine
            [None, 1, 102, "李四", "13812345678"],  # row 3: no building
            ["1号楼", 1, 103, "王五", "1381234"],  # row 4: bad phone
            ["1号楼", 1, 101, "赵六", ""],  # row 5: duplicate of row 2
            ["1号楼", 1, 104, "", ""],  # row 6: empty name
            ["1号楼", 1, 105, "孙七", "", "也许"],  # row 7: bad yes/no
        ],
    )
    preview = roster_xlsx.preview(roster_xlsx.read_sheet(path))
    reasons = {r.row: [p.message() for p in r.problems] for r in preview.bad_rows}
    assert reasons == {
        3: ["missing building"],
        4: ["bad phone 1381234"],
        5: ["duplicate household 1号楼-1-101 (also row 2)"],
        6: ["empty name"],
        7: ["是否常住 must be 是 or 否, not 也许"],
    }
    assert [r.row for r in preview.valid_rows] == [2]


def test_importing_nothing_when_rows_are_bad_leaves_the_database_as_it_was(database, compound, tmp_path):
    with database.write() as session:
        roster.add_household(session, places.get_compound(session, compound), HouseholdData("1号楼", "1", "101", "旧户主"))
    path = write_xlsx(tmp_path / "bad.xlsx", [HEADER, ["1号楼", 1, 101, "新户主"], ["1号楼", 1, 102, ""]])
    with database.write() as session:
        preview = roster_xlsx.preview(roster_xlsx.read_sheet(path))
        with pytest.raises(errors.RuleViolation):
            roster_xlsx.import_rows(session, places.get_compound(session, compound), preview.rows)
    assert {k: r.owner_name for k, r in stored(database, compound).items()} == {"1号楼-1-101": "旧户主"}


def test_a_failure_in_the_middle_of_an_import_leaves_no_half_batch(database, compound, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER] + [["5号楼", 1, 100 + i, f"住户{i}"] for i in range(50)])

    def disk_full(*args, **kwargs):  # fails after the households were inserted
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(roster_xlsx, "log_change", disk_full)
    with pytest.raises(OSError), database.write() as session:
        preview = roster_xlsx.preview(roster_xlsx.read_sheet(path))
        roster_xlsx.import_rows(session, places.get_compound(session, compound), preview.valid_rows)
    assert stored(database, compound) == {}
    with database.read() as session:
        assert places.get_compound(session, compound).buildings == []


def test_a_title_row_and_merged_header_cells_are_understood(tmp_path):
    # Row 1: a title merged across the sheet. Rows 2-3: a two-level header where 房屋信息 spans
    # 楼栋/单元/户号, and 姓名 / 电话 are merged down over both header rows.
    path = write_xlsx(
        tmp_path / "merged.xlsx",
        [
            ["幸福里小区住户花名册"],
            ["房屋信息", None, None, "姓名", "电话"],
            ["楼栋", "单元", "户号", None, None],
            ["1号楼", "1", "101", "张三", "13812345678"],
        ],
        merges=["A1:E1", "A2:C2", "D2:D3", "E2:E3"],
    )
    sheet = roster_xlsx.read_sheet(path)
    assert sheet.header_row == 3
    assert sheet.mapping["owner_name"] == 3 and sheet.mapping["phone"] == 4
    preview = roster_xlsx.preview(sheet)
    (row,) = preview.valid_rows
    assert (row.row, row.data.owner_name, row.data.phone) == (4, "张三", "13812345678")


def test_a_building_merged_down_over_its_flats_applies_to_each_flat(tmp_path):
    path = write_xlsx(
        tmp_path / "merged_data.xlsx",
        [HEADER[:4], ["3号楼", 2, 101, "甲"], [None, None, 102, "乙"], [None, None, 201, "丙"]],
        merges=["A2:A4", "B2:B4"],
    )
    preview = roster_xlsx.preview(roster_xlsx.read_sheet(path))
    assert [(r.data.building, r.data.unit, r.data.number) for r in preview.valid_rows] == [
        ("3号楼", "2", "101"), ("3号楼", "2", "102"), ("3号楼", "2", "201"),
    ]


def test_numbers_stored_as_text_and_as_numbers_are_the_same_household(database, compound, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER[:5], [1, 1.0, 101, "张三", 13812345678.0]])
    run_import(database, compound, path)
    again = write_xlsx(tmp_path / "b.xlsx", [HEADER[:5], ["1", "1", "101", "张三丰", "13812345678"]])
    preview, result = run_import(database, compound, again)
    assert (result.added, result.updated) == (0, 1)
    assert {k: (r.owner_name, r.phone) for k, r in stored(database, compound).items()} == {
        "1-1-101": ("张三丰", "13812345678")
    }


def test_formulas_use_their_saved_values_and_unsaved_ones_are_reported(tmp_path):
    path = tmp_path / "formulas.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER[:4])
    ws.append(["1号楼", 1, "=100+1", "张三"])  # written by openpyxl: no saved value
    wb.save(path)
    preview = roster_xlsx.preview(roster_xlsx.read_sheet(path))
    (bad,) = preview.bad_rows
    assert [p.message() for p in bad.problems] == [
        "户号 is a formula with no saved value (open and save the file in Excel or WPS)"
    ]
    # The same cell as Excel saves it: the formula with its cached value.
    saved = tmp_path / "saved.xlsx"
    _with_cached_value(path, saved, "C2", "101")
    preview = roster_xlsx.preview(roster_xlsx.read_sheet(saved))
    assert [r.data.number for r in preview.valid_rows] == ["101"]


def _with_cached_value(source, target, ref, value):
    """Rewrite the sheet XML so the formula cell carries a cached value, as Excel writes it."""
    import re
    import zipfile

    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text = re.sub(
                    rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                    rf'<c r="{ref}"\1><f>\2</f><v>{value}</v>',
                    text,
                )
                if f"<v>{value}</v>" not in text:
                    text = re.sub(rf'(<c r="{ref}"[^>]*><f>.*?</f>)', rf"\1<v>{value}</v>", text)
                data = text.encode()
            zout.writestr(item, data)


def test_headers_with_other_names_are_mapped_and_a_mapping_can_be_chosen(tmp_path):
    path = write_xlsx(tmp_path / "other.xlsx", [["楼号", "门洞", "房号", "户主姓名", "联系方式", "住址"],
                                                 ["2", "1", "502", "钱八", "13912345678", "x"]])
    sheet = roster_xlsx.read_sheet(path)
    assert sheet.mapping["building"] == 0 and sheet.mapping["unit"] == 1
    assert sheet.mapping["number"] == 2 and sheet.mapping["owner_name"] == 3 and sheet.mapping["phone"] == 4
    # The user maps 备注 to the 住址 column by hand.
    preview = roster_xlsx.preview(sheet, {**sheet.mapping, "notes": 5})
    assert preview.valid_rows[0].data.notes == "x"
    with pytest.raises(errors.ValidationError) as raised:
        roster_xlsx.preview(sheet, {**sheet.mapping, "owner_name": None})
    assert "姓名" in str(raised.value)


@pytest.mark.parametrize(
    "content, name",
    [(b"", "empty.xlsx"), (b"not a zip at all", "text.xlsx"), (b"PK\x03\x04broken", "broken.xlsx"),
     (b"\xd0\xcf\x11\xe0", "old.xls")],
)
def test_a_file_that_is_not_a_roster_gets_a_clear_message(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(errors.ValidationError) as raised:
        roster_xlsx.read_sheet(path)
    assert name in str(raised.value)


def test_a_sheet_without_roster_headers_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "budget.xlsx", [["项目", "金额"], ["屋面", 1000]])
    with pytest.raises(errors.ValidationError) as raised:
        roster_xlsx.read_sheet(path)
    assert "header" in str(raised.value)


def test_footer_and_empty_rows_are_skipped(tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [HEADER[:4], ["1", "1", "101", "甲"], [None] * 4, ["合计", None, None, "1户"]])
    preview = roster_xlsx.preview(roster_xlsx.read_sheet(path))
    assert [r.row for r in preview.rows] == [2]


def test_ten_thousand_rows_import_whole(database, compound, tmp_path):
    rows = [HEADER]
    for i in range(10_000):
        b, rest = divmod(i, 200)
        u, n = divmod(rest, 50)
        rows.append([f"{b + 1}号楼", u + 1, 100 * (n // 4 + 1) + n % 4 + 1, f"住户{i}", f"139{i:08d}", "是", "否", 60 + i % 40, ""])
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    preview, result = run_import(database, compound, path)
    assert result.added == 10_000 and not preview.bad_rows
    with database.read() as session:
        assert session.scalar(select(func.count(Household.id))) == 10_000
        assert places.household_count(session, compound) == 10_000


def test_the_template_has_the_headers_the_import_reads(tmp_path):
    path = roster_xlsx.write_template(tmp_path / "模板.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == HEADER
    assert ws.freeze_panes == "A2"
    assert ws["E2"].number_format == "@"
    assert "填写说明" in wb.sheetnames
    sheet = roster_xlsx.read_sheet(path)
    assert all(sheet.mapping[f] is not None for f in roster_xlsx.FIELDS)
    assert sheet.rows == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("5#", "5号楼"), ("5栋", "5号楼"), ("五号楼", "5号楼"), ("第5栋", "5号楼"), ("5号楼", "5号楼"),
     ("15#", "15#"), ("甲栋", "甲栋")],
)
def test_spellings_of_a_known_building_are_the_same_building(typed, expected):
    known = {"5号楼", "6号楼", "甲栋"}
    assert roster.same_as_known(typed, known, roster.building_number) == expected


def test_a_roster_with_other_spellings_updates_the_same_households(database, compound, tmp_path):
    first = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["5号楼", 2, 302, "张三"], ["5号楼", 1, 101, "李四"]])
    run_import(database, compound, first)
    second = write_xlsx(
        tmp_path / "b.xlsx",
        [HEADER, ["5#", "二单元", "302室", "张三丰"], ["5栋", "第1单元", "101号", "李四"], ["6#", "三单元", "501", "王五"]],
    )
    preview, result = run_import(database, compound, second)
    assert not preview.bad_rows
    assert (result.added, result.updated) == (1, 2)
    rows = stored(database, compound)
    assert set(rows) == {"5号楼-2-302", "5号楼-1-101", "6#-3-501"}
    assert rows["5号楼-2-302"].owner_name == "张三丰"


def test_the_removal_summary_counts_answers_and_what_stays(database, project, compound):
    import datetime as dt

    from supervisor.residents import consultation, opinions, surveys
    from supervisor.residents.consultation import AnswerData
    from supervisor.residents.opinions import OpinionData
    from supervisor.residents.surveys import SurveyData

    day = dt.date.today()
    with database.write() as session:
        c = places.get_compound(session, compound)
        first = roster.add_household(session, c, HouseholdData("1", "1", "101", owner_name="张三"))
        second = roster.add_household(session, c, HouseholdData("1", "1", "102", owner_name="李四"))
        untouched = roster.add_household(session, c, HouseholdData("1", "1", "201", owner_name="王五"))
        for household in (first, second, untouched):
            consultation.set_answer(session, household, 1, AnswerData("agree", visited_on=day))
        consultation.set_answer(session, first, 2, AnswerData("agree", visited_on=day))
        opinions.create_opinion(session, OpinionData(
            project_id=project, compound_id=compound, household_id=first.id, content="楼道灯不亮", received_on=day))
        surveys.save_survey(session, SurveyData(
            compound_id=compound, household_id=second.id, ratings={"overall": "satisfied"},
            surveyor="社区小李", surveyed_on=day))
        ids = [first.id, second.id]
    with database.read() as session:
        assert roster.removal_summary(session, ids) == roster.HouseholdRemoval(
            households=2, answers=3, opinions=1, surveys=1, checks=0)

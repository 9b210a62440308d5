"""The money ledgers as a clerk checks them: exported with ``supervisor export``, their cells read
back with openpyxl, their totals equal to what ``supervisor funds --json`` prints, the split by
source adding up to what was disbursed, residents' phones masked in a copy for posting, and one
ledger opened in LibreOffice and read as printed."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from supervisor.db.models import Project
from supervisor.funds import residents_share
from supervisor.projects import places
from tests.conftest import ledger_rows, run_cli
from tests.funds.conftest import write_funds

MONEY = ("funds", "funds-detail", "retention", "contributions", "urgent-repairs")


@pytest.fixture
def money(database, project):
    """The funded project of ``tests/funds``, with contributions from four households and three
    urgent repairs (reported, done, paid)."""
    funded = write_funds(database, project)
    with database.write() as s:
        compound = places.add_compound(s, s.get(Project, project), places.CompoundData(name="幸福里"))
        building = places.add_building(s, compound, "1号楼", units=1, floors=2, flats_per_floor=2)
        for household, (area, owner, phone) in zip(building.units[0].households, (
                ("60.50", "王建国", "13812345678"), ("75.00", "李秀英", "13987654321"),
                ("88.25", "张伟", ""), ("102.40", "赵敏", "0551-62345678"))):
            household.area, household.owner_name, household.phone = Decimal(area), owner, phone
        compound_id = compound.id
    with database.write() as s:
        residents_share.assess(s, project, per_square_metre="20")
        rows = residents_share.contribution_rows(s, project)
        residents_share.record_paid(s, rows[0].contribution_id, "1,210", dt.date(2026, 4, 1), "SJ-001")
        residents_share.record_paid(s, rows[1].contribution_id, "500.50", dt.date(2026, 4, 2), "SJ-002")
        repair = residents_share.save_repair(s, project, residents_share.RepairData(
            "3号楼屋面漏水抢修", "2,555.55", dt.date(2026, 5, 6), location="3号楼2单元", compound_id=compound_id,
            repaired_on=dt.date(2026, 5, 8)))
        residents_share.pay_repair(s, repair.id, dt.date(2026, 5, 9), "PZ-WX-1")
        residents_share.save_repair(s, project, residents_share.RepairData(
            "1号楼下水管堵塞疏通", "1,234.57", dt.date(2026, 6, 2), location="1号楼1单元",
            repaired_on=dt.date(2026, 6, 3)))
        residents_share.save_repair(s, project, residents_share.RepairData(
            "5号楼楼道灯更换", "300", dt.date(2026, 7, 1)))
    return funded


@pytest.fixture
def exported(database, db_path, money, tmp_path, capsys):
    """The five ledgers written by the command line, and ``funds --json``: (paths, figures)."""
    paths = {}
    for name in MONEY:
        paths[name] = tmp_path / f"{name}.xlsx"
        code, out, err = run_cli(capsys, "export", name, "--db", str(db_path), "--project", "T-01",
                                 "--out", str(paths[name]))
        assert code == 0, err
        assert out[0].startswith("Wrote ") and f"of the {name} ledger" in out[0]
    code, out, err = run_cli(capsys, "funds", "--db", str(db_path), "--project", "T-01", "--json")
    assert code == 0, err
    return paths, json.loads("\n".join(out))


def yuan(value) -> Decimal:
    """A cell's amount as exact yuan (openpyxl reads numbers back as floats)."""
    return Decimal(str(value)).quantize(Decimal("0.01"))


def table(path) -> tuple[list[str], list[tuple], list[tuple], object]:
    """The header, the records, the totals rows under them and the sheet."""
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[4]]
    records = ledger_rows(sheet)
    below = list(sheet.iter_rows(min_row=5 + len(records), values_only=True))
    totals = [row for row in below if row and isinstance(row[0], str) and row[0].startswith(("合计", "小计", "资金", "剩余"))]
    return header, records, totals, sheet


def column(header: list[str], records: list[tuple], name: str) -> list:
    return [row[header.index(name)] for row in records]


def total_of(header, totals, label_start: str, name: str) -> Decimal:
    row = next(r for r in totals if r[0].startswith(label_start))
    return yuan(row[header.index(name)])


def test_the_payments_ledger_lists_each_payment_and_its_totals_equal_funds_json(exported):
    paths, figures = exported
    header, records, totals, sheet = table(paths["funds"])
    assert header == ["项目编号", "付款编号", "收款单位", "款项", "申请日期", "申请金额", "监理核定", "审计审定",
                      "审批金额", "拨付金额", "拨付日期", "凭证号", "状态", "中央补助资金", "区级财政资金", "居民出资"]
    assert [r[1] for r in records] == [f"ZF-2026-00{n}" for n in range(1, 6)]
    first = records[0]
    assert first[:4] == ("T-01", "ZF-2026-001", "城建第三工程有限公司", "进度款")
    assert first[4] == dt.datetime(2026, 7, 1)
    assert [yuan(v) for v in first[5:10]] == [Decimal("1200000.00"), Decimal("1200000.00"), Decimal("1180000.50"),
                                               Decimal("1180000.50"), Decimal("1180000.50")]
    assert first[10:13] == (dt.datetime(2026, 7, 15), "PZ-2026-0711", "已公示")
    assert [yuan(v) for v in first[13:]] == [Decimal("1000000.00"), Decimal("150000.50"), Decimal("30000.00")]
    assert [r[12] for r in records] == ["已公示", "已审批", "已签发支付证书", "已报审", "已退回"]
    assert sheet["F5"].number_format == "#,##0.00"

    live = [r for r in records if r[12] != "已退回"]
    for name, key in (("申请金额", "applied"), ("监理核定", "certified"), ("拨付金额", "disbursed")):
        shown = total_of(header, totals, "合计", name)
        assert shown == Decimal(figures[key]), name
        assert shown == sum((yuan(v) for v in column(header, live, name) if v is not None), Decimal("0.00")), name
    by_source = {s["name"]: s for s in figures["sources"]}
    for name, source in by_source.items():
        assert total_of(header, totals, "合计", name) == Decimal(source["disbursed"])
        assert total_of(header, totals, "资金来源预算", name) == Decimal(source["budget"])
        assert total_of(header, totals, "剩余可拨付", name) == Decimal(source["remaining"])
    assert sum(total_of(header, totals, "合计", name) for name in by_source) == Decimal(figures["disbursed"])
    assert totals[0][0] == "合计（不含已退回）"

    summary = [r for r in load_workbook(paths["funds"])["汇总"].iter_rows(values_only=True) if r and r[0]]
    start = next(i for i, r in enumerate(summary) if r[0] == "按资金来源汇总")
    assert summary[start + 1][:6] == ("项目编号", "资金来源", "类别", "预算（元）", "已拨付（元）", "剩余（元）")
    assert [(r[1], yuan(r[4])) for r in summary[start + 2:start + 5]] == [
        (s["name"], Decimal(s["disbursed"])) for s in figures["sources"]]
    assert summary[start + 5][0] == "合计" and yuan(summary[start + 5][4]) == Decimal(figures["disbursed"])


def test_the_detail_has_a_row_per_split_subtotals_per_source_and_the_disbursed_total(exported):
    paths, figures = exported
    header, records, totals, _sheet = table(paths["funds-detail"])
    assert header == ["项目编号", "资金来源", "付款编号", "收款单位", "款项", "金额（元）", "拨付日期", "凭证号", "状态"]
    assert [(r[1], r[2], yuan(r[5]), r[7]) for r in records] == [
        ("中央补助资金", "ZF-2026-001", Decimal("1000000.00"), "PZ-2026-0711"),
        ("区级财政资金", "ZF-2026-001", Decimal("150000.50"), "PZ-2026-0711"),
        ("居民出资", "ZF-2026-001", Decimal("30000.00"), "PZ-2026-0711"),
    ]
    assert [r[0] for r in totals] == ["小计：中央补助资金", "小计：区级财政资金", "小计：居民出资", "合计"]
    for source in figures["sources"]:
        assert total_of(header, totals, f"小计：{source['name']}", "金额（元）") == Decimal(source["disbursed"])
    assert total_of(header, totals, "合计", "金额（元）") == Decimal(figures["disbursed"])


def test_the_detail_follows_the_disbursement_dates(database, money, tmp_path):
    from supervisor.documents import ledgers

    out = tmp_path / "d.xlsx"
    result = ledgers.export(database, "funds-detail", ledgers.Scope(money.project_id, dt.date(2026, 8, 1)), out)
    assert result.rows == 0
    header, records, totals, sheet = table(out)
    assert records == [] and [r[0] for r in totals] == ["合计"] and zero(totals[0][5])
    assert "2026-08-01 至 …" in sheet["A2"].value


def zero(value) -> bool:
    return value in (None, 0)


def test_retention_per_contract_equals_funds_json(exported):
    paths, figures = exported
    header, records, totals, _sheet = table(paths["retention"])
    assert header[:7] == ["项目编号", "合同编号", "合同类别", "承包单位", "合同价", "比例", "应留质保金"]
    works, supervision = records
    assert works[:6] == ("T-01", "SG-2026-01", "施工合同", "城建第三工程有限公司", 9000000, "3%")
    assert yuan(works[6]) == Decimal("270000.00") and works[7] == dt.datetime(2028, 12, 1)
    assert yuan(works[10]) == Decimal("270000.00") and works[11] == "未到期"
    assert supervision[2] == "监理合同" and supervision[5] is None and supervision[11] == "不留质保金"
    assert total_of(header, totals, "合计", "合同价") == Decimal(figures["contract"])
    assert total_of(header, totals, "合计", "未退还") == Decimal(figures["retained"])
    assert total_of(header, totals, "合计", "应留质保金") == sum(Decimal(c["retention"]) for c in figures["contracts"])


def test_contributions_per_household_with_totals_and_phones_masked_when_posted(exported, db_path, tmp_path, capsys):
    paths, figures = exported
    header, records, totals, _sheet = table(paths["contributions"])
    assert [(r[1], r[2], r[4], r[5], r[6], yuan(r[7]), yuan(r[8]), yuan(r[9]), yuan(r[10]), r[13])
            for r in records] == [
        ("幸福里", "1号楼", "101", "王建国", "13812345678", Decimal("60.50"), Decimal("1210.00"),
         Decimal("1210.00"), Decimal("0.00"), "已缴清"),
        ("幸福里", "1号楼", "102", "李秀英", "13987654321", Decimal("75.00"), Decimal("1500.00"),
         Decimal("500.50"), Decimal("999.50"), "部分缴纳"),
        ("幸福里", "1号楼", "201", "张伟", None, Decimal("88.25"), Decimal("1765.00"), Decimal("0.00"),
         Decimal("1765.00"), "未缴"),
        ("幸福里", "1号楼", "202", "赵敏", "0551-62345678", Decimal("102.40"), Decimal("2048.00"),
         Decimal("0.00"), Decimal("2048.00"), "未缴"),
    ]
    assert records[0][11:13] == (dt.datetime(2026, 4, 1), "SJ-001")
    wanted = figures["contributions"]
    assert totals[0][0] == f"合计（{wanted['households']}户）"
    for name, key in (("应缴金额", "due"), ("已缴金额", "paid"), ("未缴金额", "outstanding")):
        assert total_of(header, totals, "合计", name) == Decimal(wanted[key])
        assert Decimal(wanted[key]) == sum(yuan(v) for v in column(header, records, name))

    public = tmp_path / "public.xlsx"
    code, _out, err = run_cli(capsys, "export", "contributions", "--db", str(db_path), "--public", "--out", str(public))
    assert code == 0, err
    _header, posted, _totals, sheet = table(public)
    assert sheet["A1"].value == "居民出资台账（公示版）"
    assert [r[6] for r in posted] == ["138****5678", "139****4321", None, "0551-****5678"]
    assert [r[5] for r in posted] == ["王建国", "李秀英", "张伟", "赵敏"]


def test_urgent_repairs_twenty_eighty_with_totals_equal_funds_json(exported):
    paths, figures = exported
    header, records, totals, _sheet = table(paths["urgent-repairs"])
    assert header[6:9] == ["维修费用", "业主及公共收益承担20%", "政府承担80%"]
    assert [(r[0], r[3], r[4], yuan(r[6]), yuan(r[7]), yuan(r[8]), r[9], r[12]) for r in records] == [
        ("WX-2026-001", "幸福里", "3号楼2单元", Decimal("2555.55"), Decimal("511.11"), Decimal("2044.44"), "已支付",
         "PZ-WX-1"),
        ("WX-2026-002", None, "1号楼1单元", Decimal("1234.57"), Decimal("246.91"), Decimal("987.66"), "已修复", None),
        ("WX-2026-003", None, None, Decimal("300.00"), Decimal("60.00"), Decimal("240.00"), "已报修", None),
    ]
    for row in records:
        assert yuan(row[7]) + yuan(row[8]) == yuan(row[6])
    wanted = figures["urgent_repairs"]
    assert totals[0][0] == f"合计（{wanted['count']}项）"
    assert total_of(header, totals, "合计", "维修费用") == Decimal(wanted["cost"])
    assert total_of(header, totals, "合计", "业主及公共收益承担20%") == Decimal(wanted["owners"])
    assert total_of(header, totals, "合计", "政府承担80%") == Decimal(wanted["government"])


def test_every_money_ledger_prints_its_totals_inside_the_print_area_above_the_sign_off(exported):
    from openpyxl.utils import get_column_letter

    paths, _figures = exported
    for name, path in paths.items():
        header, records, totals, sheet = table(path)
        assert totals, name
        area = sheet.print_area.split("!")[-1].replace("$", "")
        assert area == f"A1:{get_column_letter(sheet.max_column)}{sheet.max_row}", name
        assert [c.value for c in sheet[sheet.max_row] if c.value][0].startswith("制表人：")
        first_total = 5 + len(records)
        cell = sheet.cell(first_total, 1)
        assert cell.font.b and cell.fill.fgColor.rgb.endswith("F2F2F2"), name
        assert any(str(r).startswith(f"A{first_total}:") for r in sheet.merged_cells.ranges), name
        assert sheet.auto_filter.ref.endswith(str(4 + len(records))), name  # the totals are not records
        amounts = [c for c in sheet[first_total] if isinstance(c.value, (int, float))]
        assert amounts and all(c.number_format == "#,##0.00" for c in amounts), name


def test_the_window_offers_the_money_ledgers(qtbot):
    from supervisor.ui.documents.export_dialog import ExportDialog

    dialog = ExportDialog(None, None)
    qtbot.addWidget(dialog)
    offered = [dialog.ledger.itemData(i) for i in range(dialog.ledger.count())]
    assert set(MONEY) <= set(offered)
    dialog.ledger.setCurrentIndex(dialog.ledger.findData("funds-detail"))
    assert dialog.date_from.isEnabled()
    dialog.ledger.setCurrentIndex(dialog.ledger.findData("retention"))
    assert not dialog.date_from.isEnabled() and "资金" not in dialog.ledger.currentText()


@pytest.mark.sqlite_only  # once is enough: LibreOffice takes seconds
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_the_payments_ledger_opened_in_libreoffice_prints_the_amounts_and_totals(exported, tmp_path):
    paths, figures = exported
    profile = tmp_path / "libreoffice-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(paths["funds"])],
        check=True, capture_output=True, timeout=300,
    )
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "funds.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    words = "".join(text.split())
    assert "###" not in text
    assert "资金拨付台账" in words and "合计（不含已退回）" in words and "制表人：" in words
    for amount in ("1,180,000.50", "1,000,000.00", "150,000.50", "30,000.00", "3,349,999.50", "5,000,000.00"):
        assert amount in text, amount
    assert f"{Decimal(figures['applied']):,.2f}" in text and f"{Decimal(figures['certified']):,.2f}" in text
    assert "第1页共" in words

"""What the ledgers add for a clerk: the consent and satisfaction rates on the summary sheets, the
rectification ledger's whole loop (source, issuer, measures, re-check, check number, reopened),
money with thousands separators, and the copy for posting with phone numbers masked."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook

from supervisor.db.engine import open_database
from supervisor.db.models import Compound, Rectification
from supervisor.documents import ledgers
from supervisor.documents.ledgers import Scope
from supervisor.residents.consultation import tally
from supervisor.residents.surveys import compound_satisfaction
from tests.conftest import copy_database, ledger_rows, run_cli

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def demo(demo_path):
    database = open_database(demo_path, create=False)
    yield database
    database.close()


def _table(sheet, heading: str) -> list[tuple]:
    """The rows of the summary table under ``heading`` (its header row first)."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == heading) + 1
    table = []
    for row in rows[start:]:
        if row[0] is None or str(row[0]).startswith("按"):
            break
        table.append(row)
    return table


def test_the_consultation_summary_gives_each_compounds_consent_rate_per_round(demo, tmp_path):
    out = tmp_path / "c.xlsx"
    ledgers.export(demo, "consultation", Scope(), out)
    table = _table(load_workbook(out)["汇总"], "同意率（按小区、轮次）")
    assert table[0][:10] == ("项目编号", "小区", "轮次", "总户数", "已入户", "同意", "不同意", "弃权", "未入户", "同意率")
    rows = {(r[1], r[2]): r for r in table[1:]}
    with demo.read() as session:
        compounds = session.query(Compound).all()
        for compound in compounds:
            for round_, name in ((1, "第一轮（改造意愿）"), (2, "第二轮（改造方案）")):
                if (compound.name, name) not in rows:
                    continue
                result = tally(session, compound, round_)
                row = rows[(compound.name, name)]
                count = result.count
                assert row[3:9] == (count.households, count.visited, count.agreeing, count.disagreeing,
                                    count.abstaining, count.households - count.visited)
                assert row[9] == pytest.approx(count.rate) and row[11] == ("是" if result.passed else "否")
    assert any(r[11] == "否" for r in table[1:]) and any(r[11] == "是" for r in table[1:])
    sheet = load_workbook(out)["汇总"]
    rate_cell = next(c for row in sheet.iter_rows() for c in row if isinstance(c.value, float))
    assert rate_cell.number_format == "0.0%"
    exported = next(row[1] for row in sheet.iter_rows() if row[0].value == "导出时间")
    assert isinstance(exported.value, dt.datetime) and exported.number_format == "yyyy-mm-dd hh:mm"


def test_the_satisfaction_summary_gives_each_compounds_satisfaction_rate(demo, tmp_path):
    out = tmp_path / "s.xlsx"
    ledgers.export(demo, "satisfaction", Scope(), out)
    table = _table(load_workbook(out)["汇总"], "满意率（按小区，整体改造效果）")
    assert table[0][9] == "满意率" and len(table) > 1
    with demo.read() as session:
        names = {c.name: c.id for c in session.query(Compound).all()}
        for row in table[1:]:
            result = compound_satisfaction(session, names[row[1]])
            assert row[3] == result.overall.forms and row[9] == pytest.approx(result.overall.rate)


def test_the_rectification_ledger_shows_the_whole_loop_and_a_reopening(demo, tmp_path):
    out = tmp_path / "r.xlsx"
    ledgers.export(demo, "rectifications", Scope(), out, today=TODAY)
    sheet = load_workbook(out).worksheets[0]
    headers = [c.value for c in sheet[4]]
    for header in ("问题来源", "巡查编号", "签发人", "整改措施", "复查人", "复查意见", "重新打开"):
        assert header in headers
    rows = {r[0]: dict(zip(headers, r)) for r in ledger_rows(sheet)}
    with demo.read() as session:
        record = session.query(Rectification).filter_by(number="ZG-2026-005").one()
        record = {k: getattr(record, k) for k in ("reply_measures", "recheck_opinion", "rechecked_by", "issued_by")}
    reopened = rows["ZG-2026-006"]
    assert reopened["重新打开"] == "是" and reopened["状态"] == "待整改"
    closed = rows["ZG-2026-005"]
    assert closed["重新打开"] == "否"
    assert closed["整改措施"] == record["reply_measures"] and closed["复查意见"] == record["recheck_opinion"]
    assert closed["复查人"] == record["rechecked_by"] and closed["签发人"] == record["issued_by"]
    assert all(record.values())
    assert closed["问题来源"] in ("监理巡查", "群众质量监督员", "居民投诉", "验收")
    assert all(re.fullmatch(r"XC-\d{4}-\d{5}", r["巡查编号"]) for r in rows.values() if r["巡查编号"])
    assert any(r["巡查编号"] for r in rows.values())


def test_budgets_print_with_thousands_separators(demo, tmp_path):
    out = tmp_path / "p.xlsx"
    ledgers.export(demo, "projects", Scope(), out, today=TODAY)
    sheet = load_workbook(out).worksheets[0]
    column = [c.value for c in sheet[4]].index("预算（元）")
    budgets = [row[column] for row in ledger_rows(sheet, values_only=False)]
    assert budgets and all(c.number_format == "#,##0.00" for c in budgets)


def _phones(path) -> list[str]:
    sheet = load_workbook(path).worksheets[0]
    column = [c.value for c in sheet[4]].index("电话")
    return [row[column] for row in ledger_rows(sheet) if row[column]]


def test_a_copy_for_posting_masks_phone_numbers(demo_source, tmp_path, capsys):
    db = copy_database(demo_source, tmp_path / "demo.sqlite")
    full, public = tmp_path / "征询台账.xlsx", tmp_path / "征询台账 公示版.xlsx"
    code, _lines, err = run_cli(capsys, "export", "consultation", "--db", str(db), "--out", str(full))
    assert code == 0, err
    code, _lines, err = run_cli(capsys, "export", "consultation", "--db", str(db), "--public", "--out", str(public))
    assert code == 0, err
    shown, masked = _phones(full), _phones(public)
    assert shown and all(re.fullmatch(r"1\d{10}", p) for p in shown)
    assert len(masked) == len(shown)
    assert all(re.fullmatch(r"1\d{2}\*{4}\d{4}", p) for p in masked)
    assert [p[:3] + "****" + p[-4:] for p in shown] == masked
    sheet = load_workbook(public).worksheets[0]
    assert "公示版" in sheet["A2"].value and sheet["A1"].value == "征询台账（公示版）"
    everything = " ".join(str(v) for wb in (load_workbook(public),) for ws in wb.worksheets
                          for row in ws.iter_rows(values_only=True) for v in row if v)
    assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", everything)

"""Amounts exact to the fen on both backends, the split by source, sources that cannot pay out
more than they hold, the residents' share and the urgent repairs' 20/80 split, and the
figures of ``supervisor funds`` and ``status --json``."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal

import pytest

from supervisor import errors
from supervisor.codes import PaymentStatus
from supervisor.db.engine import open_database
from supervisor.db.models import Payment, Project, UrgentRepair
from supervisor.funds import amounts, budget, payments, residents_share, summary
from supervisor.projects import places


def test_parsing_amounts_is_exact_and_refuses_what_is_not_money():
    assert amounts.parse("1,234,567.8") == Decimal("1234567.80")
    assert amounts.parse("¥ 0.10") + amounts.parse("0.20") == Decimal("0.30")
    for bad in ("12.345", "十万", "-5", "1e3x", "99999999999"):
        with pytest.raises(errors.ValidationError):
            amounts.parse(bad)
    with pytest.raises(TypeError):
        amounts.parse(0.1)


def test_split_in_proportion_adds_up_to_the_fen():
    parts = amounts.split(Decimal("100.00"), [Decimal(1), Decimal(1), Decimal(1)])
    assert sum(parts) == Decimal("100.00") and sorted(parts) == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]


def test_amounts_come_back_exactly_after_reopening(database, db_path, project):
    with database.write() as s:
        budget.save_source(s, project, "central", "中央补助资金", "12,345,678.91")
        budget.save_source(s, project, "residents", "居民出资", "0.07")
    database.close()
    again = open_database(db_path)
    try:
        with again.read() as s:
            stored = {f.name: f.amount for f in budget.sources(s, project)}
            assert stored == {"中央补助资金": Decimal("12345678.91"), "居民出资": Decimal("0.07")}
            assert all(isinstance(v, Decimal) for v in stored.values())
            assert summary.project_funds(s, s.get(Project, project)).sources_total == Decimal("12345678.98")
    finally:
        again.close()


def test_the_split_by_source_must_add_up_and_saves_nothing_otherwise(database, funded):
    with pytest.raises(errors.ValidationError, match="adds up to 1,000,000.00, not the 1,000,000.00|adds up to"):
        with database.write() as s:
            payments.disburse(s, funded.approved, {funded.central: "600,000", funded.district: "399,999.99"}, "PZ-9")
    with database.read() as s:
        stored = s.get(Payment, funded.approved)
        assert stored.status == PaymentStatus.APPROVED and stored.splits == [] and stored.voucher == ""
    with database.write() as s:
        payments.disburse(s, funded.approved, {funded.central: "600,000", funded.district: "400,000"}, "PZ-9",
                          on=dt.date(2026, 8, 12))
    with database.read() as s:
        stored = s.get(Payment, funded.approved)
        assert sum(split.amount for split in stored.splits) == payments.payable(stored) == Decimal("1000000.00")


def test_a_source_cannot_pay_out_more_than_it_holds(database, funded):
    with pytest.raises(errors.RuleViolation, match="居民出资 holds 500,000.00; 30,000.00 is paid already"):
        with database.write() as s:
            payments.disburse(s, funded.approved, {funded.central: "500,000", funded.residents: "500,000"}, "PZ-9")
    with pytest.raises(errors.RuleViolation, match="already paid out 30,000.00"):
        with database.write() as s:
            budget.save_source(s, funded.project_id, "residents", "居民出资", "20,000", source_id=funded.residents)


def test_a_rejected_payment_counts_nowhere_and_a_rejected_one_keeps_its_reason(database, funded):
    with database.read() as s:
        funds = summary.project_funds(s, s.get(Project, funded.project_id))
        rejected = s.get(Payment, funded.rejected)
        assert rejected.rejection_reason == "与ZF-2026-004重复申报" and rejected.rejected_by == "tester"
    assert funds.applied == Decimal("3500000.00")  # 1.2 M + 1 M + 0.8 M + 0.5 M, not the rejected 0.3 M
    assert funds.certified == Decimal("3000000.00")
    assert funds.disbursed == Decimal("1180000.50")  # the audited amount of the one disbursed
    assert funds.due == Decimal("1800000.00")  # approved 1 M and certified 0.8 M
    assert funds.retained == Decimal("270000.00")  # 3 % of the 9 M works contract
    assert {s.name: s.disbursed for s in funds.sources} == {
        "中央补助资金": Decimal("1000000.00"), "区级财政资金": Decimal("150000.50"), "居民出资": Decimal("30000.00")}


def test_urgent_repairs_are_shared_twenty_eighty_to_the_fen(database, project):
    assert residents_share.shares(Decimal("2555.55")) == (Decimal("511.11"), Decimal("2044.44"))
    with database.write() as s:
        repair = residents_share.save_repair(s, project, residents_share.RepairData(
            "3号楼屋面漏水抢修", "2,555.55", dt.date(2026, 5, 6), location="3号楼2单元"))
        repair_id, number = repair.id, repair.number
    assert number == "WX-2026-001"
    with pytest.raises(errors.RuleViolation, match="not done yet"):
        with database.write() as s:
            residents_share.pay_repair(s, repair_id, dt.date(2026, 5, 9), "PZ-1")
    with database.write() as s:
        residents_share.save_repair(s, project, residents_share.RepairData(
            "3号楼屋面漏水抢修", "2,555.55", dt.date(2026, 5, 6), repaired_on=dt.date(2026, 5, 8)), repair_id)
        residents_share.pay_repair(s, repair_id, dt.date(2026, 5, 9), "PZ-1")
    with database.read() as s:
        stored = s.get(UrgentRepair, repair_id)
        assert (stored.owners_share, stored.government_share, stored.status) == (
            Decimal("511.11"), Decimal("2044.44"), "paid")
        assert stored.owners_share + stored.government_share == stored.cost


def test_contributions_are_assessed_from_the_roster_and_never_below_what_was_paid(database, project):
    with database.write() as s:
        compound = places.add_compound(s, s.get(Project, project), places.CompoundData(name="幸福里"))
        building = places.add_building(s, compound, "1号楼", units=1, floors=2, flats_per_floor=2)
        for household in building.units[0].households:
            household.area = {"101": Decimal("60.5"), "102": Decimal("75")}.get(household.number)
    with database.write() as s:
        assert residents_share.assess(s, project, per_square_metre="20") == 2  # 201 and 202 have no area
    with database.write() as s:
        rows = residents_share.contribution_rows(s, project)
        assert [(r.household, r.due) for r in rows] == [("101", Decimal("1210.00")), ("102", Decimal("1500.00"))]
        residents_share.record_paid(s, rows[1].contribution_id, "1,500", dt.date(2026, 4, 1), "SJ-001")
        with pytest.raises(errors.ValidationError, match="more than the 1,210.00 still due"):
            residents_share.record_paid(s, rows[0].contribution_id, "1,300", dt.date(2026, 4, 1))
    with database.write() as s:
        residents_share.assess(s, project, per_household="1,000")
    with database.read() as s:
        rows = residents_share.contribution_rows(s, project)
        assert [(r.household, r.due, r.paid) for r in rows] == [
            ("101", Decimal("1000.00"), Decimal("0.00")), ("102", Decimal("1500.00"), Decimal("1500.00")),
            ("201", Decimal("1000.00"), Decimal("0.00")), ("202", Decimal("1000.00"), Decimal("0.00"))]
        funds = summary.project_funds(s, s.get(Project, project))
        assert (funds.contributions_due, funds.contributions_paid, funds.contributions_outstanding) == (
            Decimal("4500.00"), Decimal("1500.00"), Decimal("3000.00"))


def test_deadlines_after_acceptance_are_overdue_until_done(database, db_path, project, capsys):
    from tests.conftest import run_cli

    from supervisor.site import acceptance

    with database.write() as s:
        acceptance.save_record(s, project, acceptance.AcceptanceData(accepted_on=dt.date(2026, 8, 31)))
        budget.set_terms(s, project, budget.Terms(final_account_months=2, settlement_months=6))
    with database.read() as s:
        late = summary.project_funds(s, s.get(Project, project), dt.date(2026, 11, 1))
    assert [(d.code, d.due, d.overdue, d.overdue_days) for d in late.deadlines] == [
        ("final_account", dt.date(2026, 10, 31), True, 1), ("settlement", dt.date(2027, 2, 28), False, 0)]
    code, out, _ = run_cli(capsys, "check", "--db", str(db_path))
    assert code == 0 and any(line.startswith("  overdue: T-01 竣工结算送审: due 2026-10-31") for line in out), out
    with pytest.raises(errors.ValidationError, match="1 to 6 months"):
        with database.write() as s:
            budget.set_terms(s, project, budget.Terms(settlement_months=7))
    with database.write() as s:
        budget.set_terms(s, project, budget.Terms(final_account_submitted_on=dt.date(2026, 11, 2), settlement_months=6))
    with database.read() as s:
        assert summary.project_funds(s, s.get(Project, project), dt.date(2026, 11, 5)).overdue == []


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "supervisor", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def test_funds_command_prints_the_totals_by_source_and_as_json(database, db_path, funded):
    database.close()
    shown = _cli("funds", "--db", db_path, "--project", "T-01")
    assert shown.returncode == 0, shown.stderr
    assert "certified         3,000,000.00" in shown.stdout
    assert "区级财政资金  3,500,000.00 / 150,000.50 / 3,349,999.50" in shown.stdout
    data = json.loads(_cli("funds", "--db", db_path, "--project", "T-01", "--json").stdout)
    assert (data["certified"], data["disbursed"], data["due"], data["retained"]) == (
        "3000000.00", "1180000.50", "1800000.00", "270000.00")
    assert sum(Decimal(s["disbursed"]) for s in data["sources"]) == Decimal(data["disbursed"])
    status = json.loads(_cli("status", "--db", db_path, "--json").stdout)
    assert status["projects"][0]["funds"]["disbursed"] == "1180000.50"
    missing = _cli("funds", "--db", db_path, "--project", "NOPE")
    assert missing.returncode != 0 and "NOPE" in missing.stderr and "Traceback" not in missing.stderr

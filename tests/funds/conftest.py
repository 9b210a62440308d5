"""Shared by the money tests: a project with its funding written through the core services —
budget by class, three sources, a works and a supervision contract, and payments in several
states (disbursed and published, approved, certified, applied, rejected)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from supervisor.codes import ContractKind


@dataclass(frozen=True)
class Funded:
    project_id: int
    central: int  # source ids
    district: int
    residents: int
    works: int  # contract ids
    supervision: int
    published: int  # payment ids
    approved: int
    certified: int
    applied: int
    rejected: int


def write_funds(database, project_id: int) -> Funded:
    """Money for ``project_id``: every payment goes through the same calls a user's clicks do."""
    from supervisor.funds import budget, payments

    day = dt.date(2026, 6, 1)
    with database.write() as s:
        budget.set_terms(s, project_id, budget.Terms(payment_rule="progress", retention_percent="3"))
        budget.save_budget_line(s, project_id, "basic", "屋面防水、外墙保温", "6,000,000")
        budget.save_budget_line(s, project_id, "improvement", "雨污分流、道路", "3,000,000")
        budget.save_budget_line(s, project_id, "upgrade", "充电设施", "1,000,000")
        central = budget.save_source(s, project_id, "central", "中央补助资金", "6,000,000").id
        district = budget.save_source(s, project_id, "local", "区级财政资金", "3,500,000").id
        residents = budget.save_source(s, project_id, "residents", "居民出资", "500,000").id
        works = budget.save_contract(s, project_id, budget.ContractData(
            ContractKind.WORKS, "城建第三工程有限公司", "9,000,000", number="SG-2026-01", signed_on=day,
            retention_due_on=dt.date(2028, 12, 1),
        )).id
        supervision = budget.save_contract(s, project_id, budget.ContractData(
            ContractKind.SUPERVISION, "华建工程监理有限公司", "270,000", number="JL-2026-01", signed_on=day,
        )).id

        def application(amount: str, value: str, on: dt.date, period: str):
            return payments.apply(s, project_id, payments.Application(
                works, "progress", amount, on, period=period, completed_value=value, applicant="刘强",
            ))

        first = application("1,200,000", "1,600,000", dt.date(2026, 7, 1), "2026年6月")
        payments.certify(s, first.id, on=dt.date(2026, 7, 3), opinion="同意支付")
        payments.record_audit(s, first.id, "1,180,000.50", on=dt.date(2026, 7, 8))
        payments.approve(s, first.id, on=dt.date(2026, 7, 10))
        payments.disburse(s, first.id, {central: "1,000,000", district: "150,000.50", residents: "30,000"},
                          "PZ-2026-0711", on=dt.date(2026, 7, 15))
        payments.publish(s, first.id, on=dt.date(2026, 7, 16))

        second = application("1,000,000", "3,000,000", dt.date(2026, 8, 1), "2026年7月")
        payments.certify(s, second.id, on=dt.date(2026, 8, 3))
        payments.record_audit(s, second.id, on=dt.date(2026, 8, 8))
        payments.approve(s, second.id, on=dt.date(2026, 8, 10))

        third = application("800,000", "4,200,000", dt.date(2026, 9, 1), "2026年8月")
        payments.certify(s, third.id, on=dt.date(2026, 9, 3))

        fourth = application("500,000", "4,800,000", dt.date(2026, 10, 1), "2026年9月")
        fifth = application("300,000", "4,800,000", dt.date(2026, 10, 2), "2026年9月（重复）")
        payments.reject(s, fifth.id, "与ZF-2026-004重复申报", on=dt.date(2026, 10, 3))
        return Funded(project_id, central, district, residents, works, supervision,
                      first.id, second.id, third.id, fourth.id, fifth.id)


@pytest.fixture
def funded(database, project) -> Funded:
    """The ``project`` with the money above (on both backends, like every ``database`` test)."""
    return write_funds(database, project)

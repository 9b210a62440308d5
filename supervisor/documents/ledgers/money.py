"""The money ledgers: 资金拨付台账 (``funds``: every payment of a project from application to
disbursement, with a column per fund source), 资金使用明细 (``funds-detail``: each part of a
payment booked to a source), 质保金台账 (``retention``: per contract), 居民出资台账
(``contributions``: per household) and 应急维修资金台账 (``urgent-repairs``: the 20/80 split per
repair).

Every figure comes from ``supervisor.funds``: the rows from its lists (``payments.payments``,
``residents_share.contribution_rows``, ``residents_share.repairs``), the totals under them from
``summary.project_funds``, so a ledger's totals are the figures ``supervisor funds --json``
prints. Amounts stay ``Decimal`` until they are written (with thousands separators, two decimals).

A ledger's rows (``*_rows``) follow the order of its columns in ``LEDGERS``; its totals rows
(``FOOTERS``) start with their label; ``source_tables`` is the summary sheet's table by source.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor.codes import (
    CONTRACT_KIND_NAMES,
    FUND_SOURCE_NAMES,
    PAYMENT_KIND_NAMES,
    PAYMENT_STATUS_NAMES,
    REPAIR_STATUS_NAMES,
    PaymentStatus,
)
from supervisor.db.models import Compound, Contract, FundSource, Payment, PaymentSplit, Project
from supervisor.documents.ledgers import Column
from supervisor.documents.ledgers.xlsx import SummaryTable
from supervisor.funds import amounts, budget, payments, residents_share, summary

S = PaymentStatus
APPROVED = (S.APPROVED, S.DISBURSED, S.PUBLISHED)
PAID = (S.DISBURSED, S.PUBLISHED)
SOURCE_WIDTH = 12.5  # a column per fund source: "9,999,999.99" whole
TOTAL = "合计"
NOT_REJECTED = "合计（不含已退回）"


def _projects(session: Session, scope) -> list[Project]:
    query = select(Project).order_by(Project.code)
    if scope.project_id is not None:
        query = query.where(Project.id == scope.project_id)
    return list(session.scalars(query))


def _funds(session: Session, scope, today: dt.date) -> list[summary.ProjectFunds]:
    return [summary.project_funds(session, project, today) for project in _projects(session, scope)]


def _sum(values) -> Decimal:
    return amounts.total(values)


# --- 资金拨付台账 -------------------------------------------------------------------------------


def source_names(session: Session, scope) -> list[str]:
    """The fund sources of the projects in scope, by name (a name shared by several projects
    is one column), in the order they were entered."""
    query = (
        select(FundSource.name)
        .join(Project, Project.id == FundSource.project_id)
        .order_by(Project.code, FundSource.position, FundSource.id)
    )
    if scope.project_id is not None:
        query = query.where(Project.id == scope.project_id)
    return list(dict.fromkeys(session.scalars(query)))


def source_columns(session: Session, scope) -> tuple[Column, ...]:
    return tuple(Column(name, "decimal", SOURCE_WIDTH) for name in source_names(session, scope))


def _approved(payment: Payment) -> Decimal | None:
    return payments.payable(payment) if payment.status in APPROVED else None


def _disbursed(payment: Payment) -> Decimal | None:
    return payments.payable(payment) if payment.status in PAID else None


def payment_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    names = source_names(session, scope)
    for project in _projects(session, scope):
        source_of = {s.id: s.name for s in budget.sources(session, project.id)}
        for payment in payments.payments(session, project.id):
            by_source: dict[str, Decimal] = {}
            for split in payment.splits:
                name = source_of.get(split.source_id, "")
                by_source[name] = by_source.get(name, amounts.ZERO) + split.amount
            yield (
                project.code, payment.number, payment.contract.party if payment.contract else "",
                PAYMENT_KIND_NAMES.get(payment.kind, payment.kind), payment.applied_on, payment.applied_amount,
                payment.certified_amount, payment.audited_amount, _approved(payment), _disbursed(payment),
                payment.disbursed_on, payment.voucher, PAYMENT_STATUS_NAMES.get(payment.status, payment.status),
                *(by_source.get(name) for name in names),
            )


def payment_footer(session: Session, scope, today: dt.date) -> list[tuple]:
    """合计 (what ``supervisor funds`` counts: rejected payments left out), then each source's
    budget and what remains of it, under the source's column."""
    names = source_names(session, scope)
    funds = _funds(session, scope, today)
    audited = approved = amounts.ZERO
    for project in funds:
        for payment in payments.payments(session, project.project_id):
            if payment.status == S.REJECTED:
                continue
            audited += payment.audited_amount or amounts.ZERO
            approved += _approved(payment) or amounts.ZERO

    def by_source(value) -> list[Decimal]:
        return [_sum(value(s) for f in funds for s in f.sources if s.name == name) for name in names]

    rows = [(
        NOT_REJECTED, None, None, None, None, _sum(f.applied for f in funds), _sum(f.certified for f in funds),
        audited, approved, _sum(f.disbursed for f in funds), None, None, None,
        *by_source(lambda s: s.disbursed),
    )]
    if names:
        blank = (None,) * 12
        rows.append(("资金来源预算", *blank, *by_source(lambda s: s.budget)))
        rows.append(("剩余可拨付", *blank, *by_source(lambda s: s.remaining)))
    return rows


def source_tables(session: Session, scope) -> list[SummaryTable]:
    """Each source's budget, what it has paid out and what remains, project by project."""
    funds = _funds(session, scope, dt.date.today())
    rows = [
        (f.code, s.name, FUND_SOURCE_NAMES.get(s.kind, s.kind), s.budget, s.disbursed, s.remaining)
        for f in funds for s in f.sources
    ]
    every = [s for f in funds for s in f.sources]
    rows.append((TOTAL, "", "", _sum(s.budget for s in every), _sum(s.disbursed for s in every),
                 _sum(s.remaining for s in every)))
    return [SummaryTable(
        "按资金来源汇总", ("项目编号", "资金来源", "类别", "预算（元）", "已拨付（元）", "剩余（元）"), rows,
        ("text", "text", "text", "decimal", "decimal", "decimal"),
        "按全部拨付记录计算（不受日期范围限制）；剩余＝预算－已拨付。",
        widths=(14, 16, 14, 14, 14, 14), totals=1,
    )]


# --- 资金使用明细 -------------------------------------------------------------------------------


def _splits(session: Session, scope):
    query = (
        select(Project.code, FundSource.name, Payment, Contract.party, PaymentSplit.amount)
        .join(Payment, Payment.id == PaymentSplit.payment_id)
        .join(FundSource, FundSource.id == PaymentSplit.source_id)
        .join(Project, Project.id == Payment.project_id)
        .outerjoin(Contract, Contract.id == Payment.contract_id)
        .order_by(Project.code, FundSource.position, FundSource.id, Payment.disbursed_on, Payment.id)
    )
    if scope.project_id is not None:
        query = query.where(Project.id == scope.project_id)
    if scope.date_from is not None:
        query = query.where(Payment.disbursed_on >= scope.date_from)
    if scope.date_to is not None:
        query = query.where(Payment.disbursed_on <= scope.date_to)
    return session.execute(query)


def split_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    for code, source, payment, party, amount in _splits(session, scope):
        yield (
            code, source, payment.number, party or "", PAYMENT_KIND_NAMES.get(payment.kind, payment.kind), amount,
            payment.disbursed_on, payment.voucher, PAYMENT_STATUS_NAMES.get(payment.status, payment.status),
        )


def split_footer(session: Session, scope, today: dt.date) -> list[tuple]:
    """A 小计 per source (of the rows above), then the 合计."""
    by_source: dict[str, list[Decimal]] = {}
    for _code, source, _payment, _party, amount in _splits(session, scope):
        by_source.setdefault(source, []).append(amount)
    rows = [(f"小计：{name}", None, None, None, None, _sum(parts)) for name, parts in by_source.items()]
    rows.append((TOTAL, None, None, None, None, _sum(a for parts in by_source.values() for a in parts)))
    return rows


# --- 质保金台账 ---------------------------------------------------------------------------------


def _percent(value: Decimal) -> str:
    """3 → "3%", 2.50 → "2.5%"."""
    return f"{Decimal(value).normalize():f}%"


def retention_status(held: Decimal, released: Decimal, due_on: dt.date | None, today: dt.date) -> str:
    if held <= 0:
        return "不留质保金"
    if released >= held:
        return "已退还"
    if released > 0:
        return "部分退还"
    if due_on is not None and today >= due_on:
        return "已到期未退还"
    return "未到期"


def retention_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    for funds in _funds(session, scope, today):
        stored = {c.id: c for c in budget.contracts(session, funds.project_id)}
        for c in funds.contracts:
            contract = stored[c.contract_id]
            yield (
                funds.code, c.number, CONTRACT_KIND_NAMES.get(c.kind, c.kind), c.party, c.price,
                _percent(funds.retention_percent) if c.retention > 0 else "", c.retention, c.retention_due_on,
                contract.retention_released_on, c.retention_released, c.retained,
                retention_status(c.retention, c.retention_released, c.retention_due_on, today),
                contract.retention_voucher,
            )


def retention_footer(session: Session, scope, today: dt.date) -> list[tuple]:
    funds = _funds(session, scope, today)
    contracts = [c for f in funds for c in f.contracts]
    return [(
        TOTAL, None, None, None, _sum(f.contract_total for f in funds), None, _sum(c.retention for c in contracts),
        None, None, _sum(c.retention_released for c in contracts), _sum(f.retained for f in funds),
    )]


# --- 居民出资台账 -------------------------------------------------------------------------------


def contribution_status(row: residents_share.ContributionRow) -> str:
    if row.outstanding <= 0:
        return "已缴清"
    return "部分缴纳" if row.paid > 0 else "未缴"


def contribution_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    for project in _projects(session, scope):
        for row in residents_share.contribution_rows(session, project.id):
            yield (
                project.code, row.compound, row.building, row.unit, row.household, row.owner, row.phone,
                row.area, row.due, row.paid, row.outstanding, row.paid_on, row.receipt, contribution_status(row),
            )


def contribution_footer(session: Session, scope, today: dt.date) -> list[tuple]:
    funds = _funds(session, scope, today)
    households = sum(f.contribution_households for f in funds)
    return [(
        f"{TOTAL}（{households}户）", None, None, None, None, None, None, None,
        _sum(f.contributions_due for f in funds), _sum(f.contributions_paid for f in funds),
        _sum(f.contributions_outstanding for f in funds),
    )]


# --- 应急维修资金台账 ---------------------------------------------------------------------------


def repair_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    compounds = dict(session.execute(select(Compound.id, Compound.name)).all())
    for project in _projects(session, scope):
        for repair in residents_share.repairs(session, project.id):
            yield (
                repair.number, project.code, repair.reported_on, compounds.get(repair.compound_id, ""),
                repair.location, repair.description, repair.cost, repair.owners_share, repair.government_share,
                REPAIR_STATUS_NAMES.get(repair.status, repair.status), repair.repaired_on, repair.paid_on,
                repair.voucher,
            )


def repair_footer(session: Session, scope, today: dt.date) -> list[tuple]:
    funds = _funds(session, scope, today)
    return [(
        f"{TOTAL}（{sum(f.repairs for f in funds)}项）", None, None, None, None, None,
        _sum(f.repairs_cost for f in funds), _sum(f.repairs_owners for f in funds),
        _sum(f.repairs_government for f in funds),
    )]


FOOTERS = {
    "funds": payment_footer,
    "funds-detail": split_footer,
    "retention": retention_footer,
    "contributions": contribution_footer,
    "urgent-repairs": repair_footer,
}

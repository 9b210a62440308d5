"""A project's money at a glance — budget, contracts, what was applied for, certified,
disbursed and retained, by source, the residents' share, urgent repairs and the deadlines after
acceptance — computed in one place for ``supervisor funds``, ``status --json``, the Funds tab,
the forms and the ledgers, so the figures agree everywhere."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor.codes import ContractKind, PaymentKind, PaymentStatus
from supervisor.db.models import Acceptance, Payment, PaymentSplit, Project
from supervisor.funds import amounts, budget, gates, payments, residents_share

S = PaymentStatus


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Deadline:
    """A deadline counted from acceptance: the final account's audit or the financial settlement."""

    code: str  # "final_account" | "settlement"
    name: str  # Chinese, as printed
    due: dt.date
    done: dt.date | None
    today: dt.date

    @property
    def overdue_days(self) -> int:
        end = self.done or self.today
        return max(0, (end - self.due).days) if self.done is None else 0

    @property
    def overdue(self) -> bool:
        return self.done is None and self.today > self.due


def deadlines(session: Session, project_id: int, today: dt.date | None = None) -> list[Deadline]:
    """The final-account and settlement deadlines, once the project is accepted."""
    today = today or dt.date.today()
    accepted_on = session.scalar(select(Acceptance.accepted_on).where(Acceptance.project_id == project_id))
    if accepted_on is None:
        return []
    terms = budget.funding(session, project_id)
    return [
        Deadline("final_account", "竣工结算送审", add_months(accepted_on, terms.final_account_months),
                 terms.final_account_submitted_on, today),
        Deadline("settlement", "竣工财务决算", add_months(accepted_on, terms.settlement_months),
                 terms.settlement_done_on, today),
    ]


@dataclass
class SourceTotals:
    source_id: int
    kind: str
    name: str
    budget: Decimal
    disbursed: Decimal = amounts.ZERO

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.disbursed


@dataclass
class ContractTotals:
    contract_id: int
    kind: str
    party: str
    number: str
    price: Decimal
    certified: Decimal = amounts.ZERO
    disbursed: Decimal = amounts.ZERO
    retention: Decimal = amounts.ZERO  # held under the contract's terms
    retention_released: Decimal = amounts.ZERO
    retention_due_on: dt.date | None = None

    @property
    def retained(self) -> Decimal:
        return self.retention - self.retention_released


@dataclass
class ProjectFunds:
    project_id: int
    code: str
    name: str
    today: dt.date
    payment_rule: str
    retention_percent: Decimal
    budget: Decimal
    budget_by_class: dict[str, Decimal]
    sources: list[SourceTotals]
    contracts: list[ContractTotals]
    applied: Decimal
    certified: Decimal
    disbursed: Decimal
    payments_by_status: dict[str, int]
    contributions_due: Decimal
    contributions_paid: Decimal
    contribution_households: int
    repairs: int
    repairs_cost: Decimal
    repairs_owners: Decimal
    repairs_government: Decimal
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def contract_total(self) -> Decimal:
        return amounts.total(c.price for c in self.contracts)

    @property
    def retained(self) -> Decimal:
        return amounts.total(c.retained for c in self.contracts)

    @property
    def due(self) -> Decimal:
        """Certified (or audited) but not yet disbursed."""
        return self.certified_pending

    certified_pending: Decimal = amounts.ZERO

    @property
    def sources_total(self) -> Decimal:
        return amounts.total(s.budget for s in self.sources)

    @property
    def contributions_outstanding(self) -> Decimal:
        return self.contributions_due - self.contributions_paid

    @property
    def overdue(self) -> list[Deadline]:
        return [d for d in self.deadlines if d.overdue]


def project_funds(session: Session, project: Project, today: dt.date | None = None) -> ProjectFunds:
    today = today or dt.date.today()
    terms = budget.funding(session, project.id)
    lines = budget.budget_lines(session, project.id)
    by_class: dict[str, Decimal] = {}
    for line in lines:
        by_class[line.work_class] = by_class.get(line.work_class, amounts.ZERO) + line.amount
    source_rows = {s.id: SourceTotals(s.id, s.kind, s.name, s.amount) for s in budget.sources(session, project.id)}
    contract_rows = {}
    for contract in budget.contracts(session, project.id):
        contract_rows[contract.id] = ContractTotals(
            contract.id, contract.kind, contract.party, contract.number, contract.price,
            retention=gates.retention_held(session, contract), retention_due_on=contract.retention_due_on,
        )
    all_payments = payments.payments(session, project.id)
    by_status: dict[str, int] = {s.value: 0 for s in S}
    applied = certified = disbursed = pending = amounts.ZERO
    for payment in all_payments:
        by_status[payment.status] = by_status.get(payment.status, 0) + 1
        if payment.status == S.REJECTED:
            continue
        applied += payment.applied_amount
        row = contract_rows.get(payment.contract_id)
        if payment.status in gates.COUNTED:
            value = payments.payable(payment)
            certified += payment.certified_amount
            if row is not None:
                row.certified += payment.certified_amount
            if payment.status in (S.DISBURSED, S.PUBLISHED):
                disbursed += value
                if row is not None:
                    row.disbursed += value
                    if payment.kind == PaymentKind.RETENTION:
                        row.retention_released += value
            else:
                pending += value
    for split in session.scalars(
        select(PaymentSplit).join(Payment, Payment.id == PaymentSplit.payment_id).where(Payment.project_id == project.id)
    ):
        if split.source_id in source_rows:
            source_rows[split.source_id].disbursed += split.amount
    contributions = residents_share.contribution_rows(session, project.id)
    repair_list = residents_share.repairs(session, project.id)
    result = ProjectFunds(
        project_id=project.id, code=project.code, name=project.name, today=today,
        payment_rule=terms.payment_rule, retention_percent=terms.retention_percent,
        budget=amounts.total(line.amount for line in lines) if lines else amounts.fen(project.budget or 0),
        budget_by_class=by_class,
        sources=list(source_rows.values()), contracts=list(contract_rows.values()),
        applied=applied, certified=certified, disbursed=disbursed, payments_by_status=by_status,
        contributions_due=amounts.total(c.due for c in contributions),
        contributions_paid=amounts.total(c.paid for c in contributions),
        contribution_households=len(contributions),
        repairs=len(repair_list),
        repairs_cost=amounts.total(r.cost for r in repair_list),
        repairs_owners=amounts.total(r.owners_share for r in repair_list),
        repairs_government=amounts.total(r.government_share for r in repair_list),
        deadlines=deadlines(session, project.id, today),
    )
    result.certified_pending = pending
    return result


def to_json(funds: ProjectFunds) -> dict:
    """The figures as ``supervisor funds --json`` and ``status --json`` print them: amounts as
    exact decimal strings ("1234567.80"), never floats."""
    p = amounts.plain
    return {
        "code": funds.code,
        "name": funds.name,
        "payment_rule": funds.payment_rule,
        "retention_percent": f"{funds.retention_percent:.2f}",
        "budget": p(funds.budget),
        "budget_by_class": {k: p(v) for k, v in funds.budget_by_class.items()},
        "contract": p(funds.contract_total),
        "applied": p(funds.applied),
        "certified": p(funds.certified),
        "disbursed": p(funds.disbursed),
        "due": p(funds.due),
        "retained": p(funds.retained),
        "payments": {k: v for k, v in funds.payments_by_status.items() if v},
        "sources": [
            {"name": s.name, "kind": s.kind, "budget": p(s.budget), "disbursed": p(s.disbursed),
             "remaining": p(s.remaining)}
            for s in funds.sources
        ],
        "contracts": [
            {"kind": c.kind, "party": c.party, "number": c.number, "price": p(c.price),
             "certified": p(c.certified), "disbursed": p(c.disbursed), "retention": p(c.retention),
             "retention_released": p(c.retention_released), "retained": p(c.retained),
             "retention_due_on": c.retention_due_on.isoformat() if c.retention_due_on else None}
            for c in funds.contracts
        ],
        "contributions": {
            "households": funds.contribution_households, "due": p(funds.contributions_due),
            "paid": p(funds.contributions_paid), "outstanding": p(funds.contributions_outstanding),
        },
        "urgent_repairs": {
            "count": funds.repairs, "cost": p(funds.repairs_cost), "owners": p(funds.repairs_owners),
            "government": p(funds.repairs_government),
        },
        "deadlines": [
            {"code": d.code, "name": d.name, "due": d.due.isoformat(),
             "done": d.done.isoformat() if d.done else None, "overdue": d.overdue, "overdue_days": d.overdue_days}
            for d in funds.deadlines
        ],
        "overdue": len(funds.overdue),
    }


def project_by_code(session: Session, code: str) -> Project:
    return session.scalars(select(Project).where(Project.code == code)).one()


def works_contract(contracts: list[ContractTotals]) -> ContractTotals | None:
    return next((c for c in contracts if c.kind == ContractKind.WORKS), None)


def overdue_findings(session: Session, today: dt.date | None = None) -> list:
    """The open projects' final accounts and settlements past their deadline, as ``supervisor
    check`` warns of them ("overdue", "DH-2025-03 竣工结算送审: due 2026-11-05, 26 day(s) ago")."""
    from supervisor.db.integrity import Problem

    today = today or dt.date.today()
    findings = []
    for project in session.scalars(select(Project).where(Project.archived.is_(False)).order_by(Project.code)):
        for deadline in deadlines(session, project.id, today):
            if deadline.overdue:
                findings.append(Problem(
                    "overdue", f"{project.code} {deadline.name}: due {deadline.due.isoformat()}, "
                    f"{deadline.overdue_days} day(s) ago",
                ))
    return findings

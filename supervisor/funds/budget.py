"""A project's budget and what pays for it: the funding terms (payment rule, retention, the
deadlines after acceptance), the approved budget by class of work, the sources of the money and
the contracts paid from it. Each write is checked here: retention at most 3 %, the financial
settlement within 6 months, amounts exact to the fen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import ContractKind, FundSourceKind, ProjectClass
from supervisor.db.models import BudgetLine, Contract, FundSource, Funding, Payment, PaymentSplit, Project
from supervisor.funds import amounts, rules
from supervisor.i18n import QT_TRANSLATE_NOOP

MAX_RETENTION = Decimal("3")
MAX_SETTLEMENT_MONTHS = 6


_WHAT = {
    "budget line": QT_TRANSLATE_NOOP("errors", "budget line"), "contract": QT_TRANSLATE_NOOP("errors", "contract"),
    "fund source": QT_TRANSLATE_NOOP("errors", "fund source"), "project": QT_TRANSLATE_NOOP("errors", "project"),
}


def _get(session: Session, model, record_id: int, what: str):
    record = session.get(model, record_id)
    if record is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "No {what} with id {id}."), what=errors.Term(_WHAT[what]),
                              id=record_id)
    return record


# --- funding terms ----------------------------------------------------------------------------


def funding(session: Session, project_id: int) -> Funding:
    """The project's funding terms; the defaults (progress payments at 80 %, 3 % retention,
    final account in 2 months, settlement in 3) when none were set. Not added to the session
    until changed with ``set_terms``."""
    found = session.scalars(select(Funding).where(Funding.project_id == project_id)).first()
    return found or Funding(
        project_id=project_id, payment_rule="progress", retention_percent=MAX_RETENTION,
        final_account_months=2, settlement_months=3, notes="",
    )


@dataclass
class Terms:
    payment_rule: str = "progress"
    retention_percent: Decimal | str = MAX_RETENTION
    final_account_months: int = 2
    settlement_months: int = 3
    final_account_submitted_on: dt.date | None = None
    final_account_audited_on: dt.date | None = None
    final_account_amount: Decimal | str | None = None
    settlement_done_on: dt.date | None = None
    notes: str = ""


def terms_of(session: Session, project_id: int) -> Terms:
    f = funding(session, project_id)
    return Terms(
        f.payment_rule, f.retention_percent, f.final_account_months, f.settlement_months,
        f.final_account_submitted_on, f.final_account_audited_on, f.final_account_amount,
        f.settlement_done_on, f.notes or "",
    )


def set_terms(session: Session, project_id: int, terms: Terms) -> Funding:
    rules.rule(terms.payment_rule)
    retention = amounts.parse_percent(terms.retention_percent, "retention_percent", maximum=Decimal(100))
    if retention > MAX_RETENTION:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Retention of {percent} % is above the legal cap: at most 3 % may be held."),
            field="retention_percent", percent=f"{retention.normalize():f}",
        )
    if not 1 <= int(terms.final_account_months) <= 12:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The final account is due within 1 to 12 months of acceptance."),
            field="final_account_months",
        )
    if not 1 <= int(terms.settlement_months) <= MAX_SETTLEMENT_MONTHS:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The financial settlement is due within 1 to 6 months of acceptance."),
            field="settlement_months",
        )
    final_amount = (
        None if terms.final_account_amount in (None, "")
        else amounts.parse(terms.final_account_amount, "final_account_amount")
    )
    if terms.final_account_audited_on and final_amount is None:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "An audited final account needs its audited amount."),
            field="final_account_amount",
        )
    f = funding(session, project_id)
    if f not in session:
        session.add(f)
    f.payment_rule = terms.payment_rule
    f.retention_percent = retention
    f.final_account_months = int(terms.final_account_months)
    f.settlement_months = int(terms.settlement_months)
    f.final_account_submitted_on = terms.final_account_submitted_on
    f.final_account_audited_on = terms.final_account_audited_on
    f.final_account_amount = final_amount
    f.settlement_done_on = terms.settlement_done_on
    f.notes = (terms.notes or "").strip()
    session.flush()
    return f


# --- budget by class ---------------------------------------------------------------------------


def budget_lines(session: Session, project_id: int) -> list[BudgetLine]:
    return list(session.scalars(
        select(BudgetLine).where(BudgetLine.project_id == project_id).order_by(BudgetLine.position, BudgetLine.id)
    ))


def save_budget_line(session: Session, project_id: int, work_class: str, item: str, amount,
                     line_id: int | None = None) -> BudgetLine:
    if work_class not in {c.value for c in ProjectClass}:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a class of work (basic, improvement, upgrade)."),
            field="work_class", text=work_class,
        )
    if not (item or "").strip():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "A budget line needs what it pays for."), field="item")
    value = amounts.parse(amount, "amount")
    if line_id is None:
        position = session.scalar(
            select(func.coalesce(func.max(BudgetLine.position), -1)).where(BudgetLine.project_id == project_id)
        ) + 1
        line = BudgetLine(project_id=project_id, position=position)
        session.add(line)
    else:
        line = _get(session, BudgetLine, line_id, "budget line")
    line.work_class, line.item, line.amount = work_class, item.strip(), value
    session.flush()
    return line


def delete_budget_line(session: Session, line_id: int) -> None:
    session.delete(_get(session, BudgetLine, line_id, "budget line"))
    session.flush()


# --- sources -------------------------------------------------------------------------------------


def sources(session: Session, project_id: int) -> list[FundSource]:
    return list(session.scalars(
        select(FundSource).where(FundSource.project_id == project_id).order_by(FundSource.position, FundSource.id)
    ))


def save_source(session: Session, project_id: int, kind: str, name: str, amount, notes: str = "",
                source_id: int | None = None) -> FundSource:
    if kind not in {k.value for k in FundSourceKind}:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a kind of fund source."), field="kind", text=kind,
        )
    name = (name or "").strip()
    if not name:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "A fund source needs a name."), field="name")
    value = amounts.parse(amount, "amount")
    clash = session.scalar(select(FundSource.id).where(
        FundSource.project_id == project_id, FundSource.name == name, FundSource.id != (source_id or 0)
    ))
    if clash is not None:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The project already has a fund source named {name}."), field="name", name=name,
        )
    if source_id is None:
        position = session.scalar(
            select(func.coalesce(func.max(FundSource.position), -1)).where(FundSource.project_id == project_id)
        ) + 1
        source = FundSource(project_id=project_id, position=position)
        session.add(source)
    else:
        source = _get(session, FundSource, source_id, "fund source")
        booked = amounts.total(session.scalars(select(PaymentSplit.amount).where(PaymentSplit.source_id == source.id)))
        if value < booked:
            raise errors.RuleViolation(
                QT_TRANSLATE_NOOP("errors", "{name} has already paid out {booked}: its amount cannot be less."),
                name=name, booked=amounts.yuan(booked),
            )
    source.kind, source.name, source.amount, source.notes = kind, name, value, (notes or "").strip()
    session.flush()
    return source


def delete_source(session: Session, source_id: int) -> None:
    source = _get(session, FundSource, source_id, "fund source")
    used = session.scalar(select(func.count()).select_from(PaymentSplit).where(PaymentSplit.source_id == source_id))
    if used:
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP("errors", "{name} has payments booked to it and cannot be removed."), name=source.name,
        )
    session.delete(source)
    session.flush()


# --- contracts -----------------------------------------------------------------------------------


def contracts(session: Session, project_id: int) -> list[Contract]:
    return list(session.scalars(
        select(Contract).where(Contract.project_id == project_id).order_by(Contract.kind != ContractKind.WORKS, Contract.id)
    ))


@dataclass
class ContractData:
    kind: str
    party: str
    price: Decimal | str
    number: str = ""
    signed_on: dt.date | None = None
    retention_due_on: dt.date | None = None
    notes: str = ""


def save_contract(session: Session, project_id: int, data: ContractData, contract_id: int | None = None) -> Contract:
    if data.kind not in {k.value for k in ContractKind}:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a kind of contract."), field="kind", text=data.kind,
        )
    if not (data.party or "").strip():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "A contract needs the other party's name."), field="party")
    price = amounts.parse(data.price, "price", allow_zero=False)
    if contract_id is None:
        contract = Contract(project_id=project_id)
        session.add(contract)
    else:
        contract = _get(session, Contract, contract_id, "contract")
        paid = session.scalars(select(Payment).where(
            Payment.contract_id == contract.id, Payment.certified_amount.is_not(None),
            Payment.status != "rejected",
        ))
        certified = amounts.total(p.certified_amount for p in paid)
        if price < certified:
            raise errors.RuleViolation(
                QT_TRANSLATE_NOOP("errors", "{amount} has already been certified on this contract: its price cannot be less."),
                amount=amounts.yuan(certified),
            )
    contract.kind, contract.party, contract.price = data.kind, data.party.strip(), price
    contract.number, contract.signed_on = (data.number or "").strip(), data.signed_on
    contract.retention_due_on, contract.notes = data.retention_due_on, (data.notes or "").strip()
    session.flush()
    return contract


def delete_contract(session: Session, contract_id: int) -> None:
    contract = _get(session, Contract, contract_id, "contract")
    used = session.scalar(select(func.count()).select_from(Payment).where(Payment.contract_id == contract_id))
    if used:
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP("errors", "The contract with {party} has payments and cannot be removed."),
            party=contract.party,
        )
    session.delete(contract)
    session.flush()


def project_of(session: Session, project_id: int) -> Project:
    return _get(session, Project, project_id, "project")

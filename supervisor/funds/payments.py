"""A payment's path, each step stamped with the signed-in person and checked here:

    applied (工程款支付报审表) → certified (工程款支付证书, the gates in ``supervisor.funds.gates``)
    → audited (跟踪审计) → approved (街道审批) → disbursed (date, voucher, split by source)
    → published (拨付公示)

An application may be sent back (rejected) until it is approved. Amounts are exact to the fen;
the split by source must add up to the amount paid, and no source may pay out more than it holds.
The roles each step needs are checked on every write (``supervisor.accounts.guard``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import PaymentKind, PaymentStatus
from supervisor.db import numbers
from supervisor.db.audit import current_user, log_change
from supervisor.db.models import (
    AcceptanceItem, Contract, FundSource, Payment, PaymentItem, PaymentSplit, ProjectStep, utcnow,
)
from supervisor.funds import amounts, gates, rules
from supervisor.funds.budget import funding
from supervisor.i18n import QT_TRANSLATE_NOOP

S = PaymentStatus


@dataclass
class ItemData:
    """A measured item as typed: this period's quantity, the quantity accepted so far."""

    item: str
    unit: str
    quantity: Decimal | str
    unit_price: Decimal | str
    accepted_quantity: Decimal | str | None = None
    acceptance_item_id: int | None = None


@dataclass
class Application:
    """A payment application (工程款支付报审表) as typed."""

    contract_id: int
    kind: str
    applied_amount: Decimal | str
    applied_on: dt.date
    period: str = ""
    milestone: str = ""
    step_id: int | None = None
    completed_value: Decimal | str | None = None
    applicant: str = ""
    items: list[ItemData] = field(default_factory=list)
    notes: str = ""


def get(session: Session, payment_id: int) -> Payment:
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "No payment with id {id}."), id=payment_id)
    return payment


def find(session: Session, project_id: int, number_or_id: str) -> Payment:
    """A payment by its number (ZF-2026-001) or id."""
    text = str(number_or_id).strip()
    payment = session.scalars(select(Payment).where(Payment.project_id == project_id, Payment.number == text)).first()
    if payment is None and text.isdigit():
        payment = session.get(Payment, int(text))
        if payment is not None and payment.project_id != project_id:
            payment = None
    if payment is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project has no payment {number}."), number=text)
    return payment


def payments(session: Session, project_id: int) -> list[Payment]:
    return list(session.scalars(
        select(Payment).where(Payment.project_id == project_id).order_by(Payment.applied_on, Payment.id)
    ))


def payable(payment: Payment) -> Decimal | None:
    """What is to be paid: the audited amount once audited, else the certified amount."""
    return payment.audited_amount if payment.audited_amount is not None else payment.certified_amount


def next_number(session: Session, project_id: int, year: int) -> str:
    prefix = f"ZF-{year}-"

    def highest_in_use() -> int:
        stored = session.scalars(select(Payment.number).where(
            Payment.project_id == project_id, Payment.number.like(f"{prefix}%")
        ))
        serials = (n[len(prefix):] for n in stored)
        return max((int(s) for s in serials if s.isascii() and s.isdigit()), default=0)

    return f"{prefix}{numbers.take_next(session, f'payment {project_id} {year}', highest_in_use):03d}"


def _decimal(text, name: str) -> Decimal:
    try:
        value = Decimal(str(text).replace(",", "").strip())
    except InvalidOperation:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a quantity."), field=name, text=str(text),
        ) from None
    if not value.is_finite() or value < 0:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a quantity."), field=name, text=str(text),
        )
    return value.quantize(Decimal("0.01"))


_STATUS_WORDS = {
    S.APPLIED: QT_TRANSLATE_NOOP("errors", "applied for"), S.CERTIFIED: QT_TRANSLATE_NOOP("errors", "certified"),
    S.AUDITED: QT_TRANSLATE_NOOP("errors", "audited"), S.APPROVED: QT_TRANSLATE_NOOP("errors", "approved"),
    S.DISBURSED: QT_TRANSLATE_NOOP("errors", "disbursed"), S.PUBLISHED: QT_TRANSLATE_NOOP("errors", "published"),
    S.REJECTED: QT_TRANSLATE_NOOP("errors", "sent back"),
}
_REFUSED = {  # by action: one whole sentence each, so that each language can say it its own way
    "changed": QT_TRANSLATE_NOOP("errors", "Payment {number} is {status}: it cannot be changed now."),
    "deleted": QT_TRANSLATE_NOOP("errors", "Payment {number} is {status}: it cannot be deleted now."),
    "signed off": QT_TRANSLATE_NOOP("errors", "Payment {number} is {status}: it cannot be signed off now."),
    "certified": QT_TRANSLATE_NOOP("errors", "Payment {number} is {status}: it cannot be certified now."),
    "audited": QT_TRANSLATE_NOOP("errors", "Payment {number} is {status}: it cannot be audited now."),
    "approved": QT_TRANSLATE_NOOP("errors", "Payment {number} is {status}: it cannot be approved now."),
    "disbursed": QT_TRANSLATE_NOOP("errors", "Payment {number} is {status}: it cannot be disbursed now."),
    "published": QT_TRANSLATE_NOOP("errors", "Payment {number} is {status}: it cannot be published now."),
    "sent back": QT_TRANSLATE_NOOP("errors", "Payment {number} is {status}: it cannot be sent back now."),
}


def _require(payment: Payment, allowed: tuple[PaymentStatus, ...], action: str) -> None:
    if payment.status not in allowed:
        raise errors.RuleViolation(
            _REFUSED[action], number=payment.number,
            status=errors.Term(_STATUS_WORDS.get(payment.status, payment.status)),
        )


def _date(value: dt.date | None, after: dt.date | None, name: str) -> dt.date:
    value = value or dt.date.today()
    if after is not None and value < after:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date {date} is before the payment's previous step ({before})."),
            field=name, date=value.isoformat(), before=after.isoformat(),
        )
    return value


def _fill(session: Session, payment: Payment, data: Application) -> None:
    contract = session.get(Contract, data.contract_id)
    if contract is None or contract.project_id != payment.project_id:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the contract the payment is made on."), field="contract",
        )
    try:
        kind = PaymentKind(data.kind)
    except ValueError:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a kind of payment."), field="kind", text=data.kind,
        ) from None
    rule = rules.rule(funding(session, payment.project_id).payment_rule)
    if data.milestone and rule.milestone(data.milestone) is None:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a milestone of the project's payment rule."),
            field="milestone", text=data.milestone,
        )
    if data.step_id is not None:
        step = session.get(ProjectStep, data.step_id)
        if step is None or step.project_id != payment.project_id:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "The linked step is not a step of this project."), field="step",
            )
    if not isinstance(data.applied_on, dt.date):
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "The application needs its date."), field="applied_on")
    payment.contract_id = contract.id
    payment.kind = kind.value
    payment.applied_amount = amounts.parse(data.applied_amount, "applied_amount", allow_zero=False)
    payment.applied_on = data.applied_on
    payment.period = (data.period or "").strip()
    payment.milestone = data.milestone or ""
    payment.step_id = data.step_id
    payment.completed_value = (
        None if data.completed_value in (None, "") else amounts.parse(data.completed_value, "completed_value")
    )
    payment.applicant = (data.applicant or "").strip()
    payment.notes = (data.notes or "").strip()
    if payment.items:
        payment.items.clear()
        session.flush()  # the old items go before the new ones come
    for position, item in enumerate(data.items):
        if not (item.item or "").strip():
            raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "A measured item needs its name."), field="items")
        if item.acceptance_item_id is not None:
            checked = session.get(AcceptanceItem, item.acceptance_item_id)
            if checked is None or checked.project_id != payment.project_id:
                raise errors.ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The acceptance item is not one of this project's."), field="items",
                )
        payment.items.append(PaymentItem(
            position=position, item=item.item.strip(), unit=(item.unit or "").strip(),
            quantity=_decimal(item.quantity, "quantity"),
            accepted_quantity=None if item.accepted_quantity in (None, "") else _decimal(item.accepted_quantity, "accepted_quantity"),
            unit_price=amounts.parse(item.unit_price, "unit_price"),
            acceptance_item_id=item.acceptance_item_id,
        ))


def apply(session: Session, project_id: int, data: Application) -> Payment:
    """Enter the contractor's application; it is given the next number (ZF-2026-001)."""
    payment = Payment(project_id=project_id, status=S.APPLIED.value, entered_by=current_user())
    with session.no_autoflush:
        _fill(session, payment, data)
        payment.number = next_number(session, project_id, data.applied_on.year)
    session.add(payment)
    session.flush()
    log_change(session, payment, "payment.apply", amount=amounts.plain(payment.applied_amount))
    return payment


def update_application(session: Session, payment_id: int, data: Application) -> Payment:
    """Correct an application not yet certified."""
    payment = get(session, payment_id)
    _require(payment, (S.APPLIED,), "changed")
    _fill(session, payment, data)
    session.flush()
    return payment


def delete(session: Session, payment_id: int) -> None:
    payment = get(session, payment_id)
    _require(payment, (S.APPLIED, S.REJECTED), "deleted")
    session.delete(payment)
    session.flush()


def sign_off(session: Session, payment_id: int, on: dt.date | None = None) -> Payment:
    """The resident quality supervisor signs off a milestone (the work is there as claimed)."""
    payment = get(session, payment_id)
    _require(payment, (S.APPLIED,), "signed off")
    payment.signed_off_by = current_user()
    payment.signed_off_on = _date(on, payment.applied_on, "signed_off_on")
    log_change(session, payment, "payment.sign_off")
    session.flush()
    return payment


def certify(
    session: Session, payment_id: int, amount=None, on: dt.date | None = None, opinion: str = "",
    override: gates.Override | None = None,
) -> Payment:
    """The chief supervisor's certificate (工程款支付证书) for ``amount`` (default: as applied).
    Raises ``GatesClosed`` with every reason while a gate is closed, unless an administrator
    overrides it (``override``): their name, the reason and the gates passed are recorded."""
    payment = get(session, payment_id)
    _require(payment, (S.APPLIED,), "certified")
    value = payment.applied_amount if amount in (None, "") else amounts.parse(amount, "certified_amount", allow_zero=False)
    if value > payment.applied_amount:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The certified amount {amount} is more than the {applied} applied for."),
            field="certified_amount", amount=amounts.yuan(value), applied=amounts.yuan(payment.applied_amount),
        )
    on = _date(on, payment.applied_on, "certified_on")
    closed = gates.refusals(session, payment, value, on)
    if closed:
        if override is None:
            raise gates.GatesClosed(payment.number, closed)
        payment.override_by = gates.confirm_override(session, override)
        payment.override_reason = override.reason.strip()
        payment.override_gates = "\n".join(r.chinese() for r in closed)
        payment.override_at = utcnow()
        log_change(session, payment, "payment.override", reason=payment.override_reason,
                   gates=[r.code for r in closed], administrator=payment.override_by)
    payment.certified_amount = value
    payment.certified_on = on
    payment.certified_by = current_user()
    payment.certificate_opinion = (opinion or "").strip()
    payment.status = S.CERTIFIED.value
    log_change(session, payment, "payment.certify", amount=amounts.plain(value))
    session.flush()
    return payment


def record_audit(session: Session, payment_id: int, amount=None, on: dt.date | None = None) -> Payment:
    """The tracking audit's figure (default: as certified; it may only lower it)."""
    payment = get(session, payment_id)
    _require(payment, (S.CERTIFIED,), "audited")
    value = payment.certified_amount if amount in (None, "") else amounts.parse(amount, "audited_amount", allow_zero=False)
    if value > payment.certified_amount:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The audited amount {amount} is more than the {certified} certified."),
            field="audited_amount", amount=amounts.yuan(value), certified=amounts.yuan(payment.certified_amount),
        )
    payment.audited_amount = value
    payment.audited_on = _date(on, payment.certified_on, "audited_on")
    payment.audited_by = current_user()
    payment.status = S.AUDITED.value
    log_change(session, payment, "payment.audit", amount=amounts.plain(value))
    session.flush()
    return payment


def approve(session: Session, payment_id: int, on: dt.date | None = None) -> Payment:
    """The street office approves the audited payment."""
    payment = get(session, payment_id)
    _require(payment, (S.AUDITED,), "approved")
    payment.approved_on = _date(on, payment.audited_on, "approved_on")
    payment.approved_by = current_user()
    payment.status = S.APPROVED.value
    log_change(session, payment, "payment.approve")
    session.flush()
    return payment


def disburse(
    session: Session, payment_id: int, splits: dict[int, Decimal | str], voucher: str, on: dt.date | None = None,
) -> Payment:
    """Finance pays: the date, the voucher and the amount booked to each source, which must
    add up to the amount approved; no source pays out more than it holds."""
    payment = get(session, payment_id)
    _require(payment, (S.APPROVED,), "disbursed")
    if not (voucher or "").strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A disbursement needs its voucher number."), field="voucher",
        )
    due = payable(payment)
    parts = {int(k): amounts.parse(v, "splits") for k, v in splits.items() if v not in (None, "")}
    parts = {k: v for k, v in parts.items() if v > 0}
    booked = amounts.total(parts.values())
    if booked != due:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The split by source adds up to {booked}, not the {due} to pay."),
            field="splits", booked=amounts.yuan(booked), due=amounts.yuan(due),
        )
    for source_id, part in parts.items():
        source = session.get(FundSource, source_id)
        if source is None or source.project_id != payment.project_id:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "A source of the split is not one of this project's."), field="splits",
            )
        paid = amounts.total(session.scalars(
            select(PaymentSplit.amount).where(PaymentSplit.source_id == source_id, PaymentSplit.payment_id != payment.id)
        ))
        if paid + part > source.amount:
            raise errors.RuleViolation(
                QT_TRANSLATE_NOOP("errors", "{source} holds {amount}; {paid} is paid already, so {part} more is too much."),
                source=source.name, amount=amounts.yuan(source.amount), paid=amounts.yuan(paid), part=amounts.yuan(part),
            )
    payment.splits.clear()
    session.flush()
    for source_id, part in parts.items():
        payment.splits.append(PaymentSplit(source_id=source_id, amount=part))
    payment.disbursed_on = _date(on, payment.approved_on, "disbursed_on")
    payment.disbursed_by = current_user()
    payment.voucher = voucher.strip()
    payment.status = S.DISBURSED.value
    if payment.kind == PaymentKind.RETENTION:
        contract = session.get(Contract, payment.contract_id)
        contract.retention_released_on = payment.disbursed_on
        contract.retention_released_by = payment.disbursed_by
        contract.retention_voucher = payment.voucher
    log_change(session, payment, "payment.disburse", amount=amounts.plain(due), voucher=payment.voucher)
    session.flush()
    return payment


def publish(session: Session, payment_id: int, on: dt.date | None = None) -> Payment:
    """The disbursement is posted for residents (拨付公示)."""
    payment = get(session, payment_id)
    _require(payment, (S.DISBURSED,), "published")
    payment.published_on = _date(on, payment.disbursed_on, "published_on")
    payment.published_by = current_user()
    payment.status = S.PUBLISHED.value
    log_change(session, payment, "payment.publish")
    session.flush()
    return payment


def reject(session: Session, payment_id: int, reason: str, on: dt.date | None = None) -> Payment:
    """Send the application back, with the reason, before it is approved."""
    payment = get(session, payment_id)
    _require(payment, (S.APPLIED, S.CERTIFIED, S.AUDITED), "sent back")
    if not (reason or "").strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Sending a payment back needs a reason."), field="reason",
        )
    payment.rejected_on = _date(on, payment.applied_on, "rejected_on")
    payment.rejected_by = current_user()
    payment.rejection_reason = reason.strip()
    payment.status = S.REJECTED.value
    log_change(session, payment, "payment.reject", reason=payment.rejection_reason)
    session.flush()
    return payment

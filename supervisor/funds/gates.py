"""The gates a payment passes before the chief supervisor certifies it, enforced here and not
only in the window, and the administrator's override.

A payment is refused certification while its linked procedure step is not done, an acceptance
item it is measured by is not accepted, a measured quantity (this payment's and the certified
ones before it) exceeds the quantity accepted, the cumulative payments would pass the rule's
share of the accepted value (or the milestone's share of the contract price), or the contract
price less retention; a milestone payment needs a resident quality supervisor's sign-off; the
retention is paid only when the defects period has ended, and a final payment only on an audited
final account. Each refusal says why with the figures. An administrator may let a payment
through with their password and a reason, which the certificate prints.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import AcceptanceResult, ContractKind, PaymentKind, PaymentStatus, StepStatus
from supervisor.db.models import AcceptanceItem, Contract, Payment, ProjectStep
from supervisor.funds import amounts, rules
from supervisor.funds.budget import funding
from supervisor.i18n import QT_TRANSLATE_NOOP

COUNTED = (PaymentStatus.CERTIFIED, PaymentStatus.AUDITED, PaymentStatus.APPROVED,
           PaymentStatus.DISBURSED, PaymentStatus.PUBLISHED)
"""The states in which a payment counts towards what has been paid on its contract."""


@dataclass(frozen=True)
class Refusal:
    """One closed gate: ``template`` (English, translated by the window in context "errors")
    and ``zh`` (the Chinese printed on the certificate when it was overridden) with ``params``."""

    code: str
    template: str
    zh: str
    params: tuple[tuple[str, str], ...]

    def message(self, translate=None) -> str:
        text = translate(self.template) if translate else self.template
        return text.format(**dict(self.params))

    def chinese(self) -> str:
        return self.zh.format(**dict(self.params))


def _refusal(code: str, template: str, zh: str, **params) -> Refusal:
    return Refusal(code, template, zh, tuple((k, str(v)) for k, v in params.items()))


class GatesClosed(errors.RuleViolation):
    """The payment may not be certified; ``refusals`` say why. An administrator's override
    (``Override``) lets it through."""

    def __init__(self, number: str, refusals: list[Refusal]):
        self.refusals = refusals
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Payment {number} cannot be certified: {reasons}"),
            number=number, reasons=" ".join(r.message() for r in refusals),
        )

    def message(self, translate=None) -> str:
        text = translate(self.template) if translate else self.template
        reasons = " ".join(r.message(translate) for r in self.refusals)
        return text.format(number=self.params["number"], reasons=reasons)


@dataclass(frozen=True)
class Override:
    """An administrator's leave to certify despite closed gates: their sign-in name, password
    and the reason recorded on the payment and printed on its certificate."""

    administrator: str
    password: str
    reason: str


def confirm_override(session: Session, override: Override) -> str:
    """The display name of the administrator allowing the override; raises ``SignInFailed`` or
    ``ValidationError``. In a database without users there is no one to ask: the reason alone
    is recorded, with the name of whoever entered it."""
    from supervisor.accounts import passwords
    from supervisor.accounts.roles import Role
    from supervisor.db.audit import current_user
    from supervisor.db.users import User

    if not (override.reason or "").strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Overriding a gate needs a reason; it is printed on the certificate."),
            field="reason",
        )
    if session.scalar(select(User.id).limit(1)) is None:
        return current_user()
    user = session.scalars(select(User).where(User.name == (override.administrator or "").strip())).first()
    if user is None or not passwords.verify(user.password_hash, override.password or ""):
        raise errors.SignInFailed(
            QT_TRANSLATE_NOOP("errors", "Wrong name or password for {name}."), name=override.administrator,
        )
    if user.disabled or Role.ADMINISTRATOR not in {Role(r) for r in user.roles}:
        raise errors.SignInFailed(
            QT_TRANSLATE_NOOP("errors", "{name} is not an active administrator: only an administrator may override a gate."),
            name=override.administrator,
        )
    return user.display_name or user.name


def _earlier(session: Session, payment: Payment) -> list[Payment]:
    """The payments of the same contract that count, other than this one."""
    return list(session.scalars(select(Payment).where(
        Payment.contract_id == payment.contract_id, Payment.id != (payment.id or 0),
        Payment.status.in_([s.value for s in COUNTED]),
    )))


def retention_held(session: Session, contract: Contract) -> Decimal:
    """The retention of a works contract: its percentage of the audited final account, or of
    the contract price before the final account is audited. Other contracts hold none."""
    if contract.kind != ContractKind.WORKS:
        return amounts.ZERO
    terms = funding(session, contract.project_id)
    basis = terms.final_account_amount if terms.final_account_audited_on and terms.final_account_amount else contract.price
    return amounts.of(terms.retention_percent, basis)


def completed_value(payment: Payment) -> Decimal | None:
    """The value of work accepted so far: as entered, else the measured items' accepted
    quantities at their unit prices."""
    if payment.completed_value is not None:
        return payment.completed_value
    priced = [i for i in payment.items if i.accepted_quantity is not None]
    if not priced:
        return None
    return amounts.total(Decimal(i.accepted_quantity) * i.unit_price for i in priced)


def refusals(session: Session, payment: Payment, amount: Decimal, on: dt.date | None = None) -> list[Refusal]:
    """Every gate closed to certifying ``amount`` on ``payment`` on the day ``on`` (default: the
    application's day); empty: it may be certified."""
    on = on or payment.applied_on
    found: list[Refusal] = []
    contract = session.get(Contract, payment.contract_id)
    terms = funding(session, payment.project_id)
    rule = rules.rule(terms.payment_rule)
    earlier = _earlier(session, payment)

    if payment.step_id is not None:
        step = session.get(ProjectStep, payment.step_id)
        if step is not None and step.status not in (StepStatus.DONE, StepStatus.NOT_APPLICABLE):
            found.append(_refusal(
                "step", QT_TRANSLATE_NOOP("errors", "The linked procedure step {step} is not done."),
                "关联程序步骤“{step}”尚未完成", step=f"{step.code} {step.name}",
            ))

    measured: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for other in earlier:
        for item in other.items:
            measured[(item.item, item.unit)] += Decimal(item.quantity)
    for item in payment.items:
        accepted = item.accepted_quantity
        if item.acceptance_item_id is not None:
            checked = session.get(AcceptanceItem, item.acceptance_item_id)
            if checked is not None and checked.result != AcceptanceResult.PASS:
                result = {"pass": "合格", "fail": "不合格"}.get(checked.result or "", "未验收")
                found.append(_refusal(
                    "acceptance", QT_TRANSLATE_NOOP("errors", "Acceptance item {item} is not accepted ({result})."),
                    "验收项目“{item}”验收结果为{result}", item=checked.item, result=result,
                ))
                continue
            if accepted is None and checked is not None:
                accepted = checked.completed_quantity
        total = measured[(item.item, item.unit)] + Decimal(item.quantity)
        if accepted is None:
            found.append(_refusal(
                "unaccepted", QT_TRANSLATE_NOOP("errors", "{item} has no accepted quantity yet."),
                "“{item}”尚无验收合格工程量", item=item.item,
            ))
        elif total > Decimal(accepted):
            found.append(_refusal(
                "quantity",
                QT_TRANSLATE_NOOP("errors", "{item}: {measured} {unit} measured in all, more than the {accepted} {unit} accepted."),
                "“{item}”累计计量{measured}{unit}，超过验收合格工程量{accepted}{unit}",
                item=item.item, unit=item.unit, measured=_quantity(total), accepted=_quantity(accepted),
            ))

    kind = PaymentKind(payment.kind)
    if kind == PaymentKind.RETENTION:
        held = retention_held(session, contract)
        released = amounts.total(p.certified_amount for p in earlier if p.kind == PaymentKind.RETENTION)
        if contract.retention_due_on is None or on < contract.retention_due_on:
            found.append(_refusal(
                "retention_early",
                QT_TRANSLATE_NOOP("errors", "The defects period runs until {date}: the retention cannot be paid yet."),
                "质保期至{date}届满，质保金尚不能支付",
                date=contract.retention_due_on.isoformat() if contract.retention_due_on else "?",
            ))
        if released + amount > held:
            found.append(_refusal(
                "retention_cap",
                QT_TRANSLATE_NOOP("errors", "{amount} is more than the {held} of retention still held."),
                "支付{amount}元超过尚未退还的质保金{held}元",
                amount=amounts.yuan(amount), held=amounts.yuan(held - released),
            ))
        return found

    cumulative = amounts.total(p.certified_amount for p in earlier if p.kind != PaymentKind.RETENTION) + amount
    if kind == PaymentKind.FINAL and not (terms.final_account_audited_on and terms.final_account_amount):
        found.append(_refusal(
            "final_unaudited", QT_TRANSLATE_NOOP("errors", "The final account is not audited yet."),
            "竣工结算尚未审定",
        ))
    if kind == PaymentKind.MILESTONE or (rule.by_milestone and kind == PaymentKind.PROGRESS):
        milestone = rule.milestone(payment.milestone) if rule.by_milestone else None
        if milestone is None:
            found.append(_refusal(
                "milestone", QT_TRANSLATE_NOOP("errors", "The payment names no milestone of the rule {rule}."),
                "未注明付款节点（{rule}）", rule=rule.name,
            ))
        else:
            cap = amounts.of(rule.percent_through(milestone.code), contract.price)
            if cumulative > cap:
                found.append(_refusal(
                    "milestone_cap",
                    QT_TRANSLATE_NOOP("errors", "{cumulative} paid in all would pass the {percent} % of the contract price payable at {milestone} ({cap})."),
                    "累计支付{cumulative}元，超过“{milestone}”节点可支付的合同价{percent}%（{cap}元）",
                    cumulative=amounts.yuan(cumulative), percent=_quantity(rule.percent_through(milestone.code)),
                    milestone=milestone.name, cap=amounts.yuan(cap),
                ))
        if not payment.signed_off_by:
            found.append(_refusal(
                "sign_off", QT_TRANSLATE_NOOP("errors", "A milestone payment needs a resident quality supervisor's sign-off."),
                "节点款尚无群众质量监督员签认",
            ))
    elif kind == PaymentKind.PROGRESS:
        value = completed_value(payment)
        if value is None:
            found.append(_refusal(
                "no_value", QT_TRANSLATE_NOOP("errors", "The value of the work accepted so far is not given."),
                "未填写累计已完成合格工程价款",
            ))
        else:
            cap = amounts.of(rule.percent, value)
            if cumulative > cap:
                found.append(_refusal(
                    "progress_cap",
                    QT_TRANSLATE_NOOP("errors", "{cumulative} paid in all would pass {percent} % of the {value} of accepted work ({cap})."),
                    "累计支付{cumulative}元，超过已完成合格工程价款{value}元的{percent}%（{cap}元）",
                    cumulative=amounts.yuan(cumulative), percent=_quantity(rule.percent),
                    value=amounts.yuan(value), cap=amounts.yuan(cap),
                ))
    basis = contract.price
    if kind == PaymentKind.FINAL and terms.final_account_audited_on and terms.final_account_amount:
        basis = terms.final_account_amount
    cap = basis - (retention_held(session, contract) if contract.kind == ContractKind.WORKS else amounts.ZERO)
    if contract.kind == ContractKind.WORKS and terms.final_account_audited_on and terms.final_account_amount:
        cap = min(cap, terms.final_account_amount - retention_held(session, contract))
    if cumulative > cap:
        found.append(_refusal(
            "contract_cap",
            QT_TRANSLATE_NOOP("errors", "{cumulative} paid in all would pass the contract price less retention ({cap})."),
            "累计支付{cumulative}元，超过合同价扣除质保金后的{cap}元",
            cumulative=amounts.yuan(cumulative), cap=amounts.yuan(cap),
        ))
    return found


def _quantity(value) -> str:
    return format(Decimal(value).normalize(), "f")


"""What the window does with a project's money: the funding terms, budget lines, sources and
contracts; payments along their path (application, sign-off, certificate with its gates and the
administrator's override, audit, approval, disbursement split by source, publicity, sending
back); residents' contributions and urgent repairs. Every write is undoable; the core checks
each one (roles, gates, amounts), the window only asks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from supervisor.codes import PaymentStatus
from supervisor.db.models import (
    BudgetLine, Contract, Contribution, FundSource, Funding, Payment, PaymentItem, PaymentSplit, Project,
    UrgentRepair,
)
from supervisor.db.records import CREATED, part
from supervisor.funds import amounts, budget, payments, residents_share, rules, summary
from supervisor.ui.controller import Operations


@dataclass(frozen=True)
class PaymentRow:
    """A payment as the Payments page lists it."""

    id: int
    number: str
    kind: str
    contract_id: int
    contract: str
    period: str
    milestone: str
    status: str
    applied_on: dt.date
    applied: Decimal
    certified: Decimal | None
    audited: Decimal | None
    payable: Decimal | None
    disbursed_on: dt.date | None
    voucher: str
    signed_off_by: str
    signed_off_on: dt.date | None
    certified_by: str
    override_by: str
    override_reason: str
    rejection_reason: str
    splits: tuple[tuple[str, Decimal], ...]

    @property
    def disbursed(self) -> Decimal | None:
        return self.payable if self.status in (PaymentStatus.DISBURSED, PaymentStatus.PUBLISHED) else None


@dataclass(frozen=True)
class SourceRow:
    id: int
    kind: str
    name: str
    amount: Decimal
    disbursed: Decimal
    notes: str

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.disbursed


@dataclass(frozen=True)
class ContractRow:
    id: int
    kind: str
    number: str
    party: str
    price: Decimal
    signed_on: dt.date | None
    retention_due_on: dt.date | None
    retention_released_on: dt.date | None
    notes: str

    def to_data(self) -> budget.ContractData:
        return budget.ContractData(self.kind, self.party, self.price, self.number, self.signed_on,
                                   self.retention_due_on, self.notes)


@dataclass(frozen=True)
class LineRow:
    id: int
    work_class: str
    item: str
    amount: Decimal


@dataclass(frozen=True)
class RepairRow:
    id: int
    number: str
    description: str
    location: str
    compound_id: int | None
    reported_on: dt.date
    repaired_on: dt.date | None
    cost: Decimal
    owners_share: Decimal
    government_share: Decimal
    status: str
    paid_on: dt.date | None
    voucher: str
    notes: str

    def to_data(self) -> residents_share.RepairData:
        return residents_share.RepairData(self.description, self.cost, self.reported_on, self.location,
                                          self.compound_id, self.repaired_on, self.notes)


def _payment_row(payment: Payment) -> PaymentRow:
    return PaymentRow(
        payment.id, payment.number, payment.kind, payment.contract_id, payment.contract.party if payment.contract else "",
        payment.period, payment.milestone, payment.status, payment.applied_on, payment.applied_amount,
        payment.certified_amount, payment.audited_amount, payments.payable(payment), payment.disbursed_on,
        payment.voucher, payment.signed_off_by, payment.signed_off_on, payment.certified_by,
        payment.override_by, payment.override_reason, payment.rejection_reason,
        tuple((split.source.name, split.amount) for split in payment.splits),
    )


def _payment_parts(payment_id, contract_id: int | None = None):
    """A payment with its measured items and split by source; the contract too when the change
    may stamp it (a disbursed retention releases the contract's retention)."""
    parts = [
        part(Payment, Payment.id == payment_id, links=CREATED),
        part(PaymentItem, PaymentItem.payment_id == payment_id, links=False),
        part(PaymentSplit, PaymentSplit.payment_id == payment_id, links=False),
    ]
    if contract_id is not None:
        parts.append(part(Contract, Contract.id == contract_id, links=False))
    return parts


class FundOperations(Operations):
    # --- reading ---

    def project_funds(self, project_id: int, today: dt.date | None = None) -> summary.ProjectFunds:
        return self.read(lambda s: summary.project_funds(s, s.get(Project, project_id), today))

    def terms(self, project_id: int) -> budget.Terms:
        return self.read(lambda s: budget.terms_of(s, project_id))

    def rule(self, project_id: int) -> rules.Rule:
        return self.read(lambda s: rules.rule(budget.funding(s, project_id).payment_rule))

    def budget_lines(self, project_id: int) -> list[LineRow]:
        return self.read(lambda s: [LineRow(line.id, line.work_class, line.item, line.amount)
                                    for line in budget.budget_lines(s, project_id)])

    def sources(self, project_id: int) -> list[SourceRow]:
        def read(s):
            paid: dict[int, Decimal] = {}
            for split in s.scalars(select(PaymentSplit).join(FundSource).where(FundSource.project_id == project_id)):
                paid[split.source_id] = paid.get(split.source_id, amounts.ZERO) + split.amount
            return [SourceRow(f.id, f.kind, f.name, f.amount, paid.get(f.id, amounts.ZERO), f.notes or "")
                    for f in budget.sources(s, project_id)]

        return self.read(read)

    def contracts(self, project_id: int) -> list[ContractRow]:
        return self.read(lambda s: [
            ContractRow(c.id, c.kind, c.number, c.party, c.price, c.signed_on, c.retention_due_on,
                        c.retention_released_on, c.notes or "")
            for c in budget.contracts(s, project_id)
        ])

    def payments(self, project_id: int) -> list[PaymentRow]:
        return self.read(lambda s: [_payment_row(p) for p in payments.payments(s, project_id)])

    def payment(self, payment_id: int) -> PaymentRow:
        return self.read(lambda s: _payment_row(payments.get(s, payment_id)))

    def application(self, payment_id: int) -> payments.Application:
        """The application as typed, to edit it (its measured items kept)."""
        def read(s):
            p = payments.get(s, payment_id)
            return payments.Application(
                p.contract_id, p.kind, p.applied_amount, p.applied_on, p.period, p.milestone, p.step_id,
                p.completed_value, p.applicant,
                [payments.ItemData(i.item, i.unit, i.quantity, i.unit_price, i.accepted_quantity, i.acceptance_item_id)
                 for i in p.items],
                p.notes or "",
            )

        return self.read(read)

    def contributions(self, project_id: int):
        return self.read(lambda s: residents_share.contribution_rows(s, project_id))

    def repairs(self, project_id: int) -> list[RepairRow]:
        return self.read(lambda s: [
            RepairRow(r.id, r.number, r.description, r.location, r.compound_id, r.reported_on, r.repaired_on,
                      r.cost, r.owners_share, r.government_share, r.status, r.paid_on, r.voucher, r.notes or "")
            for r in residents_share.repairs(s, project_id)
        ])

    # --- budget, sources, contracts ---

    def set_terms(self, project_id: int, terms: budget.Terms) -> None:
        self.undoable_write(
            self.tr("Edit the funding terms"),
            lambda s: budget.set_terms(s, project_id, terms).id,
            lambda _result: [part(Funding, Funding.project_id == project_id, links=False)],
        )

    def save_budget_line(self, project_id: int, work_class: str, item: str, amount, line_id: int | None = None) -> int:
        return self.undoable_write(
            self.tr("New budget line {item}").format(item=item) if line_id is None
            else self.tr("Edit budget line {item}").format(item=item),
            lambda s: budget.save_budget_line(s, project_id, work_class, item, amount, line_id).id,
            lambda saved: [part(BudgetLine, BudgetLine.id == (line_id or saved), links=False)],
        )

    def delete_budget_line(self, line_id: int, item: str) -> None:
        self.undoable_write(
            self.tr("Delete budget line {item}").format(item=item),
            lambda s: budget.delete_budget_line(s, line_id),
            lambda _result: [part(BudgetLine, BudgetLine.id == line_id)],
        )

    def save_source(self, project_id: int, kind: str, name: str, amount, notes: str = "",
                    source_id: int | None = None) -> int:
        return self.undoable_write(
            self.tr("New fund source {name}").format(name=name) if source_id is None
            else self.tr("Edit fund source {name}").format(name=name),
            lambda s: budget.save_source(s, project_id, kind, name, amount, notes, source_id).id,
            lambda saved: [part(FundSource, FundSource.id == (source_id or saved), links=CREATED)],
        )

    def delete_source(self, source_id: int, name: str) -> None:
        self.undoable_write(
            self.tr("Delete fund source {name}").format(name=name),
            lambda s: budget.delete_source(s, source_id),
            lambda _result: [part(FundSource, FundSource.id == source_id)],
        )

    def save_contract(self, project_id: int, data: budget.ContractData, contract_id: int | None = None) -> int:
        return self.undoable_write(
            self.tr("New contract with {party}").format(party=data.party) if contract_id is None
            else self.tr("Edit contract with {party}").format(party=data.party),
            lambda s: budget.save_contract(s, project_id, data, contract_id).id,
            lambda saved: [part(Contract, Contract.id == (contract_id or saved), links=CREATED)],
        )

    def delete_contract(self, contract_id: int, party: str) -> None:
        self.undoable_write(
            self.tr("Delete contract with {party}").format(party=party),
            lambda s: budget.delete_contract(s, contract_id),
            lambda _result: [part(Contract, Contract.id == contract_id)],
        )

    # --- payments ---

    def apply_payment(self, project_id: int, data: payments.Application) -> int:
        return self.undoable_write(
            lambda s, payment_id: self.tr("Payment application {number}").format(
                number=payments.get(s, payment_id).number),
            lambda s: payments.apply(s, project_id, data).id,
            _payment_parts,
        )

    def update_application(self, payment_id: int, number: str, data: payments.Application) -> None:
        self.undoable_write(
            self.tr("Edit payment application {number}").format(number=number),
            lambda s: payments.update_application(s, payment_id, data).id,
            lambda _result: _payment_parts(payment_id),
        )

    def delete_payment(self, payment_id: int, number: str) -> None:
        self.undoable_write(
            self.tr("Delete payment {number}").format(number=number),
            lambda s: payments.delete(s, payment_id),
            lambda _result: _payment_parts(payment_id),
        )

    def _step(self, text: str, payment_id: int, work, contract_id: int | None = None) -> None:
        self.undoable_write(text, lambda s: work(s).id, lambda _result: _payment_parts(payment_id, contract_id))

    def sign_off(self, payment_id: int, number: str, on: dt.date | None = None) -> None:
        self._step(self.tr("Sign off payment {number}").format(number=number), payment_id,
                   lambda s: payments.sign_off(s, payment_id, on))

    def certify(self, payment_id: int, number: str, amount=None, on: dt.date | None = None, opinion: str = "",
                override=None) -> None:
        """Raises ``gates.GatesClosed`` with every reason while a gate is closed (nothing saved)."""
        self._step(self.tr("Certify payment {number}").format(number=number), payment_id,
                   lambda s: payments.certify(s, payment_id, amount, on, opinion, override))

    def record_audit(self, payment_id: int, number: str, amount=None, on: dt.date | None = None) -> None:
        self._step(self.tr("Record the audit of payment {number}").format(number=number), payment_id,
                   lambda s: payments.record_audit(s, payment_id, amount, on))

    def approve(self, payment_id: int, number: str, on: dt.date | None = None) -> None:
        self._step(self.tr("Approve payment {number}").format(number=number), payment_id,
                   lambda s: payments.approve(s, payment_id, on))

    def disburse(self, payment_id: int, number: str, splits: dict[int, object], voucher: str,
                 on: dt.date | None = None) -> None:
        contract_id = self.read(lambda s: payments.get(s, payment_id).contract_id)
        self._step(self.tr("Disburse payment {number}").format(number=number), payment_id,
                   lambda s: payments.disburse(s, payment_id, splits, voucher, on), contract_id)

    def publish(self, payment_id: int, number: str, on: dt.date | None = None) -> None:
        self._step(self.tr("Publish payment {number}").format(number=number), payment_id,
                   lambda s: payments.publish(s, payment_id, on))

    def reject(self, payment_id: int, number: str, reason: str, on: dt.date | None = None) -> None:
        self._step(self.tr("Send back payment {number}").format(number=number), payment_id,
                   lambda s: payments.reject(s, payment_id, reason, on))

    # --- residents' share ---

    def assess(self, project_id: int, per_household=None, per_square_metre=None, compound_id: int | None = None) -> int:
        return self.undoable_write(
            self.tr("Assess the residents' contributions"),
            lambda s: residents_share.assess(s, project_id, per_household=per_household,
                                             per_square_metre=per_square_metre, compound_id=compound_id),
            lambda _result: [part(Contribution, Contribution.project_id == project_id)],
        )

    def record_paid(self, contribution_id: int, household: str, amount, on: dt.date, receipt: str = "") -> None:
        self.undoable_write(
            self.tr("Record the contribution of {household}").format(household=household),
            lambda s: residents_share.record_paid(s, contribution_id, amount, on, receipt).id,
            lambda _result: [part(Contribution, Contribution.id == contribution_id, links=False)],
        )

    def save_repair(self, project_id: int, data: residents_share.RepairData, repair_id: int | None = None) -> int:
        return self.undoable_write(
            self.tr("Urgent repair: {description}").format(description=data.description),
            lambda s: residents_share.save_repair(s, project_id, data, repair_id).id,
            lambda saved: [part(UrgentRepair, UrgentRepair.id == (repair_id or saved), links=False)],
        )

    def pay_repair(self, repair_id: int, number: str, on: dt.date, voucher: str) -> None:
        self.undoable_write(
            self.tr("Pay urgent repair {number}").format(number=number),
            lambda s: residents_share.pay_repair(s, repair_id, on, voucher).id,
            lambda _result: [part(UrgentRepair, UrgentRepair.id == repair_id, links=False)],
        )

"""The tables of a project's money: its funding terms, budget by class and by source, contracts,
payments from application to disbursement with their measured items and split by source, the
residents' contributions and the urgent-repair fund. What they mean (the payment path, its
gates, retention and deadlines) belongs to ``supervisor.funds``; here is only their shape, kept
beside the other tables of ``supervisor.db.models`` (which imports this module at its end).

Amounts are ``Money``: exact decimals with two places, stored as whole fen in an integer
column, so SQLite (which has no decimal type) and PostgreSQL hold the same exact value and no
amount ever passes through a float.
"""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Optional

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from supervisor.db.models import Base, Tracked

FEN = Decimal("0.01")


class Money(TypeDecorator):
    """A Decimal amount in yuan, stored as an integer number of fen."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("amounts are Decimal, never float")
        return int((Decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(FEN)


class Funding(Tracked, Base):
    """A project's funding terms: the payment rule it follows (``supervisor.funds.rules``), the
    retention held on its contracts (at most 3 %), the deadlines of the final account and of
    the financial settlement counted from acceptance, and how far both have got."""

    __tablename__ = "funding"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), unique=True)
    payment_rule: Mapped[str] = mapped_column(String(30), default="progress")
    retention_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("3"))
    final_account_months: Mapped[int] = mapped_column(Integer, default=2)
    settlement_months: Mapped[int] = mapped_column(Integer, default=3)
    final_account_submitted_on: Mapped[Optional[dt.date]] = mapped_column(Date)  # 结算送审
    final_account_audited_on: Mapped[Optional[dt.date]] = mapped_column(Date)  # 结算审定
    final_account_amount: Mapped[Optional[Decimal]] = mapped_column(Money)  # 审定结算价
    settlement_done_on: Mapped[Optional[dt.date]] = mapped_column(Date)  # 竣工财务决算完成
    notes: Mapped[str] = mapped_column(Text, default="")


class BudgetLine(Tracked, Base):
    """One line of the approved budget, by class of work (基础/完善/提升)."""

    __tablename__ = "budget_line"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    work_class: Mapped[str] = mapped_column(String(20))
    item: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money)
    position: Mapped[int] = mapped_column(Integer, default=0)


class FundSource(Tracked, Base):
    """Where part of the money comes from (中央补助资金, 专项债, 居民出资 …) and how much of the
    budget it covers; payments are booked to sources ("专项管理、分账核算")."""

    __tablename__ = "fund_source"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(100))
    amount: Mapped[Decimal] = mapped_column(Money)
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class Contract(Tracked, Base):
    """A contract paid from the project: works, supervision, design or tracking audit. Retention
    is held on each contract and released when its defects period ends."""

    __tablename__ = "contract"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(50), default="")
    party: Mapped[str] = mapped_column(String(200))
    price: Mapped[Decimal] = mapped_column(Money)
    signed_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    retention_due_on: Mapped[Optional[dt.date]] = mapped_column(Date)  # the defects period's end
    retention_released_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    retention_released_by: Mapped[str] = mapped_column(String(100), default="")
    retention_voucher: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Payment(Tracked, Base):
    """One payment, from the contractor's application (工程款支付报审表) through the chief
    supervisor's certificate (工程款支付证书), the tracking audit, the street office's approval
    and the disbursement to its publicity notice (拨付公示). Each step keeps who did it and when;
    an overridden gate keeps the administrator who allowed it and the reason."""

    __tablename__ = "payment"
    __table_args__ = (UniqueConstraint("project_id", "number"),)

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(100), default="")  # 计量周期 or the milestone's name
    milestone: Mapped[str] = mapped_column(String(30), default="")
    step_id: Mapped[Optional[int]] = mapped_column(ForeignKey("project_step.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="applied", index=True)

    completed_value: Mapped[Optional[Decimal]] = mapped_column(Money)  # 累计完成合格工程价款
    applied_amount: Mapped[Decimal] = mapped_column(Money)
    applied_on: Mapped[dt.date] = mapped_column(Date)
    applicant: Mapped[str] = mapped_column(String(100), default="")  # the contractor's representative
    entered_by: Mapped[str] = mapped_column(String(100), default="")

    certified_amount: Mapped[Optional[Decimal]] = mapped_column(Money)
    certified_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    certified_by: Mapped[str] = mapped_column(String(100), default="")
    certificate_opinion: Mapped[str] = mapped_column(Text, default="")
    audited_amount: Mapped[Optional[Decimal]] = mapped_column(Money)
    audited_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    audited_by: Mapped[str] = mapped_column(String(100), default="")
    approved_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(100), default="")
    disbursed_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    disbursed_by: Mapped[str] = mapped_column(String(100), default="")
    voucher: Mapped[str] = mapped_column(String(50), default="")
    published_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    published_by: Mapped[str] = mapped_column(String(100), default="")
    rejected_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    rejected_by: Mapped[str] = mapped_column(String(100), default="")
    rejection_reason: Mapped[str] = mapped_column(Text, default="")

    signed_off_by: Mapped[str] = mapped_column(String(100), default="")  # resident quality supervisor
    signed_off_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_gates: Mapped[str] = mapped_column(Text, default="")  # the refusals overridden
    override_by: Mapped[str] = mapped_column(String(100), default="")  # the administrator
    override_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")

    contract: Mapped["Contract"] = relationship()
    items: Mapped[list["PaymentItem"]] = relationship(
        back_populates="payment", cascade="all, delete-orphan", order_by="PaymentItem.position"
    )
    splits: Mapped[list["PaymentSplit"]] = relationship(
        back_populates="payment", cascade="all, delete-orphan", order_by="PaymentSplit.id"
    )


class PaymentItem(Tracked, Base):
    """A measured item of a payment application (计量): the quantity claimed this period, the
    quantity accepted so far and the unit price; optionally the acceptance item it is checked by."""

    __tablename__ = "payment_item"

    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    item: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 2))  # 本期申报
    accepted_quantity: Mapped[Optional[Decimal]] = mapped_column(Numeric(14, 2))  # 累计验收合格
    unit_price: Mapped[Decimal] = mapped_column(Money)
    acceptance_item_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("acceptance_item.id", ondelete="SET NULL")
    )

    payment: Mapped["Payment"] = relationship(back_populates="items")


class PaymentSplit(Tracked, Base):
    """The part of a payment booked to one source."""

    __tablename__ = "payment_split"
    __table_args__ = (UniqueConstraint("payment_id", "source_id"),)

    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("fund_source.id", ondelete="RESTRICT"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)

    payment: Mapped["Payment"] = relationship(back_populates="splits")
    source: Mapped["FundSource"] = relationship()


class Contribution(Tracked, Base):
    """A household's share of the cost (居民出资): what is due, what was paid, the receipt."""

    __tablename__ = "contribution"
    __table_args__ = (UniqueConstraint("project_id", "household_id"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    due: Mapped[Decimal] = mapped_column(Money)
    paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    paid_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    receipt: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class UrgentRepair(Tracked, Base):
    """A repair paid from the urgent-repair fund (for buildings delivered before 2000 without a
    maintenance fund): owners and public income pay 20 %, the government 80 %."""

    __tablename__ = "urgent_repair"
    __table_args__ = (UniqueConstraint("project_id", "number"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    compound_id: Mapped[Optional[int]] = mapped_column(ForeignKey("compound.id", ondelete="SET NULL"))
    number: Mapped[str] = mapped_column(String(30))
    location: Mapped[str] = mapped_column(String(200), default="")  # building, unit
    description: Mapped[str] = mapped_column(Text)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    repaired_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    cost: Mapped[Decimal] = mapped_column(Money)
    owners_share: Mapped[Decimal] = mapped_column(Money)
    government_share: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(20), default="reported")
    paid_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    voucher: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

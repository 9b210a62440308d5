"""The residents' share: each household's contribution (from the roster), what it has paid and
what is outstanding; and the urgent-repair fund, where owners and public income pay 20 % of a
repair and the government 80 % (for buildings delivered before 2000 without a maintenance fund)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import RepairStatus
from supervisor.db import numbers
from supervisor.db.models import Building, Compound, Contribution, Household, Unit, UrgentRepair
from supervisor.funds import amounts
from supervisor.i18n import QT_TRANSLATE_NOOP

OWNERS_PERCENT = Decimal("20")
"""The owners' and public income's share of an urgent repair; the government pays the rest."""


def _households(session: Session, project_id: int, compound_id: int | None = None):
    query = (
        select(Household)
        .join(Unit, Unit.id == Household.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Compound, Compound.id == Building.compound_id)
        .where(Compound.project_id == project_id)
        .order_by(Compound.name, Building.position, Building.name, Unit.position, Unit.name, Household.number)
    )
    if compound_id is not None:
        query = query.where(Compound.id == compound_id)
    return list(session.scalars(query))


def assess(
    session: Session, project_id: int, *, per_household=None, per_square_metre=None, compound_id: int | None = None,
) -> int:
    """Set what each household of the project (or of one compound) is to contribute: a fixed
    amount, or an amount per m² of its area. Households that paid keep what they paid; a due
    amount is never set below what was paid. Returns how many households were assessed."""
    if (per_household in (None, "")) == (per_square_metre in (None, "")):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give either an amount per household or an amount per square metre."),
            field="per_household",
        )
    fixed = None if per_household in (None, "") else amounts.parse(per_household, "per_household")
    rate = None if per_square_metre in (None, "") else amounts.parse(per_square_metre, "per_square_metre")
    existing = {c.household_id: c for c in session.scalars(select(Contribution).where(Contribution.project_id == project_id))}
    count = 0
    for household in _households(session, project_id, compound_id):
        if fixed is not None:
            due = fixed
        elif household.area is None:
            continue
        else:
            due = amounts.fen(Decimal(household.area) * rate)
        contribution = existing.get(household.id)
        if contribution is None:
            contribution = Contribution(project_id=project_id, household_id=household.id, paid=amounts.ZERO)
            session.add(contribution)
        contribution.due = max(due, contribution.paid or amounts.ZERO)
        count += 1
    session.flush()
    return count


def record_paid(session: Session, contribution_id: int, amount, on: dt.date, receipt: str = "") -> Contribution:
    """Record a household's payment (added to what it paid before), up to what is due."""
    contribution = session.get(Contribution, contribution_id)
    if contribution is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "No contribution with id {id}."), id=contribution_id)
    value = amounts.parse(amount, "paid", allow_zero=False)
    if contribution.paid + value > contribution.due:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{amount} is more than the {outstanding} still due from this household."),
            field="paid", amount=amounts.yuan(value), outstanding=amounts.yuan(contribution.due - contribution.paid),
        )
    contribution.paid += value
    contribution.paid_on = on
    contribution.receipt = (receipt or "").strip()
    session.flush()
    return contribution


@dataclass(frozen=True)
class ContributionRow:
    contribution_id: int
    compound: str
    building: str
    unit: str
    household: str
    owner: str
    phone: str
    area: Decimal | None
    due: Decimal
    paid: Decimal
    paid_on: dt.date | None
    receipt: str

    @property
    def outstanding(self) -> Decimal:
        return self.due - self.paid


def contribution_rows(session: Session, project_id: int) -> list[ContributionRow]:
    query = (
        select(Contribution, Household, Unit.name, Building.name, Compound.name)
        .join(Household, Household.id == Contribution.household_id)
        .join(Unit, Unit.id == Household.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Compound, Compound.id == Building.compound_id)
        .where(Contribution.project_id == project_id)
        .order_by(Compound.name, Building.position, Building.name, Unit.position, Unit.name, Household.number)
    )
    return [
        ContributionRow(c.id, compound, building, unit, h.number, h.owner_name, h.phone,
                        h.area, c.due, c.paid, c.paid_on, c.receipt)
        for c, h, unit, building, compound in session.execute(query)
    ]


# --- urgent repairs ------------------------------------------------------------------------------


def shares(cost: Decimal) -> tuple[Decimal, Decimal]:
    """(owners and public income, government) of a repair's cost: 20/80, to the fen, adding up."""
    owners = amounts.of(OWNERS_PERCENT, cost)
    return owners, amounts.fen(cost) - owners


@dataclass
class RepairData:
    description: str
    cost: Decimal | str
    reported_on: dt.date
    location: str = ""
    compound_id: int | None = None
    repaired_on: dt.date | None = None
    notes: str = ""


def _next_repair_number(session: Session, project_id: int, year: int) -> str:
    prefix = f"WX-{year}-"

    def highest_in_use() -> int:
        stored = session.scalars(select(UrgentRepair.number).where(
            UrgentRepair.project_id == project_id, UrgentRepair.number.like(f"{prefix}%")
        ))
        return max((int(n[len(prefix):]) for n in stored if n[len(prefix):].isdigit()), default=0)

    return f"{prefix}{numbers.take_next(session, f'urgent repair {project_id} {year}', highest_in_use):03d}"


def save_repair(session: Session, project_id: int, data: RepairData, repair_id: int | None = None) -> UrgentRepair:
    if not (data.description or "").strip():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "A repair needs a description."), field="description")
    cost = amounts.parse(data.cost, "cost", allow_zero=False)
    if data.repaired_on is not None and data.repaired_on < data.reported_on:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A repair cannot be done before it was reported."), field="repaired_on",
        )
    if repair_id is None:
        repair = UrgentRepair(project_id=project_id, status=RepairStatus.REPORTED.value,
                              number=_next_repair_number(session, project_id, data.reported_on.year))
        session.add(repair)
    else:
        repair = session.get(UrgentRepair, repair_id)
        if repair is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "No urgent repair with id {id}."), id=repair_id)
        if repair.status == RepairStatus.PAID:
            raise errors.RuleViolation(
                QT_TRANSLATE_NOOP("errors", "Repair {number} is paid: it can no longer be changed."), number=repair.number,
            )
    repair.description, repair.location = data.description.strip(), (data.location or "").strip()
    repair.compound_id, repair.reported_on, repair.repaired_on = data.compound_id, data.reported_on, data.repaired_on
    repair.cost = cost
    repair.owners_share, repair.government_share = shares(cost)
    repair.notes = (data.notes or "").strip()
    if data.repaired_on is not None and repair.status == RepairStatus.REPORTED:
        repair.status = RepairStatus.REPAIRED.value
    session.flush()
    return repair


def pay_repair(session: Session, repair_id: int, on: dt.date, voucher: str) -> UrgentRepair:
    repair = session.get(UrgentRepair, repair_id)
    if repair is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "No urgent repair with id {id}."), id=repair_id)
    if repair.status != RepairStatus.REPAIRED:
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP("errors", "Repair {number} is not done yet: it is paid once repaired."), number=repair.number,
        )
    if not (voucher or "").strip():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "A payment needs its voucher number."), field="voucher")
    if on < repair.repaired_on:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A repair cannot be paid before it was done."), field="paid_on",
        )
    repair.status, repair.paid_on, repair.voucher = RepairStatus.PAID.value, on, voucher.strip()
    session.flush()
    return repair


def repairs(session: Session, project_id: int) -> list[UrgentRepair]:
    return list(session.scalars(
        select(UrgentRepair).where(UrgentRepair.project_id == project_id).order_by(UrgentRepair.reported_on, UrgentRepair.id)
    ))

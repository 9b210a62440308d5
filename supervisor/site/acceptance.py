"""The completion acceptance record of a project (竣工逐项验收记录).

One record per project: a header (contract price, the works' actual start and completion, the
day of the acceptance meeting), a table of the items checked one by one (category, item,
designed and completed quantity, how it was checked, pass or fail, the problem and its
rectification deadline), and a summary in the national acceptance style (sub-works total and
passed, quality documents, safety and function checks, appearance quality, overall conclusion)
with the quality supervision station's opinion.

``save_record`` checks an ``AcceptanceData`` with ``validate`` and stores it, replacing the
items; ``load_record`` gives an ``AcceptanceRecord`` to show or print — an empty one (a blank
form) for a project without a record. Item errors name the row (1-based) in ``params["row"]``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import AcceptanceResult, PartyRole
from supervisor.db.audit import log_change
from supervisor.db.models import Acceptance, AcceptanceItem, Compound, Project
from supervisor.i18n import QT_TRANSLATE_NOOP

# Numeric(14, 2): at most 12 digits before the point.
MAX_AMOUNT = Decimal("1e12")
CENT = Decimal("0.01")
# Column lengths of the text fields of an item.
ITEM_LIMITS = {"category": 100, "item": 200, "unit": 20, "method": 100}
RESULTS = frozenset(r.value for r in AcceptanceResult)


@dataclass
class ItemData:
    """One line of the record. ``result`` is "pass", "fail" or None (not yet checked)."""

    category: str
    item: str
    unit: str = ""
    designed_quantity: Decimal | None = None
    completed_quantity: Decimal | None = None
    method: str = ""
    result: str | None = None
    problem: str = ""
    deadline: dt.date | None = None
    compound_id: int | None = None


@dataclass
class AcceptanceData:
    """What the acceptance dialog hands in (and ``acceptance_data`` gives back to edit)."""

    contract_price: Decimal | None = None
    started_on: dt.date | None = None
    completed_on: dt.date | None = None
    accepted_on: dt.date | None = None
    sub_works_total: int | None = None
    sub_works_passed: int | None = None
    quality_documents: str = ""
    safety_function: str = ""
    appearance: str = ""
    conclusion: str = ""
    supervision_opinion: str = ""
    items: list[ItemData] = field(default_factory=list)


# --- parsing what a user typed -----------------------------------------------------------------


def _decimal(text: str) -> Decimal | None:
    cleaned = re.sub(r"[\s,，¥￥]", "", str(text))
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def parse_quantity(text: str) -> Decimal | None:
    """A quantity typed as ``1250``, ``1,250.5``; None when empty. ``ValueError`` otherwise."""
    return _decimal(text)


def parse_price(text: str) -> Decimal | None:
    """A contract price in yuan typed as ``3,500,000`` or ``¥3500000.50``; None when empty."""
    try:
        return _decimal(text)
    except ValueError:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The contract price must be a number of yuan, e.g. 3500000."),
            field="contract_price",
        ) from None


# --- checking ----------------------------------------------------------------------------------


def _invalid(template: str, field_name: str, **params) -> errors.ValidationError:
    return errors.ValidationError(template, field=field_name, **params)


def _result(value: str | None) -> str | None:
    return value or None


def _check_item(session: Session, project_id: int, data: AcceptanceData, index: int, item: ItemData) -> None:
    row = index + 1
    if not item.item.strip():
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Row {row}: enter the item checked."), "items.item", row=row)
    for name, limit in ITEM_LIMITS.items():
        text = getattr(item, name).strip()
        if len(text) > limit:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Row {row}: “{text}” is too long (at most {limit} characters)."),
                f"items.{name}",
                row=row,
                text=text,
                limit=limit,
            )
    for name in ("designed_quantity", "completed_quantity"):
        value = getattr(item, name)
        if value is None:
            continue
        if not value.is_finite() or abs(value) >= MAX_AMOUNT or abs(_cents(value)) >= MAX_AMOUNT:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Row {row}: {value} is not a possible quantity."),
                f"items.{name}",
                row=row,
                value=str(value),
            )
        if value < 0:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Row {row}: a quantity cannot be negative."), f"items.{name}", row=row
            )
    result = _result(item.result)
    if result is not None and result not in RESULTS:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Row {row}: the result must be pass, fail or not checked."),
            "items.result",
            row=row,
        )
    if result == AcceptanceResult.FAIL and not item.problem.strip():
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Row {row}: describe the problem of the failed item."),
            "items.problem",
            row=row,
        )
    if item.deadline is not None:
        if result == AcceptanceResult.PASS:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Row {row}: a passed item has no rectification deadline."),
                "items.deadline",
                row=row,
            )
        if data.accepted_on is not None and item.deadline < data.accepted_on:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Row {row}: the rectification deadline is before the acceptance day."),
                "items.deadline",
                row=row,
            )
    if item.compound_id is not None:
        compound = session.get(Compound, item.compound_id)
        if compound is None or compound.project_id != project_id:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Row {row}: choose a compound of this project."), "items.compound", row=row
            )


def validate(session: Session, project_id: int, data: AcceptanceData) -> None:
    """Raise ``ValidationError`` (``field`` set; ``params["row"]`` for an item) on bad input."""
    if session.get(Project, project_id) is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    price = data.contract_price
    if price is not None and (
        not price.is_finite() or price < 0 or price >= MAX_AMOUNT or _cents(price) >= MAX_AMOUNT
    ):
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The contract price must be between 0 and 10^12 yuan."), "contract_price"
        )
    for name in ("sub_works_total", "sub_works_passed"):
        value = getattr(data, name)
        if value is not None and value < 0:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "A number of sub-works cannot be negative."), name)
    if (
        data.sub_works_total is not None
        and data.sub_works_passed is not None
        and data.sub_works_passed > data.sub_works_total
    ):
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "More sub-works passed ({passed}) than there are in all ({total})."),
            "sub_works_passed",
            passed=data.sub_works_passed,
            total=data.sub_works_total,
        )
    if data.started_on and data.completed_on and data.completed_on < data.started_on:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The completion date is before the start date."), "completed_on"
        )
    if data.completed_on and data.accepted_on and data.accepted_on < data.completed_on:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The acceptance cannot come before the completion of the works."),
            "accepted_on",
        )
    for index, item in enumerate(data.items):
        _check_item(session, project_id, data, index, item)


# --- storing -----------------------------------------------------------------------------------


def _cents(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(CENT, rounding=ROUND_HALF_UP)


def _items(session: Session, project_id: int) -> list[AcceptanceItem]:
    return list(
        session.scalars(
            select(AcceptanceItem)
            .where(AcceptanceItem.project_id == project_id)
            .order_by(AcceptanceItem.position, AcceptanceItem.id)
        )
    )


def save_record(session: Session, project_id: int, data: AcceptanceData) -> Acceptance:
    """Create or update the project's record; the items become ``data.items``, in that order.

    Items are matched by position (so their identities survive an edit); surplus ones go.
    """
    validate(session, project_id, data)
    record = session.scalars(select(Acceptance).where(Acceptance.project_id == project_id)).first()
    if record is None:
        record = Acceptance(project_id=project_id)
        session.add(record)
    record.contract_price = _cents(data.contract_price)
    record.started_on = data.started_on
    record.completed_on = data.completed_on
    record.accepted_on = data.accepted_on
    record.sub_works_total = data.sub_works_total
    record.sub_works_passed = data.sub_works_passed
    record.quality_documents = data.quality_documents.strip()
    record.safety_function = data.safety_function.strip()
    record.appearance = data.appearance.strip()
    record.conclusion = data.conclusion.strip()
    record.supervision_opinion = data.supervision_opinion.strip()
    existing = _items(session, project_id)
    for index, item_data in enumerate(data.items):
        if index < len(existing):
            item = existing[index]
        else:
            item = AcceptanceItem(project_id=project_id)
            session.add(item)
        item.position = index
        item.compound_id = item_data.compound_id
        item.category = item_data.category.strip()
        item.item = item_data.item.strip()
        item.unit = item_data.unit.strip()
        item.designed_quantity = _cents(item_data.designed_quantity)
        item.completed_quantity = _cents(item_data.completed_quantity)
        item.method = item_data.method.strip()
        item.result = _result(item_data.result)
        item.problem = item_data.problem.strip()
        item.deadline = item_data.deadline
    for extra in existing[len(data.items):]:
        session.delete(extra)
    session.flush()
    results = [_result(i.result) for i in data.items]
    log_change(
        session,
        record,
        "acceptance.save",
        items=len(results),
        passed=results.count(AcceptanceResult.PASS),
        failed=results.count(AcceptanceResult.FAIL),
    )
    return record


# --- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AcceptanceItemRow:
    """One line of the record as shown or printed; ``number`` is the printed no. (1, 2, ...)."""

    id: int
    number: int
    category: str
    item: str
    unit: str
    designed_quantity: Decimal | None
    completed_quantity: Decimal | None
    method: str
    result: str | None
    problem: str
    deadline: dt.date | None
    compound_id: int | None
    compound: str  # the compound's name, "" for the whole project

    def to_data(self) -> ItemData:
        return ItemData(
            self.category,
            self.item,
            self.unit,
            self.designed_quantity,
            self.completed_quantity,
            self.method,
            self.result,
            self.problem,
            self.deadline,
            self.compound_id,
        )


@dataclass(frozen=True)
class AcceptanceRecord:
    """A project's acceptance record, ready to show or print.

    ``client``, ``contractor``, ``supervisor`` and ``designer`` are the organisations named as
    the project's parties ("" when not entered). ``exists`` is False for a project without a
    record: every field is then None or blank and there are no items (a blank form).
    """

    project_id: int
    project_code: str
    project_name: str
    client: str
    contractor: str
    supervisor: str
    designer: str
    exists: bool = False
    contract_price: Decimal | None = None
    started_on: dt.date | None = None
    completed_on: dt.date | None = None
    accepted_on: dt.date | None = None
    sub_works_total: int | None = None
    sub_works_passed: int | None = None
    quality_documents: str = ""
    safety_function: str = ""
    appearance: str = ""
    conclusion: str = ""
    supervision_opinion: str = ""
    items: tuple[AcceptanceItemRow, ...] = ()

    @property
    def items_total(self) -> int:
        return len(self.items)

    @property
    def items_passed(self) -> int:
        return sum(1 for i in self.items if i.result == AcceptanceResult.PASS)

    @property
    def items_failed(self) -> int:
        return sum(1 for i in self.items if i.result == AcceptanceResult.FAIL)

    @property
    def items_unchecked(self) -> int:
        return sum(1 for i in self.items if i.result is None)


def load_record(session: Session, project_id: int) -> AcceptanceRecord:
    """The project's acceptance record; an empty one if none was entered yet."""
    project = session.get(Project, project_id)
    if project is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    parties = {p.role: p.organisation for p in project.parties}
    head = dict(
        project_id=project.id,
        project_code=project.code,
        project_name=project.name,
        client=parties.get(PartyRole.CLIENT, ""),
        contractor=parties.get(PartyRole.CONTRACTOR, ""),
        supervisor=parties.get(PartyRole.SUPERVISOR, ""),
        designer=parties.get(PartyRole.DESIGNER, ""),
    )
    record = session.scalars(select(Acceptance).where(Acceptance.project_id == project_id)).first()
    if record is None:
        return AcceptanceRecord(**head)
    compounds = dict(
        session.execute(select(Compound.id, Compound.name).where(Compound.project_id == project_id)).all()
    )
    items = tuple(
        AcceptanceItemRow(
            id=i.id,
            number=number,
            category=i.category,
            item=i.item,
            unit=i.unit,
            designed_quantity=i.designed_quantity,
            completed_quantity=i.completed_quantity,
            method=i.method,
            result=i.result,
            problem=i.problem,
            deadline=i.deadline,
            compound_id=i.compound_id,
            compound=compounds.get(i.compound_id, ""),
        )
        for number, i in enumerate(_items(session, project_id), start=1)
    )
    return AcceptanceRecord(
        **head,
        exists=True,
        contract_price=record.contract_price,
        started_on=record.started_on,
        completed_on=record.completed_on,
        accepted_on=record.accepted_on,
        sub_works_total=record.sub_works_total,
        sub_works_passed=record.sub_works_passed,
        quality_documents=record.quality_documents,
        safety_function=record.safety_function,
        appearance=record.appearance,
        conclusion=record.conclusion,
        supervision_opinion=record.supervision_opinion,
        items=items,
    )


def acceptance_data(record: AcceptanceRecord) -> AcceptanceData:
    """The record as data to edit (and hand back to ``save_record``)."""
    return AcceptanceData(
        contract_price=record.contract_price,
        started_on=record.started_on,
        completed_on=record.completed_on,
        accepted_on=record.accepted_on,
        sub_works_total=record.sub_works_total,
        sub_works_passed=record.sub_works_passed,
        quality_documents=record.quality_documents,
        safety_function=record.safety_function,
        appearance=record.appearance,
        conclusion=record.conclusion,
        supervision_opinion=record.supervision_opinion,
        items=[row.to_data() for row in record.items],
    )

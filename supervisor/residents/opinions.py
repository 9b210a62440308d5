"""Residents' opinions and complaints (意见诉求).

An opinion is registered with the day it came in; its reply is due a set number of working
days later (a setting, default 5). It stays open until a reply is recorded, and an open opinion
past its due day is overdue. Issues raised on supervision days become opinions through
``supervisor.residents.supervision_days``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import OpinionStatus
from supervisor.db.audit import log_change
from supervisor.db.calendar import load_calendar
from supervisor.db.models import (
    Building,
    Compound,
    Household,
    Opinion,
    Project,
    Unit,
)
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.residents.catalog import OPINION_CATEGORIES, OPINION_CHANNELS, by_key
from supervisor.residents.roster import label, normalise_phone
from supervisor.residents.rules import opinion_settings
from supervisor.workdays import WorkCalendar

MAX_PAST_YEARS = 10


def _invalid(template: str, field_name: str, **params) -> errors.ValidationError:
    return errors.ValidationError(template, field=field_name, **params)


def check_date(day: dt.date | None, field_name: str, today: dt.date) -> None:
    if day is None:
        return
    if day > today:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "The date cannot be in the future."), field_name)
    if day.year < today.year - MAX_PAST_YEARS:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The date {date} is too far in the past."),
            field_name,
            date=day.isoformat(),
        )


# --- opinions ------------------------------------------------------------------------------


@dataclass
class OpinionData:
    project_id: int
    content: str = ""
    received_on: dt.date | None = None
    compound_id: int | None = None
    household_id: int | None = None
    person: str = ""
    phone: str = ""
    channel: str = "visit"
    category: str = "other"
    handler: str = ""
    reply: str = ""
    replied_on: dt.date | None = None


def validate_opinion(session: Session, data: OpinionData, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    if session.get(Project, data.project_id) is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    if data.compound_id is not None:
        compound = session.get(Compound, data.compound_id)
        if compound is None or compound.project_id != data.project_id:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Choose a compound of this project."), "compound")
    if data.household_id is not None:
        household = session.get(Household, data.household_id)
        if household is None or household.unit.building.compound_id != data.compound_id:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Choose a household of this compound."), "household")
    if not data.content.strip():
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Write down what the resident said."), "content")
    if data.received_on is None:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Enter the day the opinion came in."), "received_on")
    check_date(data.received_on, "received_on", today)
    if data.channel not in by_key(OPINION_CHANNELS):
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Choose how the opinion came in."), "channel")
    if data.category not in by_key(OPINION_CATEGORIES):
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Choose a category."), "category")
    if data.phone.strip() and normalise_phone(data.phone) is None:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "{phone} is not a phone number."), "phone", phone=data.phone.strip()
        )
    if data.reply.strip() and data.replied_on is None:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Enter the day of the reply."), "replied_on")
    if data.replied_on is not None:
        if not data.reply.strip():
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Write down the reply."), "reply")
        check_date(data.replied_on, "replied_on", today)
        if data.replied_on < data.received_on:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "The reply cannot come before the opinion."), "replied_on"
            )


def get_opinion(session: Session, opinion_id: int) -> Opinion:
    opinion = session.get(Opinion, opinion_id)
    if opinion is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The opinion no longer exists."))
    return opinion


def _apply(opinion: Opinion, data: OpinionData) -> None:
    opinion.compound_id = data.compound_id
    opinion.household_id = data.household_id
    opinion.person = data.person.strip()
    opinion.phone = normalise_phone(data.phone) or ""
    opinion.channel = data.channel
    opinion.category = data.category
    opinion.content = data.content.strip()
    opinion.received_on = data.received_on
    opinion.handler = data.handler.strip()
    opinion.reply = data.reply.strip()
    opinion.replied_on = data.replied_on
    if opinion.replied_on is None:
        opinion.status = OpinionStatus.OPEN
    elif opinion.status == OpinionStatus.OPEN:
        opinion.status = OpinionStatus.REPLIED


def _due(session: Session, received_on: dt.date, calendar: WorkCalendar | None) -> dt.date:
    calendar = calendar or load_calendar(session)
    return calendar.add(received_on, opinion_settings(session).reply_days, "wd").date


def create_opinion(
    session: Session, data: OpinionData, calendar: WorkCalendar | None = None, today: dt.date | None = None
) -> Opinion:
    validate_opinion(session, data, today)
    opinion = Opinion(project_id=data.project_id, status=OpinionStatus.OPEN)
    _apply(opinion, data)
    opinion.reply_due = _due(session, data.received_on, calendar)
    session.add(opinion)
    session.flush()
    log_change(session, opinion, "opinion.create", content=opinion.content[:100])
    return opinion


def update_opinion(
    session: Session, opinion: Opinion, data: OpinionData, calendar: WorkCalendar | None = None
) -> None:
    validate_opinion(session, data)
    received_changed = opinion.received_on != data.received_on
    _apply(opinion, data)
    if received_changed:
        opinion.reply_due = _due(session, data.received_on, calendar)
    log_change(session, opinion, "opinion.update", status=opinion.status)


def set_closed(session: Session, opinion: Opinion, closed: bool) -> None:
    """Mark an answered opinion as settled (办结), or open the file again."""
    if closed and opinion.replied_on is None:
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP("errors", "An opinion can be closed only after it has been answered.")
        )
    opinion.status = OpinionStatus.CLOSED if closed else (
        OpinionStatus.REPLIED if opinion.replied_on else OpinionStatus.OPEN
    )
    log_change(session, opinion, "opinion.close" if closed else "opinion.reopen")


def remove_opinion(session: Session, opinion: Opinion) -> None:
    log_change(session, opinion, "opinion.remove", content=opinion.content[:100])
    session.delete(opinion)


def opinion_data(opinion: Opinion) -> OpinionData:
    return OpinionData(
        opinion.project_id,
        opinion.content,
        opinion.received_on,
        opinion.compound_id,
        opinion.household_id,
        opinion.person,
        opinion.phone,
        opinion.channel,
        opinion.category,
        opinion.handler,
        opinion.reply,
        opinion.replied_on,
    )


@dataclass(frozen=True)
class OpinionFilter:
    project_id: int | None = None
    compound_id: int | None = None
    status: str | None = None
    overdue_only: bool = False
    text: str = ""


@dataclass(frozen=True)
class OpinionRow:
    id: int
    project_id: int
    received_on: dt.date
    compound: str
    household: str
    person: str
    phone: str
    channel: str
    category: str
    content: str
    handler: str
    reply: str
    replied_on: dt.date | None
    status: str
    reply_due: dt.date
    overdue_days: int  # open: days past due today; answered: days late when answered


def overdue_days(reply_due: dt.date, replied_on: dt.date | None, today: dt.date) -> int:
    return max(0, ((replied_on or today) - reply_due).days)


def list_opinions(session: Session, f: OpinionFilter, today: dt.date | None = None) -> list[OpinionRow]:
    """Opinions matching ``f``, overdue first, then the newest."""
    today = today or dt.date.today()
    query = (
        select(Opinion, Compound.name, Building.name, Unit.name, Household.number)
        .outerjoin(Compound, Opinion.compound_id == Compound.id)
        .outerjoin(Household, Opinion.household_id == Household.id)
        .outerjoin(Unit, Household.unit_id == Unit.id)
        .outerjoin(Building, Unit.building_id == Building.id)
    )
    if f.project_id is not None:
        query = query.where(Opinion.project_id == f.project_id)
    if f.compound_id is not None:
        query = query.where(Opinion.compound_id == f.compound_id)
    if f.status:
        query = query.where(Opinion.status == f.status)
    if f.overdue_only:
        query = query.where(Opinion.status == OpinionStatus.OPEN, Opinion.reply_due < today)
    if f.text.strip():
        pattern = f"%{f.text.strip()}%"
        query = query.where(
            or_(
                Opinion.content.like(pattern),
                Opinion.person.like(pattern),
                Opinion.reply.like(pattern),
                Opinion.handler.like(pattern),
            )
        )
    rows = []
    for opinion, compound, building, unit, number in session.execute(query):
        household = label(building, unit, number) if number is not None else ""
        rows.append(
            OpinionRow(
                opinion.id,
                opinion.project_id,
                opinion.received_on,
                compound or "",
                household,
                opinion.person,
                opinion.phone,
                opinion.channel,
                opinion.category,
                opinion.content,
                opinion.handler,
                opinion.reply,
                opinion.replied_on,
                opinion.status,
                opinion.reply_due,
                overdue_days(opinion.reply_due, opinion.replied_on, today),
            )
        )
    rows.sort(
        key=lambda r: (
            not (r.status == OpinionStatus.OPEN and r.overdue_days > 0),
            r.status != OpinionStatus.OPEN,
            -r.received_on.toordinal(),
            -r.id,
        )
    )
    return rows


def open_opinion_count(session: Session, project_id: int, today: dt.date | None = None) -> tuple[int, int]:
    """``(open, overdue)`` opinions of a project."""
    today = today or dt.date.today()
    open_count = session.scalar(
        select(func.count(Opinion.id)).where(
            Opinion.project_id == project_id, Opinion.status == OpinionStatus.OPEN
        )
    )
    overdue = session.scalar(
        select(func.count(Opinion.id)).where(
            Opinion.project_id == project_id,
            Opinion.status == OpinionStatus.OPEN,
            Opinion.reply_due < today,
        )
    )
    return open_count or 0, overdue or 0

"""Public holidays and make-up working days an administrator enters for years the
``chinese-calendar`` package does not know yet (the State Council publishes each year's
schedule late in the year before). They take precedence over the package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.audit import log_change
from supervisor.db.models import CalendarDay
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.workdays import WorkCalendar


@dataclass(frozen=True)
class DayRow:
    id: int
    day: dt.date
    is_workday: bool
    note: str


def list_days(session: Session) -> list[DayRow]:
    return [
        DayRow(d.id, d.day, d.is_workday, d.note)
        for d in session.scalars(select(CalendarDay).order_by(CalendarDay.day))
    ]


def set_day(session: Session, day: dt.date, is_workday: bool, note: str = "") -> None:
    """Declare ``day`` a working day (make-up day) or a day off (holiday); replaces any entry."""
    if not 2000 <= day.year <= 2100:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date must be between 2000 and 2100."), field="day"
        )
    existing = session.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
    if existing is None:
        existing = CalendarDay(day=day)
        session.add(existing)
    existing.is_workday = is_workday
    existing.note = note.strip()
    session.flush()
    log_change(session, existing, "calendar.set", day=day.isoformat(), workday=is_workday)


def remove_day(session: Session, day_id: int) -> None:
    entry = session.get(CalendarDay, day_id)
    if entry is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The entry no longer exists."))
    log_change(session, entry, "calendar.remove", day=entry.day.isoformat())
    session.delete(entry)


def years_needing_entries(session: Session, today: dt.date | None = None) -> list[int]:
    """This year and next, if neither the package nor an administrator has entered their
    holidays: deadlines there are estimates (weekends only)."""
    today = today or dt.date.today()
    calendar = WorkCalendar({d.day: d.is_workday for d in list_days(session)})
    return [y for y in (today.year, today.year + 1) if not calendar.year_known(y)]


def load_calendar(session: Session) -> WorkCalendar:
    rows = session.execute(select(CalendarDay.day, CalendarDay.is_workday)).all()
    return WorkCalendar({day: workday for day, workday in rows})

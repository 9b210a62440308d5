"""Working days in mainland China: public holidays and make-up working days (调休).

Statutory periods count working days ("wd") or calendar days ("d"). Holidays come from the
``chinese-calendar`` package, which knows only the years published when it was released, and
from days an administrator enters (``CalendarDay`` rows) for later years. A year that neither
knows is counted with weekends only, and the result says it is an estimate, so the UI can put a
mark beside the date instead of crashing or pretending.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class DueDate:
    """A computed date; ``estimated`` when it crossed a year without holiday data."""

    date: dt.date
    estimated: bool = False


class WorkCalendar:
    """Answers whether a day is a working day.

    Args:
        overrides: days entered by an administrator, ``date -> is_workday``. A year with at
            least one entered day counts as known: its other days follow the weekend rule.
    """

    def __init__(self, overrides: Mapping[dt.date, bool] | None = None):
        self._overrides = dict(overrides or {})
        self._entered_years = {day.year for day in self._overrides}
        self._package_cache: dict[dt.date, bool | None] = {}

    def _from_package(self, day: dt.date) -> bool | None:
        if day not in self._package_cache:
            try:
                import chinese_calendar

                self._package_cache[day] = chinese_calendar.is_workday(day)
            except (NotImplementedError, ImportError):
                self._package_cache[day] = None
        return self._package_cache[day]

    def year_known(self, year: int) -> bool:
        return year in self._entered_years or self._from_package(dt.date(year, 6, 1)) is not None

    def is_workday(self, day: dt.date) -> tuple[bool, bool]:
        """``(is_workday, known)``; ``known`` is False when only the weekend rule applied."""
        if day in self._overrides:
            return self._overrides[day], True
        from_package = self._from_package(day)
        if from_package is not None:
            return from_package, True
        return day.weekday() < 5, day.year in self._entered_years

    def add(self, start: dt.date, days: int, unit: str) -> DueDate:
        """The date ``days`` working days ("wd") or calendar days ("d") after ``start``.

        ``start`` itself is not counted: 1 working day after a Friday is the next Monday
        (unless that is a holiday). Negative ``days`` count backwards.
        """
        if unit == "d":
            return DueDate(start + dt.timedelta(days=days))
        if unit != "wd":
            raise ValueError(f"unknown period unit {unit!r}")
        step = 1 if days >= 0 else -1
        remaining = abs(days)
        day = start
        estimated = False
        while remaining:
            day += dt.timedelta(days=step)
            workday, known = self.is_workday(day)
            estimated = estimated or not known
            if workday:
                remaining -= 1
        return DueDate(day, estimated)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_workday(day)[0]:
                count += 1
        return count

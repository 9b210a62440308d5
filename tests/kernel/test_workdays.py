"""Working days: Chinese public holidays, make-up working days, unknown years, overrides.

Facts from the ``chinese_calendar`` package (the 2026 State Council arrangement):
- Spring Festival 2026: 02-15 (Sun) .. 02-23 (Mon) off; Saturdays 02-14 and 02-28 are working days.
- National Day 2026: 10-01 (Thu) .. 10-07 (Wed) off; Sunday 09-20 and Saturday 10-10 are working days.
The package has no data for 2027 (it raises NotImplementedError).
"""

from __future__ import annotations

import datetime as dt

import pytest

from supervisor.workdays import DueDate, WorkCalendar

D = dt.date


@pytest.fixture
def calendar():
    return WorkCalendar()


def test_package_facts_this_suite_relies_on():
    chinese_calendar = pytest.importorskip("chinese_calendar")
    assert not chinese_calendar.is_workday(D(2026, 10, 1))
    assert not chinese_calendar.is_workday(D(2026, 10, 7))
    assert chinese_calendar.is_workday(D(2026, 10, 10))
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(D(2027, 6, 1))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 10, 1), False),  # National Day
        (D(2026, 10, 5), False),  # a Monday inside the holiday
        (D(2026, 10, 8), True),  # back to work, Thursday
        (D(2026, 10, 10), True),  # Saturday make-up working day
        (D(2026, 10, 11), False),  # ordinary Sunday
        (D(2026, 9, 20), True),  # Sunday make-up working day
        (D(2026, 2, 16), False),  # Spring Festival, Monday
        (D(2026, 2, 14), True),  # Saturday make-up working day
        (D(2026, 2, 28), True),  # Saturday make-up working day
    ],
)
def test_is_workday_knows_holidays_and_make_up_days(calendar, day, expected):
    assert calendar.is_workday(day) == (expected, True)


def test_working_days_skip_national_day_and_count_the_make_up_saturday(calendar):
    eve = D(2026, 9, 30)
    assert calendar.add(eve, 1, "wd") == DueDate(D(2026, 10, 8))
    assert calendar.add(eve, 3, "wd") == DueDate(D(2026, 10, 10))  # Saturday, a working day
    assert calendar.add(eve, 4, "wd") == DueDate(D(2026, 10, 12))
    # counting weekends only would have given 2026-10-07
    assert calendar.add(D(2026, 9, 28), 7, "wd") == DueDate(D(2026, 10, 13))


def test_working_days_across_spring_festival(calendar):
    assert calendar.add(D(2026, 2, 13), 1, "wd") == DueDate(D(2026, 2, 14))  # make-up Saturday
    assert calendar.add(D(2026, 2, 14), 1, "wd") == DueDate(D(2026, 2, 24))
    # 02-24..02-27 (4), Saturday 02-28 (5), Monday 03-02 (6)
    assert calendar.add(D(2026, 2, 14), 6, "wd") == DueDate(D(2026, 3, 2))


def test_counting_backwards_and_zero(calendar):
    assert calendar.add(D(2026, 10, 8), -1, "wd") == DueDate(D(2026, 9, 30))
    assert calendar.add(D(2026, 2, 24), -1, "wd") == DueDate(D(2026, 2, 14))
    assert calendar.add(D(2026, 10, 3), 0, "wd") == DueDate(D(2026, 10, 3))


def test_calendar_days_ignore_holidays(calendar):
    assert calendar.add(D(2026, 9, 30), 1, "d") == DueDate(D(2026, 10, 1))
    assert calendar.add(D(2026, 9, 30), 15, "d") == DueDate(D(2026, 10, 15))


def test_unknown_unit_is_an_error(calendar):
    with pytest.raises(ValueError):
        calendar.add(D(2026, 9, 30), 1, "weeks")


def test_working_days_between(calendar):
    # 10-08, 10-09, 10-10 (make-up), 10-12
    assert calendar.working_days_between(D(2026, 9, 30), D(2026, 10, 12)) == 4
    assert calendar.working_days_between(D(2026, 10, 12), D(2026, 9, 30)) == -4
    assert calendar.working_days_between(D(2026, 10, 1), D(2026, 10, 7)) == 0


def test_year_without_data_falls_back_to_weekends_and_says_so(calendar):
    assert calendar.year_known(2026) and not calendar.year_known(2027)
    assert calendar.is_workday(D(2027, 10, 1)) == (True, False)  # a Friday, weekend rule only
    assert calendar.is_workday(D(2027, 10, 2)) == (False, False)  # Saturday
    # Friday 2027-01-29 + 3 working days: Mon, Tue, Wed
    assert calendar.add(D(2027, 1, 29), 3, "wd") == DueDate(D(2027, 2, 3), estimated=True)
    assert calendar.working_days_between(D(2027, 1, 29), D(2027, 2, 3)) == 3


def test_crossing_into_an_unknown_year_marks_the_date_estimated(calendar):
    assert calendar.add(D(2026, 12, 24), 3, "wd") == DueDate(D(2026, 12, 29), estimated=False)
    due = calendar.add(D(2026, 12, 30), 3, "wd")
    assert due.estimated is True
    assert due.date == D(2027, 1, 4)  # 12-31, (2027-01-01 by weekend rule), 01-04


def test_administrator_days_take_precedence_over_the_package():
    calendar = WorkCalendar({D(2026, 10, 5): True, D(2026, 10, 8): False})
    assert calendar.is_workday(D(2026, 10, 5)) == (True, True)
    assert calendar.is_workday(D(2026, 10, 8)) == (False, True)
    assert calendar.add(D(2026, 9, 30), 1, "wd") == DueDate(D(2026, 10, 5))
    assert calendar.add(D(2026, 9, 30), 2, "wd") == DueDate(D(2026, 10, 9))


def test_administrator_days_make_an_unpublished_year_known():
    # An administrator enters a (hypothetical) 2027 arrangement: Monday 02-08 off,
    # Sunday 02-07 a make-up working day.
    calendar = WorkCalendar({D(2027, 2, 8): False, D(2027, 2, 7): True})
    assert calendar.year_known(2027)
    assert calendar.is_workday(D(2027, 2, 7)) == (True, True)
    assert calendar.is_workday(D(2027, 2, 6)) == (False, True)  # Saturday by weekend rule, known
    assert calendar.add(D(2027, 2, 5), 1, "wd") == DueDate(D(2027, 2, 7), estimated=False)
    assert calendar.add(D(2027, 2, 7), 1, "wd") == DueDate(D(2027, 2, 9), estimated=False)
    # a year nobody entered is still an estimate
    assert calendar.add(D(2028, 3, 3), 1, "wd").estimated is True

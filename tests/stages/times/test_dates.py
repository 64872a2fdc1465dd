"""Calendar arithmetic and year choice (stages/times/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.times import dates

MONDAY = date(2021, 8, 30)


@pytest.mark.parametrize("weekday, relation, expected", [
    (0, "recent", date(2021, 8, 30)),   # "on Monday" on a Monday: that day
    (4, "recent", date(2021, 8, 27)),   # "on Friday": the latest before
    (0, "last", date(2021, 8, 23)),
    (2, "last", date(2021, 8, 25)),
    (0, "next", date(2021, 9, 6)),
    (2, "next", date(2021, 9, 1)),
    (0, "coming", date(2021, 8, 30)),
    (5, "coming", date(2021, 9, 4)),
])
def test_weekday_date(weekday, relation, expected):
    assert dates.weekday_date(MONDAY, weekday, relation) == expected


@pytest.mark.parametrize("month, day, anchor, tense, expected", [
    (8, 15, MONDAY, None, 2021),              # a fortnight back
    (9, 11, MONDAY, None, 2021),              # a fortnight ahead
    (12, 28, date(2022, 1, 5), None, 2021),   # across new year, backwards
    (1, 3, date(2021, 12, 20), None, 2022),   # across new year, forwards
    (3, 1, MONDAY, None, 2021),               # half a year back, not ahead
    (2, 1, MONDAY, None, 2021),               # ahead only within the window
    (8, 2, MONDAY, "future", 2022),           # "will vote on Aug. 2"
    (12, 1, MONDAY, "past", 2020),            # "voted on Dec. 1"
    (9, 20, MONDAY, "past", 2021),            # a past verb, but the day is close ahead
])
def test_year_of_day(month, day, anchor, tense, expected):
    assert dates.year_of_day(month, day, anchor, tense, future_days=183) == expected


def test_year_of_day_follows_a_given_weekday():
    # 2 August fell on a Monday in 2021, on a Tuesday in 2022.
    assert dates.year_of_day(8, 2, date(2022, 1, 10), None, 183, weekday=0) == 2021


def test_year_of_day_skips_missing_days():
    assert dates.year_of_day(2, 29, date(2021, 3, 10), None, 183) == 2020


@pytest.mark.parametrize("season, relation, expected", [
    ("SU", "last", 2020), ("SU", "this", 2021), ("SU", "next", 2022),
    ("SP", "last", 2021), ("WI", "last", 2020), ("WI", "next", 2021),
])
def test_year_of_season(season, relation, expected):
    assert dates.year_of_season(season, MONDAY, relation, None, 183) == expected


def test_week_value_is_the_iso_week():
    assert dates.week_value(date(2021, 8, 23)) == "2021-W34"
    assert dates.week_value(date(2021, 1, 3)) == "2020-W53"


def test_add_months_clamps_the_day():
    assert dates.add_months(date(2021, 1, 31), 1) == date(2021, 2, 28)
    assert dates.shift(date(2021, 8, 30), "Y", -1) == date(2020, 8, 30)


@pytest.mark.parametrize("year, expected", [
    (2021, date(2021, 4, 4)), (2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)),
])
def test_easter(year, expected):
    assert dates.easter(year) == expected


def test_movable_holidays():
    assert dates.MOVABLE["thanksgiving"](2021) == date(2021, 11, 25)
    assert dates.MOVABLE["memorial day"](2021) == date(2021, 5, 31)
    assert dates.MOVABLE["election day"](2020) == date(2020, 11, 3)

"""Numbers, years and TimeML values (stages/times/normalise.py)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.times import normalise


@pytest.mark.parametrize("text, expected", [
    ("3", 3.0), ("three", 3.0), ("twenty-four", 24.0), ("twenty four", 24.0),
    ("5 1/2", 5.5), ("a", 1.0), ("a couple of", 2.0), ("two thousand", 2000.0),
    ("1,500", 1500.0), ("a few", None), ("", None),
])
def test_parse_number(text, expected):
    assert normalise.parse_number(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1996", 1996), ("nineteen ninety-six", 1996), ("nineteen hundred and five", 1905),
    ("two thousand", 2000), ("two thousand and one", 2001), ("'98", 1998), ("'21", 2021),
])
def test_parse_year(text, expected):
    assert normalise.parse_year(text, date(2021, 8, 30)) == expected


@pytest.mark.parametrize("count, unit, expected", [
    (3, "day", "P3D"), (24, "hour", "PT24H"), (2, "week", "P2W"), (None, "hour", "PTXH"),
    (2, "decade", "P20Y"), (None, "decade", "PXDE"), (None, "century", "PXCE"),
    (2.5, "year", "P2Y6M"), (5.5, "hour", "PT5H30M"), (0.5, "hour", "PT30M"),
    (1.5, "week", "P1.5W"), (2, "fortnight", "P4W"),
])
def test_duration_value(count, unit, expected):
    assert normalise.duration_value(count, unit) == expected


def test_period_values():
    day = date(2021, 8, 30)
    assert [normalise.period_value(day, unit) for unit in
            ("day", "week", "weekend", "month", "quarter", "year", "decade", "century")] == [
        "2021-08-30", "2021-W35", "2021-W35-WE", "2021-08", "2021-Q3", "2021", "202", "20"]


def test_every_rule_has_a_normaliser():
    from eventwire.stages.times.patterns import RULES

    assert all(rule.normaliser in normalise.NORMALISERS for rule in RULES)

"""Time expressions (stages/times/expressions.py) on hand-written sentences.

The anchor is Monday 30 August 2021 unless a test says otherwise; every
sentence goes through the whole pipeline (language, parse, times).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Time
from eventwire.stages.times.expressions import find_times

ANCHOR = "2021-08-30"  # a Monday


def times(pipeline, text: str, published: str | None = ANCHOR) -> list[Time]:
    fields = {"published": published} if published else {}
    record = pipeline.extract_text(text, **fields)
    for found in record.times:
        assert record.article.text[found.start:found.end] == found.text
    return record.times


def find(found: list[Time], text: str) -> Time:
    matches = [t for t in found if t.text == text]
    assert matches, f"{text!r} not among {[t.text for t in found]}"
    return matches[0]


def values(found: list[Time]) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in found}


# --- calendar dates -------------------------------------------------------------


@pytest.mark.parametrize("sentence, expression, value", [
    ("The ceasefire was signed on Aug. 30, 2021, in Doha.", "Aug. 30, 2021", "2021-08-30"),
    ("The ceasefire was signed on August 30 in Doha.", "August 30", "2021-08-30"),
    ("The ceasefire was signed on 30 August 2021 in Doha.", "30 August 2021", "2021-08-30"),
    ("The ceasefire was signed on the 30th of August in Doha.", "the 30th of August", "2021-08-30"),
    ("The decree is dated 2021-08-30 and was published later.", "2021-08-30", "2021-08-30"),
    ("The letter dated 08/30/2021 was leaked to reporters.", "08/30/2021", "2021-08-30"),
    ("The letter dated 30/08/2021 was leaked to reporters.", "30/08/2021", "2021-08-30"),
    ("The letter dated 30.08.2021 was leaked to reporters.", "30.08.2021", "2021-08-30"),
])
def test_explicit_dates(times_pipeline, sentence, expression, value):
    found = find(times(times_pipeline, sentence), expression)
    assert (found.type, found.value) == ("DATE", value)


def test_weekday_with_the_date_is_one_expression(times_pipeline):
    found = times(times_pipeline, "Voting began on Monday, Aug. 30, across the country.")
    assert values(found) == {"Monday, Aug. 30": ("DATE", "2021-08-30")}


def test_date_range_within_a_month_gives_two_dates(times_pipeline):
    found = values(times(times_pipeline, "The summit ran on Aug. 16-17 in the capital."))
    assert found == {"Aug. 16": ("DATE", "2021-08-16"), "17": ("DATE", "2021-08-17")}


def test_yearless_date_before_the_anchor_is_this_year(times_pipeline):
    found = times(times_pipeline, "The group seized the city on August 15, residents said.")
    assert find(found, "August 15").value == "2021-08-15"


def test_yearless_date_just_after_new_year_is_last_year(times_pipeline):
    found = times(times_pipeline, "The group seized the city on Dec. 28, residents said.",
                  published="2022-01-05")
    assert find(found, "Dec. 28").value == "2021-12-28"


def test_yearless_date_soon_after_the_anchor_is_ahead(times_pipeline):
    found = times(times_pipeline, "The deadline for withdrawal is Sept. 11, the minister said.")
    assert find(found, "Sept. 11").value == "2021-09-11"


def test_future_tense_takes_the_next_such_day(times_pipeline):
    found = times(times_pipeline, "Parliament will vote on the bill on Aug. 2, a spokesman said.")
    assert find(found, "Aug. 2").value == "2022-08-02"


def test_month_with_and_without_year(times_pipeline):
    found = values(times(times_pipeline, "Prices rose in March, as they did in March 2020."))
    assert found == {"March": ("DATE", "2021-03"), "March 2020": ("DATE", "2020-03")}


def test_modal_may_is_no_month(times_pipeline):
    found = times(times_pipeline, "Officials may extend the curfew, the governor said.")
    assert found == []


def test_month_name_as_a_person_is_no_month(times_pipeline):
    assert times(times_pipeline, "The report was written by April Ryan and others.") == []


@pytest.mark.parametrize("sentence, expression, value", [
    ("The party was founded in 2019 by students.", "2019", "2019"),
    ("The movement grew through the 1990s.", "the 1990s", "199"),
    ("The war shaped the 20th century in Europe.", "the 20th century", "19"),
    ("Output fell in the third quarter, the ministry said.", "the third quarter", "2021-Q3"),
    ("Output fell in the second quarter of 2020, the ministry said.",
     "the second quarter of 2020", "2020-Q2"),
])
def test_years_decades_centuries_quarters(times_pipeline, sentence, expression, value):
    found = find(times(times_pipeline, sentence), expression)
    assert (found.type, found.value) == ("DATE", value)


def test_counts_are_no_years(times_pipeline):
    found = times(times_pipeline, "The army deployed 2000 troops to the border on Sunday.")
    assert [t.text for t in found] == ["Sunday"]


def test_year_range_is_two_dates(times_pipeline):
    found = values(times(times_pipeline, "He led the party from 1953-2001 without a break."))
    assert found == {"1953": ("DATE", "1953"), "2001": ("DATE", "2001")}


# --- weekdays -------------------------------------------------------------------


def test_weekday_on_the_anchors_weekday_is_the_anchor(times_pipeline):
    found = times(times_pipeline, "Rebels attacked the town on Monday, police said.")
    assert values(found) == {"Monday": ("DATE", "2021-08-30")}


def test_weekday_is_the_latest_one_before_the_anchor(times_pipeline):
    found = values(times(times_pipeline, "Protesters gathered on Friday and again on Sunday."))
    assert found == {"Friday": ("DATE", "2021-08-27"), "Sunday": ("DATE", "2021-08-29")}


def test_last_and_next_weekday(times_pipeline):
    found = values(times(times_pipeline, "Talks stalled last Monday and will resume next Monday."))
    assert found == {"last Monday": ("DATE", "2021-08-23"), "next Monday": ("DATE", "2021-09-06")}


def test_weekday_of_a_plan_is_ahead(times_pipeline):
    found = times(times_pipeline, "Elders will meet in Beni on Saturday to discuss security.")
    assert find(found, "Saturday").value == "2021-09-04"


def test_weekday_with_a_part_of_day(times_pipeline):
    found = times(times_pipeline, "Shelling resumed on Saturday night, witnesses said.")
    assert values(found) == {"Saturday night": ("TIME", "2021-08-28TNI")}


def test_every_weekday_is_a_set(times_pipeline):
    found = times(times_pipeline, "Markets close every Friday during the crisis.")
    assert values(found) == {"every Friday": ("SET", "XXXX-WXX-5")}


# --- relative days, weeks, months, years, seasons ---------------------------------


def test_today_yesterday_tomorrow_tonight(times_pipeline):
    found = values(times(times_pipeline, "The minister said today that the curfew imposed "
                                         "yesterday would be lifted tomorrow, and talks go on "
                                         "tonight after a session this morning."))
    assert found == {
        "today": ("DATE", "2021-08-30"), "yesterday": ("DATE", "2021-08-29"),
        "tomorrow": ("DATE", "2021-08-31"), "tonight": ("TIME", "2021-08-30TNI"),
        "this morning": ("TIME", "2021-08-30TMO"),
    }


@pytest.mark.parametrize("sentence, expression, value", [
    ("Fighting intensified last week near the border.", "last week", "2021-W34"),
    ("Fighting intensified this week near the border.", "this week", "2021-W35"),
    ("Fighting intensified earlier this month near the border.", "earlier this month", "2021-08"),
    ("Fighting intensified this month near the border.", "this month", "2021-08"),
    ("Fighting intensified last month near the border.", "last month", "2021-07"),
    ("Fighting intensified last year near the border.", "last year", "2020"),
    ("Elections are planned for next year, officials said.", "next year", "2022"),
    ("Floods hit the region last summer, officials said.", "last summer", "2020-SU"),
    ("Floods hit the region in the winter of 2019.", "the winter of 2019", "2019-WI"),
    ("The clashes began three days ago in the north.", "three days ago", "2021-08-27"),
    ("The clashes began two years ago in the north.", "two years ago", "2019"),
])
def test_relative_dates(times_pipeline, sentence, expression, value):
    found = find(times(times_pipeline, sentence), expression)
    assert (found.type, found.value) == ("DATE", value)


def test_anaphoric_next_day_counts_from_the_named_day(times_pipeline):
    text = "The rebels entered the town on Aug. 12. The next day, they seized the airport."
    found = values(times(times_pipeline, text))
    assert found["The next day"] == ("DATE", "2021-08-13")


def test_present_and_past_references(times_pipeline):
    found = values(times(times_pipeline, "The road is now open, but it was recently mined."))
    assert found == {"now": ("DATE", "PRESENT_REF"), "recently": ("DATE", "PAST_REF")}


# --- durations, times of day, sets ----------------------------------------------------


@pytest.mark.parametrize("sentence, expression, value", [
    ("The siege lasted three days before the army withdrew.", "three days", "P3D"),
    ("The siege lasted two weeks before the army withdrew.", "two weeks", "P2W"),
    ("The siege lasted a few hours before the army withdrew.", "a few hours", "PTXH"),
    ("The siege lasted 24 hours before the army withdrew.", "24 hours", "PT24H"),
    ("The region has known decades of war.", "decades", "PXDE"),
    ("The siege lasted two and a half years.", "two and a half years", "P2Y6M"),
    ("The rebels imposed a 16-hour curfew on the city.", "16-hour", "PT16H"),
    ("The government ruled for the past two decades.", "the past two decades", "P20Y"),
])
def test_durations(times_pipeline, sentence, expression, value):
    found = find(times(times_pipeline, sentence), expression)
    assert (found.type, found.value) == ("DURATION", value)


def test_ages_are_no_durations(times_pipeline):
    assert times(times_pipeline, "A 37-year-old man and his 5-year-old son were injured.") == []


@pytest.mark.parametrize("sentence, expression, value", [
    ("The blast happened at 10:30 a.m. near the market.", "10:30 a.m.", "2021-08-30T10:30"),
    ("The vote closes at noon, officials said.", "noon", "2021-08-30T12:00"),
    ("The blast happened at 1430 GMT near the market.", "1430 GMT", "2021-08-30T14:30"),
])
def test_times_of_day(times_pipeline, sentence, expression, value):
    found = find(times(times_pipeline, sentence), expression)
    assert (found.type, found.value) == ("TIME", value)


def test_clock_time_takes_the_day_it_follows(times_pipeline):
    found = times(times_pipeline, "The attack began on Saturday at 9 p.m. local time.")
    assert find(found, "9 p.m. local time").value == "2021-08-28T21:00"


@pytest.mark.parametrize("sentence, expression, value", [
    ("Patrols go out every week along the road.", "every week", "P1W"),
    ("Reports are filed weekly with the council.", "weekly", "P1W"),
    ("Inspections happen each day at the crossing.", "each day", "P1D"),
    ("Aid convoys arrive twice a month in the camps.", "twice a month", "P1M"),
])
def test_sets(times_pipeline, sentence, expression, value):
    found = find(times(times_pipeline, sentence), expression)
    assert (found.type, found.value) == ("SET", value)


# --- extents, anchors --------------------------------------------------------------


def test_prepositions_stay_out_modifiers_come_in(times_pipeline):
    found = [t.text for t in times(times_pipeline, "Talks failed on Monday, in early March, "
                                                   "and for about two years before that.")]
    assert found == ["Monday", "early March", "about two years"]


def test_possessive_weekday(times_pipeline):
    found = times(times_pipeline, "Sunday's attack killed four people, police said.")
    assert values(found) == {"Sunday": ("DATE", "2021-08-29")}


def test_no_anchor_leaves_relative_values_open(times_pipeline):
    text = "Rebels attacked on Monday, August 2, and will return next week, as they did in 2019."
    found = values(times(times_pipeline, text, published=None))
    assert found == {"Monday, August 2": ("DATE", "XXXX-08-02"), "next week": ("DATE", None),
                     "2019": ("DATE", "2019")}


def test_offsets_point_into_the_article_text(times_pipeline):
    text = "KABUL, Aug. 30 (Reuters) -\n\nThe Taliban said on Sunday they controlled the valley."
    record = times_pipeline.extract_text(text, published=ANCHOR)
    assert record.times
    for found in record.times:
        assert text[found.start:found.end] == found.text


def test_find_times_works_without_a_parse():
    found = find_times("Talks resumed on Aug. 12 and lasted three days.", date(2021, 8, 30))
    assert [(t.text, t.value) for t in found] == [("Aug. 12", "2021-08-12"), ("three days", "P3D")]


def test_windows_find_what_a_full_scan_finds(monkeypatch):
    from eventwire.stages.times import expressions

    text = ("On Monday, Aug. 30, 2021, at 10:30 a.m. EST, the council met for three hours, "
            "its first session since the 1990s; it meets every week, last met in the spring "
            "of 2019 and, two years ago, in the third quarter, on Christmas Eve. Nineteen "
            "ninety-six was calm; now it is recent history, as it was 50 years ago today.")
    windowed = [(t.start, t.end, t.value) for t in find_times(text, date(2021, 8, 30))]
    monkeypatch.setattr(expressions, "windows", lambda triggers, kinds, length: [(0, length)])
    assert [(t.start, t.end, t.value) for t in find_times(text, date(2021, 8, 30))] == windowed
    assert len(windowed) > 10


# --- day ranges before a month, numeric days without a year -------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Herders clashed over 24-26 June.", [("24", "2021-06-24"), ("26 June", "2021-06-26")]),
    ("Clashes on 17 and 21 June killed four.", [("17", "2021-06-17"), ("21 June", "2021-06-21")]),
    ("Talks ran from 3 to 5 May 2019.", [("3", "2019-05-03"), ("5 May 2019", "2019-05-05")]),
    ("Students protested on 21/06 in the town.", [("21/06", "2021-06-21")]),
    ("Militants attacked a checkpoint on 30/7.", [("30/7", "2021-07-30")]),
    ("The report, dated 06/30, was leaked.", [("06/30", "2021-06-30")]),
])
def test_day_ranges_and_numeric_days(times_pipeline, sentence, expected):
    found = [(t.text, t.value) for t in times(times_pipeline, sentence) if t.type == "DATE"]
    assert found == expected


@pytest.mark.parametrize("sentence", [
    "The hotline is open 24/7 for callers.",
    "Security changed after 9/11 and on 9/11 itself.",
    "The vote passed 12/3 in the council.",
])
def test_numbers_with_a_slash_that_are_no_days(times_pipeline, sentence):
    assert not [t for t in times(times_pipeline, sentence) if "/" in t.text]

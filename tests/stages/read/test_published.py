"""Publication date choice and year inference (stages/read/published.py)."""

from datetime import date

from eventwire.model import Dateline, DatelineMatch, Layout, PartialDate, Section
from eventwire.stages.read.published import resolve_published, weekday_tie

TODAY = date(2026, 11, 25)


def wire(text: str, dateline: str, partial: PartialDate | None) -> Layout:
    """A layout whose dateline is the first `dateline` characters of `text`."""
    end = len(dateline)
    match = DatelineMatch(
        dateline=Dateline(place="CAIRO", start=0, end=end, agency="TASS"),
        date=partial,
        body_start=end + 1,
    )
    return Layout(dateline=match, sections=[Section(kind="body", start=end + 1, end=len(text))])


def resolve(text: str, dateline: str, partial: PartialDate | None, **kwargs):
    layout = wire(text, dateline, partial)
    values = {"metadata": None, "given": None, "today": TODAY} | kwargs
    return resolve_published(layout, text, **values)


AUG30 = PartialDate(month=8, day=30)


def test_weekday_in_lede_picks_latest_matching_year():
    text = "CAIRO, August 30. /TASS/. Forces repelled an attack, a source told TASS on Monday. More."
    found = resolve(text, "CAIRO, August 30. /TASS/.", AUG30)
    assert found.value == date(2021, 8, 30)
    (warning,) = found.warnings
    assert warning.startswith("W001 published date 2021-08-30 inferred")
    assert "Monday" in warning and "'told TASS on Monday'" in warning and "2026-11-25" in warning


def test_other_weekdays_give_other_years():
    text = "CAIRO, August 30. /TASS/. Talks were held on Wednesday, officials said. Later."
    assert resolve(text, "CAIRO, August 30. /TASS/.", AUG30).value == date(2023, 8, 30)


def test_weekday_after_the_lede_is_not_a_tie():
    text = ("CAIRO, August 30. /TASS/. Forces repelled an attack, a source said. "
            "Earlier talks on Wednesday failed.")
    found = resolve(text, "CAIRO, August 30. /TASS/.", AUG30)
    assert found.value == date(2026, 8, 30)
    assert found.warnings[0].startswith("W002")


def test_last_monday_is_not_the_dateline_day():
    text = "CAIRO, August 30. /TASS/. The strike last Monday killed five, a source said. More."
    assert resolve(text, "CAIRO, August 30. /TASS/.", AUG30).value == date(2026, 8, 30)


def test_no_tie_and_date_later_this_year_goes_back_a_year():
    text = "CAIRO, December 30. /TASS/. Something happened, a source said. More."
    found = resolve(text, "CAIRO, December 30. /TASS/.", PartialDate(month=12, day=30))
    assert found.value == date(2025, 12, 30)


def test_never_after_today():
    text = "CAIRO, November 26. /TASS/. It happened on Thursday, a source said."
    found = resolve(text, "CAIRO, November 26. /TASS/.", PartialDate(month=11, day=26))
    assert found.value is not None and found.value <= TODAY
    assert found.value.weekday() == 3  # Thursday


def test_leap_day_skips_common_years():
    text = "CAIRO, February 29. /TASS/. It happened on Thursday, a source said."
    found = resolve(text, "CAIRO, February 29. /TASS/.", PartialDate(month=2, day=29))
    assert found.value == date(2024, 2, 29)


def test_metadata_wins_and_disagreement_is_warned():
    text = "CAIRO, August 30. /TASS/. It happened on Monday."
    found = resolve(text, "CAIRO, August 30. /TASS/.", AUG30, metadata=date(2021, 8, 31))
    assert found.value == date(2021, 8, 31)
    assert found.warnings[0].startswith("W003")


def test_metadata_agreeing_with_dateline_is_silent():
    text = "CAIRO, August 30. /TASS/. It happened on Monday."
    found = resolve(text, "CAIRO, August 30. /TASS/.", AUG30, metadata=date(2021, 8, 30))
    assert found == found.__class__(date(2021, 8, 30), ())


def test_full_dateline_date_beats_given_date():
    text = "KABUL, Aug 30, 2021 (AFP) - Something."
    partial = PartialDate(year=2021, month=8, day=30)
    found = resolve(text, "KABUL, Aug 30, 2021 (AFP)", partial, given=date(2022, 1, 1))
    assert found.value == date(2021, 8, 30)


def test_given_date_beats_inference():
    text = "CAIRO, August 30. /TASS/. It happened on Monday."
    found = resolve(text, "CAIRO, August 30. /TASS/.", AUG30, given=date(2021, 8, 30))
    assert found.value == date(2021, 8, 30) and found.warnings == ()


def test_nothing_to_go_on():
    text = "Something happened somewhere."
    found = resolve_published(Layout(), text, metadata=None, given=None, today=TODAY)
    assert found.value is None
    assert found.warnings[0].startswith("W004")


def test_byline_date_without_dateline():
    text = "Headline\n\nBy Jane Doe | August 30\n\nForces attacked a post on Monday, officials said."
    layout = Layout(
        byline_date=AUG30,
        sections=[Section(kind="body", start=text.index("Forces"), end=len(text))],
    )
    found = resolve_published(layout, text, metadata=None, given=None, today=TODAY)
    assert found.value == date(2021, 8, 30)


def test_weekday_tie_reads_the_dateline_itself():
    text = "MOSCOW, Monday, August 30. Officials met, a spokesman said."
    layout = wire(text, "MOSCOW, Monday, August 30.", AUG30)
    assert weekday_tie(layout, text) == (0, "Monday")


def test_weekday_of_the_report_beats_the_weekday_of_the_event():
    text = ("CAIRO, May 13. /TASS/. A commander detained on Friday must be freed, "
            "a source told TASS on Saturday. More.")
    found = resolve(text, "CAIRO, May 13. /TASS/.", PartialDate(month=5, day=13))
    assert found.value == date(2023, 5, 13)  # a Saturday
    assert "told TASS on Saturday" in found.warnings[0]


def test_abbreviations_do_not_end_the_lede():
    text = "Feb. 14 (UPI) -- The U.S. Treasury Department on Friday imposed sanctions. More."
    layout = wire(text, "Feb. 14 (UPI)", PartialDate(month=2, day=14))
    assert weekday_tie(layout, text) == (4, "on Friday")

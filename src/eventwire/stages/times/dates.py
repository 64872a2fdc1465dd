"""Calendar arithmetic and TimeML value formats.

Every function here is pure: dates in, dates or value strings out. The
year-choice rules for dates the text gives without a year live here too,
so they can be tested without a parse.
"""

from __future__ import annotations

from datetime import date, timedelta

from .lexicon import SEASON_START

Interval = tuple[date, date]  # first day, day after the last


def day_value(day: date) -> str:
    """TimeML value of a calendar day: 2021-08-30."""
    return day.isoformat()


def week_value(day: date) -> str:
    """TimeML value of the ISO week holding `day`: 2021-W35."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    """TimeML value of a month: 2021-08."""
    return f"{year:04d}-{month:02d}"


def quarter_of(day: date) -> tuple[int, int]:
    """(year, quarter number) holding `day`."""
    return day.year, (day.month - 1) // 3 + 1


def add_months(day: date, months: int) -> date:
    """The same day `months` later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no such month: {year}-{month + 1}")


def shift(day: date, unit: str, count: int) -> date:
    """`day` moved by `count` calendar units (D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return day + timedelta(days=count)
    if unit == "W":
        return day + timedelta(weeks=count)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(day, months * count)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A past-tense verb does not push back a date this close ahead of the
# anchor: "extended the offer to Nov. 20", "declared a dividend payable
# Dec. 15" name days still to come.
SOON_DAYS = 60
# Without a tense, a period ahead of the anchor counts as this many times
# as far as one behind it: news looks back more often than ahead.
FUTURE_WEIGHT = 2


def choose(candidates: list[Interval], anchor: date, tense: str | None,
           future_days: int) -> int:
    """Index of the candidate period a yearless expression means.

    With a past-tense verb, the latest period begun by the anchor (unless
    one begins within `SOON_DAYS` after it); with a future one, the earliest
    not yet over; otherwise the nearest period, where a future one counts
    `FUTURE_WEIGHT` times its distance and only when it begins within
    `future_days` (news speaks mostly of the past: "on August 15" in an
    August 30 story is this year's).
    `candidates` run from earliest to latest.
    """
    soon = any(0 < (start - anchor).days <= SOON_DAYS for start, _ in candidates)
    if tense == "past" and not soon:
        begun = [i for i, (start, _) in enumerate(candidates) if start <= anchor]
        if begun:
            return begun[-1]
    if tense == "future":
        open_ = [i for i, (_, end) in enumerate(candidates) if end > anchor]
        if open_:
            return open_[0]
    allowed = [i for i, (start, _) in enumerate(candidates)
               if (start - anchor).days <= future_days]
    return min(allowed, key=lambda i: weighted_distance(candidates[i], anchor))


def weighted_distance(period: Interval, anchor: date) -> int:
    """`distance`, with periods ahead of the anchor counting more."""
    gap = distance(period, anchor)
    return gap * FUTURE_WEIGHT if period[0] > anchor else gap


def distance(period: Interval, anchor: date) -> int:
    """Days between `anchor` and the period; 0 inside it."""
    start, end = period
    if start <= anchor < end:
        return 0
    return (start - anchor).days if start > anchor else (anchor - end).days + 1


def year_of_day(month: int, day: int, anchor: date, tense: str | None,
                future_days: int, weekday: int | None = None) -> int | None:
    """The year of a day and month given without one (see `choose`).

    A weekday given with the date ("Monday, Aug. 30") picks the year in
    which they agree, when one of the three nearest does.
    """
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    days = [(y, safe_date(y, month, day)) for y in years]
    days = [(y, d) for y, d in days if d is not None]
    if not days:
        return None
    if weekday is not None:
        agreeing = [(y, d) for y, d in days if d.weekday() == weekday]
        if len(agreeing) == 1:
            return agreeing[0][0]
    periods = [(d, d + timedelta(days=1)) for _, d in days]
    return days[choose(periods, anchor, tense, future_days)][0]


def year_of_month(month: int, anchor: date, tense: str | None, future_days: int) -> int:
    """The year of a month given without one (see `choose`)."""
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    periods = [(date(y, month, 1), add_months(date(y, month, 1), 1)) for y in years]
    return years[choose(periods, anchor, tense, future_days)]


def year_of_quarter(quarter: int, anchor: date, tense: str | None, future_days: int) -> int:
    """The year of a quarter given without one (see `choose`)."""
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    periods = [quarter_span(y, quarter) for y in years]
    return years[choose(periods, anchor, tense, future_days)]


def quarter_span(year: int, quarter: int) -> Interval:
    """First day of the quarter and of the next."""
    start = date(year, 3 * quarter - 2, 1)
    return start, add_months(start, 3)


def season_span(year: int, season: str) -> Interval:
    """The season of `year` (winter: December `year` to February)."""
    start = date(year, SEASON_START[season], 1)
    return start, add_months(start, 3)


def year_of_season(season: str, anchor: date, relation: str, tense: str | None,
                   future_days: int) -> int:
    """The year of "last summer", "this winter", "next spring", "the fall".

    "last" is the latest season over by the anchor; "next" the first begun
    after it; "this" the one running at the anchor, else this year's.
    """
    years = [anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1]
    spans = [season_span(y, season) for y in years]
    if relation == "last":
        return max(y for y, (_, end) in zip(years, spans) if end <= anchor)
    if relation == "next":
        return min(y for y, (start, _) in zip(years, spans) if start > anchor)
    if relation == "this":
        running = [y for y, span in zip(years, spans) if distance(span, anchor) == 0]
        return running[0] if running else anchor.year
    return years[choose(spans, anchor, tense, future_days)]


def weekday_date(anchor: date, weekday: int, relation: str) -> date:
    """The date of a weekday named relative to `anchor`.

    Relations: "last" (the latest strictly before), "next" (the first
    strictly after), "recent" (the anchor itself when it is that weekday,
    else the latest before: "on Monday" in news), "coming" (the anchor or
    the first after).
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if relation == "last":
        return anchor - timedelta(days=back or 7)
    if relation == "next":
        return anchor + timedelta(days=ahead or 7)
    if relation == "coming":
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    rest = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * rest) // 451
    month, day = divmod(h + rest - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month; n = -1 for the last one."""
    if n < 0:
        last = add_months(date(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# Holidays whose date moves: a function of the year.
MOVABLE = {
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),
}

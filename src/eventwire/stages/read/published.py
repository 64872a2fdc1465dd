"""Decide an article's publication date, inferring a missing year.

Wire datelines usually give day and month only ("CAIRO, August 30."). The
year is the latest one, not after today, in which that day falls on the
weekday the lede ties to it ("told TASS on Monday"); failing a tie, the
latest year not after today. Every inference is recorded as a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ...errors import Warnings
from ...model import Layout, PartialDate

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# A weekday the text ties to the dateline day: "on Monday", "(Monday)",
# "Monday's", "today, Monday". "last Monday" and "next Monday" point to
# other days and are skipped by the look-behind.
WEEKDAY_TIE = re.compile(
    r"(?<!last )(?<!next )(?<!Last )(?<!Next )\b(?:on |today,? )?"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# A weekday attached to the reporting clause ("told TASS on Saturday",
# "said on Monday") dates the report itself, so it is the dateline day even
# when an earlier weekday in the lede dates the event ("detained on Friday").
REPORTING_TIE = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|stated|declared|confirmed|"
    r"added|claimed|denied|warned|wrote|posted)\b[^.;\n]{0,60}?"
    + WEEKDAY_TIE.pattern
)
# The lede ends at its first full stop followed by a space and a capital or
# quote; datelines' own dots ("August 30. /TASS/.") come before the lede.
SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[A-Z\"“‘'(])")
# Words whose full stop does not end a sentence ("U.S. Treasury", "Gen. Ali").
ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|"
    r"Sen|Rep|Rev|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"approx|est|vs|Inc|Ltd|Co|Corp)$"
)


@dataclass(frozen=True)
class Published:
    """The chosen publication date and how it was found."""

    value: date | None
    warnings: tuple[str, ...] = ()


def resolve_published(
    layout: Layout,
    text: str,
    *,
    metadata: date | None,
    given: date | None,
    today: date,
    span: int = 40,
) -> Published:
    """Choose the article's publication date.

    Order: the input's own metadata, a full dateline or byline date, the
    date given on the command line (`--published`), then a dateline or
    byline date without a year, with the year inferred.

    Args:
        layout: the reader's layout of `text`.
        text: the article text.
        metadata: a date carried by the input (JSONL, HTML, feed).
        given: the date the user gave for inputs that carry none.
        today: the latest possible date.
        span: how many years back a weekday tie is searched.

    Returns:
        The date (or None) and the warnings that explain it.
    """
    partial = layout_date(layout)
    if metadata is not None:
        return Published(metadata, disagreement(layout, partial, metadata))
    if partial is not None and partial.year is not None and partial.day is not None:
        return Published(date(partial.year, partial.month, partial.day))
    if given is not None:
        return Published(given, disagreement(layout, partial, given))
    if partial is not None and partial.day is not None:
        return infer_year(partial, layout, text, today=today, span=span)
    return Published(None, (Warnings.W004,))


def layout_date(layout: Layout) -> PartialDate | None:
    """The date the dateline gives, else the byline's."""
    if layout.dateline is not None and layout.dateline.date is not None:
        return layout.dateline.date
    return layout.byline_date


def infer_year(
    partial: PartialDate, layout: Layout, text: str, *, today: date, span: int
) -> Published:
    """Fill in the year of a day-and-month date (see module docstring)."""
    shown = dateline_text(layout, text, partial)
    tie = weekday_tie(layout, text)
    if tie is not None:
        weekday, tie_text = tie
        for year in candidate_years(partial, today, span):
            found = date(year, partial.month, partial.day)
            if found.weekday() == weekday:
                warning = Warnings.W001.format(
                    date=found.isoformat(), dateline=shown, year=year,
                    today=today.isoformat(), weekday=WEEKDAYS[weekday], tie=tie_text,
                )
                return Published(found, (warning,))
    year = next(candidate_years(partial, today, span), None)
    if year is None:
        return Published(None, (Warnings.W004,))
    found = date(year, partial.month, partial.day)
    if tie is not None:
        warning = Warnings.W006.format(
            date=found.isoformat(), span=span, today=today.isoformat(),
            dateline=shown, weekday=WEEKDAYS[tie[0]],
        )
        return Published(found, (warning,))
    warning = Warnings.W002.format(
        date=found.isoformat(), dateline=shown, today=today.isoformat()
    )
    return Published(found, (warning,))


def candidate_years(partial: PartialDate, today: date, span: int):
    """Years, newest first, in which the day exists and is not after today."""
    for year in range(today.year, today.year - span - 1, -1):
        try:
            day = date(year, partial.month, partial.day)
        except ValueError:  # 29 February in a common year
            continue
        if day <= today:
            yield year


def weekday_tie(layout: Layout, text: str) -> tuple[int, str] | None:
    """The weekday the text ties to the dateline day, if any.

    In order: a weekday in the dateline itself ("MOSCOW, Monday, August
    30"), one on the lede's reporting clause ("told TASS on Monday"), the
    lede's first weekday.

    Returns:
        (weekday number, Monday = 0; the words that tie it) or None.
    """
    start, end = lede_bounds(layout, text)
    body = layout.dateline.body_start if layout.dateline else start
    match = (WEEKDAY_TIE.search(text, start, body)
             or REPORTING_TIE.search(text, body, end)
             or WEEKDAY_TIE.search(text, body, end))
    if match is None:
        return None
    return WEEKDAYS.index(match.group(1)), match.group(0)


def lede_bounds(layout: Layout, text: str) -> tuple[int, int]:
    """Offsets of the dateline plus the first sentence after it."""
    if layout.dateline is not None:
        start = layout.dateline.dateline.start
        body = layout.dateline.body_start
    else:
        body = next((s.start for s in layout.sections if s.kind == "body"), 0)
        start = body
    paragraph_end = text.find("\n\n", body)
    ends = [e for e in (sentence_end(text, body), paragraph_end) if e > 0]
    return start, min(ends, default=len(text))


def sentence_end(text: str, start: int) -> int:
    """Offset just past the first sentence from `start`, or -1."""
    for match in SENTENCE_END.finditer(text, start):
        if not ABBREVIATION.search(text, max(start, match.start() - 12), match.start()):
            return match.end()
    return -1


def dateline_text(layout: Layout, text: str, partial: PartialDate) -> str:
    """How the text wrote the date being completed, for the warning."""
    if layout.dateline is not None and layout.dateline.date is partial:
        found = layout.dateline.dateline
        return text[found.start:found.end]
    return f"{partial.month:02d}-{partial.day:02d}"


def disagreement(layout: Layout, partial: PartialDate | None, chosen: date) -> tuple[str, ...]:
    """A warning when the dateline's day and month contradict `chosen`."""
    if partial is None or partial.day is None:
        return ()
    if (partial.month, partial.day) == (chosen.month, chosen.day):
        return ()
    if partial.year is not None and partial.year != chosen.year:
        shown = f"{partial.year}-{partial.month:02d}-{partial.day:02d}"
    else:
        shown = f"{partial.month:02d}-{partial.day:02d}"
    return (Warnings.W003.format(dateline=shown, published=chosen.isoformat()),)

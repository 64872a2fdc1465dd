"""Acceptance (issue 7): the dates of the founding article's events.

The events stage is not run here: events are built by hand on the words
that trigger them, over the article as the pipeline reads it (reader, parse,
times), and dated by `event_dates`.
"""

from __future__ import annotations

import pytest

from eventwire.model import Event, Evidence, Extraction, Span, Status
from eventwire.stages.times.event_dates import date_events


@pytest.fixture(scope="module")
def record(eventwire) -> Extraction:
    from ..conftest import shared_path

    (item,) = eventwire.extract([shared_path("seed", "panjshir_tass.txt")])
    return item


def event(record: Extraction, trigger: str, after: str, **status: bool) -> Event:
    """An event on the first `trigger` after the words `after`."""
    text = record.article.text
    start = text.index(trigger, text.index(after))
    bounds = record.state["sentences"]
    index = next(i for i, (a, b) in enumerate(bounds) if a <= start < b)
    first, last = bounds[index]
    return Event(id=f"e{start}", type="ASSAULT", confidence=0.5,
                 trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                 evidence=Evidence(sentence=index, start=first, end=last, text=text[first:last]),
                 status=Status(**status))


# (trigger, the words it follows, status) of the article's events
EVENTS = {
    "headline": ("repel", "Panjshir resistance", {}),
    "main": ("repelled", "Resistance forces in", {}),
    "tried": ("tried", "Today, the Taliban", {}),
    "attack repelled": ("repelled", "but their attack", {}),
    "prisoners": ("taken", "Baghlan", {}),
    "prisoners (standfirst)": ("taken", "There are casualties", {}),
    "talks": ("talks", "the first direct", {}),
    "talks held": ("held", "had been", {}),
    "agreed": ("agreed", "the sides", {}),
    "negotiated": ("negotiated", "was only being", {}),
    "disagrees": ("disagrees", "Panjshir", {}),
    "Kabul": ("swept", "Taliban fighters", {}),
    "control": ("gained", "gained", {}),
    "fought": ("fought", "community who", {"historical": True}),
}


@pytest.fixture(scope="module")
def dates(record):
    record.events = [event(record, word, after, **status)
                     for word, after, status in EVENTS.values()]
    return dict(zip(EVENTS, date_events(record)))


def test_the_main_event_is_the_day_of_the_report(dates):
    main = dates["main"]
    assert (main.value, main.precision, main.start, main.end) == (
        "2021-08-30", "day", "2021-08-30", "2021-08-30")
    assert main.text == "Monday"  # "told TASS over the phone on Monday"
    assert dates["headline"].value == "2021-08-30" and dates["headline"].precision == "day"


def test_the_source_quote_today(dates):
    assert dates["tried"].text == "Today"
    for name in ("tried", "attack repelled", "prisoners", "prisoners (standfirst)"):
        assert (dates[name].value, dates[name].precision) == ("2021-08-30", "day"), name


def test_mansoors_statement_on_wednesday(dates):
    for name in ("talks", "talks held"):
        found = dates[name]
        assert found.value == "2021-08-25" and found.text == "Wednesday"
        assert found.end == "2021-08-25" and found.start < found.end  # on or before it
    assert dates["agreed"].value == "2021-08-25"


def test_dashtis_statement_on_thursday(dates):
    for name in ("negotiated", "disagrees"):
        found = dates[name]
        assert (found.value, found.precision) == ("2021-08-26", "day"), name


def test_kabul_taken_on_august_15(dates):
    for name in ("Kabul", "control"):
        found = dates[name]
        assert (found.value, found.precision, found.text) == ("2021-08-15", "day", "August 15")


def test_a_lifespan_and_the_1990s_are_no_dates_of_this_story(dates):
    story = [found for name, found in dates.items() if name != "fought"]
    for found in story:
        assert found.start >= "2021-08-01", found
        assert found.text not in ("1953", "2001", "1953-2001", "the 1990s")
    fought = dates["fought"]  # the father's war: its own decade, never 2021
    assert (fought.start, fought.end, fought.precision) == ("1990-01-01", "1999-12-31", "year")

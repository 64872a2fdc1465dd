"""Fixtures for the places stage: the default pipeline and hand-made events."""

from __future__ import annotations

import pytest

from eventwire.core import Eventwire
from eventwire.model import Event, Evidence, Extraction, Span
from eventwire.stages.analyse.nlp import sentence_of

from ...conftest import TODAY


@pytest.fixture(scope="package")
def eventwire():
    return Eventwire(today=TODAY)


@pytest.fixture(scope="package")
def places_stage(eventwire):
    return next(s for s in eventwire.pipeline.stages if s.name == "places")


def make_event(record: Extraction, trigger: str, nth: int = 0) -> Event:
    """An event on the `nth` occurrence of the word `trigger` (by hand: the
    events stage is not needed to test where events are)."""
    text = record.article.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    bounds = record.state["sentences"]
    sentence = sentence_of(bounds, start)
    s, e = bounds[sentence]
    return Event(
        id=f"{trigger}-{nth}", type="ASSAULT", confidence=0.5,
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        evidence=Evidence(sentence=sentence, start=s, end=e, text=text[s:e]),
    )


def locate(eventwire, places_stage, text: str, *triggers: str | tuple[str, int]):
    """Parse `text`, attach hand-made events, run the places stage again;
    returns the record (events located, in the given order)."""
    record = eventwire.extract_text(text, published="2021-08-30")
    record.events = [make_event(record, *(t if isinstance(t, tuple) else (t,)))
                     for t in triggers]
    places_stage([record])
    return record

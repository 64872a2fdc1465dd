"""Acceptance: who says what in the founding article (../shared/seed)."""

from __future__ import annotations

import pytest

from eventwire.model import Event, Evidence, Span
from eventwire.stages.attribution.component import AttributionStage


@pytest.fixture
def record(seed_path, eventwire):
    (item,) = eventwire.extract([seed_path])
    return item


def quote_with(record, words: str):
    """The quote whose content starts with `words`."""
    found = [q for q in record.quotes if q.content.text.startswith(words)]
    assert len(found) == 1, [q.content.text[:40] for q in record.quotes]
    return found[0]


def test_both_direct_quotes_are_the_anonymous_source_in_panjshir(record):
    first = quote_with(record, "Today, the Taliban tried")
    second = quote_with(record, "The negotiating process is yielding")
    assert first.content.text.endswith("The situation in the region is now calm,")
    for q in (first, second):
        assert q.direct and not q.partial
        assert q.speaker.anonymous and q.speaker.name is None
        assert q.speaker.description == "a source in Panjshir"
        assert q.via == "TASS"
        assert q.date == "2021-08-30"
    assert (first.speaker.text, first.cue.text) == ("the source", "said")
    assert (second.speaker.text, second.cue.text) == ("he", "added")


def test_the_lead_is_the_sources_claim_told_over_the_phone(record):
    lead = quote_with(record, "Resistance forces in Afghanistan")
    assert lead.speaker.text == "a source in Panjshir" and lead.speaker.anonymous
    assert (lead.cue.text, lead.channel, lead.via, lead.date) == (
        "told", "over the phone", "TASS", "2021-08-30")


def test_mansoor_and_dashti_statements_with_their_dates(record):
    mansoor = quote_with(record, "that the first direct talks")
    assert mansoor.speaker.name == "Abdul Hafiz Mansoor" and not mansoor.direct
    assert mansoor.date == "2021-08-25"
    dashti = quote_with(record, "that an agreement on a cessation of hostilities")
    assert dashti.speaker.name == "Fahim Dashti" and not dashti.direct
    assert dashti.date == "2021-08-26"
    assert dashti.via == "TASS"


def test_partial_quotes_with_their_speakers(record):
    symbolic = quote_with(record, "symbolic representation of ethnic groups in the government")
    assert symbolic.partial and symbolic.direct
    assert symbolic.speaker.name == "Fahim Dashti"
    caretaker = quote_with(record, "the caretaker president")
    assert caretaker.partial and caretaker.speaker.name == "Amrullah Saleh"


def test_the_main_event_is_claimed_by_the_anonymous_source_via_tass(record):
    text = record.article.text
    body = text.index("have repelled") + len("have ")
    headline = text.index("repel ")
    events = [
        Event(id=f"e{start}", type="ASSAULT", confidence=0.9,
              trigger=Span(text=text[start:start + size], start=start, end=start + size),
              evidence=Evidence(sentence=0, start=start, end=start + size,
                                text=text[start:start + size]))
        for start, size in ((body, len("repelled")), (headline, len("repel")))
    ]
    record.events = events
    AttributionStage("attribution").set_annotations(record, record.quotes)
    for event in record.events:
        attribution = event.attribution
        assert attribution.speaker == "a source in Panjshir"
        assert attribution.anonymous
        assert attribution.via == "TASS"
        assert record.quotes[attribution.quote].speaker.anonymous

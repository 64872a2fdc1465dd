"""The claim chain of each event (stages/attribution/claims.py)."""

from __future__ import annotations

from eventwire.model import Event, Evidence, Quote, Span, Speaker
from eventwire.stages.attribution.claims import attribution_of, claimant
from eventwire.stages.attribution.component import AttributionStage


def event_at(text: str, word: str, kind: str = "ASSAULT") -> Event:
    """An event built by hand, triggered by the first `word` of the text."""
    start = text.index(word)
    return Event(
        id=f"e{start}", type=kind, confidence=0.9,
        trigger=Span(text=word, start=start, end=start + len(word)),
        evidence=Evidence(sentence=0, start=0, end=len(text), text=text),
    )


def quote(text: str, content: str, speaker: str | None, **fields) -> Quote:
    start = text.index(content)
    who = None
    if speaker is not None:
        s = text.index(speaker)
        who = Speaker(text=speaker, start=s, end=s + len(speaker), **fields)
    return Quote(speaker=who, content=Span(text=content, start=start, end=start + len(content)),
                 direct=False)


def attribute(record, events):
    """Run the stage's write-back on a parsed record with hand-made events."""
    record.events = events
    AttributionStage("attribution").set_annotations(record, record.quotes)
    return record.events


def test_event_inside_reported_speech_is_claimed_by_its_speaker(extract):
    text = "Rebels shelled the market on Monday, a source in the army told TASS."
    record = extract(text, source="TASS")
    (event,) = attribute(record, [event_at(text, "shelled")])
    assert event.attribution.speaker == "a source in the army"
    assert event.attribution.anonymous
    assert event.attribution.quote == 0
    assert event.attribution.via == "TASS"


def test_event_in_the_articles_own_voice_is_the_outlets(extract):
    text = "Rebels shelled the market on Monday. The army said it would respond."
    record = extract(text, source="Reuters")
    (event,) = attribute(record, [event_at(text, "shelled")])
    assert event.attribution.model_dump() == {
        "speaker": "Reuters", "anonymous": False, "quote": None, "via": "Reuters"}


def test_chained_claim_goes_to_the_innermost_speaker(extract):
    text = "Sergei Lavrov said Zabihullah Mujahid told reporters that fighters attacked the post."
    record = extract(text, source="TASS")
    (event,) = attribute(record, [event_at(text, "attacked")])
    assert event.attribution.speaker == "Zabihullah Mujahid"
    assert record.quotes[event.attribution.quote].speaker.name == "Zabihullah Mujahid"


def test_named_speaker_comes_with_its_canonical_name(extract):
    text = '"Our forces repelled the attack," Fahim Dashti said.'
    record = extract(text, source="TASS")
    (event,) = attribute(record, [event_at(text, "repelled")])
    assert event.attribution.speaker == "Fahim Dashti"
    assert not event.attribution.anonymous


def test_claimant_picks_the_innermost_content():
    text = "Ali said Omar reported that troops fired."
    outer = quote(text, "Omar reported that troops fired", "Ali")
    inner = quote(text, "that troops fired", "Omar")
    start = text.index("fired")
    assert claimant([outer, inner], start, start + 5) == 1
    assert claimant([outer, inner], 0, 3) is None


def test_attribution_without_quotes_and_outlet_is_empty():
    text = "Troops fired."
    attribution = attribution_of(event_at(text, "fired"), [], None)
    assert attribution.speaker is None and attribution.via is None and attribution.quote is None

"""The attribution stage in a pipeline (stages/attribution/component.py)."""

from __future__ import annotations

import pytest

from eventwire.config import load_config
from eventwire.core import Eventwire
from eventwire.pipeline import PipelineError
from eventwire.registry import stages
from eventwire.stages.attribution.component import AttributionStage, outlet_of
from eventwire.model import Article, Dateline, Extraction

from ...conftest import TODAY


def test_contract():
    assert AttributionStage.requires == ("doc", "actors", "times")
    assert AttributionStage.assigns == ("quotes", "events.attribution")


def test_registered_and_in_the_default_pipeline(eventwire):
    assert "eventwire.attribution.v1" in stages.names()
    assert {"quotes", "events.attribution"} <= eventwire.provides


def test_needs_actors_and_times_before_it():
    config = load_config(overrides={
        "pipeline": {"stages": ["language", "nlp", "attribution"]},
    })
    with pytest.raises(PipelineError, match="E020"):
        Eventwire(config, today=TODAY)


def test_outlet_is_the_source_else_the_dateline_agency():
    text = "x"
    dateline = Dateline(place="CAIRO", agency="TASS", start=0, end=1)
    assert outlet_of(Extraction(article=Article(id="a", text=text, source="Reuters",
                                                dateline=dateline))) == "Reuters"
    assert outlet_of(Extraction(article=Article(id="b", text=text, dateline=dateline))) == "TASS"
    assert outlet_of(Extraction(article=Article(id="c", text=text))) is None


def test_spans_are_offsets_into_the_text(extract):
    text = ('KABUL, Aug. 30 (Reuters) - "We hold the valley," a commander said, '
            "adding that the road to Kabul was open. Residents said the shops had reopened.")
    record = extract(text)
    assert len(record.quotes) >= 2
    for q in record.quotes:
        for span in (q.speaker, q.cue, q.content):
            if span is not None:
                assert text[span.start:span.end] == span.text

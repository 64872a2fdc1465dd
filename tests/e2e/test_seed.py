"""Acceptance: the founding article (../shared/seed) through the whole CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.cli import cli

from ..conftest import TODAY


@pytest.fixture
def record(seed_path, eventwire):
    (item,) = eventwire.extract([seed_path])
    return item


def test_title_subtitle_source(record):
    article = record.article
    assert article.title == "Panjshir resistance forces repel Taliban attack on its outpost - source"
    assert article.subtitle == ("There are casualties among the Taliban fighters, "
                                "several militants were taken prisoner")
    assert article.source == "TASS"
    assert article.lang == "en"


def test_dateline_and_inferred_date(record):
    article = record.article
    assert article.dateline.place == "CAIRO"
    assert article.dateline.agency == "TASS"
    assert article.text[article.dateline.start:article.dateline.end] == "CAIRO, August 30. /TASS/."
    assert article.published == "2021-08-30"
    (warning,) = [w for w in record.warnings if w.startswith("W001")]
    assert "Monday" in warning and "2021" in warning and TODAY.isoformat() in warning


def test_text_and_offsets_are_exact(record, seed_path):
    text = seed_path.read_text("utf-8")
    article = record.article
    assert article.text == text
    for section in article.sections:
        chunk = text[section.start:section.end]
        assert chunk == chunk.strip() and chunk
    body = "".join(text[s.start:s.end] for s in article.sections if s.kind == "body")
    assert "All news" not in body
    assert body.startswith("Resistance forces in Afghanistan")
    furniture = [text[s.start:s.end] for s in article.sections if s.kind == "furniture"]
    assert furniture == ["All news"]


def test_cli_output_validates_against_the_shipped_schema(seed_path):
    jsonschema = pytest.importorskip("jsonschema")
    from eventwire.schema_gen import SCHEMA_PATH

    result = CliRunner().invoke(cli, ["extract", str(seed_path)])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    jsonschema.validate(record, json.loads(SCHEMA_PATH.read_text()))


def entity_labels(record, text: str) -> set[str]:
    """Labels given to every occurrence of `text` as an entity."""
    article = record.article.text
    found = {e.label for e in record.entities if e.text == text}
    assert all(article[e.start:e.end] == e.text for e in record.entities)
    return found


@pytest.mark.parametrize("name", [
    "Abdul Hafiz Mansoor", "Fahim Dashti", "Ashraf Ghani", "Amrullah Saleh",
    "Ahmad Massoud", "Ahmad Shah Massoud", "Biden",
])
def test_people(record, name):
    assert entity_labels(record, name) == {"PERSON"}


@pytest.mark.parametrize("name", [
    "Panjshir", "Andarab", "Charikar", "Kabul", "Afghanistan", "CAIRO",
])
def test_places(record, name):
    assert entity_labels(record, name) == {"GPE"}


def test_provinces_with_their_feature_word(record):
    assert entity_labels(record, "Baghlan Province") == {"GPE"}
    assert entity_labels(record, "Parwan Province") == {"GPE"}


def test_taliban_and_tass(record):
    taliban = [a for a in record.actors if a.text == "Taliban"]
    assert taliban and {(a.name, a.country) for a in taliban} == {("Taliban", "AFG")}
    assert len({a.ref for a in taliban}) == 1
    tass = [a for a in record.actors if a.text == "TASS"]
    assert tass and {(a.country, a.sector) for a in tass} == {("RUS", "JRN")}


def test_the_resistance_is_one_actor(record):
    refs = {a.text: a.ref for a in record.actors}
    nrf = refs["National Resistance Front"]
    for alias in ("NRF", "Panjshir resistance forces", "Resistance forces", "resistance movement"):
        assert refs[alias] == nrf, alias
    resistance = next(a for a in record.actors if a.ref == nrf)
    assert (resistance.country, resistance.sector, resistance.acled_inter) == ("AFG", "REB", 2)


def test_fighters_and_militants_are_the_taliban(record):
    taliban = next(a.ref for a in record.actors if a.text == "Taliban")
    members = [a for a in record.actors if a.text in ("Taliban fighters", "several militants")]
    assert members and {a.ref for a in members} == {taliban}


def test_speaker_pronouns(record):
    by_ref = {}
    for actor in record.actors:
        by_ref.setdefault(actor.ref, []).append(actor.text)
    he_added = next(a for a in record.actors if a.text == "he")  # "he added"
    assert "source" in by_ref[he_added.ref]
    dashti = next(a.ref for a in record.actors if a.text == "Fahim Dashti")
    assert "He" in by_ref[dashti]


def test_time_expressions(record):
    values = {(t.text, t.value) for t in record.times}
    assert {("Monday", "2021-08-30"), ("Wednesday", "2021-08-25"), ("Thursday", "2021-08-26"),
            ("August 15", "2021-08-15"), ("the 1990s", "199")} <= values
    for time in record.times:
        assert record.article.text[time.start:time.end] == time.text

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

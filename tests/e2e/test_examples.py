"""The bundled examples (examples/) go through the whole pipeline cleanly."""

from __future__ import annotations

import json

import jsonschema

from eventwire.model import Extraction
from eventwire.schema_gen import SCHEMA_PATH

from ..conftest import EXAMPLES


def test_every_example_is_read_dated_and_valid(eventwire):
    schema = json.loads(SCHEMA_PATH.read_text())
    items = list(eventwire.extract([EXAMPLES]))
    assert len(items) >= 20
    for item in items:
        assert isinstance(item, Extraction), item
        name = item.state["input"]
        jsonschema.validate(json.loads(item.model_dump_json()), schema)
        assert item.article.published, f"{name}: no publication date"
        assert item.article.lang == "en", name
        body = [s for s in item.article.sections if s.kind == "body"]
        assert body, f"{name}: no body found"


def test_publication_dates_match_the_file_names(eventwire):
    """Each single-article example is named after its real publication date;
    most have datelines without a year, so this checks year inference."""
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".html"})
    assert len(files) >= 20
    for path, item in zip(files, eventwire.extract(files)):
        assert item.article.published == path.name[:10], path.name

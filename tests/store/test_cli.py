"""`eventwire ingest`, `query` and `export` in-process, on a real SQLite file."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.store.db import Store, Stored
from eventwire.store.rows import content_hash

from ..conftest import EXAMPLES
from .conftest import make_event, make_record

YOLA = ("Yola", 9.2, 12.5, "NGA", "Adamawa", 1)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def filled(tmp_path):
    """A store with three reports of one attack and one protest."""
    url = f"sqlite:///{tmp_path / 'events.db'}"
    records = [
        make_record("a1", make_event(fatalities=12), source="Wire A"),
        make_record("a2", make_event(fatalities=15), source="Wire B"),
        make_record("a3", make_event(fatalities=14), source="Wire C"),
        make_record("b1", make_event("PROTEST", place=YOLA, acled="Protests",
                                     actors=(("source", "teachers", "EDU"),))),
    ]
    with Store(url) as store:
        store.write_batch(None, [Stored(content_hash(r), r.article.id, r) for r in records])
    return url


def test_ingest_examples(tmp_path):
    config = tmp_path / "cheap.toml"
    config.write_text('[pipeline]\nstages = ["language"]\n')
    url = f"sqlite:///{tmp_path / 'examples.db'}"
    first = run("--config", str(config), "ingest", str(EXAMPLES), "--db", url, "--quiet")
    assert first.exit_code == 0, first.output
    assert " added, 0 already stored, 0 failed" in first.stderr
    again = run("--config", str(config), "ingest", str(EXAMPLES), "--db", url, "-q")
    assert " 0 added, " in again.stderr
    with Store(url) as store:
        added = int(first.stderr.split(": ", 1)[1].split(" added")[0])
        assert store.counts()["articles"] == added > 25


def test_ingest_needs_paths():
    assert run("ingest").exit_code == 2


def test_reading_a_missing_database_is_an_error(tmp_path):
    missing = tmp_path / "none.db"
    result = run("query", "--db", str(missing))
    assert result.exit_code == 1 and "E101 no database at" in result.output
    assert not missing.exists()


def test_query_filters_and_counts(filled):
    assert run("query", "--db", filled, "--count").output.strip() == "4"
    assert run("query", "--db", filled, "--count", "--merged").output.strip() == "2"
    lines = run("query", "--db", filled, "--type", "PROTEST").output.splitlines()
    assert [json.loads(line)["location"] for line in lines] == ["Yola"]
    merged = json.loads(run("query", "--db", filled, "--merged", "--admin1", "Borno").output)
    assert merged["report_count"] == 3 and merged["fatalities"] == 12
    boxed = run("query", "--db", filled, "--bbox", "12,9,13,10", "--count")
    assert boxed.output.strip() == "1"
    assert run("query", "--db", filled, "--bbox", "nonsense").exit_code == 2
    assert run("query", "--db", filled, "--actor", "TEACH", "--count").output.strip() == "1"


def test_export_jsonl_and_dedup(filled):
    every = run("export", "--db", filled).output.splitlines()
    assert [json.loads(line)["article"]["id"] for line in every] == ["a1", "a2", "a3", "b1"]
    unique = run("export", "--db", filled, "--dedup").output.splitlines()
    assert sum(len(json.loads(line)["events"]) for line in unique) == 2
    assert run("export", "--db", filled, "--format", "nope").exit_code == 2


def test_export_parquet(filled, tmp_path):
    target = tmp_path / "events.parquet"
    result = run("export", "--db", filled, "--format", "parquet", "-o", str(target), "--country", "NGA")
    assert result.exit_code == 0, result.output
    table = pq.read_table(target).to_pylist()
    assert len(table) == 4
    first = table[0]
    assert (first["article_id"], first["type"], first["latitude"], first["fatalities"]) == ("a1", "ASSAULT", 10.0, 12)
    assert first["actor1"] == "Boko Haram" and json.loads(first["actors"])[0]["role"] == "source"

"""Ingest on real databases: streaming, idempotent, resumable, failures retried."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from eventwire.config import load_config
from eventwire.core import Eventwire
from eventwire.store.db import Store, database_url
from eventwire.store.ingest import estimate_total, ingest, retry_failed
from eventwire.store.schema import articles

from ..conftest import TODAY

CHEAP = {"pipeline": {"stages": ["language"]}}
FRENCH = ("Les forces de sécurité ont repoussé une attaque contre le poste de police de la "
          "ville pendant la nuit, selon un responsable local qui a demandé l'anonymat.")


def story(number: int) -> str:
    """A short English wire story, different for every number."""
    return (f"Police said {number} people were detained after a protest outside the ministry "
            f"in the capital on Tuesday, and that the demonstrators had blocked a main road "
            f"for several hours before the officers arrived at the scene.")


def write_jsonl(path: Path, count: int, extra: list[str] = ()) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps({"id": f"n{number}", "text": story(number),
                                  "published": "2024-05-01", "source": "Test Wire"}) + "\n")
        for line in extra:
            out.write(line + "\n")
    return path


@pytest.fixture(scope="module")
def cheap():
    return Eventwire(load_config(overrides=CHEAP), today=TODAY)


def test_ingest_twice_stores_each_article_once(cheap, store, tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 150)
    seen = []
    first = ingest(cheap, store, [corpus], batch_size=40, progress=lambda s: seen.append(s.seen))
    assert (first.added, first.skipped, first.failed) == (150, 0, 0)
    assert seen[-1] == 150 and seen == sorted(seen) and len(seen) >= 4
    again = ingest(cheap, store, [corpus], batch_size=40)
    assert (again.added, again.skipped) == (0, 150)
    assert store.counts()["articles"] == 150
    runs = store.list_runs()
    assert [r["status"] for r in runs] == ["done", "done"] and runs[1]["added"] == 150


def test_parallel_workers_store_the_same(cheap, store, tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 120)
    summary = ingest(cheap, store, [corpus], workers=2, batch_size=16)
    assert summary.added == 120
    ids = {a["article_id"] for a in store.list_articles(limit=500)}
    assert ids == {f"n{number}" for number in range(120)}


def test_failures_are_stored_skipped_and_retried(cheap, store, tmp_path):
    bad = '{"id": "broken", "text": '
    french = json.dumps({"id": "fr", "text": FRENCH})
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 5, [bad, french])
    summary = ingest(cheap, store, [corpus])
    assert (summary.added, summary.failed) == (5, 2)
    failures = {f["input"]: f for f in store.list_failures()}
    assert failures[f"{corpus}:6"]["code"] == "E006"
    assert failures[f"{corpus}:7"]["code"] == "E010"
    # A second run neither retries nor duplicates them.
    assert ingest(cheap, store, [corpus]).skipped == 7
    # Fix the broken line; --retry-failed stores it and keeps the French one.
    lines = corpus.read_text().splitlines()
    lines[5] = json.dumps({"id": "broken", "text": story(99)})
    corpus.write_text("\n".join(lines) + "\n")
    retried = retry_failed(cheap, store)
    assert (retried.added, retried.failed) == (1, 1)
    (left,) = store.list_failures()
    assert left["code"] == "E010" and left["attempts"] == 2
    assert store.get_article("broken")["record"]["article"]["text"] == story(99)


def test_estimate_total_counts_jsonl_lines(tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 7)
    (tmp_path / "one.txt").write_text(story(1))
    suffixes = load_config()["read"]["suffixes"]
    assert estimate_total([tmp_path], suffixes) == 8
    assert estimate_total([corpus], suffixes) == 7


def stored_count(url: str) -> tuple[int, int]:
    """(rows, distinct content hashes) in `articles`, read independently."""
    engine = create_engine(database_url(url))
    with engine.connect() as connection:
        rows = connection.scalar(select(func.count()).select_from(articles))
        distinct = connection.scalar(select(func.count(func.distinct(articles.c.content_hash))))
    engine.dispose()
    return rows, distinct


def ingest_command(config: Path, corpus: Path, url: str) -> list[str]:
    code = "from eventwire.cli import main; main()"
    return [sys.executable, "-c", code, "--config", str(config), "ingest", str(corpus),
            "--db", url, "--batch-size", "25", "--quiet"]


def test_killed_ingest_resumes_to_exactly_once(db_url, tmp_path):
    total = 4000
    corpus = write_jsonl(tmp_path / "corpus.jsonl", total)
    config = tmp_path / "cheap.toml"
    config.write_text('[pipeline]\nstages = ["language"]\n')
    Store(db_url).close()  # migrate first, so the poll below finds the tables
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(ingest_command(config, corpus, db_url), env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while stored_count(db_url)[0] == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    killed_at, _ = stored_count(db_url)
    assert process.returncode == -signal.SIGKILL
    assert 0 < killed_at < total, "the run should have been killed mid-way"
    rerun = subprocess.run(ingest_command(config, corpus, db_url), env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert stored_count(db_url) == (total, total)
    assert f"{total - killed_at} added, {killed_at} already stored" in rerun.stderr


def test_two_ingests_at_once_store_each_article_once(db_url, tmp_path):
    total = 600
    corpus = write_jsonl(tmp_path / "corpus.jsonl", total)
    config = tmp_path / "cheap.toml"
    config.write_text('[pipeline]\nstages = ["language"]\n')
    Store(db_url).close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    both = [subprocess.Popen(ingest_command(config, corpus, db_url), env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [(process.wait(), process.stderr.read()) for process in both]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    assert stored_count(db_url) == (total, total)

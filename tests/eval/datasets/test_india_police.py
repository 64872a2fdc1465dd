"""IndiaPoliceEvents loader: JSONL with document labels and story dates."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eventwire.eval.datasets.india_police import load_india_police, story_date


def test_india_police_fixture(fixtures: Path) -> None:
    arrest, quiet, shooting = load_india_police(fixtures / "india_police.jsonl")
    assert arrest.labels == {"ARREST", "ANY_ACTION"} and arrest.published == "2002-03-04"
    assert quiet.labels == frozenset() and quiet.published is None
    assert shooting.labels == {"KILL", "FORCE", "FAIL", "ANY_ACTION"}  # unknown labels dropped


def test_story_date() -> None:
    assert story_date("This story is from April 1, 2002\n\ntext") == "2002-04-01"
    assert story_date("text") is None


def test_real_india_police(shared_data: Path) -> None:
    docs = list(load_india_police(shared_data / "india_police" / "dev.jsonl"))
    assert len(docs) == 666
    labels = Counter(label for d in docs for label in d.labels)
    assert set(labels) == {"KILL", "ARREST", "FAIL", "FORCE", "ANY_ACTION"}

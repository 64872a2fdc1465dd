"""Helpers for the attribution tests: one sentence through the default pipeline."""

from __future__ import annotations

import pytest

from eventwire.model import Extraction, Quote


@pytest.fixture
def extract(eventwire):
    """Run a hand-written text through the pipeline (attribution included)."""

    def run(text: str, **fields) -> Extraction:
        return eventwire.extract_text(text, **fields)

    return run


def only(record: Extraction, **where) -> Quote:
    """The one quote matching `where` (e.g. direct=True)."""
    found = [q for q in record.quotes if all(getattr(q, k) == v for k, v in where.items())]
    assert len(found) == 1, [(q.content.text, q.direct, q.partial) for q in record.quotes]
    return found[0]

"""Streaming JSON reader, with a chunk small enough to split every value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.eval.datasets import stream


@pytest.fixture(autouse=True)
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream, "CHUNK", 7)


def test_array_items(tmp_path: Path) -> None:
    data = [{"text": "a sentence", "n": 12345}, [1, 2], "x", 3.5, None]
    (tmp_path / "a.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert list(stream.iter_json(tmp_path / "a.json")) == list(enumerate(data))


def test_object_members(tmp_path: Path) -> None:
    data = {"k1": {"doc": "text " * 10}, "k2": 1234567}
    (tmp_path / "o.json").write_text(json.dumps(data), encoding="utf-8")
    assert list(stream.iter_json(tmp_path / "o.json")) == list(data.items())


def test_empty_and_malformed(tmp_path: Path) -> None:
    (tmp_path / "e.json").write_text(" [ ] ", encoding="utf-8")
    assert list(stream.iter_json(tmp_path / "e.json")) == []
    (tmp_path / "bad.json").write_text('"just a string"', encoding="utf-8")
    with pytest.raises(ValueError):
        list(stream.iter_json(tmp_path / "bad.json"))
    (tmp_path / "cut.json").write_text('[{"a": 1}, {"b"', encoding="utf-8")
    with pytest.raises(ValueError):
        list(stream.iter_json(tmp_path / "cut.json"))


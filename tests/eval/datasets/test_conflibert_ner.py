"""ConfliBERT CAMEO actor tagging loader: CoNLL tokens, text rebuilt with single spaces."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eventwire.eval.datasets.conflibert_ner import bio_spans, load_conflibert_ner


def spans(doc) -> list[tuple[str, str]]:
    """(label, text) of a sentence's gold actors."""
    return [(a.label, a.text) for a in doc.actors]


def test_cameo_ner_fixture(fixtures: Path) -> None:
    arrest, aid, attack = load_conflibert_ner(fixtures / "cameo_ner.txt")  # extra blank lines ignored
    assert arrest.id == "cameo_ner-1" and attack.id == "cameo_ner-3"
    assert arrest.text == "Northland police arrested two Eastvale traders ."
    assert spans(arrest) == [("S", "Northland police"), ("T", "two Eastvale traders")]
    assert (arrest.actors[1].start, arrest.actors[1].end) == (26, 46)
    # A target tagged inside a source splits the source, as conlleval reads it.
    assert spans(aid) == [("S", "The"), ("T", "Riverton"), ("S", "mayor"), ("R", "flood victims")]
    for doc in (arrest, aid, attack):
        assert all(doc.text[a.start : a.end] == a.text for a in doc.actors)


def test_bio_spans() -> None:
    assert bio_spans(["B-S", "I-S", "O", "I-T", "B-T", "I-T"]) == [("S", 0, 2), ("T", 3, 4), ("T", 4, 6)]
    assert bio_spans(["O", "O"]) == []


def test_crlf_docstart_and_extra_columns(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"-DOCSTART- O\r\n\r\nRebels NNS B-S\r\nfled VBD O\r\n")
    (doc,) = load_conflibert_ner(path)
    assert doc.text == "Rebels fled" and spans(doc) == [("S", "Rebels")]


@pytest.mark.parametrize("line", ["lonely\n", "word X-S\n"])
def test_malformed_lines_are_errors(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Rebels B-S\n" + line, encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt:2"):
        list(load_conflibert_ner(path))


def test_real_cameo_ner(shared_data: Path) -> None:
    docs = list(load_conflibert_ner(shared_data / "conflibert" / "cameo_ner" / "train.txt"))
    assert len(docs) == 1153
    labels = Counter(a.label for d in docs for a in d.actors)
    assert labels == {"S": 1097, "T": 963, "R": 102}
    assert all(d.actors for d in docs)
    assert all(d.text[a.start : a.end] == a.text for d in docs for a in d.actors)

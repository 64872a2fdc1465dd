"""TimeML loader: plain text without markup, TIMEX3 offsets into it."""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.datasets.timeml import load_timeml


def test_timeml_directory_is_read_recursively(fixtures: Path) -> None:
    docs = {d.id: d for d in load_timeml(fixtures / "timeml")}
    assert set(docs) == {"TEST001", "TEST002"}
    ferry = docs["TEST001"]
    assert ferry.text == "\nThe ferry resumed service yesterday after a two-week pause.\nCrossings run daily.\n"
    assert ferry.published == "2001-05-14" and ferry.title == "Ferry service resumes"
    assert [(t.text, t.type, t.value) for t in ferry.timexes] == [
        ("yesterday", "DATE", "2001-05-13"), ("two-week", "DURATION", "P2W"), ("daily", "SET", "P1D"),
    ]
    assert all(ferry.text[t.start : t.end] == t.text for t in ferry.timexes)
    assert docs["TEST002"].published == "2002-11-02"  # a DCT with a time of day


def test_real_tbaq(shared_data: Path) -> None:
    tbaq = shared_data / "timeml" / "tbaq"
    assert sum(1 for _ in load_timeml(tbaq / "TimeBank")) == 183
    assert sum(1 for _ in load_timeml(tbaq / "AQUAINT")) == 73
    docs = list(load_timeml(tbaq))
    assert len(docs) == 256
    assert sum(len(d.timexes) for d in docs) == 1822
    assert all(d.published for d in docs)

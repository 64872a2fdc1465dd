"""PolNeAR loader: brat standoff with discontinuous spans and two annotators."""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.datasets.polnear import load_polnear, parse_ann


def test_polnear_fixture(fixtures: Path) -> None:
    (doc,) = load_polnear(fixtures / "polnear" / "dev")  # the unannotated text is skipped
    assert doc.annotator == "0a1b"  # first of two annotators
    assert doc.published == "2016-05-02" and doc.title == "Bridge to reopen, officials say"
    mayor, engineer, headline, no_source = doc.attributions
    assert [s.text for s in mayor.sources] == ["Mayor Ada Lin"]
    assert [c.text for c in mayor.cues] == ["said"]
    (quote,) = engineer.contents
    assert len(quote.fragments) == 2
    assert doc.text[quote.start : quote.end].startswith("It is safe,")
    assert len(headline.contents) == 2  # Content and Content2
    assert no_source.sources == () and [c.text for c in no_source.cues] == ["has not commented"]
    for relation in doc.attributions:
        for span in relation.sources + relation.cues:
            assert doc.text[span.start : span.end] == span.text


def test_parse_ann_ignores_notes_and_other_labels() -> None:
    ann = "T1\tSource 0 3\tAda\nT2\tDiscard 4 8\tsaid\n#1\tAnnotatorNotes T2\tnote\nE1\tAttribution:T9 Source:T1\n"
    (relation,) = parse_ann(ann)
    assert [s.text for s in relation.sources] == ["Ada"] and relation.cues == ()


def test_real_polnear(shared_data: Path) -> None:
    assert sum(1 for _ in load_polnear(shared_data / "polnear" / "dev")) == 84
    assert sum(1 for _ in load_polnear(shared_data / "polnear" / "train")) == 840

"""ConfliBERT CAMEO class loader: tab-separated, CRLF lines."""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.datasets.conflibert_cameo import load_conflibert_cameo


def test_cameo_fixture(fixtures: Path) -> None:
    docs = list(load_conflibert_cameo(fixtures / "cameo_class.tsv"))
    assert [d.quad_class for d in docs] == [0, 4, 1]  # the unlabelled line is skipped
    assert not docs[0].text.endswith(("\r", "\t"))


def test_real_cameo_class(shared_data: Path) -> None:
    docs = list(load_conflibert_cameo(shared_data / "conflibert" / "cameo_class" / "train.tsv"))
    assert len(docs) == 1349
    assert {d.quad_class for d in docs} == {0, 1, 2, 3, 4}

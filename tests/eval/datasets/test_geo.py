"""Geoparsing loader: the three XML layouts, each on an invented article."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.eval.datasets.geo import load_geo


def test_lgl_layout(fixtures: Path) -> None:
    (doc,) = load_geo(fixtures / "lgl.xml")
    assert doc.id == "900001" and doc.published == "2009-04-01"
    first, second, county = doc.toponyms
    assert (first.start, first.end, first.geonameid) == (0, 11, 4250542)
    assert second.lat == pytest.approx(39.80172) and second.admin1 == "Illinois"
    assert county.text == "Shelby County" and county.geonameid is None  # not resolved by annotators


def test_geowebnews_layout_drops_non_toponyms_and_bad_offsets(fixtures: Path) -> None:
    (doc,) = load_geo(fixtures / "gwn.xml")
    assert doc.id == "GWN-7"
    assert [(t.text, t.kind) for t in doc.toponyms] == [
        ("Lisbon", "Literal_Modifier"), ("Portuguese", "Demonym"), ("Porto", "Literal"),
    ]
    porto = doc.toponyms[2]
    assert porto.geonameid is None and porto.lat == pytest.approx(41.14961)


def test_geovirus_layout_shifts_offsets_and_keeps_wrapped_locations(fixtures: Path) -> None:
    (doc,) = load_geo(fixtures / "geovirus.xml")  # the commented-out article does not count
    assert sorted(t.text for t in doc.toponyms) == ["Kenya", "Kisumu"]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.toponyms)


@pytest.mark.parametrize(("name", "articles", "toponyms"), [
    ("lgl.xml", 588, 5088), ("GWN.xml", 200, 2698), ("GeoVirus.xml", 229, 2170),
])
def test_real_geo_sets(shared_data: Path, name: str, articles: int, toponyms: int) -> None:
    docs = list(load_geo(shared_data / "geo" / name))
    assert len(docs) == articles
    assert sum(len(d.toponyms) for d in docs) == toponyms
    assert all(d.text[t.start : t.end] == t.text for d in docs for t in d.toponyms)

"""The places stage end to end on the founding article (/work/shared/seed)."""

from __future__ import annotations

from .conftest import locate


def test_founding_article(eventwire, places_stage, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    record = locate(eventwire, places_stage, text, ("repelled", 0), ("held", 0), ("swept", 0))
    dateline = next(p for p in record.places if p.kind == "dateline")
    assert (dateline.name, dateline.country) == ("Cairo", "EGY")
    andarab = next(p for p in record.places if p.text == "Andarab")
    assert (andarab.country, andarab.admin1) == ("AFG", "Baghlan")
    main, talks, kabul = (e.location for e in record.events)
    assert (main.country, main.admin1) == ("AFG", "Panjshir") and main.precision in (2, 3)
    assert (talks.name, talks.admin1, talks.precision) == ("Charikar", "Parwan", 1)
    assert (kabul.name, kabul.country) == ("Kabul", "AFG")
    assert all(e.location.kind != "dateline" for e in record.events)


def test_places_assigns_and_requires(places_stage):
    assert places_stage.assigns == ("places", "events.location")
    assert set(places_stage.requires) == {"doc", "actors"}
